import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver/node';
import type { CheckResult, FactIndex } from '../core';
import type { CitationStyle } from '../core/citations';

export interface InsertCitationArgs {
  uri: string;
  offset?: number;
  factId?: string;
}

export function insertCitationEdit(_doc: TextDocument, _result: CheckResult, _index: FactIndex, _style: CitationStyle, _args: InsertCitationArgs): WorkspaceEdit | undefined {
  return undefined;
}

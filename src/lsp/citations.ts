// The insert-citation command's edit: the source of a fact (named, or the one the figure at the offset
// is matched to) cited at the end of the sentence, in the configured style, by the same planner the
// VS Code command and quick fixes use (src/core/citations.ts, src/core/fixes.ts).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver/node';
import type { CheckResult, FactIndex } from '../core';
import { citationEdits, type CitationStyle } from '../core/citations';
import { citableRequests } from '../core/fixes';
import { toLspEdits } from './features';

export interface InsertCitationArgs {
  uri: string;
  /** UTF-16 offset in the document (a hover card's link gives the figure's end). */
  offset?: number;
  /** The fact to cite; without it, the figure at the offset decides. */
  factId?: string;
}

export function insertCitationEdit(doc: TextDocument, result: CheckResult, index: FactIndex, style: CitationStyle, args: InsertCitationArgs): WorkspaceEdit | undefined {
  const text = doc.getText();
  const offset = typeof args.offset === 'number' && args.offset >= 0 && args.offset <= text.length ? args.offset : undefined;
  if (offset === undefined) return undefined;
  let request;
  if (args.factId) {
    const fact = index.fact(args.factId);
    const source = fact ? index.source(fact.source) : undefined;
    request = source ? { offset, source } : undefined;
  } else {
    // A figure is cited only when nothing flags it: never to the source that contradicts it.
    request = citableRequests(result, index).find((r) => {
      const finding = result.findings.find((f) => (f.figure?.end ?? f.end) === r.offset);
      return finding !== undefined && offset >= (finding.figure?.start ?? finding.start) && offset <= r.offset;
    });
  }
  if (!request) return undefined;
  const edits = citationEdits(text, [request], style);
  return edits.length > 0 ? { changes: { [doc.uri]: toLspEdits(doc, edits) } } : undefined;
}

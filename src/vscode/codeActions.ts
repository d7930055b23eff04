// Quick fixes on a finding: replace the figure with the sourced one (in the writer's style), cite this
// figure, cite every judged figure, or silence the line with a suppression comment.
import * as vscode from 'vscode';
import { formatFigureLike, type CheckResult, type FactIndex, type Finding } from '../core';
import { citationEdits, formatSourceDate, type CitationRequest, type TextEdit } from '../core/citations';
import { suppressionEdit } from '../core/suppressionEdit';
import { isChecked, readConfig } from './config';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { FactdeskState } from './state';

const REPLACEABLE = new Set(['figure-mismatch', 'figure-misattributed']);

export function toWorkspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return edit;
}

/** Where a finding's citation goes: right after the figure. */
export function citationOffset(finding: Finding): number {
  return finding.figure?.end ?? finding.end;
}

/** One request per judged figure (a figure matched to a fact with a known source). */
export function citationRequests(result: CheckResult, index: FactIndex): CitationRequest[] {
  const requests: CitationRequest[] = [];
  const seen = new Set<number>();
  for (const finding of result.findings) {
    const request = citationRequest(finding, index);
    if (!request || seen.has(request.offset)) continue;
    seen.add(request.offset);
    requests.push(request);
  }
  return requests;
}

export function citationRequest(finding: Finding, index: FactIndex): CitationRequest | undefined {
  const fact = finding.factId ? index.fact(finding.factId) : undefined;
  const source = fact ? index.source(fact.source) : undefined;
  return source ? { offset: citationOffset(finding), source } : undefined;
}

export class FactdeskCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly state: FactdeskState) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const config = readConfig(doc);
    if (!isChecked(doc, config)) return [];
    const result = await this.state.checkWhenReady(doc);
    const index = this.state.current?.index;
    if (!index) return [];
    const text = doc.getText();
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const findings = result.findings.filter((f) => f.start <= end && start <= f.end);
    const actions: vscode.CodeAction[] = [];
    const cited = new Set<number>();

    for (const finding of findings) {
      const findingRange = new vscode.Range(doc.positionAt(finding.start), doc.positionAt(finding.end));
      const diagnostics = ours.filter((d) => d.code === finding.code && d.range.isEqual(findingRange));
      const fact = finding.factId ? index.fact(finding.factId) : undefined;
      const source = fact ? index.source(fact.source) : undefined;

      if (REPLACEABLE.has(finding.code) && finding.figure && finding.expected !== null && finding.found !== finding.expected) {
        const replacement = formatFigureLike(finding.figure, finding.expected);
        if (replacement !== finding.figure.text) {
          const action = new vscode.CodeAction(`Replace with ${replacement}${source ? ` (${source.publisher})` : ''}`, vscode.CodeActionKind.QuickFix);
          action.edit = toWorkspaceEdit(doc, [{ start: finding.figure.start, end: finding.figure.end, newText: replacement }]);
          action.diagnostics = diagnostics;
          action.isPreferred = true;
          actions.push(action);
        }
      }

      const request = citationRequest(finding, index);
      if (request && !cited.has(request.offset)) {
        cited.add(request.offset);
        const edits = citationEdits(text, [request], config.citationStyle);
        if (edits.length > 0) {
          const action = new vscode.CodeAction(`Insert citation: ${request.source.publisher}, ${formatSourceDate(request.source.date)}`, vscode.CodeActionKind.QuickFix);
          action.edit = toWorkspaceEdit(doc, edits);
          action.diagnostics = diagnostics.length > 0 ? diagnostics : undefined;
          actions.push(action);
        }
      }

      if (finding.code !== 'figure-verified' || diagnostics.length > 0) {
        const edit = suppressionEdit(text, finding.start, [finding.code]);
        if (edit) {
          const action = new vscode.CodeAction(`Disable ${finding.code} for this line`, vscode.CodeActionKind.QuickFix);
          action.edit = toWorkspaceEdit(doc, [edit]);
          action.diagnostics = diagnostics;
          actions.push(action);
        }
      }
    }

    if (findings.some((f) => f.factId)) {
      const requests = citationRequests(result, index);
      const edits = citationEdits(text, requests, config.citationStyle);
      if (edits.length > 0 && requests.length > 1) {
        const action = new vscode.CodeAction(`Insert citations for all ${requests.length} checked figures`, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(doc, edits);
        actions.push(action);
      }
    }
    return actions;
  }
}

// Quick fixes on a finding, planned host-neutrally by src/core/fixes.ts: replace the figure with the
// sourced one, cite this figure, cite every verified figure, or silence the line.
import * as vscode from 'vscode';
import type { TextEdit } from '../core/citations';
import { isChecked, readConfig } from './config';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { FactdeskState } from './state';

export function toWorkspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return edit;
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
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const findings = result.findings.filter((f) => f.start <= end && start <= f.end);
    if (findings.length === 0) return [];
    // The fixes' planner lives in its own bundle (dist/extension-fixes.js): it is read when a first fix is
    // asked for, not at activation, which keeps dist/extension-main.js under its 400 KB budget.
    const { fixesFor } = await import('../core/fixes');
    const fixes = fixesFor({ text: doc.getText(), result, index, citationStyle: config.citationStyle }, findings);
    return fixes.map((fix) => {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(doc, fix.edits);
      const finding = fix.finding;
      if (finding) {
        const findingRange = new vscode.Range(doc.positionAt(finding.start), doc.positionAt(finding.end));
        const diagnostics = ours.filter((d) => d.code === finding.code && d.range.isEqual(findingRange));
        if (diagnostics.length > 0) action.diagnostics = diagnostics;
      }
      if (fix.preferred) action.isPreferred = true;
      return action;
    });
  }
}

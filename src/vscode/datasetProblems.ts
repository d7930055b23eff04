// Dataset problems: an error notification naming the file and JSON path (once per problem), and a
// diagnostic on workspace dataset files so that they show in the Problems panel.
import * as vscode from 'vscode';
import type { DatasetProblem } from './datasets';
import { locateJsonPath } from './jsonPath';
import type { FactdeskState, Snapshot } from './state';

export class DatasetProblemReporter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('factdesk-datasets');
  private notified = new Set<string>();
  private readonly subscription: vscode.Disposable;

  constructor(state: FactdeskState) {
    this.subscription = state.onDidLoad((snapshot) => this.report(snapshot));
  }

  report(snapshot: Snapshot): void {
    this.collection.clear();
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    const current = new Set<string>();
    const fresh = new Map<string, DatasetProblem[]>();
    for (const problem of snapshot.problems) {
      const key = `${problem.file}\u0000${problem.path}\u0000${problem.message}`;
      current.add(key);
      if (!this.notified.has(key)) fresh.set(problem.file, [...(fresh.get(problem.file) ?? []), problem]);
      const uri = snapshot.workspaceUris.get(problem.file);
      if (!uri) continue;
      const entry = byUri.get(uri.toString()) ?? { uri, diagnostics: [] };
      const text = snapshot.inputs.get(problem.file)?.text;
      const range = text !== undefined ? locateJsonPath(text, problem.path, problem.message) : new vscode.Range(0, 0, 0, 0);
      const d = new vscode.Diagnostic(range, `${problem.path ? `${problem.path}: ` : ''}${problem.message}`, vscode.DiagnosticSeverity.Error);
      d.source = 'factdesk';
      d.code = 'dataset';
      entry.diagnostics.push(d);
      byUri.set(uri.toString(), entry);
    }
    // One notification per file, naming the file and the JSON path of its first problem.
    for (const [file, problems] of fresh) {
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
      void vscode.window
        .showErrorMessage(`factdesk: dataset ${file} was not loaded: ${snapshot.formatProblem(problems[0])}${more}. The bundled datasets are still used.`, 'Show Dataset Problems')
        .then((choice) => {
          if (choice) void vscode.commands.executeCommand('factdesk.showDatasetProblems');
        });
    }
    // Only problems still present are remembered: a file broken again later is reported again.
    this.notified = current;
    for (const { uri, diagnostics } of byUri.values()) this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

// What a load with dataset problems shows: a diagnostic on each workspace dataset file at the JSON path of its
// problem, and one error notification per file. For the Node extension a bundle of its own
// (dist/extension-problems.js, scripts/build.mjs), required the first time a dataset has a problem: most
// sessions load none, and dist/extension-main.js, read at every activation, must stay under 400 KB.
import * as vscode from 'vscode';
import type { DatasetProblem } from './datasets';
import { locateJsonPath } from './jsonPath';
import type { Snapshot } from './state';

/** The key a problem is notified under: the same problem is not notified twice while it stays. */
function problemKey(problem: DatasetProblem): string {
  return `${problem.file}\u0000${problem.path}\u0000${problem.message}`;
}

/** Sets the diagnostics of the snapshot's problems and notifies those not in `notified`; returns the keys of all. */
export function reportProblems(collection: vscode.DiagnosticCollection, snapshot: Snapshot, notified: ReadonlySet<string>): Set<string> {
  const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
  const current = new Set<string>();
  const fresh = new Map<string, DatasetProblem[]>();
  for (const problem of snapshot.problems) {
    const key = problemKey(problem);
    current.add(key);
    if (!notified.has(key)) fresh.set(problem.file, [...(fresh.get(problem.file) ?? []), problem]);
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
  for (const { uri, diagnostics } of byUri.values()) collection.set(uri, diagnostics);
  return current;
}

// Dataset problems: an error notification naming the file and JSON path (once per problem), and a
// diagnostic on workspace dataset files so that they show in the Problems panel. What a load with problems
// shows is made by src/vscode/datasetProblemsReport.ts, loaded the first time a dataset has one.
import * as vscode from 'vscode';
import type { FactdeskState, Snapshot } from './state';

export class DatasetProblemReporter implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('factdesk-datasets');
  private notified: ReadonlySet<string> = new Set<string>();
  private readonly subscription: vscode.Disposable;
  /** Counts reports, so that a slow first load never shows an older snapshot's problems over a newer one's. */
  private generation = 0;

  constructor(state: FactdeskState) {
    this.subscription = state.onDidLoad((snapshot) => void this.report(snapshot));
  }

  async report(snapshot: Snapshot): Promise<void> {
    const generation = ++this.generation;
    if (snapshot.problems.length === 0) {
      this.collection.clear();
      // Only problems still present are remembered: a file broken again later is reported again.
      this.notified = new Set<string>();
      return;
    }
    const { reportProblems } = await import('./datasetProblemsReport');
    if (generation !== this.generation) return;
    this.collection.clear();
    this.notified = reportProblems(this.collection, snapshot, this.notified);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

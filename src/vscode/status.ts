// A language status item on checked documents: datasets loaded, figures checked, problems.
import * as vscode from 'vscode';
import { documentSelector, isChecked, readConfig } from './config';
import { projectNote } from './projectConfig';
import type { DiagnosticsController } from './diagnostics';
import type { FactdeskState } from './state';

export class StatusItem implements vscode.Disposable {
  private item: vscode.LanguageStatusItem;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly state: FactdeskState,
    private readonly diagnostics: DiagnosticsController,
  ) {
    this.item = this.create();
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      diagnostics.onDidUpdate(() => this.update()),
      state.onDidLoad(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('factdesk.languages')) {
          this.item.dispose();
          this.item = this.create();
        }
        if (e.affectsConfiguration('factdesk')) this.update();
      }),
    ];
    this.update();
  }

  private create(): vscode.LanguageStatusItem {
    const item = vscode.languages.createLanguageStatusItem('factdesk.status', documentSelector(readConfig()));
    item.name = 'factdesk';
    item.text = '$(loading~spin) factdesk';
    item.detail = 'loading datasets';
    return item;
  }

  update(): void {
    const snapshot = this.state.current;
    const doc = vscode.window.activeTextEditor?.document;
    const item = this.item;
    if (!snapshot) {
      item.text = 'factdesk';
      item.detail = 'datasets load on first check';
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = undefined;
      return;
    }
    const datasets = `${snapshot.files.length} dataset${snapshot.files.length === 1 ? '' : 's'}, ${snapshot.index.facts.length} facts`;
    if (doc && !isChecked(doc)) {
      item.text = 'factdesk: off';
      const config = readConfig(doc);
      item.detail = config.ignored && config.project ? `${datasets} · ignored by ${config.project.file}` : datasets;
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.command = undefined;
      return;
    }
    const stats = doc ? this.diagnostics.statsFor(doc.uri) : undefined;
    const checked = stats ? `${stats.judged} figure${stats.judged === 1 ? '' : 's'} checked` : 'not checked yet';
    item.text = !stats
      ? 'factdesk'
      : stats.problems > 0
        ? `$(warning) factdesk: ${stats.problems} problem${stats.problems === 1 ? '' : 's'}${stats.notShown > 0 ? ` (${stats.notShown} more not shown)` : ''}`
        : '$(check) factdesk';
    if (snapshot.problems.length > 0) {
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.detail = `${checked} · ${datasets} · ${snapshot.problems.length} dataset problem${snapshot.problems.length === 1 ? '' : 's'}`;
      item.command = { title: 'Show dataset problems', command: 'factdesk.showDatasetProblems' };
    } else {
      item.severity = vscode.LanguageStatusSeverity.Information;
      item.detail = `${checked} · ${datasets}`;
      item.command = { title: 'Reload datasets', command: 'factdesk.reloadDatasets' };
    }
    if (doc) item.detail += projectNote(readConfig(doc).project);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

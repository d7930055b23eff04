// The commands: check the workspace, insert a citation, dataset problems, reload. The fact pick and the
// commands that run seldom come from their own bundle (commandsOnDemand.ts), read when first run.
import * as vscode from 'vscode';
import { checkDocument, LineIndex } from '../core';
import { checkOptions, isChecked, readConfig } from './config';
import { mostImportantFirst, toDiagnostics, visibleProblems, type DiagnosticsController } from './diagnostics';
import type { FactdeskState } from './state';
import { toWorkspaceEdit } from './codeActions';
import type { CitationKit, WorkspaceCheckKit } from './commandsOnDemand';

export interface InsertCitationArgs {
  factId?: string;
  /** The document to cite in (default: the active editor's). */
  uri?: string;
  /** Where to insert (default: the cursor). */
  offset?: number;
}

export class Commands implements vscode.Disposable {
  /** Results of "Check all Markdown files" for files that are not open. */
  readonly workspaceCollection = vscode.languages.createDiagnosticCollection('factdesk-workspace');
  readonly output = vscode.window.createOutputChannel('factdesk');
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly state: FactdeskState,
    private readonly diagnostics: DiagnosticsController,
  ) {
    // An open document's live diagnostics replace its entry from the workspace check.
    diagnostics.onLiveResult = (uri) => this.workspaceCollection.delete(uri);
    this.subscriptions = [
      vscode.commands.registerCommand('factdesk.checkWorkspace', () => this.checkWorkspace()),
      vscode.commands.registerCommand('factdesk.insertCitation', (args?: InsertCitationArgs) => this.insertCitation(args)),
      vscode.commands.registerCommand('factdesk.showDatasetProblems', () => this.showDatasetProblems()),
      vscode.commands.registerCommand('factdesk.reloadDatasets', () => this.reloadDatasets()),
      vscode.commands.registerCommand('factdesk.disableCitationHints', () => this.disableCitationHints()),
    ];
  }

  /** Checks every Markdown file of the workspace; results go to the Problems panel. */
  async checkWorkspace(): Promise<{ files: number; problems: number }> {
    // The check's pieces come from this bundle; the command's own code is read when it first runs.
    const kit: WorkspaceCheckKit = {
      state: this.state, diagnostics: this.diagnostics, collection: this.workspaceCollection, output: this.output,
      checkDocument, LineIndex, checkOptions, isChecked, readConfig, mostImportantFirst, toDiagnostics, visibleProblems,
    };
    return (await import('./commandsOnDemand')).checkWorkspace(kit);
  }

  /** Inserts a citation for a fact (chosen in a fuzzy quick pick unless given) at the cursor. */
  async insertCitation(args?: InsertCitationArgs): Promise<boolean> {
    // The edit's makers come from the quick fixes' bundle and this one, so that the command's own stays small
    // and the main bundle, read at every activation, holds no citation maker.
    const { citationEdits } = await import('../core/fixes');
    const kit: CitationKit = { citationEdits, toWorkspaceEdit, citationStyleOf: (doc) => readConfig(doc).citationStyle };
    return (await import('./commandsOnDemand')).insertCitation(this.state, kit, args);
  }

  /** Turns the missing-citation hint off, in the workspace's settings when a folder is open. */
  async disableCitationHints(): Promise<void> {
    return (await import('./commandsOnDemand')).disableCitationHints();
  }

  /** Lists every dataset problem in the output channel. */
  async showDatasetProblems(): Promise<string[]> {
    return (await import('./commandsOnDemand')).showDatasetProblems(this.state, this.output);
  }

  async reloadDatasets(): Promise<void> {
    return (await import('./commandsOnDemand')).reloadDatasets(this.state);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.workspaceCollection.dispose();
    this.output.dispose();
  }
}

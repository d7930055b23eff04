// The commands: check the workspace, insert a citation, dataset problems, reload. The fact pick and the
// commands that run seldom come from their own bundle (commandsOnDemand.ts), read when first run.
import * as vscode from 'vscode';
import { checkDocument, LineIndex } from '../core';
import { citationEdits } from '../core/citations';
import { checkOptions, isChecked, readConfig } from './config';
import { mostImportantFirst, toDiagnostics, visibleProblems, type DiagnosticsController } from './diagnostics';
import type { FactdeskState } from './state';
import { toWorkspaceEdit } from './codeActions';
import type { CitationKit } from './commandsOnDemand';

export interface InsertCitationArgs {
  factId?: string;
  /** The document to cite in (default: the active editor's). */
  uri?: string;
  /** Where to insert (default: the cursor). */
  offset?: number;
}

const MARKDOWN_FILES = '**/*.{md,markdown,mdown,mkd,mkdn}';
const decoder = new TextDecoder('utf-8');

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
    const snapshot = await this.state.settled();
    const folders = vscode.workspace.workspaceFolders ?? [];
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'factdesk: checking Markdown files', cancellable: true },
      async (progress, token) => {
        const uris: vscode.Uri[] = [];
        for (const folder of folders) {
          const exclude = readConfig(folder.uri).exclude;
          const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, MARKDOWN_FILES), exclude.length > 0 ? `{${exclude.join(',')}}` : undefined, undefined, token);
          uris.push(...found);
        }
        this.workspaceCollection.clear();
        let problems = 0;
        let done = 0;
        const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
        for (const uri of uris) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
          done++;
          const doc = open.get(uri.toString());
          if (doc) {
            if (!isChecked(doc)) continue;
            await this.diagnostics.refresh(doc);
            problems += this.diagnostics.statsFor(doc.uri)?.problems ?? 0;
            continue;
          }
          const config = readConfig(uri);
          if (!config.enable || config.ignored) continue;
          let text: string;
          try {
            text = decoder.decode(await vscode.workspace.fs.readFile(uri));
          } catch {
            continue;
          }
          const result = checkDocument(text, snapshot.index, checkOptions(config));
          const lines = new LineIndex(text);
          const positioned = { uri, positionAt: (offset: number) => { const p = lines.positionAt(offset); return new vscode.Position(p.line, p.character); } };
          const { shown } = mostImportantFirst(await toDiagnostics(positioned, result, snapshot, config, this.state));
          this.workspaceCollection.set(uri, shown);
          problems += visibleProblems(shown);
        }
        const summary = `factdesk: checked ${done} Markdown file${done === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'}`;
        this.output.appendLine(summary);
        void vscode.window.showInformationMessage(summary, 'Show Problems').then((choice) => {
          if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
        });
        return { files: done, problems };
      },
    );
  }

  /** Inserts a citation for a fact (chosen in a fuzzy quick pick unless given) at the cursor. */
  async insertCitation(args?: InsertCitationArgs): Promise<boolean> {
    // The edit's makers come from this bundle, so that the command's own stays small.
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

// The VS Code extension: thin glue over src/core. Activation only wires providers up; the datasets are
// loaded on first use (the first check), once, and reloaded when workspace dataset files change.
import { markActivate, startupTiming, type StartupTiming } from './startupTiming';
import * as vscode from 'vscode';
import { FactdeskCodeActionProvider } from './codeActions';
import { Commands } from './commands';
import { documentSelector, readConfig } from './config';
import { DatasetProblemReporter } from './datasetProblems';
import { DiagnosticsController } from './diagnostics';
import { FactSheetPanel, type RenderedSheet } from './factSheetPanel';
import { FactdeskHoverProvider } from './hover';
import { ProjectConfigs, setProjectConfigs } from './projectConfig';
import type { SheetSubject } from '../core';
import { FactdeskState } from './state';
import { StatusItem } from './status';
import type { AddFactArgs } from './addFact';
import type { NewDatasetArgs } from './newDataset';
import { FiguresView } from './figuresView';

/** What activate() returns: used by the integration tests, stable enough for other extensions. */
export interface FactdeskApi {
  datasetProblems(): { file: string; path: string; message: string }[];
  datasetFiles(): string[];
  whenDatasetsLoaded(): Promise<void>;
  factSheet: {
    /** The subject of the open sheet, undefined when it is closed. */
    subject(): SheetSubject | undefined;
    /** What the webview last reported it drew. */
    lastRendered(): RenderedSheet | undefined;
    /** Resolves with the next drawing the webview reports. */
    nextRender(): Promise<RenderedSheet>;
    /** Handles a message as if the webview had sent it; false when it was rejected. */
    receive(message: unknown): Promise<boolean>;
    rejectedMessages(): number;
  };
  /** The Figures view's log of the active draft (undefined while the view is hidden). */
  figureLog(): { text: string; status: string; section: string }[] | undefined;
  /** When the bundle started, activate() ran and the first diagnostics were set (extension-host clock). */
  startupTiming(): StartupTiming;
  /** Resolves once the results kept for the next session are written. */
  flushKeptResults(): Promise<void>;
  /** Forgets an open document's result and diagnostics and checks it again, as a new session would. */
  checkAsNewSession(uri: vscode.Uri): void;
  /**
   * Fires each time a document's diagnostics are shown or cleared, right after they are set. VS Code's
   * own change event merges the sets of 50 ms into one, so a test that counts sets listens here.
   */
  onDidShowDiagnostics: vscode.Event<vscode.Uri>;
}

export { setNodeHost } from './nodeHost';

/** Writes what the extension keeps for the next session and has not written yet. */
let flushKept: (() => Promise<void>) | undefined;

export function activate(context: vscode.ExtensionContext): FactdeskApi {
  markActivate();
  // .factdesk.json first: settings are read through it from the first check on.
  const projectConfigs = new ProjectConfigs(context.workspaceState);
  setProjectConfigs(projectConfigs);
  context.subscriptions.push(projectConfigs, { dispose: () => setProjectConfigs(undefined) });
  const state = new FactdeskState(context);
  flushKept = () => state.flushKeptResults();
  const diagnostics = new DiagnosticsController(state);
  const commands = new Commands(state, diagnostics);
  const problems = new DatasetProblemReporter(state);
  const status = new StatusItem(state, diagnostics);
  const factSheet = new FactSheetPanel(state, commands, context.extensionUri);
  const figures = new FiguresView(state, diagnostics);
  context.subscriptions.push(state, diagnostics, commands, problems, status, factSheet, figures);
  // Making datasets needs the extractor and the schema: loaded when a command first runs, not at activation.
  context.subscriptions.push(
    vscode.commands.registerCommand('factdesk.addFactFromSelection', async (args?: AddFactArgs) => (await import('./datasetCommands')).addFactFromSelection(state, args ?? {})),
    vscode.commands.registerCommand('factdesk.newDataset', async (args?: NewDatasetArgs) => (await import('./datasetCommands')).newDataset(args ?? {})),
  );

  let providers: vscode.Disposable[] = [];
  const register = () => {
    for (const p of providers) p.dispose();
    const selector = documentSelector(readConfig());
    providers = [
      vscode.languages.registerHoverProvider(selector, new FactdeskHoverProvider(state, factSheet)),
      vscode.languages.registerCodeActionsProvider(selector, new FactdeskCodeActionProvider(state), {
        providedCodeActionKinds: FactdeskCodeActionProvider.kinds,
      }),
    ];
  };
  register();
  context.subscriptions.push(
    { dispose: () => providers.forEach((p) => p.dispose()) },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('factdesk.languages')) register();
      if (e.affectsConfiguration('factdesk.datasets')) {
        state.workspaceDatasets.watch();
        void state.reload();
      }
    }),
    state.workspaceDatasets.onDidChange(() => void state.reload()),
    // A .factdesk.json changed: its datasets, vocabulary and settings apply at once, without a reload.
    projectConfigs.onDidChange(() => {
      state.workspaceDatasets.watch();
      void state.reload();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      state.workspaceDatasets.watch();
      void state.reload();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      void projectConfigs.reload().then(() => {
        state.workspaceDatasets.watch();
        void state.reload();
      });
    }),
  );

  // The Figures view shows once a checked language has activated the extension.
  void vscode.commands.executeCommand('setContext', 'factdesk.active', true);

  // The dataset watchers follow the datasets a .factdesk.json names.
  void projectConfigs.ready().then(() => state.workspaceDatasets.watch());

  // Documents already open when the extension activates (the Markdown file that triggered it).
  diagnostics.refreshAll();

  return {
    datasetProblems: () => state.current?.problems ?? [],
    datasetFiles: () => state.current?.files ?? [],
    whenDatasetsLoaded: async () => {
      await state.settled();
    },
    factSheet: {
      subject: () => (factSheet.isOpen ? factSheet.currentSubject : undefined),
      lastRendered: () => factSheet.lastRendered,
      nextRender: () => new Promise((resolve) => {
        const once = factSheet.onDidRender((rendered) => {
          once.dispose();
          resolve(rendered);
        });
      }),
      receive: (message) => factSheet.receive(message),
      rejectedMessages: () => factSheet.rejectedMessages,
    },
    figureLog: () => figures.current?.figures.map(({ text, status, section }) => ({ text, status, section })),
    startupTiming,
    flushKeptResults: () => state.flushKeptResults(),
    checkAsNewSession: (uri) => diagnostics.checkAsNewSession(uri),
    onDidShowDiagnostics: diagnostics.onDidUpdate,
  };
}

export function deactivate(): Promise<void> | undefined {
  // Everything else is disposed through context.subscriptions; VS Code awaits the writes.
  return flushKept?.();
}

// `factdesk lsp`: the language server. Diagnostics (pushed, or pulled where the client supports
// textDocument/diagnostic), hovers, code actions as workspace edits, the check-workspace and
// insert-citation commands, dataset and configuration reload on file change, and the client's
// `factdesk` settings over .factdesk.json. The engine and its results are the CLI's; the host-neutral
// pieces (messages, hover cards, edits) are the VS Code extension's too (ARCHITECTURE.md).
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  MessageType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { toDiagnostics } from './diagnostics';
import { checkInSlicesFrom, partialResults, type CheckResult } from '../core';
import { ServerCommands, COMMANDS } from './commands';
import { readClientSettings } from './settings';
import { ServerWorkspace, uriToPath } from './workspace';
import { registerFeatures } from './features';
import { showMessage } from './notify';

/** Between the last keystroke and the check, as the extension's factdesk.debounceMs default. */
const DEBOUNCE_MS = 150;

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  workspace: ServerWorkspace;
  /** The client can watch files for us / be told which settings section to send. */
  canWatch?: boolean;
  canRegisterConfiguration?: boolean;
}

export function createServer(connection: Connection): ServerContext {
  const documents = new TextDocuments(TextDocument);
  const workspace = new ServerWorkspace();
  const context: ServerContext = { connection, documents, workspace };
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const reported = new Set<string>();
  let pull = false;
  let configurationRequests = false;

  /** Configuration and dataset problems go to the client once each (they also stop the CLI). */
  const report = (problems: readonly string[]) => {
    const fresh = problems.filter((p) => !reported.has(p));
    for (const p of fresh) reported.add(p);
    if (fresh.length > 0) showMessage(connection, MessageType.Error, `factdesk: ${fresh.join('\n')}`);
  };

  const diagnosticsFor = (doc: TextDocument) => {
    const ctx = workspace.context(doc.uri);
    report(ctx.problems);
    if (!ctx.enabled || ctx.ignored) return [];
    const result = workspace.check(doc.uri, doc.version, doc.getText(), ctx);
    return result ? toDiagnostics(doc, result, ctx.settings) : [];
  };

  const failed = (doc: TextDocument, error: unknown) =>
    connection.console.error(`factdesk: check failed for ${doc.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  const push = (doc: TextDocument) => {
    if (pull) return;
    try {
      if (pushInSlices(doc)) return;
      publish(doc.uri, doc.version, diagnosticsFor(doc));
    } catch (error) {
      // A timer's exception would end the process: the editor would lose every other document too.
      failed(doc, error);
    }
  };

  /** Documents whose last published diagnostics were not empty. */
  const shown = new Set<string>();

  const publish = (uri: string, version: number | undefined, diagnostics: Diagnostic[]) => {
    if (diagnostics.length > 0) shown.add(uri);
    else shown.delete(uri);
    connection.sendDiagnostics({ uri, version, diagnostics }).catch(() => undefined);
  };

  /**
   * A long document is checked in slices, so that the server answers other requests meanwhile. While
   * the document shows no diagnostics, the findings of the sections read so far are published as they
   * come (each a subset of the final ones). False when the document is short: the caller checks it at once.
   */
  const pushInSlices = (doc: TextDocument): boolean => {
    const text = doc.getText();
    if (!checkInSlicesFrom(text.length, workspace.neverChecked(doc.uri))) return false;
    const ctx = workspace.context(doc.uri);
    if (!ctx.enabled || ctx.ignored || !ctx.index) return false;
    report(ctx.problems);
    const version = doc.version;
    // A client may close a document and open it again at the same version: the text decides too (the
    // same string while the document is unchanged, so this costs nothing then).
    const stale = () => {
      const current = documents.get(doc.uri);
      return current === undefined || current.version !== version || current.getText() !== text;
    };
    const send = (result: CheckResult) => publish(doc.uri, version, toDiagnostics(doc, result, ctx.settings));
    const progress = shown.has(doc.uri) ? undefined : partialResults(send);
    workspace
      .checkInSlices(doc.uri, version, text, ctx, stale, progress)
      .then((result) => {
        if (result && !stale()) send(result);
      })
      .catch((error: unknown) => failed(doc, error));
    return true;
  };

  const schedule = (doc: TextDocument, delay: number) => {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) push(current);
    }, delay));
  };

  /** After a reload: every open document again (pull clients are asked to pull). */
  const refreshAll = () => {
    reported.clear();
    // A client that cannot refresh pulls again on its next edit: a refusal is no error.
    if (pull) connection.languages.diagnostics.refresh().catch(() => undefined);
    else for (const doc of documents.all()) schedule(doc, 0);
  };

  /** initializationOptions: used until, and where, the client answers workspace/configuration with nothing. */
  let initial: ReturnType<typeof readClientSettings> = {};
  const fetchSettings = async () => {
    if (!configurationRequests) return;
    const [section] = await connection.workspace.getConfiguration([{ section: 'factdesk' }]);
    workspace.client = section === null || section === undefined ? initial : readClientSettings(section);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.folders = folders.map(uriToPath).filter((p): p is string => p !== undefined);
    initial = readClientSettings(params.initializationOptions);
    workspace.client = initial;
    const capabilities = params.capabilities;
    pull = capabilities.textDocument?.diagnostic !== undefined;
    configurationRequests = capabilities.workspace?.configuration === true;
    context.canWatch = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    context.canRegisterConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    return {
      serverInfo: { name: 'factdesk', version },
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [...COMMANDS] },
        ...(pull ? { diagnosticProvider: { identifier: 'factdesk', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
    };
  });

  connection.onInitialized(async () => {
    if (context.canWatch) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.facts.json' }, { globPattern: '**/.factdesk.json' }],
      });
    }
    if (context.canRegisterConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'factdesk' });
    await fetchSettings().catch(() => undefined);
    refreshAll();
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (configurationRequests) await fetchSettings().catch(() => undefined);
    else if (change.settings !== null && change.settings !== undefined) workspace.client = readClientSettings(change.settings);
    workspace.reload();
    refreshAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    workspace.reload();
    refreshAll();
  });

  connection.languages.diagnostics.on((params) => {
    const doc = documents.get(params.textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: doc ? diagnosticsFor(doc) : [] };
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    workspace.forget(e.document.uri);
    if (!pull) publish(e.document.uri, undefined, []);
  });

  const commands = new ServerCommands(context, () => {
    workspace.reload();
    refreshAll();
  });
  connection.onExecuteCommand((params) => commands.execute(params.command, params.arguments ?? []));
  registerFeatures(context);

  documents.listen(connection);
  return context;
}


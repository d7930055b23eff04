// The language server end to end: `factdesk lsp` started as a child process (the built CLI) and spoken
// to through vscode-languageserver-protocol's client side (vscode-jsonrpc over the child's stdio), as
// an editor would. Nothing here builds protocol strings by hand.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type Diagnostic,
  type ClientCapabilities,
  type PublishDiagnosticsParams,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'dist/cli.js');
const WRONG = 'Shodan lists 81,166 Hikvision devices in Hungary.';

interface Session {
  child: ChildProcessWithoutNullStreams;
  connection: ProtocolConnection;
  /** Every publishDiagnostics received, by URI, newest last. */
  published: Map<string, PublishDiagnosticsParams[]>;
  exited: Promise<number | null>;
}

async function start(folder: string, capabilities: ClientCapabilities = {}): Promise<Session> {
  const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd: folder });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  // The server writes nothing to stderr unless it fails: show it with the test's output.
  child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = new Map<string, PublishDiagnosticsParams[]>();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.set(params.uri, [...(published.get(params.uri) ?? []), params]);
  });
  // The server may show messages and ask for edits; a client answers.
  connection.onNotification('window/showMessage', () => undefined);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).toString(),
    workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }],
    capabilities: { workspace: { applyEdit: true, ...capabilities.workspace }, ...capabilities },
  });
  assert.equal(init.serverInfo?.name, 'factdesk');
  await connection.sendNotification(InitializedNotification.type, {});
  return { child, connection, published, exited };
}

async function stop(session: Session): Promise<void> {
  await session.connection.sendRequest(ShutdownRequest.type);
  await session.connection.sendNotification(ExitNotification.type);
  assert.equal(await session.exited, 0, 'the server exits with 0 after shutdown and exit');
  session.connection.dispose();
}

/** LSP 3.18 allows Markdown messages; factdesk sends plain strings. */
function messageText(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

async function until<T>(what: string, get: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The newest diagnostics for a URI that satisfy `ok`. */
function diagnosticsWhere(session: Session, uri: string, ok: (ds: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
  return until(`diagnostics for ${uri}`, () => {
    const list = session.published.get(uri);
    const last = list?.[list.length - 1];
    return last && ok(last.diagnostics) ? last.diagnostics : undefined;
  });
}

describe('factdesk lsp', function () {
  this.timeout(30_000);
  let dir: string;
  let draftUri: string;
  let text: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-lsp-'));
    text = `# Hungary\n\n${WRONG}\n`;
    writeFileSync(join(dir, 'draft.md'), text);
    draftUri = pathToFileURL(join(dir, 'draft.md')).toString();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('pushes diagnostics with the sourced value, follows edits and shuts down', async () => {
    const session = await start(dir);
    try {
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text } });
      const diagnostics = await diagnosticsWhere(session, draftUri, (ds) => ds.some((d) => d.code === 'figure-mismatch'));
      const mismatch = diagnostics.find((d) => d.code === 'figure-mismatch')!;
      assert.equal(mismatch.source, 'factdesk');
      assert.equal(mismatch.severity, 2);
      assert.deepEqual(mismatch.range, { start: { line: 2, character: 13 }, end: { line: 2, character: 19 } });
      assert.match(messageText(mismatch), /18,166/);

      // didChange: the figure corrected (incremental sync), the warning goes.
      await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: draftUri, version: 2 },
        contentChanges: [{ range: mismatch.range, text: '18,166' }],
      });
      await diagnosticsWhere(session, draftUri, (ds) => !ds.some((d) => d.code === 'figure-mismatch'));
    } finally {
      await stop(session);
    }
  });

  it('gives the same findings as the CLI on the example draft', async () => {
    const example = readFileSync(join(ROOT, 'examples/draft.md'), 'utf8');
    writeFileSync(join(dir, 'example.md'), example);
    const cli = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', 'example.md'], { cwd: dir, encoding: 'utf8' });
    const findings = (JSON.parse(cli.stdout) as { results: { findings: { code: string; line: number; column: number; message: string }[] }[] }).results[0]!.findings;
    const expected = findings.filter((f) => f.code !== 'figure-verified').map((f) => `${f.line}:${f.column} ${f.code} ${f.message}`).sort();
    assert.ok(expected.length >= 5, 'the example draft has a mistake of every kind');

    const session = await start(dir);
    try {
      const uri = pathToFileURL(join(dir, 'example.md')).toString();
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: example } });
      const diagnostics = await diagnosticsWhere(session, uri, (ds) => ds.length > 0);
      const got = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${messageText(d)}`).sort();
      assert.deepEqual(got, expected);
    } finally {
      await stop(session);
    }
  });

  it('answers pull requests where the client supports them, and reloads .factdesk.json on change', async () => {
    const session = await start(dir, { textDocument: { diagnostic: { dynamicRegistration: false } } });
    try {
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text } });
      const pullOnce = async () =>
        ((await session.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: draftUri } })) as FullDocumentDiagnosticReport).items;
      const before = await pullOnce();
      assert.equal(before.find((d) => d.code === 'figure-mismatch')?.severity, 2);
      assert.equal(session.published.get(draftUri), undefined, 'a pull client gets no pushed diagnostics');

      writeFileSync(join(dir, '.factdesk.json'), '{ "severity": { "figure-mismatch": "error" } }');
      await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: pathToFileURL(join(dir, '.factdesk.json')).toString(), type: FileChangeType.Created }],
      });
      const after = await pullOnce();
      assert.equal(after.find((d) => d.code === 'figure-mismatch')?.severity, 1);
    } finally {
      await stop(session);
    }
  });

  it('checks the workspace on command', async () => {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'other.md'), `${WRONG}\n`);
    const session = await start(dir);
    try {
      const summary = (await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'factdesk.checkWorkspace', arguments: [] })) as { files: number; problems: number };
      assert.deepEqual(summary, { files: 2, problems: 2 });
      const other = pathToFileURL(join(dir, 'docs', 'other.md')).toString();
      await diagnosticsWhere(session, other, (ds) => ds.some((d) => d.code === 'figure-mismatch'));
    } finally {
      await stop(session);
    }
  });
});

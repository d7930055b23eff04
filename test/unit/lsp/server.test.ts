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
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  HoverRequest,
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
  type MarkupContent,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'dist/cli.js');
const WRONG = 'Shodan lists 81,166 Hikvision devices in Hungary.';
const RIGHT = 'Shodan lists 18,166 Hikvision devices in Hungary.';

interface Session {
  child: ChildProcessWithoutNullStreams;
  connection: ProtocolConnection;
  /** Every publishDiagnostics received, by URI, newest last. */
  published: Map<string, PublishDiagnosticsParams[]>;
  exited: Promise<number | null>;
  /** Edits the server asked the client to apply (workspace/applyEdit). */
  applied: WorkspaceEdit[];
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
  const applied: WorkspaceEdit[] = [];
  connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
    applied.push(params.edit);
    return { applied: true };
  });
  connection.listen();
  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(folder).toString(),
    workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'ws' }],
    capabilities: { workspace: { applyEdit: true, ...capabilities.workspace }, ...capabilities },
  });
  assert.equal(init.serverInfo?.name, 'factdesk');
  await connection.sendNotification(InitializedNotification.type, {});
  return { child, connection, published, exited, applied };
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

  it('diagnoses, hovers, fixes with a citation edit, follows edits and shuts down', async () => {
    text = `# Hungary\n\n${WRONG}\n\n${RIGHT}\n`;
    const session = await start(dir);
    try {
      const { connection } = session;
      let doc = TextDocument.create(draftUri, 'markdown', 1, text);
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text } });
      const diagnostics = await diagnosticsWhere(session, draftUri, (ds) => ds.some((d) => d.code === 'figure-mismatch'));
      const mismatch = diagnostics.find((d) => d.code === 'figure-mismatch')!;
      assert.equal(mismatch.source, 'factdesk');
      assert.equal(mismatch.severity, 2);
      assert.deepEqual(mismatch.range, { start: { line: 2, character: 13 }, end: { line: 2, character: 19 } });
      assert.match(messageText(mismatch), /18,166/, 'the message gives the sourced value');
      assert.ok(!diagnostics.some((d) => d.range.start.line === 4 && d.code !== 'missing-citation'), 'the right figure is no problem');

      // Hover: the country's card, and the wrong figure's verdict, as Markdown.
      const country = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: draftUri }, position: { line: 0, character: 4 } });
      assert.equal((country?.contents as MarkupContent).kind, 'markdown');
      assert.match((country?.contents as MarkupContent).value, /^### Hungary/);
      assert.match((country?.contents as MarkupContent).value, /18,166/);
      assert.deepEqual(country?.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 9 } });
      const figure = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: draftUri }, position: { line: 2, character: 15 } });
      assert.match((figure?.contents as MarkupContent).value, /Does not match the source.*18,166/);

      // Code actions on the wrong figure: a replacement tied to its diagnostic; on the right one, a citation.
      const onWrong = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draftUri }, range: mismatch.range, context: { diagnostics: [mismatch] } });
      const replace = onWrong?.find((a) => 'title' in a && a.title.startsWith('Replace with 18,166'));
      assert.ok(replace && 'diagnostics' in replace && replace.diagnostics?.length === 1 && replace.isPreferred, JSON.stringify(onWrong));
      const rightRange = { start: { line: 4, character: 13 }, end: { line: 4, character: 19 } };
      const onRight = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draftUri }, range: rightRange, context: { diagnostics: [] } });
      const titles = (onRight ?? []).map((a) => a.title);
      const cite = onRight?.find((a) => a.title.startsWith('Insert citation: RFE/RL'));
      assert.ok(cite && 'edit' in cite && cite.edit?.changes?.[draftUri], titles.join(' | '));

      // Apply the citation edit as a client does and send the change.
      doc = TextDocument.create(draftUri, 'markdown', 2, TextDocument.applyEdits(doc, cite.edit!.changes![draftUri]!));
      assert.match(doc.getText(), /18,166 Hikvision devices in Hungary\.\[\^[\w-]+\]/);
      assert.match(doc.getText(), /\n\[\^[\w-]+\]: .*RFE\/RL/);
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: draftUri, version: 2 }, contentChanges: [{ text: doc.getText() }] });
      // The server has the new text (messages are handled in order): no second citation of the same figure.
      const again = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draftUri }, range: rightRange, context: { diagnostics: [] } });
      assert.ok(!(again ?? []).some((a) => a.title.startsWith('Insert citation')), (again ?? []).map((a) => a.title).join(' | '));
    } finally {
      await stop(session);
    }
  });

  it("publishes a long document's first sections' diagnostics before the rest, none taken back, and answers meanwhile", async () => {
    // 900 sections of three figures (150 KB): one wrong figure each.
    text = Array.from({ length: 900 }, (_, n) => `## Part ${n}\n\n${WRONG} ${RIGHT} ${RIGHT}\n\n`).join('');
    const session = await start(dir);
    try {
      const { connection } = session;
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text } });
      const mismatches = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'figure-mismatch').length;
      const first = await diagnosticsWhere(session, draftUri, (ds) => ds.length > 0);
      assert.ok(mismatches(first) < 900, `the first diagnostics came with ${mismatches(first)} mismatches`);
      // A request while the check runs is answered, from the text as it is.
      const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: draftUri }, position: { line: 2, character: 15 } });
      assert.match((hover?.contents as MarkupContent).value, /18,166/);
      const final = await diagnosticsWhere(session, draftUri, (ds) => mismatches(ds) === 900);
      const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}:${d.code}`;
      const all = new Set(final.map(key));
      const steps = session.published.get(draftUri)!.map((p) => p.diagnostics).filter((ds) => ds.length > 0);
      assert.ok(steps.length >= 2, `published ${steps.length} times`);
      steps.forEach((ds, k) => {
        assert.deepEqual(ds.map(key).filter((d) => !all.has(d)), [], `step ${k} holds a diagnostic the final result does not`);
        if (k > 0) assert.ok(ds.length >= steps[k - 1]!.length, `step ${k} took diagnostics back`);
      });
    } finally {
      await stop(session);
    }
  });

  it('follows incremental edits and inserts a citation on command', async () => {
    text = `# Hungary\n\n${WRONG}\n`;
    const session = await start(dir);
    try {
      await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text } });
      const diagnostics = await diagnosticsWhere(session, draftUri, (ds) => ds.some((d) => d.code === 'figure-mismatch'));
      const mismatch = diagnostics.find((d) => d.code === 'figure-mismatch')!;
      // didChange: the figure corrected (incremental sync), the warning goes.
      await session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: draftUri, version: 2 },
        contentChanges: [{ range: mismatch.range, text: '18,166' }],
      });
      await diagnosticsWhere(session, draftUri, (ds) => !ds.some((d) => d.code === 'figure-mismatch'));
      const ok = await session.connection.sendRequest(ExecuteCommandRequest.type, {
        command: 'factdesk.insertCitation',
        arguments: [{ uri: draftUri, offset: text.indexOf('81,166') + 2 }],
      });
      assert.equal(ok, true);
      assert.equal(session.applied.length, 1);
      const edits = session.applied[0]!.changes![draftUri]!;
      assert.ok(edits.some((e) => /RFE\/RL/.test(e.newText)), JSON.stringify(edits));
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

describe('language client settings', () => {
  it('are read from the section or an object holding it, and anything else is ignored', async () => {
    const { readClientSettings } = await import('../../../src/lsp/settings');
    assert.deepEqual(readClientSettings({ factdesk: { severity: { 'figure-mismatch': 'error', 'made-up': 'off' }, citationStyle: 'pandoc' } }), {
      severity: { 'figure-mismatch': 'error' },
      citationStyle: 'pandoc',
    });
    assert.deepEqual(readClientSettings({ showVerified: true, datasets: ['a.facts.json', 3, ''], enable: false, bundled: false }), {
      showVerified: true,
      datasets: ['a.facts.json'],
      enable: false,
      bundled: false,
    });
    assert.deepEqual(readClientSettings({ citationStyle: 'harvard', severity: { 'figure-mismatch': 'loud' } }), {});
    assert.deepEqual(readClientSettings(null), {});
    assert.deepEqual(readClientSettings('factdesk'), {});
  });
});

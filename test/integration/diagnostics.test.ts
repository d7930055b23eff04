import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeActions, codeOf, factdeskDiagnostics, openDraft, openWorkspaceFile, setSetting, sleep, waitForDiagnostics } from './helpers';

const WRONG = 'Shodan lists 81,166 Hikvision devices in Hungary.';
const RIGHT = 'Shodan lists 18,166 Hikvision devices in Hungary.';
const MISATTRIBUTED = 'Hungary has 15,133 Hikvision cameras online, according to Shodan.';

suite('diagnostics', () => {
  teardown(closeAll);

  test('a mismatch in an opened draft gets a diagnostic with the right range, code and message', async () => {
    const doc = await openWorkspaceFile('drafts', 'hungary.md');
    const [d, ...rest] = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch'));
    assert.deepStrictEqual(rest.filter((x) => codeOf(x) !== 'missing-citation'), []);
    assert.strictEqual(codeOf(d), 'figure-mismatch');
    assert.strictEqual(d.source, 'factdesk');
    assert.strictEqual(doc.getText(d.range), '81,166');
    assert.strictEqual(d.range.start.line, 2);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /18,166/, 'the message gives the sourced value');
    assert.match(d.message, /RFE\/RL/, 'the message names the source');
  });

  test('a correct, cited figure produces no diagnostic; showVerified turns it into a hint', async () => {
    const doc = await openDraft(`${RIGHT.replace('18,166', '18,166[^r]')}\n\nThe police bought 2 coffee &amp; tea machines.\n\n${WRONG}\n\n[^r]: RFE/RL, 7 May 2024.\n`);
    // The wrong figure in the same document proves that the document was checked, its entity decoded
    // (dist/entities.js, read on first use) included.
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch'));
    assert.deepStrictEqual(diags.filter((x) => x.range.start.line === 0).map((x) => `${codeOf(x)}: ${x.message}`), []);
    const undo = await setSetting('showVerified', true);
    try {
      const [hint] = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-verified'));
      const verified = factdeskDiagnostics(doc.uri).find((x) => codeOf(x) === 'figure-verified') ?? hint;
      assert.strictEqual(verified.severity, vscode.DiagnosticSeverity.Hint);
      assert.strictEqual(doc.getText(verified.range), '18,166');
    } finally {
      await undo();
    }
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'figure-verified'));
  });

  test("a long draft's check shows its first sections' findings before the rest, and never takes one back", async () => {
    // 900 sections of three figures (150 KB): one wrong figure each, under VS Code's 1,000 problems.
    const text = Array.from({ length: 900 }, (_, n) => `## Part ${n}\n\n${WRONG} ${RIGHT} ${RIGHT}\n\n`).join('');
    const sets: string[][] = [];
    const keyOf = (d: vscode.Diagnostic): string => `${d.range.start.line}:${d.range.start.character}:${codeOf(d)}`;
    let uri: vscode.Uri | undefined;
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (uri && e.uris.some((u) => u.toString() === uri!.toString())) sets.push(factdeskDiagnostics(uri).map(keyOf));
    });
    try {
      const doc = await openDraft('');
      uri = doc.uri;
      await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(0, 0), text));
      const final = await waitForDiagnostics(doc.uri, (ds) => ds.filter((d) => codeOf(d) === 'figure-mismatch').length === 900, 60_000);
      // VS Code fires diagnostic changes debounced: let the last one arrive.
      await sleep(300);
      const shown = sets.filter((set) => set.length > 0);
      assert.ok(shown.length >= 2, `diagnostics were set ${shown.length} times`);
      assert.ok(shown[0]!.length < final.length, 'the first diagnostics came before the whole draft was read');
      const all = new Set(final.map(keyOf));
      shown.forEach((set, k) => {
        assert.deepStrictEqual(set.filter((key) => !all.has(key)), [], `set ${k} shows a diagnostic the final result does not`);
        if (k > 0) assert.ok(set.length >= shown[k - 1]!.length, `set ${k} took diagnostics back`);
      });
    } finally {
      listener.dispose();
    }
  });

  test('editing the text updates the diagnostics without saving', async () => {
    const doc = await openDraft(`# Draft\n\n${WRONG}\n`);
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch'));
    const editor = vscode.window.activeTextEditor!;
    const at = doc.getText().indexOf('81,166');
    await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 6)), '18,166'));
    assert.ok(doc.isDirty);
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'figure-mismatch'));
    // And back: typing a wrong figure again brings the diagnostic back.
    await editor.edit((b) => b.insert(doc.positionAt(doc.getText().length), `\n${MISATTRIBUTED}\n`));
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-misattributed'));
    assert.ok(diags.every((x) => codeOf(x) !== 'figure-mismatch'));
  });

  test('a misattributed figure points to the fact it belongs to', async () => {
    const doc = await openDraft(`${MISATTRIBUTED}\n`);
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-misattributed'));
    const d = diags.find((x) => codeOf(x) === 'figure-misattributed')!;
    assert.strictEqual(doc.getText(d.range), '15,133');
    assert.match(d.message, /18,166/);
    assert.ok(d.relatedInformation && d.relatedInformation.length === 1, 'relatedInformation is set');
    assert.match(d.relatedInformation[0].message, /Moldova/);
    // The related location is the fact's "id" in its dataset file.
    const { location } = d.relatedInformation[0];
    const dataset = await vscode.workspace.openTextDocument(location.uri);
    assert.match(dataset.lineAt(location.range.start.line).text.slice(location.range.start.character), /^"id"\s*:\s*"[^"]+"/);
  });

  test('changing factdesk.severity takes effect, including off', async () => {
    const doc = await openDraft(`${WRONG}\n`);
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch' && x.severity === vscode.DiagnosticSeverity.Warning));
    let undo = await setSetting('severity', { 'figure-mismatch': 'error' });
    try {
      await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch' && x.severity === vscode.DiagnosticSeverity.Error));
    } finally {
      await undo();
    }
    undo = await setSetting('severity', { 'figure-mismatch': 'off' });
    try {
      await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'figure-mismatch'));
    } finally {
      await undo();
    }
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch' && x.severity === vscode.DiagnosticSeverity.Warning));
  });

  test('the suppression quick fix silences that line only', async () => {
    const doc = await openDraft(`# Draft\n\n${WRONG}\n\nLater: ${WRONG}\n`);
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.filter((x) => codeOf(x) === 'figure-mismatch').length === 2);
    const first = diags.find((x) => codeOf(x) === 'figure-mismatch' && x.range.start.line === 2)!;
    const actions = await codeActions(doc, first.range, /^Disable figure-mismatch/);
    const suppress = actions.find((a) => a.title === 'Disable figure-mismatch for this line');
    assert.ok(suppress?.edit, `suppression offered among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.workspace.applyEdit(suppress!.edit!));
    assert.strictEqual(doc.getText(), `# Draft\n\n${WRONG} <!-- factdesk-disable-line figure-mismatch -->\n\nLater: ${WRONG}\n`);
    const after = await waitForDiagnostics(doc.uri, (ds) => ds.filter((x) => codeOf(x) === 'figure-mismatch').length === 1);
    // The comment is on the figure's own line: no line is added, the later figure stays on line 4.
    assert.strictEqual(after.find((x) => codeOf(x) === 'figure-mismatch')!.range.start.line, 4);
  });

  test('re-checking waits for factdesk.debounceMs after the last edit', async () => {
    const undo = await setSetting('debounceMs', 1500);
    try {
      const doc = await openDraft(`${WRONG}\n`);
      await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch'));
      const editor = vscode.window.activeTextEditor!;
      const at = doc.getText().indexOf('81,166');
      const edited = Date.now();
      await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 6)), '18,166'));
      await sleep(600);
      assert.ok(factdeskDiagnostics(doc.uri).some((x) => codeOf(x) === 'figure-mismatch'), 'not re-checked before the delay');
      await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'figure-mismatch'));
      assert.ok(Date.now() - edited >= 1400, `re-checked after ${Date.now() - edited} ms`);
    } finally {
      await undo();
    }
  });

  test('factdesk.enable off clears the diagnostics, on brings them back', async () => {
    const doc = await openDraft(`${WRONG}\n`);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0);
    const undo = await setSetting('enable', false);
    try {
      await waitForDiagnostics(doc.uri, (ds) => ds.length === 0);
    } finally {
      await undo();
    }
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch'));
  });

  test('closing a document clears its diagnostics', async () => {
    const doc = await openDraft(`${WRONG}\n`);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0);
    await closeAll();
    await sleep(50);
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0);
  });
});

import * as vscode from 'vscode';
import * as assert from './assert';
import { activate, closeAll, codeOf, hoverAt, openDraft, waitFor, waitForDiagnostics } from '../helpers';

suite('web extension host (browser bundle, as on vscode.dev)', () => {
  teardown(closeAll);

  test('runs in a web worker without Node', async () => {
    assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process object');
    assert.ok(typeof (globalThis as { importScripts?: unknown }).importScripts === 'function', 'a web worker');
    const api = await activate();
    assert.ok(api.datasetFiles().includes('data/rferl-2024-05-07-cameras.facts.json'), api.datasetFiles().join(', '));
  });

  test('a wrong figure gets its diagnostic and the hover lists Hungary\'s figures', async () => {
    const doc = await openDraft('Shodan lists 81,166 Hikvision devices in Hungary.\n');
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch'));
    const d = diags.find((x) => codeOf(x) === 'figure-mismatch')!;
    assert.strictEqual(doc.getText(d.range), '81,166');
    assert.match(d.message, /18,166/);
    const text = await hoverAt(doc, 'Hungary', 2);
    assert.match(text, /### Hungary/);
    assert.match(text, /3,567/);
  });

  test('workspace datasets are read through vscode.workspace.fs', async () => {
    const api = await activate();
    assert.ok(api.datasetFiles().includes('datasets/ruritania.facts.json'), api.datasetFiles().join(', '));
    const doc = await openDraft('Shodan lists 4,343 Hikvision cameras in Ruritania.\n');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch'));
    assert.ok(vscode.workspace.workspaceFolders?.[0], 'a workspace folder');
  });

  test('the fact sheet opens and draws Hungary\'s figures', async () => {
    await openDraft('Shodan lists 18,166 Hikvision devices in Hungary.\n');
    const api = await activate();
    await vscode.commands.executeCommand('factdesk.showFactSheet', { subject: { kind: 'entity', id: 'HU' } });
    const sheet = await waitFor('the sheet of Hungary', () => api.factSheet.lastRendered(), (r) => r?.subject.id === 'HU', 20000);
    const text = sheet!.figures.map((f) => f.text).join('\n');
    assert.match(text, /18,166/);
    assert.match(text, /3,567/);
    assert.match(text, /RFE\/RL/);
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, openDraft, waitForDiagnostics } from '../helpers';

suite('untrusted workspace (Restricted Mode)', () => {
  teardown(closeAll);

  test('workspace datasets are not loaded; the bundled datasets still check drafts', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, false, 'the harness opened the folder untrusted');
    const api = await activate();
    assert.ok(api.datasetFiles().includes('data/rferl-2024-05-07-cameras.facts.json'), api.datasetFiles().join(', '));
    assert.ok(!api.datasetFiles().some((f) => f.startsWith('datasets/')), `no workspace dataset: ${api.datasetFiles().join(', ')}`);
    const doc = await openDraft('Shodan lists 81,166 Hikvision devices in Hungary.\n\nShodan lists 4,343 Hikvision cameras in Ruritania.\n');
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch'));
    // Only the Hungarian figure: Ruritania's dataset lives in the untrusted workspace.
    assert.deepStrictEqual(
      diags.filter((x) => codeOf(x) === 'figure-mismatch').map((x) => doc.getText(x.range)),
      ['81,166'],
    );
  });

  test('Add Fact from Selection and New Dataset are off in Restricted Mode', async () => {
    await openDraft('In 2023 Hungary bought 412 locomotives.\n');
    const added = await vscode.commands.executeCommand('factdesk.addFactFromSelection', { accept: true });
    assert.strictEqual(added, undefined);
    const created = await vscode.commands.executeCommand('factdesk.newDataset', {
      path: 'datasets/untrusted.facts.json',
      source: { title: 'T', publisher: 'P', date: '2024-01-01', url: 'https://example.org/' },
    });
    assert.strictEqual(created, undefined);
  });
});

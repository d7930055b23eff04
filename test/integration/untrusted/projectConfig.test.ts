import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, openDraft, waitForDiagnostics, workspaceUri } from '../helpers';

suite('.factdesk.json in Restricted Mode', () => {
  const configUri = workspaceUri('.factdesk.json');
  suiteTeardown(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(configUri, { useTrash: false });
  });

  test("its severities apply; its datasets and vocabulary are not loaded", async function () {
    // The file watcher and a reload come first; a loaded machine can take seconds.
    this.timeout(60_000);
    assert.strictEqual(vscode.workspace.isTrusted, false);
    const config = { datasets: ['datasets/*.facts.json'], vocabulary: { topic: ['webcams'] }, severity: { 'figure-mismatch': 'error' } };
    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(JSON.stringify(config)));
    const api = await activate();
    // A heading sets the last line apart: a paragraph right after one on the subject goes on with it.
    const doc = await openDraft('Shodan lists 81,166 Hikvision devices in Hungary.\n\n## Elsewhere\n\nHungary has 81,166 webcams.\n');
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch' && x.severity === vscode.DiagnosticSeverity.Error), 20_000);
    // The last line would be judged with the vocabulary's "webcams": it is not loaded.
    assert.deepStrictEqual(diags.filter((x) => codeOf(x) === 'figure-mismatch').map((x) => x.range.start.line), [0]);
    await api.whenDatasetsLoaded();
    assert.ok(!api.datasetFiles().some((f) => f.startsWith('datasets/') || f.includes('vocabulary')), api.datasetFiles().join(', '));
  });
});

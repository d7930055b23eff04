import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, openWorkspaceFile, setSetting, waitForDiagnostics, workspaceUri } from './helpers';

const WRONG = 'Shodan lists 81,166 Hikvision devices in Hungary.';
const encoder = new TextEncoder();
const WAIT_MS = 15_000;

function severityOf(ds: vscode.Diagnostic[]): vscode.DiagnosticSeverity | undefined {
  return ds.find((d) => codeOf(d) === 'figure-mismatch')?.severity;
}

suite('.factdesk.json', () => {
  const folder = workspaceUri('config-test');
  const configUri = vscode.Uri.joinPath(folder, '.factdesk.json');
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, encoder.encode(text));

  suiteSetup(async () => {
    await write(configUri, '// written by the test\n{ "severity": { "figure-mismatch": "error", } }\n');
    await write(vscode.Uri.joinPath(folder, 'draft.md'), `# Draft\n\n${WRONG}\n`);
  });
  suiteTeardown(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  test('a severity change in .factdesk.json takes effect without a reload; a setting the user sets wins', async function () {
    // Each step waits for a file watcher and a reload; a loaded machine can take seconds for each.
    this.timeout(90_000);
    const doc = await openWorkspaceFile('config-test', 'draft.md');
    await waitForDiagnostics(doc.uri, (ds) => severityOf(ds) === vscode.DiagnosticSeverity.Error, WAIT_MS);
    // Edit the file on disk, as a writer (or git) would: the watcher picks it up.
    await write(configUri, '{ "severity": { "figure-mismatch": "info" } }\n');
    await waitForDiagnostics(doc.uri, (ds) => severityOf(ds) === vscode.DiagnosticSeverity.Information, WAIT_MS);
    const undo = await setSetting('severity', { 'figure-mismatch': 'warning' });
    try {
      await waitForDiagnostics(doc.uri, (ds) => severityOf(ds) === vscode.DiagnosticSeverity.Warning, WAIT_MS);
    } finally {
      await undo();
    }
    await waitForDiagnostics(doc.uri, (ds) => severityOf(ds) === vscode.DiagnosticSeverity.Information, WAIT_MS);
    // "off" drops the finding; a broken file is not applied (the defaults are back).
    await write(configUri, '{ "severity": { "figure-mismatch": "off" } }\n');
    await waitForDiagnostics(doc.uri, (ds) => severityOf(ds) === undefined && !ds.some((d) => codeOf(d) === 'figure-mismatch'), WAIT_MS);
    await write(configUri, '{ "severity": { "figure-mismatch": "loud" } }\n');
    const diags = await waitForDiagnostics(doc.uri, (ds) => severityOf(ds) === vscode.DiagnosticSeverity.Warning, WAIT_MS);
    assert.ok(diags.some((d) => codeOf(d) === 'figure-mismatch'));
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, openDraft, waitFor, waitForDiagnostics, workspaceUri } from './helpers';

const BROKEN = '{"facts": [{"id": "x", "value": "12"}]}\n';

suite('workspace datasets', () => {
  teardown(closeAll);

  test('a workspace dataset adds a fact', async () => {
    const api = await activate();
    assert.ok(api.datasetFiles().includes('datasets/ruritania.facts.json'), api.datasetFiles().join(', '));
    const doc = await openDraft('Shodan lists 4,343 Hikvision cameras in Ruritania.\n');
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch'));
    const d = diags.find((x) => codeOf(x) === 'figure-mismatch')!;
    assert.strictEqual(doc.getText(d.range), '4,343');
    assert.match(d.message, /4,242/);
    assert.match(d.message, /Ruritania Gazette/);
  });

  test('a broken workspace dataset is reported, and the bundled and other datasets keep working', async () => {
    const api = await activate();
    const broken = workspaceUri('datasets', 'broken-tmp.facts.json');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode(BROKEN));
    try {
      const problems = await waitFor('dataset problems', () => api.datasetProblems(), (ps) => ps.some((p) => p.file === 'datasets/broken-tmp.facts.json'));
      assert.ok(problems.some((p) => p.path === 'facts[0].value'), JSON.stringify(problems));
      const fileDiags = await waitFor('dataset file diagnostics', () => vscode.languages.getDiagnostics(broken), (ds) => ds.length > 0);
      const valueProblem = fileDiags.find((d) => d.message.includes('facts[0].value'));
      assert.ok(valueProblem, JSON.stringify(fileDiags.map((d) => d.message)));
      // The diagnostic sits on the offending key.
      assert.strictEqual(valueProblem!.range.start.character, BROKEN.indexOf('"value"'));
      assert.strictEqual(valueProblem!.range.end.character, BROKEN.indexOf('"value"') + '"value"'.length);
      // The bundled datasets and the valid workspace dataset still check drafts.
      const doc = await openDraft('Shodan lists 81,166 Hikvision devices in Hungary.\n\nShodan lists 4,343 Hikvision cameras in Ruritania.\n');
      await waitForDiagnostics(doc.uri, (ds) => ds.filter((x) => codeOf(x) === 'figure-mismatch').length === 2);
    } finally {
      await vscode.workspace.fs.delete(broken);
    }
    await waitFor('problems cleared', () => api.datasetProblems(), (ps) => ps.length === 0);
  });

  test('*.facts.json files are validated against the contributed JSON Schema (jsonValidation)', async () => {
    const broken = workspaceUri('datasets', 'schema-tmp.facts.json');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode(BROKEN));
    try {
      const doc = await vscode.workspace.openTextDocument(broken);
      await vscode.window.showTextDocument(doc);
      const diags = await waitFor(
        'JSON schema diagnostics',
        // The JSON language server's own diagnostics (not factdesk's): a wrong type and missing fields.
        () => vscode.languages.getDiagnostics(broken).filter((d) => d.source !== 'factdesk'),
        (ds) => ds.some((d) => /Expected "number"/.test(d.message) && doc.getText(d.range) === '"12"') && ds.some((d) => /Missing property "entity"/.test(d.message)),
        20000,
      );
      assert.ok(diags.length > 0);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(broken);
    }
  });

  test('a JSON syntax error names the file and position', async () => {
    const api = await activate();
    const broken = workspaceUri('datasets', 'syntax-tmp.facts.json');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('{"facts": [\n'));
    try {
      const problems = await waitFor('dataset problems', () => api.datasetProblems(), (ps) => ps.some((p) => p.file === 'datasets/syntax-tmp.facts.json'));
      const problem = problems.find((p) => p.file === 'datasets/syntax-tmp.facts.json')!;
      assert.match(problem.message, /line \d+, column \d+/);
      const [d] = await waitFor('dataset file diagnostics', () => vscode.languages.getDiagnostics(broken), (ds) => ds.length > 0);
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    } finally {
      await vscode.workspace.fs.delete(broken);
    }
    await waitFor('problems cleared', () => api.datasetProblems(), (ps) => ps.length === 0);
  });
});

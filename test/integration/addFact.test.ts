import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, factdeskDiagnostics, openDraft, setSetting, sleep, waitFor, waitForDiagnostics } from './helpers';

const SOURCE_TEXT = '# Ruritanian rail report\n\nPublished 2024-02-01 at https://example.org/rail\n\nIn 2023 Ruritania bought 412 locomotives for its railways, the ministry said.\n';
const decoder = new TextDecoder();

async function newDataset(name: string): Promise<vscode.Uri> {
  const created = await vscode.commands.executeCommand<string | undefined>('factdesk.newDataset', {
    path: `datasets/${name}.facts.json`,
    source: { title: 'Ruritanian rail report', publisher: 'Ruritanian Rail', date: '2024-02-01', url: 'https://example.org/rail' },
  });
  assert.ok(created, 'New Dataset returned the file it created');
  return vscode.Uri.parse(created);
}

async function openSource(): Promise<vscode.TextEditor> {
  const doc = await openDraft(SOURCE_TEXT);
  const editor = vscode.window.activeTextEditor!;
  const at = doc.positionAt(SOURCE_TEXT.indexOf('bought'));
  editor.selection = new vscode.Selection(at, at);
  return editor;
}

async function fileText(uri: vscode.Uri): Promise<string> {
  return decoder.decode(await vscode.workspace.fs.readFile(uri));
}

suite('Add Fact from Selection and New Dataset', () => {
  const created: vscode.Uri[] = [];
  teardown(async () => {
    await closeAll();
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('New Dataset scaffolds a valid file with its source and an empty vocabulary, and it loads', async () => {
    const uri = await newDataset(`new-${Date.now()}`);
    created.push(uri);
    const data = JSON.parse(await fileText(uri)) as { sources: { id: string; publisher: string }[]; facts: unknown[]; vocabulary: { topic: unknown[] } };
    assert.strictEqual(data.sources[0].publisher, 'Ruritanian Rail');
    assert.deepStrictEqual(data.facts, []);
    assert.deepStrictEqual(data.vocabulary.topic, []);
    await vscode.commands.executeCommand('factdesk.reloadDatasets');
    const api = await activate();
    const label = vscode.workspace.asRelativePath(uri);
    assert.ok(api.datasetFiles().includes(label), api.datasetFiles().join(', '));
    assert.deepStrictEqual(api.datasetProblems().filter((p) => p.file === label), []);
  });

  test('the fact is appended, a draft that restates it verifies, and undo removes it', async () => {
    const uri = await newDataset(`added-${Date.now()}`);
    created.push(uri);
    const before = await fileText(uri);
    await openSource();
    const added = await vscode.commands.executeCommand<{ factId: string; dataset: string } | undefined>('factdesk.addFactFromSelection', { dataset: uri.toString(), accept: true });
    assert.ok(added, 'a fact was added');
    const after = await fileText(uri);
    const data = JSON.parse(after) as { facts: { id: string; entity: string; value: number; period: unknown; quote: string; source: string }[] };
    const fact = data.facts.find((f) => f.id === added.factId)!;
    assert.deepStrictEqual([fact.entity, fact.value, fact.period], ['QZ', 412, { from: 2023, to: 2023 }]);
    assert.strictEqual(fact.quote, 'In 2023 Ruritania bought 412 locomotives for its railways, the ministry said.');
    assert.ok(after.startsWith(before.slice(0, before.indexOf('"facts"'))), 'the file before its facts is unchanged');

    const undoSetting = await setSetting('showVerified', true);
    try {
      const draft = await openDraft('Ruritania bought 412 locomotives in 2023.\n\nRuritania bought 421 locomotives in 2023.\n');
      const diags = await waitForDiagnostics(draft.uri, (ds) => ds.some((d) => codeOf(d) === 'figure-verified') && ds.some((d) => codeOf(d) === 'figure-mismatch'));
      assert.strictEqual(draft.getText(diags.find((d) => codeOf(d) === 'figure-verified')!.range), '412');
      assert.strictEqual(draft.getText(diags.find((d) => codeOf(d) === 'figure-mismatch')!.range), '421');

      // One undo in the dataset's editor takes the whole addition back.
      const datasetDoc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(datasetDoc);
      await vscode.commands.executeCommand('undo');
      await datasetDoc.save();
      assert.strictEqual(datasetDoc.getText(), before);
      await vscode.commands.executeCommand('factdesk.reloadDatasets');
      await vscode.window.showTextDocument(draft);
      await waitFor('the verification to go', () => factdeskDiagnostics(draft.uri), (ds) => !ds.some((d) => codeOf(d) === 'figure-verified'));
    } finally {
      await undoSetting();
    }
  });

  test('the quick-input flow proposes every answer: accepting each step adds the proposed fact', async () => {
    const uri = await newDataset(`flow-${Date.now()}`);
    created.push(uri);
    await openSource();
    const pending = vscode.commands.executeCommand<{ factId: string } | undefined>('factdesk.addFactFromSelection', { dataset: uri.toString() });
    // Entity, measure, value, qualifier, period, source: Enter keeps each proposal.
    for (let step = 0; step < 6; step++) {
      await sleep(700);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    const added = await pending;
    assert.ok(added, 'the flow added a fact');
    const data = JSON.parse(await fileText(uri)) as { facts: { id: string; entity: string; value: number; source: string }[]; sources: { id: string }[] };
    const fact = data.facts.find((f) => f.id === added.factId)!;
    assert.deepStrictEqual([fact.entity, fact.value, fact.source], ['QZ', 412, data.sources[0].id]);
  });

  test('the commands are contributed', async () => {
    await activate();
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('factdesk.addFactFromSelection'));
    assert.ok(all.includes('factdesk.newDataset'));
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, hoverAt, openDraft, waitFor, workspaceUri } from './helpers';

suite('commands', () => {
  teardown(closeAll);

  test('the extension contributes its commands', async () => {
    await activate();
    const all = await vscode.commands.getCommands(true);
    for (const c of ['factdesk.checkWorkspace', 'factdesk.insertCitation', 'factdesk.showDatasetProblems', 'factdesk.reloadDatasets']) {
      assert.ok(all.includes(c), c);
    }
  });

  test('Insert citation cites the sentence at the cursor, never inside a word', async () => {
    const doc = await openDraft('Hungary has many cameras, says Shodan. Another sentence.\n');
    const editor = vscode.window.activeTextEditor!;
    const at = doc.positionAt('Hungary has many ca'.length);
    editor.selection = new vscode.Selection(at, at);
    const inserted = await vscode.commands.executeCommand<boolean>('factdesk.insertCitation', { factId: 'hu-shodan-hikvision-devices' });
    assert.strictEqual(inserted, true);
    assert.match(doc.getText(), /^Hungary has many cameras, says Shodan\.\[\^rferl-2024-05-07-cameras\] Another sentence\.\n\n\[\^rferl-2024-05-07-cameras\]: Reid Standish, "Chinese-Made/);
    const cursor = doc.offsetAt(editor.selection.active);
    assert.strictEqual(doc.getText().slice(cursor - 2, cursor), 's]', 'the cursor moves to the end of the new marker');
    const twice = await vscode.commands.executeCommand<boolean>('factdesk.insertCitation', { factId: 'hu-shodan-hikvision-devices' });
    assert.strictEqual(twice, false, 'nothing inserted the second time');
  });

  test('a hover link cites at the hovered mention, wherever the cursor is', async () => {
    const doc = await openDraft('# Draft\n\nFirst paragraph.\n\nHungary has many cameras. More.\n');
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(new vscode.Position(0, 0), new vscode.Position(0, 0));
    const card = await hoverAt(doc, 'Hungary', 2);
    const link = /\[Cite\]\(command:factdesk\.insertCitation\?([^ )]+)/.exec(card);
    assert.ok(link, card);
    const [args] = JSON.parse(decodeURIComponent(link[1])) as [{ factId: string; uri: string; offset: number }];
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('factdesk.insertCitation', args), true);
    assert.match(doc.getText(), /^# Draft\n\nFirst paragraph\.\n\nHungary has many cameras\.\[\^rferl-2024-05-07-cameras\] More\.\n/);
  });

  test('Insert citation… without a fact opens a quick pick of all facts; accepting one inserts its citation', async () => {
    const doc = await openDraft('Cameras are everywhere.\n');
    const editor = vscode.window.activeTextEditor!;
    const at = doc.positionAt('Cameras are everywhere'.length);
    editor.selection = new vscode.Selection(at, at);
    const pending = vscode.commands.executeCommand<boolean>('factdesk.insertCitation');
    await new Promise((r) => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.strictEqual(await pending, true);
    assert.match(doc.getText(), /^Cameras are everywhere\.\[\^rferl-2024-05-07-cameras\]\n\n\[\^rferl-2024-05-07-cameras\]: /);
  });

  test('Check all Markdown files puts the results of unopened files in Problems', async () => {
    const uri = workspaceUri('drafts', 'hungary.md');
    const summary = await vscode.commands.executeCommand<{ files: number; problems: number }>('factdesk.checkWorkspace');
    assert.ok(summary.files >= 1, JSON.stringify(summary));
    const diags = await waitFor('workspace diagnostics', () => vscode.languages.getDiagnostics(uri), (ds) => ds.some((d) => codeOf(d) === 'figure-mismatch'));
    assert.strictEqual(diags.find((d) => codeOf(d) === 'figure-mismatch')!.range.start.line, 2);
    // One count: the summary's problems are the rows the Problems panel lists (hints are not listed).
    const listed = vscode.languages
      .getDiagnostics()
      .flatMap(([file, ds]) => (file.path.endsWith('.md') ? ds : []))
      .filter((d) => d.source === 'factdesk' && d.severity !== vscode.DiagnosticSeverity.Hint && codeOf(d) !== 'figure-verified');
    assert.strictEqual(summary.problems, listed.length);
  });

  test('Show dataset problems and Reload datasets run', async () => {
    const problems = await vscode.commands.executeCommand<string[]>('factdesk.showDatasetProblems');
    assert.deepStrictEqual(problems, []);
    await vscode.commands.executeCommand('factdesk.reloadDatasets');
    const api = await activate();
    assert.ok(api.datasetFiles().includes('data/rferl-2024-05-07-cameras.facts.json'), api.datasetFiles().join(', '));
  });
});

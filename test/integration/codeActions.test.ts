import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeActions, codeOf, openDraft, setSetting, waitForDiagnostics } from './helpers';

const FOOTNOTE = '[^rferl-2024-05-07-cameras]: Reid Standish, "Chinese-Made Surveillance Cameras Are Spreading Across Eastern Europe, Despite Security Concerns", RFE/RL, 7 May 2024. <https://gandhara.rferl.mobi/China-In-Eurasia>';

async function mismatch(doc: vscode.TextDocument, code = 'figure-mismatch'): Promise<vscode.Diagnostic> {
  const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === code));
  return diags.find((x) => codeOf(x) === code)!;
}

async function apply(doc: vscode.TextDocument, range: vscode.Range, title: RegExp): Promise<void> {
  const actions = await codeActions(doc, range, title);
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action?.edit, `${title} offered among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(await vscode.workspace.applyEdit(action!.edit!));
}

suite('quick fixes', () => {
  teardown(closeAll);

  test('replace keeps the writer\'s style: space-grouped stays space-grouped', async () => {
    const doc = await openDraft('# Draft\n\nShodan lists 81 166 Hikvision devices in Hungary, a lot.\n');
    const d = await mismatch(doc);
    assert.strictEqual(doc.getText(d.range), '81 166');
    await apply(doc, d.range, /^Replace with 18 166/);
    assert.strictEqual(doc.getText(), '# Draft\n\nShodan lists 18 166 Hikvision devices in Hungary, a lot.\n');
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'figure-mismatch'));
  });

  test('replace with a comma-grouped figure', async () => {
    const doc = await openDraft('Shodan lists 81,166 Hikvision devices in Hungary.');
    const d = await mismatch(doc);
    await apply(doc, d.range, /^Replace with 18,166 \(RFE\/RL\)$/);
    assert.strictEqual(doc.getText(), 'Shodan lists 18,166 Hikvision devices in Hungary.');
  });

  test('the citation fix cites a verified figure at the end of its sentence, once', async () => {
    const doc = await openDraft('# Draft\n\nThere are 18,166 Hikvision devices online in Hungary, a lot.\n');
    const d = await mismatch(doc, 'missing-citation');
    await apply(doc, d.range, /^Insert citation: RFE\/RL/);
    const once = `# Draft\n\nThere are 18,166 Hikvision devices online in Hungary, a lot.[^rferl-2024-05-07-cameras]\n\n${FOOTNOTE}\n`;
    assert.strictEqual(doc.getText(), once);
    // Second time: the action is either not offered or changes nothing.
    const actions = await codeActions(doc, d.range);
    const cite = actions.find((a) => /^Insert citation/.test(a.title));
    if (cite?.edit) await vscode.workspace.applyEdit(cite.edit);
    assert.strictEqual(doc.getText(), once);
    assert.strictEqual(doc.getText().split('[^rferl-2024-05-07-cameras]:').length, 2, 'one definition');
  });

  test('a wrong figure is never cited to the source that contradicts it', async () => {
    const doc = await openDraft('# Draft\n\nThere are 81,166 Hikvision devices online in Hungary.\n');
    const d = await mismatch(doc);
    const titles = (await codeActions(doc, d.range)).map((a) => a.title);
    assert.ok(titles.some((t) => /^Replace with 18,166/.test(t)), titles.join(' | '));
    assert.ok(!titles.some((t) => /^Insert citation/.test(t)), titles.join(' | '));
  });

  test('cite all cites the verified figures only, once per sentence, one definition for the shared source', async () => {
    const doc = await openDraft('There are 18,166 Hikvision and 3,567 Dahua devices online in Hungary.\n\nThere are 81,166 Hikvision devices online in Hungary.\n');
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch'));
    await apply(doc, diags.find((x) => codeOf(x) === 'figure-mismatch')!.range, /^Insert citations for all 2 verified figures$/);
    assert.strictEqual(
      doc.getText(),
      `There are 18,166 Hikvision and 3,567 Dahua devices online in Hungary.[^rferl-2024-05-07-cameras]\n\nThere are 81,166 Hikvision devices online in Hungary.\n\n${FOOTNOTE}\n`,
    );
  });

  test('factdesk.citationStyle switches to Pandoc citations and inline links', async () => {
    const undo = await setSetting('citationStyle', 'pandoc');
    try {
      const doc = await openDraft('There are 18,166 Hikvision devices online in Hungary.\n');
      await apply(doc, (await mismatch(doc, 'missing-citation')).range, /^Insert citation/);
      assert.strictEqual(doc.getText(), 'There are 18,166 Hikvision devices online in Hungary [@rferl-2024-05-07-cameras].\n');
      await setSetting('citationStyle', 'inline');
      const doc2 = await openDraft('There are 18,166 Hikvision devices online in Hungary.\n');
      await apply(doc2, (await mismatch(doc2, 'missing-citation')).range, /^Insert citation/);
      assert.strictEqual(doc2.getText(), 'There are 18,166 Hikvision devices online in Hungary ([RFE/RL, 7 May 2024](https://gandhara.rferl.mobi/China-In-Eurasia)).\n');
    } finally {
      await undo();
    }
  });
});

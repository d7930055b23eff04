import * as assert from 'assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { browser, browserAvailable } from './browser';
import { activate, closeAll, hoverAt, openDraft, openWorkspaceFile, workspaceUri, setSetting, sleep, waitFor, type FactdeskTestApi, type RenderedSheet } from './helpers';

async function sheetApi(): Promise<FactdeskTestApi['factSheet']> {
  return (await activate()).factSheet;
}

/** Waits until the webview reports it drew the sheet of `id` ('dataset' for the whole dataset). */
async function rendered(id: string, timeoutMs = 20000): Promise<RenderedSheet> {
  const api = await sheetApi();
  const drawn = await waitFor(`the fact sheet of ${id}`, () => api.lastRendered(), (r) => !!r && (r.subject.id ?? r.subject.kind) === id, timeoutMs);
  return drawn!;
}

function figureText(sheet: RenderedSheet, factId: string): string {
  const figure = sheet.figures.find((f) => f.factId === factId);
  assert.ok(figure, `${factId} is not on the sheet; it shows ${sheet.figures.map((f) => f.factId).join(', ')}`);
  return figure.text;
}

function sheetTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.startsWith('Fact sheet'));
}

async function placeCursor(editor: vscode.TextEditor, needle: string): Promise<void> {
  const at = editor.document.positionAt(editor.document.getText().indexOf(needle) + 1);
  editor.selection = new vscode.Selection(at, at);
}

suite('fact sheet', () => {
  teardown(closeAll);

  test('opened for Hungary, it shows both Shodan figures with their source, beside the draft', async () => {
    const doc = await openDraft('Shodan lists 18,166 Hikvision devices in Hungary.\n');
    await vscode.commands.executeCommand('factdesk.showFactSheet', { subject: { kind: 'entity', id: 'HU' } });
    const sheet = await rendered('HU');
    const hikvision = figureText(sheet, 'hu-shodan-hikvision-devices');
    const dahua = figureText(sheet, 'hu-shodan-dahua-devices');
    for (const [text, value] of [[hikvision, '18,166'], [dahua, '3,567']]) {
      assert.ok(text.includes(value), text);
      assert.ok(text.includes('RFE/RL'), `source publisher in: ${text}`);
      assert.ok(text.includes('Shodan'), `via in: ${text}`);
      assert.ok(text.includes('7 May 2024'), `source date in: ${text}`);
    }
    assert.ok(hikvision.includes('Hikvision') && dahua.includes('Dahua'));
    const tab = sheetTab();
    assert.ok(tab, 'a webview tab');
    assert.equal(tab.label, 'Fact sheet: Hungary');
    const draftColumn = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn;
    assert.notEqual(tab.group.viewColumn, draftColumn, 'the sheet opens beside the draft');
  });

  test('dataset text reaches the page as text, never as markup', async () => {
    await openDraft('Ruritania.\n');
    await vscode.commands.executeCommand('factdesk.showFactSheet', { subject: { kind: 'entity', id: 'QZ' } });
    const text = figureText(await rendered('QZ'), 'qz-shodan-hikvision-cameras');
    // Put in as HTML, "<b>Shodan</b>" would lose its tags in textContent; as text it keeps them.
    assert.ok(text.includes('<b>Shodan</b>'), text);
    assert.ok(text.includes('[as listed](command:workbench.action.quit)'), text);
  });

  test('without arguments it opens on the name under the cursor', async () => {
    const doc = await openDraft('Georgia bought more than 10,000 cameras in 2023.\n');
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc)!;
    await placeCursor(editor, 'Georgia');
    await vscode.commands.executeCommand('factdesk.showFactSheet');
    const sheet = await rendered('GE');
    assert.ok(figureText(sheet, 'ge-camera-purchases-2020').includes('fewer than 1,000'));
    assert.ok(figureText(sheet, 'ge-camera-purchases-2023').includes('more than 10,000'));
  });

  test('it follows the cursor and the mouse onto another country, and stops when told to', async () => {
    const doc = await openDraft('Hungary has 18,166 Hikvision devices online. Moldova has 15,133. In Belgrade, $5.8 million.\n');
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc)!;
    await vscode.commands.executeCommand('factdesk.showFactSheet', { subject: { kind: 'entity', id: 'HU' } });
    await rendered('HU');
    await placeCursor(editor, 'Moldova');
    await rendered('MD');
    // A city leads to its country's sheet.
    await placeCursor(editor, 'Belgrade');
    await rendered('RS');
    await hoverAt(doc, 'Hungary', 2);
    await rendered('HU');
    const undo = await setSetting('factSheet.followEditor', false);
    try {
      await placeCursor(editor, 'Moldova');
      await hoverAt(doc, 'Moldova', 2);
      await sleep(600);
      assert.equal((await sheetApi()).subject()?.id, 'HU');
    } finally {
      await undo();
    }
  });

  test('the hover card links to the sheet', async () => {
    const doc = await openDraft('Shodan lists 18,166 Hikvision devices in Hungary.\n');
    const card = await hoverAt(doc, 'Hungary', 2);
    const link = /\[Open fact sheet\]\(command:factdesk\.showFactSheet\?([^ )]+)/.exec(card);
    assert.ok(link, card);
    const [args] = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    await vscode.commands.executeCommand('factdesk.showFactSheet', args);
    await rendered('HU');
  });

  test('the whole dataset: a map and a table', async () => {
    await openDraft('Cameras.\n');
    await vscode.commands.executeCommand('factdesk.showFactSheet', { subject: { kind: 'dataset' } });
    const sheet = await rendered('dataset');
    assert.equal(sheet.map, true, 'an SVG map was drawn');
    assert.ok(figureText(sheet, 'hu-shodan-hikvision-devices').includes('18,166'));
    assert.ok(figureText(sheet, 'md-shodan-hikvision-cameras').includes('15,133'));
  });

  test('an open sheet is redrawn when the datasets change', async () => {
    await openDraft('Cameras in Hungary.\n');
    await vscode.commands.executeCommand('factdesk.showFactSheet', { subject: { kind: 'entity', id: 'HU' } });
    await rendered('HU');
    const added = workspaceUri('datasets', 'budapest-test.facts.json');
    const dataset = {
      sources: [{ id: 'budapest-test-source', title: 'Budapest cameras', publisher: 'Test Desk', date: '2024-06-01', url: 'https://example.org/b' }],
      facts: [{
        id: 'hu-test-police-cameras', entity: 'HU', vendors: [], measure: 'police cameras', keywords: ['cameras'], value: 4321,
        unit: 'count', qualifier: 'exact', period: null, via: 'Test Desk', quote: 'The police run 4,321 cameras.', source: 'budapest-test-source',
      }],
    };
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(JSON.stringify(dataset)));
    try {
      const api = await sheetApi();
      const redrawn = await waitFor('the redrawn sheet', () => api.lastRendered(), (r) => !!r?.figures.some((f) => f.factId === 'hu-test-police-cameras'));
      assert.ok(figureText(redrawn!, 'hu-test-police-cameras').includes('4,321'));
      assert.ok(figureText(redrawn!, 'hu-shodan-hikvision-devices').includes('18,166'));
    } finally {
      await vscode.workspace.fs.delete(added);
    }
    const api = await sheetApi();
    await waitFor('the figure gone again', () => api.lastRendered(), (r) => !!r && !r.figures.some((f) => f.factId === 'hu-test-police-cameras'));
  });

  test('messages from the webview are checked before anything is done', async () => {
    const doc = await openDraft('Shodan lists 18,166 Hikvision devices in Hungary.\n');
    await vscode.commands.executeCommand('factdesk.showFactSheet', { subject: { kind: 'entity', id: 'HU' } });
    await rendered('HU');
    const api = await sheetApi();
    const before = api.rejectedMessages();
    assert.equal(await api.receive({ type: 'insertCitation', factId: 42 }), false);
    assert.equal(await api.receive({ type: 'runCommand', command: 'workbench.action.quit' }), false);
    assert.equal(await api.receive({ type: 'open', subject: { kind: 'file', id: '/etc/passwd' } }), false);
    assert.equal(api.rejectedMessages(), before + 3);
    // Well formed, but about nothing the datasets know.
    assert.equal(await api.receive({ type: 'insertCitation', factId: 'no-such-fact' }), false);
    assert.equal(await api.receive({ type: 'open', subject: { kind: 'entity', id: 'FR' } }), false);
    assert.equal(api.subject()?.id, 'HU');
    assert.equal(doc.getText(), 'Shodan lists 18,166 Hikvision devices in Hungary.\n');
  });

  test('"Insert citation" in the sheet cites the source in the draft, at its cursor', async function () {
    const doc = await openDraft('Shodan lists 18,166 Hikvision devices in Hungary.\n');
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc)!;
    editor.selection = new vscode.Selection(doc.positionAt(19), doc.positionAt(19));
    await vscode.commands.executeCommand('factdesk.showFactSheet', { subject: { kind: 'entity', id: 'HU' } });
    await rendered('HU');
    if (browserAvailable()) {
      // A real click on the button in the webview.
      await browser({ click: '[data-fact-id="hu-shodan-hikvision-devices"] button' });
    } else {
      this.skip();
    }
    const text = await waitFor('the citation', () => doc.getText(), (t) => t.includes('[^'));
    const [first, ...rest] = text.split('\n');
    assert.equal(first.replace(/\[\^[\w-]+\]/, ''), 'Shodan lists 18,166 Hikvision devices in Hungary.', 'the writer\'s text is kept');
    assert.match(rest.join('\n'), /\[\^[\w-]+\]: .*RFE\/RL/);
  });

  test('the keyboard moves between figures, and Enter on a country of the map opens its sheet', async function () {
    if (!browserAvailable()) this.skip();
    await openDraft('Cameras in Hungary.\n');
    await vscode.commands.executeCommand('factdesk.showFactSheet', { subject: { kind: 'entity', id: 'HU' } });
    await rendered('HU');
    const figures = '[data-fact-id]';
    await browser({ press: 'ArrowDown', selector: '[data-fact-id="hu-shodan-hikvision-devices"]' });
    assert.match((await browser({ focused: figures })).text ?? '', /^Dahua/);
    await browser({ press: 'Home' });
    assert.match((await browser({ focused: figures })).text ?? '', /^Hikvision/);
    await browser({ press: 'End' });
    assert.match((await browser({ focused: figures })).text ?? '', /^Dahua/);
    await vscode.commands.executeCommand('factdesk.showFactSheet', { subject: { kind: 'dataset' } });
    await rendered('dataset');
    await browser({ press: 'Enter', selector: 'path.country[data-country="GE"]' });
    await rendered('GE');
  });

  test('axe-core finds no accessibility violations in the sheets, in light, dark and high-contrast themes', async function () {
    if (!browserAvailable()) this.skip();
    this.timeout(120000);
    await openDraft('Cameras in Georgia.\n');
    const workbench = vscode.workspace.getConfiguration('workbench');
    const themeBefore = workbench.inspect('colorTheme')?.globalValue;
    const found: string[] = [];
    try {
      for (const theme of ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast']) {
        await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        for (const subject of [{ kind: 'entity', id: 'GE' }, { kind: 'vendor', id: 'dahua' }, { kind: 'dataset' }] as const) {
          const name = subject.kind === 'dataset' ? 'dataset' : subject.id;
          await vscode.commands.executeCommand('factdesk.showFactSheet', { subject });
          await rendered(name);
          await sleep(300);
          const { violations = [] } = await browser({ axe: '[data-fact-id]' });
          for (const v of violations) found.push(`${theme} / ${name}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
        }
      }
    } finally {
      await workbench.update('colorTheme', themeBefore, vscode.ConfigurationTarget.Global);
    }
    assert.deepEqual(found, []);
  });

  test('screenshots in light, dark and high-contrast themes', async function () {
    if (!browserAvailable()) this.skip();
    this.timeout(120000);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const doc = await openWorkspaceFile('drafts', 'hungary.md');
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc)!;
    await placeCursor(editor, 'Hungary');
    const workbench = vscode.workspace.getConfiguration('workbench');
    const themeBefore = workbench.inspect('colorTheme')?.globalValue;
    const themes = [['light', 'Default Light Modern'], ['dark', 'Default Dark Modern'], ['high-contrast', 'Default High Contrast']];
    try {
      const sheets = [
        [{ kind: 'entity', id: 'HU' }, 'hungary', undefined],
        // Georgia with a figure focused from the keyboard, which opens its details.
        [{ kind: 'entity', id: 'GE' }, 'georgia', '[data-fact-id="ge-camera-purchases-2023"]'],
        [{ kind: 'dataset' }, 'dataset', undefined],
      ] as const;
      for (const [subject, name, focus] of sheets) {
        await vscode.commands.executeCommand('factdesk.showFactSheet', { subject });
        await rendered('id' in subject ? subject.id : 'dataset');
        if (focus) await browser({ press: 'Shift', selector: focus });
        for (const [slug, theme] of themes) {
          await workbench.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
          // The webview restyles itself from the theme's CSS variables; give it a moment to repaint.
          await sleep(1500);
          const shot = await browser({ screenshot: `fact-sheet-${name}-${slug}` });
          assert.ok(shot.file && fs.statSync(shot.file).size > 20_000, `a real screenshot at ${shot.file}`);
        }
      }
    } finally {
      await workbench.update('colorTheme', themeBefore, vscode.ConfigurationTarget.Global);
    }
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, hoverAt, openDraft, waitForDiagnostics } from './helpers';

suite('hovers', () => {
  teardown(closeAll);

  test('the hover on "Hungary" lists its sourced figures with citation links', async () => {
    const doc = await openDraft('Shodan lists 81,166 Hikvision devices in Hungary.\n');
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0);
    const text = await hoverAt(doc, 'Hungary', 2);
    assert.match(text, /### Hungary/);
    assert.match(text, /18,166/, 'Hikvision figure');
    assert.match(text, /3,567/, 'Dahua figure');
    assert.match(text, /via Shodan/);
    assert.match(text, /RFE\/RL/);
    assert.match(text, /7 May 2024/);
    assert.match(text, /\[Cite\]\(command:factdesk\.insertCitation\?/);
    assert.match(text, /\[Open fact sheet\]\(command:factdesk\.showFactSheet\?/);
  });

  test('the hover on a place and on a vendor lists their figures', async () => {
    const doc = await openDraft('Belgrade spent $5.8 million on surveillance cameras in 2023, most of them from Dahua.\n');
    const place = await hoverAt(doc, 'Belgrade', 2);
    assert.match(place, /### Belgrade/);
    assert.match(place, /5\\\.8 million/);
    assert.match(place, /· 2023 ·/);
    const vendor = await hoverAt(doc, 'Dahua', 2);
    assert.match(vendor, /### Dahua/);
    const lines = vendor.split('\n').filter((l) => l.startsWith('- **'));
    assert.ok(lines.length > 0 && lines.length <= 5, `at most five figures: ${lines.length}`);
    assert.ok(lines.every((l) => /\*\* [^·]+ · \p{Lu}/u.test(l)), `a vendor card names the place of each figure:\n${lines.join('\n')}`);
    assert.match(vendor, /more figures in the \[Open fact sheet\]/);
  });

  test('dataset text is escaped: a link or HTML in a dataset shows as text', async () => {
    const doc = await openDraft('Shodan lists 4,343 Hikvision cameras in Ruritania.\n');
    const text = await hoverAt(doc, 'Ruritania', 2);
    assert.match(text, /### Ruritania/);
    assert.ok(text.includes('\\[as listed\\]\\(command:workbench\\.action\\.quit\\)'), text);
    assert.ok(text.includes('\\<b\\>Shodan\\</b\\>'), text);
    const live = [...text.matchAll(/(?<!\\)\]\((command:[\w.]+)/g)].map((m) => m[1]);
    assert.ok(live.every((c) => c === 'command:factdesk.insertCitation' || c === 'command:factdesk.showFactSheet' || c === 'command:factdesk.disableCitationHints'), live.join(', '));
  });

  test('hover links are limited to factdesk commands and HTML is off', async () => {
    const doc = await openDraft('Shodan lists 81,166 Hikvision devices in Hungary.\n');
    const pos = doc.positionAt(doc.getText().indexOf('Hungary') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('Hungary'));
    assert.ok(md, 'a markdown hover');
    const trusted = (md as vscode.MarkdownString).isTrusted;
    if (trusted !== undefined) assert.deepStrictEqual(trusted, { enabledCommands: ['factdesk.insertCitation', 'factdesk.showFactSheet', 'factdesk.disableCitationHints'] });
    assert.ok(!(md as vscode.MarkdownString).supportHtml);
    const commands = [...md!.value.matchAll(/(?<!\\)\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commands.length > 0 && commands.every((c) => c === 'factdesk.insertCitation' || c === 'factdesk.showFactSheet'), commands.join(', '));
  });

  test('the hover on a wrong figure shows the verdict, the sourced value, the quote and why', async () => {
    const doc = await openDraft('Shodan lists 81,166 Hikvision devices in Hungary.\n');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'figure-mismatch'));
    const text = await hoverAt(doc, '81,166', 2);
    // The verdict and the sourced value once; no engine codes or probabilities.
    assert.match(text, /\*\*Does not match the source\*\* — source: \*\*18,166\*\* Hikvision devices online, Hungary/);
    assert.ok(!/figure-mismatch|likely\)|Matched fact|Sourced value/.test(text), text);
    assert.match(text, /\[Open fact sheet\]\(command:factdesk\.showFactSheet\?[^)]*%22HU%22/, 'a link to the sheet of the fact\'s country');
    assert.match(text, /> But according to Shodan/, 'the quote');
    // The evidence that linked the figure to the fact, in words.
    assert.match(text, /Why linked: same country \\\(Hungary\\\); Hikvision named; “Shodan” next to the figure; 81,166 has two digits swapped/);
  });

  test('the hover on a verified figure says it matches', async () => {
    const doc = await openDraft('Shodan lists 18,166 Hikvision devices in Hungary.\n');
    await waitForDiagnostics(doc.uri, () => true);
    let text = '';
    for (let i = 0; i < 50 && !text.includes('Matches'); i++) {
      text = await hoverAt(doc, '18,166', 2);
      if (!text.includes('Matches')) await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(text, /✓ Matches the source\*\* — \*\*18,166\*\*/);
  });
});

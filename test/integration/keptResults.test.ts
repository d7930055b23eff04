// Results kept between sessions (src/vscode/keptResults.ts), as VS Code runs them: a draft that comes back
// unchanged shows its last findings before its check has run, then the check's, which are the same; a
// draft changed meanwhile shows only its own check's. VS Code keeps a closed file's document for a while,
// so a new session is played by the extension's API: it forgets the document's result and diagnostics.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAll, codeOf, factdeskDiagnostics, waitFor, waitForDiagnostics, workspaceUri, type FactdeskTestApi } from './helpers';

const TEXT = [
  '# Cameras',
  '',
  'Shodan lists 81,166 Hikvision devices in Hungary.',
  '',
  'In Serbia, Huawei supplied 8,100 cameras to the Safe City project.',
  '',
].join('\n');

/** What a diagnostic shows: where, what, how severe, and the figure it names elsewhere. */
function shown(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${codeOf(d)} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.message} | ${(d.relatedInformation ?? []).map((r) => r.message).join('; ')}`);
}

/**
 * Starts a new session and collects each set of factdesk diagnostics the document gets, until `sets` have
 * come. The extension says when it sets them: VS Code's change event merges the sets of 50 ms into one,
 * and a kept result and a fast check's come closer together than that.
 */
async function newSession(api: FactdeskTestApi, uri: vscode.Uri, sets: number): Promise<string[][]> {
  const seen: string[][] = [];
  const listener = api.onDidShowDiagnostics((shownFor) => {
    if (shownFor.toString() !== uri.toString()) return;
    const ds = factdeskDiagnostics(uri);
    if (ds.length > 0) seen.push(shown(ds));
  });
  try {
    api.checkAsNewSession(uri);
    await waitFor(`${sets} sets of diagnostics`, () => seen.length, (n) => n >= sets, 20_000);
    return seen;
  } finally {
    listener.dispose();
  }
}

suite('results kept between sessions', () => {
  teardown(closeAll);

  test('a draft that comes back unchanged shows its kept findings first, then the same from its check', async () => {
    const api = await activate();
    const uri = workspaceUri(`kept-result-${Date.now()}.md`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      const checked = shown(await waitForDiagnostics(uri, (ds) => ds.length >= 1));
      assert.ok(checked.some((d) => d.startsWith('figure-mismatch')), checked.join('\n'));
      await api.flushKeptResults();

      const before = api.startupTiming().keptResultsShown;
      const again = await newSession(api, uri, 2);
      assert.equal(api.startupTiming().keptResultsShown, before + 1, 'the kept result was shown');
      assert.deepEqual(again[0], checked, 'the kept result shows what the check showed');
      assert.deepEqual(again[1], checked, 'and the check that follows shows the same');

      // Edited since its result was kept: the kept result is not this text's, and is not shown.
      await api.flushKeptResults();
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      assert.ok(await editor.edit((b) => b.insert(end, '\nThe project began in 2019.\n')));
      const edited = await newSession(api, uri, 1);
      assert.equal(api.startupTiming().keptResultsShown, before + 1, 'no kept result for another text');
      assert.deepEqual(edited[0], checked, 'the edit added no finding');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(uri);
    }
  });
});

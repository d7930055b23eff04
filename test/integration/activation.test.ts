// Activation to first diagnostics, as VS Code runs it (issue 12's target: 60 ms of extension-host time for
// a 30 KB draft). The suite's first file: when it opens the first Markdown document, the extension is
// activated by it. It prints the marks the extension keeps (src/vscode/startupTiming.ts) and asserts only
// that they were taken in order: timing is the benchmark's (bench/activation.ts), never a test's.
import * as assert from 'assert';
import { BUNDLED_DATASETS } from '../../src/dataset/bundled';
import type { DatasetFile } from '../../src/dataset/schema';
import { longDraft, KIB } from '../../bench/inputs';
import { activate, closeAll, openDraft, waitForDiagnostics } from './helpers';

const EXAMPLE = `---\ntitle: Cameras\n---\n\n# Cameras\n\nShodan lists 18,166 Hikvision devices in Hungary.\n`;

suite('activation', () => {
  teardown(closeAll);

  test('records when the bundle ran, activate() was called and the first diagnostics were set', async () => {
    const text = longDraft(EXAMPLE, BUNDLED_DATASETS.map((d) => d.json as DatasetFile), 30 * KIB);
    const doc = await openDraft(text);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 30_000);
    const timing = (await activate()).startupTiming();
    console.log(`    activation → first diagnostics: ${JSON.stringify({
      ...timing,
      requireToFirstDiagnosticsMs: timing.firstDiagnosticsMs! - timing.bundleStartMs,
      activateToFirstDiagnosticsMs: timing.firstDiagnosticsMs! - timing.activateMs!,
      activateToConfigsReadMs: timing.configsReadMs! - timing.activateMs!,
      configsReadToDatasetFilesReadMs: timing.datasetFilesReadMs! - timing.configsReadMs!,
      datasetFilesReadToDatasetsLoadedMs: timing.datasetsLoadedMs! - timing.datasetFilesReadMs!,
      datasetsLoadedToFirstDiagnosticsMs: timing.firstDiagnosticsMs! - timing.datasetsLoadedMs!,
      thisDocumentChars: text.length,
    })}`);
    assert.ok(timing.activateMs !== undefined && timing.firstDiagnosticsMs !== undefined && timing.firstDocumentChars !== undefined, JSON.stringify(timing));
    assert.ok(timing.datasetsLoadedMs !== undefined, JSON.stringify(timing));
    // The workspace's .factdesk.json and dataset searches ran, from memory or not (a kept profile remembers).
    assert.ok(timing.searchesRemembered + timing.searchesWaited >= 2, JSON.stringify(timing));
    assert.ok(timing.bundleStartMs <= timing.activateMs && timing.activateMs <= timing.datasetsLoadedMs && timing.datasetsLoadedMs <= timing.firstDiagnosticsMs, JSON.stringify(timing));
    // A session whose searches were waited for (no remembered result) spent the wait warming the engine up.
    if (timing.searchesWaited > 0) {
      assert.ok((timing.warmUpSteps ?? 0) > 0 && timing.warmUpMs! >= timing.activateMs && timing.warmUpMs! <= timing.datasetsLoadedMs, JSON.stringify(timing));
    }
  });
});

// Phases of loading and indexing 100,000 synthetic facts, for profiling what the (c) rows of the
// benchmark add up (`node out/bench/datasetLoad.js [--in-countries]`, or with --cpu-prof). Medians of
// five runs after one, each phase on its own.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatasetCache } from '../src/cli/datasetCache';
import { buildIndex, checkDocument } from '../src/core';
import { BUNDLED_DATASETS } from '../src/dataset/bundled';
import { forgetValidatedFiles, loadDatasets, type DatasetInput } from '../src/dataset/load';
import { datasetFileSchema } from '../src/dataset/schema';
import { validateFile } from '../src/dataset/validate';
import { longDraft, splitDataset, syntheticDataset } from './inputs';

const ROOT = resolve(__dirname, '../..');
const bundled = loadDatasets(BUNDLED_DATASETS).datasets;
const data = bundled.map((d) => d.data);
const vendors = data.flatMap((d) => d.vendors.map((v) => v.id));
const countries = process.argv.includes('--in-countries') ? data.flatMap((d) => d.entities.filter((e) => e.kind === 'country').map((e) => e.id)) : [];
const texts = splitDataset(syntheticDataset(100_000, vendors, countries), 20_000).map((d, i) => ({ file: `synthetic-${i + 1}.facts.json`, text: JSON.stringify(d) }));
const draft = longDraft(readFileSync(join(ROOT, 'examples/draft.md'), 'utf8'), data, 30 * 1024);

function phase(name: string, fn: (run: number) => unknown): void {
  const samples: number[] = [];
  for (let r = 0; r < 6; r++) {
    const start = performance.now();
    fn(r);
    if (r > 0) samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(`${name.padEnd(44)} ${samples[2]!.toFixed(0).padStart(6)} ms (least ${samples[0]!.toFixed(0)})`);
}

const inputs = (suffix: string): DatasetInput[] => [...BUNDLED_DATASETS, ...texts.map((t) => ({ file: t.file, text: `${t.text}${suffix}` }))];
const raws = texts.map((t) => JSON.parse(t.text) as unknown);
phase('JSON.parse', () => texts.map((t) => JSON.parse(t.text) as unknown));
phase('zod (validateFile: compiled schema)', () => raws.map((raw, i) => validateFile(texts[i]!.file, raw)));
phase("zod's ordinary parser, for comparison", () => raws.map((raw) => datasetFileSchema.safeParse(raw, { reportInput: true })));
phase('loadDatasets, new texts', (r) => loadDatasets(inputs(' '.repeat(r + 1))));
phase('loadDatasets, the same texts again', () => loadDatasets(inputs('')));
const kept = mkdtempSync(join(tmpdir(), 'factdesk-dataset-load-'));
try {
  // The files passed together before, so the load reads no data (deferredLoad): each is read here, as the index would.
  phase('loadDatasets, texts an earlier run validated, data read', () => {
    forgetValidatedFiles();
    const loaded = loadDatasets(inputs(''), { validated: new DatasetCache(kept, 'profile') });
    return loaded.datasets.map((d) => d.data);
  });
} finally {
  rmSync(kept, { recursive: true, force: true });
}
const loaded = loadDatasets(inputs('')).datasets;
phase('buildIndex', () => buildIndex(loaded));
phase('buildIndex and the first check', () => checkDocument(draft, buildIndex(loaded)));
const index = buildIndex(loaded);
phase('a check on a used index', () => checkDocument(draft, index));
const small = buildIndex(bundled);
phase('a check against the bundled datasets', () => checkDocument(draft, small));

// Shared by the engine tests: the bundled datasets loaded once, and the repository root.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadDatasets } from '../../../src/dataset/load';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { buildIndex, checkDocument, type FactIndex } from '../../../src/core';

let bundled: FactIndex | undefined;

/** The index of the bundled datasets; fails loudly if they do not load cleanly. */
export function bundledIndex(): FactIndex {
  if (!bundled) {
    const loaded = loadDatasets(BUNDLED_DATASETS);
    if (loaded.problems.length > 0) throw new Error(`bundled datasets have problems: ${JSON.stringify(loaded.problems)}`);
    bundled = buildIndex(loaded.datasets);
  }
  return bundled;
}

/** The repository root: the nearest folder above this (bundled) file holding factdesk's package.json. */
export function repoRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'factdesk') return dir;
    if (dirname(dir) === dir) throw new Error(`no factdesk package.json above ${__dirname}`);
  }
}

/** The index of one dataset written inline by a test; fails loudly, naming the problems, if it does not load cleanly. */
export function inlineIndex(file: string, dataset: object): FactIndex {
  const loaded = loadDatasets([{ file, text: JSON.stringify(dataset) }]);
  if (loaded.problems.length > 0) throw new Error(`${file} has problems: ${JSON.stringify(loaded.problems)}`);
  return buildIndex(loaded.datasets);
}

/** A check's findings as "figure:code:fact", citations left out: what the reading tests compare. */
export function findingsOf(text: string, index: FactIndex): string[] {
  return checkDocument(text, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}:${f.factId}`);
}

// Runs the extractor on a gold source folder (test/fixtures/extract/<slug>: source, meta.json,
// gold.facts.json) or the seed article, and checks a source against its own extracted dataset.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, checkDocument } from '../../../src/core';
import { extractDataset } from '../../../src/core/extract';
import { htmlToMarkdown } from '../../../src/core/extract/html';
import { loadDatasets, type LoadedDataset } from '../../../src/dataset/load';
import { BUNDLED_CATALOGUE } from '../../../src/dataset/bundled';
import { datasetFileSchema, type DatasetFile, type Source } from '../../../src/dataset/schema';
import { worldCountries } from '../../../src/core/worldCountries';
import { repoRoot } from './engine';
import { sharedRoot } from './corpora';

export const GOLD_DIR = (): string => join(repoRoot(), 'test', 'fixtures', 'extract');

let catalogue: LoadedDataset[] | undefined;
export function bundledCatalogue(): LoadedDataset[] {
  if (!catalogue) catalogue = loadDatasets(BUNDLED_CATALOGUE).datasets;
  return catalogue;
}

export interface GoldSource {
  slug: string;
  /** The source as Markdown (an HTML source converted). */
  markdown: string;
  source: Source;
  gold: DatasetFile;
}

interface Meta {
  url: string;
  title: string;
  publisher: string;
  date: string;
  source_file: string;
  html_file?: string;
}

function slugOf(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

export function goldSource(slug: string, html = false): GoldSource {
  const dir = join(GOLD_DIR(), slug);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Meta;
  const text = readFileSync(join(dir, html && meta.html_file ? meta.html_file : meta.source_file), 'utf8');
  const markdown = html ? htmlToMarkdown(text).markdown : text;
  const source: Source = { id: slugOf(`${meta.publisher} ${meta.date}`), title: meta.title, publisher: meta.publisher, date: meta.date, url: meta.url };
  const gold = datasetFileSchema.parse(JSON.parse(readFileSync(join(dir, 'gold.facts.json'), 'utf8')));
  return { slug, markdown, source, gold };
}

export const SEED_FILE = (): string => join(sharedRoot(), 'seeds', '000_d3dbe12fcd183714.txt');

/** The bundled dataset's own article, from ../shared; undefined when that folder is absent. */
export function seedSource(): GoldSource | undefined {
  if (!existsSync(SEED_FILE())) return undefined;
  const gold = datasetFileSchema.parse(JSON.parse(readFileSync(join(repoRoot(), 'data', 'rferl-2024-05-07-cameras.facts.json'), 'utf8')));
  return { slug: 'seed', markdown: readFileSync(SEED_FILE(), 'utf8'), source: gold.sources[0], gold };
}

export function extract(g: GoldSource): DatasetFile {
  return extractDataset(g.markdown, { source: g.source, catalogue: bundledCatalogue(), countries: worldCountries() });
}

export interface RoundTrip {
  /** Facts not under review whose own figure is not verified against them. */
  unverified: string[];
  /** Warnings the source gets against its own dataset. */
  warnings: string[];
  verified: number;
}

/** Checks the source against the catalogue and its own extracted dataset. */
export function roundTrip(markdown: string, data: DatasetFile): RoundTrip {
  const index = buildIndex([...bundledCatalogue(), { data }]);
  const findings = checkDocument(markdown, index, { mentions: false }).findings;
  const verifiedIds = new Set(findings.filter((f) => f.code === 'figure-verified').map((f) => f.factId));
  const warnings = findings.filter((f) => f.code !== 'figure-verified' && f.code !== 'missing-citation').map((f) => `${f.code} on "${markdown.slice(f.start, f.end)}": ${f.message}`);
  const active = data.facts.filter((f) => f.review === undefined);
  return { unverified: active.filter((f) => !verifiedIds.has(f.id)).map((f) => f.id), warnings, verified: active.length };
}

// `--cache`: the results of files that have not changed since the last run, as linters keep them. One
// file per cache folder holds every file's report with the hash of the text it was made from, under a
// key for everything else a result depends on: the CLI build itself (its engine and bundled datasets,
// hashed from the running bundle), the version, whether the bundled datasets are used and each user
// dataset's name and text. A run with another key starts a fresh cache; a cache that cannot be read or
// written only costs speed, never a result.
import type * as Crypto from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileReport } from './report';

export const DEFAULT_CACHE_LOCATION = join('node_modules', '.cache', 'factdesk');
const CACHE_FILE = 'results.json';
/** Bumped when the cache file's layout changes. */
const CACHE_FORMAT = 1;

export interface CacheKeyParts {
  version: string;
  /** The running CLI bundle's text, or anything else that changes whenever the engine does. */
  engine: string;
  bundled: boolean;
  datasets: readonly { file: string; text: string }[];
}

/** node:crypto, loaded on first use: loading it is a tenth of a small check's start-up, and only --cache needs it. */
function createHash(algorithm: string): Crypto.Hash {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:crypto') as typeof Crypto).createHash(algorithm);
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * The hash of a dataset's text, made once per text: the result cache's key and the store of validated
 * datasets both need it, and with 100,000 facts each hash of their 35 MB took ~40 ms. Looking a long
 * text up costs little: the text in hand is the same string, so the comparison stops at once.
 */
export function datasetTextHash(text: string): string {
  let hash = datasetTextHashes.get(text);
  if (hash === undefined) {
    if (datasetTextHashes.size >= DATASET_TEXT_HASHES_KEPT) datasetTextHashes.clear();
    datasetTextHashes.set(text, (hash = hashText(text)));
  }
  return hash;
}
const datasetTextHashes = new Map<string, string>();
/** More dataset files than any configuration names; past it the memory starts again. */
const DATASET_TEXT_HASHES_KEPT = 256;

/** The hash of several texts in turn, each followed by a NUL, without joining them first. */
export function hashParts(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

export function cacheKey(parts: CacheKeyParts): string {
  const hash = createHash('sha256');
  hash.update(`factdesk-cache ${CACHE_FORMAT}\0${parts.version}\0${hashText(parts.engine)}\0${parts.bundled}\0`);
  for (const dataset of parts.datasets) hash.update(`${dataset.file}\0${datasetTextHash(dataset.text)}\0`);
  return hash.digest('base64url');
}

interface Entry {
  hash: string;
  report: FileReport;
}

interface CacheFile {
  format: number;
  key: string;
  entries: Record<string, Entry>;
}

export class ReportCache {
  private readonly entries = new Map<string, Entry>();
  private changed = false;

  private constructor(
    private readonly folder: string,
    private readonly key: string,
  ) {}

  /** The cache in `folder` for `key`; empty when there is none, it is unreadable or its key differs. */
  static open(folder: string, key: string): ReportCache {
    const cache = new ReportCache(folder, key);
    try {
      const stored = JSON.parse(readFileSync(join(folder, CACHE_FILE), 'utf8')) as CacheFile;
      if (stored.format === CACHE_FORMAT && stored.key === key && stored.entries && typeof stored.entries === 'object') {
        for (const [file, entry] of Object.entries(stored.entries)) cache.entries.set(file, entry);
      }
    } catch {
      // No cache yet, or a damaged one: start afresh.
    }
    return cache;
  }

  /** The stored report of `file` when the text it was made from had this hash (hashText). */
  get(file: string, hash: string): FileReport | undefined {
    const entry = this.entries.get(file);
    return entry && entry.hash === hash && entry.report?.file === file ? entry.report : undefined;
  }

  set(file: string, hash: string, report: FileReport): void {
    this.entries.set(file, { hash, report });
    this.changed = true;
  }

  /** Writes the cache when something changed: to a temporary file, then renamed, so readers never see half of it. */
  save(): void {
    if (!this.changed) return;
    const data: CacheFile = { format: CACHE_FORMAT, key: this.key, entries: Object.fromEntries(this.entries) };
    const temporary = join(this.folder, `${CACHE_FILE}.${process.pid}.tmp`);
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileSync(temporary, JSON.stringify(data));
      renameSync(temporary, join(this.folder, CACHE_FILE));
      this.changed = false;
    } catch {
      rmSync(temporary, { force: true });
    }
  }
}

// `--cache`: the results of files that have not changed since the last run, as linters keep them. Each
// file's report is kept with the hash of the text it was made from, under a key for everything else a
// result depends on: the CLI build itself (its engine and bundled datasets, hashed from the running
// bundle), the version, whether the bundled datasets are used and each user dataset's name and text.
// The reports are spread over RESULT_SHARDS files by a hash of each file's path, read when one of their
// files is first asked for. A run with another key starts a fresh cache; a cache that cannot be read or
// written only costs speed, never a result.
import { isUtf8 } from 'node:buffer';
import type * as Crypto from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileReport } from './report';

export const DEFAULT_CACHE_LOCATION = join('node_modules', '.cache', 'factdesk');
const RESULTS_FOLDER = 'results';
/** The one file that held every report before the reports were spread over shards: removed at the next save. */
const OLD_CACHE_FILE = 'results.json';
/** Bumped when a shard's layout changes. */
const CACHE_FORMAT = 2;
/**
 * Files the reports are spread over. A run that changes a few drafts rewrites only their shards, and no
 * shard grows past what one JSON text can hold: V8's longest string, 512 MiB, is about 8,000 reports of
 * a claim-dense draft (~68 KB each), fewer than the 10,000 drafts of a newsroom archive.
 */
const RESULT_SHARDS = 64;

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

/**
 * Remembers a dataset text's hash from the bytes it was decoded from, when they are UTF-8: the text then
 * encodes back to exactly those bytes (Node's decoder keeps a BOM), so the hash is the one hashText
 * gives, at about a third of the cost (35 MB: 25 ms from bytes, 65 ms from the string here). Bytes that
 * are not UTF-8 decode with replacements: their text is hashed as text, when asked.
 */
export function rememberDatasetBytes(text: string, bytes: Uint8Array): void {
  if (datasetTextHashes.has(text) || !isUtf8(bytes)) return;
  if (datasetTextHashes.size >= DATASET_TEXT_HASHES_KEPT) datasetTextHashes.clear();
  datasetTextHashes.set(text, createHash('sha256').update(bytes).digest('base64url'));
}
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
  /** The shards read so far, by number; entries made for another key are left out. */
  private readonly shards = new Map<number, Map<string, Entry>>();
  private readonly changed = new Set<number>();

  private constructor(
    private readonly folder: string,
    private readonly key: string,
  ) {}

  /** The cache in `folder` for `key`. Nothing is read until a file's report is asked for. */
  static open(folder: string, key: string): ReportCache {
    return new ReportCache(folder, key);
  }

  /** The stored report of `file` when the text it was made from had this hash (hashText). */
  get(file: string, hash: string): FileReport | undefined {
    const entry = this.shard(shardOf(file)).get(file);
    return entry && entry.hash === hash && entry.report?.file === file ? entry.report : undefined;
  }

  set(file: string, hash: string, report: FileReport): void {
    const shard = shardOf(file);
    this.shard(shard).set(file, { hash, report });
    this.changed.add(shard);
  }

  /** Writes the shards that changed: each to a temporary file, then renamed, so readers never see half of one. */
  save(): void {
    if (this.changed.size === 0) return;
    const folder = join(this.folder, RESULTS_FOLDER);
    try {
      mkdirSync(folder, { recursive: true });
      rmSync(join(this.folder, OLD_CACHE_FILE), { force: true });
    } catch {
      return;
    }
    for (const shard of this.changed) {
      const data: CacheFile = { format: CACHE_FORMAT, key: this.key, entries: Object.fromEntries(this.shards.get(shard)!) };
      const path = join(folder, shardName(shard));
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, JSON.stringify(data));
        renameSync(temporary, path);
      } catch {
        rmSync(temporary, { force: true });
      }
    }
    this.changed.clear();
  }

  /** A shard's entries for this key; empty when it has none, it is unreadable or its key differs. */
  private shard(shard: number): Map<string, Entry> {
    let entries = this.shards.get(shard);
    if (entries) return entries;
    entries = new Map();
    this.shards.set(shard, entries);
    try {
      const stored = JSON.parse(readFileSync(join(this.folder, RESULTS_FOLDER, shardName(shard)), 'utf8')) as CacheFile;
      if (stored.format === CACHE_FORMAT && stored.key === this.key && stored.entries && typeof stored.entries === 'object') {
        for (const [file, entry] of Object.entries(stored.entries)) entries.set(file, entry);
      }
    } catch {
      // No shard yet, or a damaged one: it starts afresh.
    }
    return entries;
  }
}

/** The shard of a checked file: the first byte of its path's SHA-256. */
function shardOf(file: string): number {
  return createHash('sha256').update(file).digest()[0]! % RESULT_SHARDS;
}

function shardName(shard: number): string {
  return `${String(shard).padStart(2, '0')}.json`;
}

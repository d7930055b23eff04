// `--cache` for datasets: a dataset file that passed every check of its own is kept, as the loader made
// it (defaults filled in), under the hash of its text and of the running CLI. The next run with the same
// text reads that instead of parsing the text against the schema: a CI run over an unchanged repository
// with a dataset of 100,000 facts skips zod and the checks within files, and, when the same files passed
// them together before, the checks across files. One stored version per dataset file, and one record per
// set of file names, replaced when a text changes. An entry's first lines hold its key and the file's facts
// under review: when every file passed together before, the loader reads only those (deferredLoad in
// src/dataset/load.ts), and the data when it is first used. Like the result cache, a store that cannot be
// read or written only costs speed.
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TogetherMember, ValidatedFileStore } from '../dataset/load';
import { togetherParts } from '../dataset/together';
import type { DatasetFile } from '../dataset/schema';
import { reviewsOf, type FactReview } from '../dataset/review';
import { datasetTextHash, hashParts, hashText } from './cache';
import { jsonWritesBack } from '../dataset/jsonWritesBack';
import { fromKeptForm, KEPT_FORM_VERSION } from '../dataset/keptForm';
import { toKeptForm } from '../dataset/keptFormWrite';

const FOLDER = 'datasets';
/** Where the records of files that passed the checks across files together are kept. */
const TOGETHER_FOLDER = 'datasets-together';
/** Bumped when what is stored changes its layout (the data's own form has its version apart). */
const FORMAT = `2.${KEPT_FORM_VERSION}`;

export class DatasetCache implements ValidatedFileStore {
  private readonly folder: string;
  private readonly togetherFolder: string;
  /** The key of the last text asked about, per file: get then set hash a text once. */
  private readonly keys = new Map<string, { text: string; key: string }>();

  /** `location` is the cache folder (--cache-location); `engine` identifies the running CLI (its bundle's hash). */
  constructor(location: string, private readonly engine: string) {
    this.folder = join(location, FOLDER);
    this.togetherFolder = join(location, TOGETHER_FOLDER);
  }

  get(file: string, text: string): DatasetFile | undefined {
    try {
      const stored = readFileSync(this.pathOf(file), 'utf8');
      const [key, , form] = splitEntry(stored);
      if (key !== this.keyOf(file, text)) return undefined;
      return fromKeptForm(JSON.parse(form));
    } catch {
      return undefined;
    }
  }

  /** Reads only the entry's first two lines: its key, and the facts under review. */
  held(file: string, text: string): { underReview: FactReview[] } | undefined {
    try {
      const [key, reviews] = readHead(this.pathOf(file));
      if (key !== this.keyOf(file, text)) return undefined;
      const underReview = JSON.parse(reviews) as unknown;
      return Array.isArray(underReview) ? { underReview: underReview as FactReview[] } : undefined;
    } catch {
      return undefined;
    }
  }

  set(file: string, text: string, data: DatasetFile): void {
    if (!jsonWritesBack(text)) return;
    this.write(this.pathOf(file), `${this.keyOf(file, text)}\n${JSON.stringify(reviewsOf(data))}\n${JSON.stringify(toKeptForm(data))}`);
  }

  /**
   * One record per set of file names: the key of the texts that last passed the checks across files
   * together. A later run with the same texts skips those checks; an edited file replaces the record.
   */
  passedTogether(members: readonly TogetherMember[]): boolean {
    try {
      return readFileSync(this.togetherPathOf(members), 'utf8') === this.togetherKeyOf(members);
    } catch {
      return false;
    }
  }

  recordPassedTogether(members: readonly TogetherMember[]): void {
    this.write(this.togetherPathOf(members), this.togetherKeyOf(members));
  }

  private togetherPathOf(members: readonly TogetherMember[]): string {
    return join(this.togetherFolder, `${hashParts(...members.map((m) => m.file))}.key`);
  }

  /** The engine's hash covers the data validated at build time: such members count by name only. */
  private togetherKeyOf(members: readonly TogetherMember[]): string {
    return hashParts(`factdesk-datasets-together ${FORMAT}`, this.engine, ...togetherParts(members, (file, text) => this.keyOf(file, text))!);
  }

  /** Writes through a temporary file and a rename, so that a reader never sees half a file. */
  private write(path: string, contents: string): void {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temporary, contents);
      renameSync(temporary, path);
    } catch {
      rmSync(temporary, { force: true });
    }
  }

  private pathOf(file: string): string {
    return join(this.folder, `${hashText(file)}.json`);
  }

  private keyOf(file: string, text: string): string {
    const known = this.keys.get(file);
    if (known && known.text === text) return known.key;
    const key = hashParts(`factdesk-datasets ${FORMAT}`, this.engine, datasetTextHash(text));
    this.keys.set(file, { text, key });
    return key;
  }
}

/** An entry's three lines: the key, the facts under review, the data in its kept form. */
function splitEntry(stored: string): [string, string, string] {
  const first = stored.indexOf('\n');
  const second = first < 0 ? -1 : stored.indexOf('\n', first + 1);
  if (second < 0) throw new Error('not an entry');
  return [stored.slice(0, first), stored.slice(first + 1, second), stored.slice(second + 1)];
}

/** Bytes read for an entry's first two lines; longer ones (many facts under review) read the whole entry. */
const HEAD_BYTES = 64 * 1024;

/** An entry's first two lines, without reading the data after them. A newline byte is never part of another UTF-8 character. */
function readHead(path: string): [string, string] {
  const buffer = Buffer.alloc(HEAD_BYTES);
  const fd = openSync(path, 'r');
  let length: number;
  try {
    length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const first = buffer.indexOf(0x0a);
  const second = first < 0 || first >= length ? -1 : buffer.indexOf(0x0a, first + 1);
  if (second < 0 || second >= length) {
    const [key, reviews] = splitEntry(readFileSync(path, 'utf8'));
    return [key, reviews];
  }
  return [buffer.toString('utf8', 0, first), buffer.toString('utf8', first + 1, second)];
}

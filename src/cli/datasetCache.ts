// `--cache` for datasets: a dataset file that passed every check of its own is kept, as the loader made
// it (defaults filled in), under the hash of its text and of the running CLI. The next run with the same
// text reads that instead of parsing the text against the schema: a CI run over an unchanged repository
// with a dataset of 100,000 facts skips zod and the checks within files, and, when the same files passed
// them together before, the checks across files. One stored version per dataset file, and one record per
// set of file names, replaced when a text changes. Like the result cache, a store that cannot be read or
// written only costs speed.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TogetherMember, ValidatedFileStore } from '../dataset/load';
import type { DatasetFile } from '../dataset/schema';
import { hashParts, hashText } from './cache';
import { jsonWritesBack } from '../dataset/jsonWritesBack';
import { fromKeptForm, KEPT_FORM_VERSION, toKeptForm } from '../dataset/keptForm';

const FOLDER = 'datasets';
/** Where the records of files that passed the checks across files together are kept. */
const TOGETHER_FOLDER = 'datasets-together';
/** Bumped when what is stored changes its layout (the data's own form has its version apart). */
const FORMAT = `1.${KEPT_FORM_VERSION}`;

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
      const newline = stored.indexOf('\n');
      if (newline < 0 || stored.slice(0, newline) !== this.keyOf(file, text)) return undefined;
      return fromKeptForm(JSON.parse(stored.slice(newline + 1)));
    } catch {
      return undefined;
    }
  }

  set(file: string, text: string, data: DatasetFile): void {
    if (!jsonWritesBack(text)) return;
    this.write(this.pathOf(file), `${this.keyOf(file, text)}\n${JSON.stringify(toKeptForm(data))}`);
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
    return hashParts(`factdesk-datasets-together ${FORMAT}`, this.engine, ...members.map((m) => (m.text === undefined ? `built-in ${m.file}` : this.keyOf(m.file, m.text))));
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
    const key = hashParts(`factdesk-datasets ${FORMAT}`, this.engine, text);
    this.keys.set(file, { text, key });
    return key;
  }
}

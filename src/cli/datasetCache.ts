// `--cache` for datasets: a dataset file that passed every check of its own is kept, as the loader made
// it (defaults filled in), under the hash of its text and of the running CLI. The next run with the same
// text reads that instead of parsing the text against the schema: a CI run over an unchanged repository
// with a dataset of 100,000 facts skips zod and the checks within files (the checks across files still
// run). One stored version per dataset file, replaced when its text changes. Like the result cache, a
// store that cannot be read or written only costs speed.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidatedFileStore } from '../dataset/load';
import type { DatasetFile } from '../dataset/schema';
import { hashParts, hashText } from './cache';
import { jsonWritesBack } from '../dataset/jsonWritesBack';

const FOLDER = 'datasets';
/** Bumped when what is stored changes its layout. */
const FORMAT = 1;

export class DatasetCache implements ValidatedFileStore {
  private readonly folder: string;
  /** The key of the last text asked about, per file: get then set hash a text once. */
  private readonly keys = new Map<string, { text: string; key: string }>();

  /** `location` is the cache folder (--cache-location); `engine` identifies the running CLI (its bundle's hash). */
  constructor(location: string, private readonly engine: string) {
    this.folder = join(location, FOLDER);
  }

  get(file: string, text: string): DatasetFile | undefined {
    try {
      const stored = readFileSync(this.pathOf(file), 'utf8');
      const newline = stored.indexOf('\n');
      if (newline < 0 || stored.slice(0, newline) !== this.keyOf(file, text)) return undefined;
      return JSON.parse(stored.slice(newline + 1)) as DatasetFile;
    } catch {
      return undefined;
    }
  }

  set(file: string, text: string, data: DatasetFile): void {
    if (!jsonWritesBack(text)) return;
    const path = this.pathOf(file);
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileSync(temporary, `${this.keyOf(file, text)}\n${JSON.stringify(data)}`);
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

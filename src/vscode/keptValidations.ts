// Workspace dataset files the extension validated in an earlier session, as the loader made them
// (defaults filled in), by file and the SHA-256 of the text: a file whose text has not changed is not
// validated again, so an activation with unchanged datasets does not load zod (dist/zod.js: 50 to 90 ms
// to load here) or run it. Like the CLI's --cache for datasets, a store that cannot be read or written
// only costs speed. No vscode import: src/vscode/validatedDatasets.ts reads and writes it, and the unit
// tests run it on plain texts.
import type { DatasetInput, ValidatedFileStore } from '../dataset/load';
import type { DatasetFile } from '../dataset/schema';
import { jsonWritesBack } from '../dataset/jsonWritesBack';

/** Bumped when what is stored changes its layout. */
const FORMAT = 1;

interface KeptFile {
  sha256: string;
  data: DatasetFile;
}

interface StoredContents {
  format: number;
  /** The code that validated the files (scripts/build.mjs: a hash of src/dataset and zod's version). */
  engine: string;
  files: Record<string, KeptFile>;
}

export class KeptValidations implements ValidatedFileStore {
  private readonly kept = new Map<string, KeptFile>();
  /** The SHA-256 of each file's current text, and that text. */
  private readonly hashes = new Map<string, { text: string; sha256: string }>();
  private changed = false;
  /** How many files were answered from the store. */
  hits = 0;

  /** `stored` is the text written by an earlier session (undefined when there is none). */
  constructor(
    private readonly engine: string,
    stored: string | undefined,
  ) {
    const contents = parseStored(stored, engine);
    if (contents) for (const [file, kept] of Object.entries(contents.files)) this.kept.set(file, kept);
  }

  /** Hashes the texts of the files about to be loaded; a text hashed before is not hashed again. */
  async prepare(inputs: readonly DatasetInput[], sha256: (text: string) => Promise<string>): Promise<void> {
    for (const input of inputs) {
      if (typeof input.text !== 'string' || this.hashes.get(input.file)?.text === input.text) continue;
      this.hashes.set(input.file, { text: input.text, sha256: await sha256(input.text) });
    }
  }

  get(file: string, text: string): DatasetFile | undefined {
    const sha256 = this.hashOf(file, text);
    const kept = this.kept.get(file);
    if (sha256 === undefined || kept?.sha256 !== sha256) return undefined;
    this.hits++;
    return kept.data;
  }

  set(file: string, text: string, data: DatasetFile): void {
    const sha256 = this.hashOf(file, text);
    // JSON writes -0 back as 0: such a file would not come back as it was validated.
    if (sha256 === undefined || !jsonWritesBack(text)) return;
    this.kept.set(file, { sha256, data });
    this.changed = true;
  }

  /**
   * The text to store for the files of this load, or undefined when the stored one still says it all.
   * Files that are gone or changed since they were kept are dropped.
   */
  toStore(files: readonly string[]): string | undefined {
    const current = new Set(files);
    for (const [file, kept] of this.kept) {
      if (!current.has(file) || this.hashes.get(file)?.sha256 !== kept.sha256) {
        this.kept.delete(file);
        this.changed = true;
      }
    }
    if (!this.changed) return undefined;
    this.changed = false;
    const contents: StoredContents = { format: FORMAT, engine: this.engine, files: Object.fromEntries(this.kept) };
    return JSON.stringify(contents);
  }

  private hashOf(file: string, text: string): string | undefined {
    const known = this.hashes.get(file);
    return known && known.text === text ? known.sha256 : undefined;
  }
}

/** The stored contents when they were written in this format by the same engine; anything else is ignored. */
function parseStored(text: string | undefined, engine: string): StoredContents | undefined {
  if (text === undefined) return undefined;
  try {
    const contents = JSON.parse(text) as Partial<StoredContents> | null;
    if (contents?.format !== FORMAT || contents.engine !== engine || typeof contents.files !== 'object' || contents.files === null) return undefined;
    const files: Record<string, KeptFile> = {};
    for (const [file, kept] of Object.entries(contents.files)) {
      if (typeof kept?.sha256 === 'string' && typeof kept.data === 'object' && kept.data !== null) files[file] = kept;
    }
    return { format: FORMAT, engine, files };
  } catch {
    return undefined;
  }
}

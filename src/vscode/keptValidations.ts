// Workspace dataset files the extension validated in an earlier session, as the loader made them
// (defaults filled in), by file and the SHA-256 of the text: a file whose text has not changed is not
// validated again, so an activation with unchanged datasets does not load zod (dist/zod.js: 50 to 90 ms
// to load here) or run it. One stored entry per dataset file, so that a change to one file rewrites only
// its entry, not a large dataset's beside it. Like the CLI's --cache for datasets, a store that cannot be
// read or written only costs speed. No vscode import: src/vscode/validatedDatasets.ts reads and writes
// the entries, and the unit tests run this on plain texts.
import type { DatasetInput, TogetherMember, ValidatedFileStore } from '../dataset/load';
import { togetherParts } from '../dataset/together';
import type { DatasetFile } from '../dataset/schema';
import { jsonWritesBack } from '../dataset/jsonWritesBack';
import { fromKeptForm, KEPT_FORM_VERSION, type KeptForm } from '../dataset/keptForm';

/** Bumped when what is stored changes its layout (the data's own form has its version apart). */
const FORMAT = `2.${KEPT_FORM_VERSION}`;

/** One stored entry: a dataset file validated by `engine`, in the kept form (src/dataset/keptForm.ts). */
interface StoredEntry {
  format: string;
  /** The code that validated the file (scripts/build.mjs: a hash of src/dataset and zod's version). */
  engine: string;
  file: string;
  sha256: string;
  form: KeptForm;
}

/** An entry in memory: read from the store (its data made from the form on first use), or validated in this session. */
interface KeptEntry {
  file: string;
  sha256: string;
  form?: KeptForm;
  data?: DatasetFile;
}

/** An entry as stored: the name it is stored under, and its text. */
export interface EntryText {
  name: string;
  text: string;
}

/** What a save writes and removes: entries by their dataset file, and stored names that hold nothing usable. */
export interface StoreChanges {
  write: { file: string; text: string }[];
  removeFiles: string[];
  removeNames: string[];
}

/**
 * The workspace's memory of the last set of dataset files that passed the checks across files together,
 * under the running build's identity (which covers the data validated at build time): a session whose
 * files are the same, unchanged, skips those checks.
 */
export interface TogetherMemory {
  /** The running build's identity (src/vscode/nodeHost.ts bundleIdentity). */
  identity: string;
  holds(key: string): boolean;
  keep(key: string): void;
}

export class KeptValidations implements ValidatedFileStore {
  /** Kept entries by dataset file. */
  private readonly kept = new Map<string, KeptEntry>();
  /** The SHA-256 of each file's current text, and that text. */
  private readonly hashes = new Map<string, { text: string; sha256: string }>();
  /** Files validated in this session and not stored yet. */
  private readonly unsaved = new Set<string>();
  /** Stored names that hold nothing usable (another engine's, damaged): removed at the next save. */
  private readonly orphans: string[] = [];
  /** How many files were answered from the store. */
  hits = 0;

  constructor(
    private readonly engine: string,
    stored: readonly EntryText[],
    private readonly together?: TogetherMemory,
  ) {
    for (const { name, text } of stored) {
      const entry = parseEntry(text, engine);
      if (entry && !this.kept.has(entry.file)) this.kept.set(entry.file, entry);
      else this.orphans.push(name);
    }
  }

  /** Hashes the texts of the files about to be loaded; a text hashed before is not hashed again. */
  async prepare(inputs: readonly DatasetInput[], sha256: (input: DatasetInput & { text: string }) => Promise<string>): Promise<void> {
    for (const input of inputs) {
      if (typeof input.text !== 'string' || this.hashes.get(input.file)?.text === input.text) continue;
      this.hashes.set(input.file, { text: input.text, sha256: await sha256(input as DatasetInput & { text: string }) });
    }
  }

  get(file: string, text: string): DatasetFile | undefined {
    const sha256 = this.hashOf(file, text);
    const kept = this.kept.get(file);
    if (sha256 === undefined || kept?.sha256 !== sha256) return undefined;
    kept.data ??= fromKeptForm(kept.form);
    if (kept.data === undefined) return undefined;
    this.hits++;
    return kept.data;
  }

  set(file: string, text: string, data: DatasetFile): void {
    const sha256 = this.hashOf(file, text);
    // JSON writes -0 back as 0: such a file would not come back as it was validated.
    if (sha256 === undefined || !jsonWritesBack(text)) return;
    this.kept.set(file, { file, sha256, data });
    this.unsaved.add(file);
  }

  passedTogether(members: readonly TogetherMember[]): boolean {
    const key = this.togetherKeyOf(members);
    return key !== undefined && this.together!.holds(key);
  }

  recordPassedTogether(members: readonly TogetherMember[]): void {
    const key = this.togetherKeyOf(members);
    if (key !== undefined) this.together!.keep(key);
  }

  /** The files in order, each by its text's hash; undefined when one is not hashed. */
  private togetherKeyOf(members: readonly TogetherMember[]): string | undefined {
    const parts = this.together && togetherParts(members, (file, text) => this.hashOf(file, text));
    return parts && JSON.stringify([`factdesk-datasets-together ${FORMAT}`, this.together!.identity, ...parts]);
  }

  /**
   * What to write and remove after a load of `files`: the entries validated since the last save, and
   * those of files that are gone or changed. The caller stores each entry under a name made from its file.
   */
  async changes(files: readonly string[]): Promise<StoreChanges> {
    const current = new Set(files);
    const removeFiles: string[] = [];
    for (const [file, entry] of this.kept) {
      if (current.has(file) && this.hashes.get(file)?.sha256 === entry.sha256) continue;
      this.kept.delete(file);
      this.unsaved.delete(file);
      removeFiles.push(file);
    }
    const unsaved = [...this.unsaved].map((file) => this.kept.get(file)!);
    this.unsaved.clear();
    const removeNames = this.orphans.splice(0);
    // The kept form's writer is loaded only when there is something to write (src/dataset/keptFormWrite.ts).
    const toKeptForm = unsaved.length > 0 ? (await import('../dataset/keptFormWrite')).toKeptForm : undefined;
    const write = unsaved.map(({ file, sha256, data }) => {
      const stored: StoredEntry = { format: FORMAT, engine: this.engine, file, sha256, form: toKeptForm!(data!) };
      return { file, text: JSON.stringify(stored) };
    });
    return { write, removeFiles, removeNames };
  }

  private hashOf(file: string, text: string): string | undefined {
    const known = this.hashes.get(file);
    return known && known.text === text ? known.sha256 : undefined;
  }
}

/** An entry written in this format by the same engine; anything else is ignored. */
function parseEntry(text: string, engine: string): KeptEntry | undefined {
  try {
    const entry = JSON.parse(text) as Partial<StoredEntry> | null;
    if (entry?.format !== FORMAT || entry.engine !== engine || typeof entry.file !== 'string' || typeof entry.sha256 !== 'string') return undefined;
    return typeof entry.form === 'object' && entry.form !== null ? { file: entry.file, sha256: entry.sha256, form: entry.form } : undefined;
  } catch {
    return undefined;
  }
}

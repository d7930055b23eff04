// Reads and writes the workspace dataset files validated in earlier sessions (src/vscode/keptValidations.ts)
// in the extension's storage for this workspace (context.storageUri), one entry per dataset file, through
// vscode.workspace.fs. The names of the stored entries are kept in the workspace's memory (workspaceState,
// ready before activation), so that the store is read in one round of reads, beside the workspace's own
// files: in a remote window each round trip at start-up took 0.3 to 1 s here, more than validating a small
// file. A load that validated a file anew writes its entry; the entries of files gone or changed are removed.
import * as vscode from 'vscode';
import type { DatasetInput, ValidatedFileStore } from '../dataset/load';
import { KeptValidations, type EntryText, type TogetherMemory } from './keptValidations';
import { bundleIdentity, nodeHost } from './nodeHost';
import type { SearchMemory } from './rememberedSearch';
import { countKeptValidations } from './startupTiming';
import { canHash, entryName, inputTextHash, rememberedEntryNames } from './sha256';

/** Set by the build (scripts/build.mjs): a hash of the code that validates datasets, and zod's version. */
declare const FACTDESK_DATASET_CODE: string | undefined;

/** The folder of entries in the extension's storage; each entry is named after its file's hash. */
const STORE_FOLDER = 'validated-datasets';
/** Where the workspace's memory keeps the names of the stored entries. */
const NAMES_KEY = 'factdesk.validatedDatasetEntries';
/** Where the workspace's memory keeps the hash of the last files that passed the checks across files together. */
const TOGETHER_KEY = 'factdesk.datasetsPassedTogether';
const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export class ValidatedDatasets {
  private kept: Promise<KeptValidations | undefined> | undefined;
  /** The names of the stored entries, as the memory has them. */
  private names = new Set<string>();

  /** `storage` is undefined when no folder is open: nothing is kept then. */
  constructor(
    private readonly storage: vscode.Uri | undefined,
    private readonly memory: SearchMemory,
  ) {}

  /** True once the store has been read (or found missing). */
  private settled = false;

  /** Starts reading the store, so that it can overlap with reading the workspace's files. */
  open(): void {
    this.kept ??= this.read().finally(() => (this.settled = true));
  }

  /**
   * A store for this load of `inputs`, their texts hashed; undefined when nothing can be kept, or when
   * the store is still being read: validating the files then costs less than waiting for it (reads at
   * start-up in a remote window took from 0.1 to 1.5 s here), and a later load finds it read.
   */
  async storeFor(inputs: readonly DatasetInput[]): Promise<ValidatedFileStore | undefined> {
    if (inputs.length === 0) return undefined;
    this.open();
    if (!this.settled) return undefined;
    const kept = await this.kept;
    if (!kept) return undefined;
    await kept.prepare(inputs, inputTextHash);
    return kept;
  }

  /** Writes the entries this load validated anew and removes those of files gone or changed. */
  async save(inputs: readonly DatasetInput[], store: ValidatedFileStore | undefined): Promise<void> {
    const kept = await this.kept;
    if (!kept || store !== kept || !this.storage) return;
    countKeptValidations(kept.hits);
    const { write, removeFiles, removeNames } = await kept.changes(inputs.map((input) => input.file));
    if (write.length + removeFiles.length + removeNames.length === 0) return;
    const folder = vscode.Uri.joinPath(this.storage, STORE_FOLDER);
    const writes = await Promise.all(write.map(async ({ file, text }) => ({ name: await entryName(file), text })));
    const removes = [...(await Promise.all(removeFiles.map(entryName))), ...removeNames];
    try {
      if (writes.length > 0) await vscode.workspace.fs.createDirectory(folder);
      const done = await Promise.allSettled([
        ...writes.map(({ name, text }) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), encoder.encode(text))),
        ...removes.map((name) => vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, name))),
      ]);
      writes.forEach(({ name }, i) => (done[i]!.status === 'fulfilled' ? this.names.add(name) : this.names.delete(name)));
      for (const name of removes) this.names.delete(name);
      await this.memory.update(NAMES_KEY, [...this.names].sort());
    } catch {
      // Not kept: the next session validates the files again.
    }
  }

  private async read(): Promise<KeptValidations | undefined> {
    const engine = typeof FACTDESK_DATASET_CODE === 'string' ? FACTDESK_DATASET_CODE : undefined;
    if (!this.storage || !engine || !canHash()) return undefined;
    const folder = vscode.Uri.joinPath(this.storage, STORE_FOLDER);
    const names = rememberedEntryNames(this.memory, NAMES_KEY);
    this.names = new Set(names);
    const reads = await Promise.allSettled(names.map((name) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))));
    const entries: EntryText[] = [];
    reads.forEach((read, i) => {
      if (read.status === 'fulfilled') entries.push({ name: names[i]!, text: decoder.decode(read.value) });
      else this.names.delete(names[i]!);
    });
    return new KeptValidations(engine, entries, this.togetherMemory());
  }

  /** Needs the running build's identity and Node's hash: the web extension keeps nothing, and always checks. */
  private togetherMemory(): TogetherMemory | undefined {
    const identity = bundleIdentity();
    const hash = nodeHost()?.sha256;
    if (identity === undefined || hash === undefined) return undefined;
    return {
      identity,
      holds: (key) => this.memory.get<unknown>(TOGETHER_KEY) === hash(key),
      keep: (key) => void Promise.resolve(this.memory.update(TOGETHER_KEY, hash(key))).catch(() => undefined),
    };
  }
}

// Reads and writes the workspace dataset files validated in earlier sessions (src/vscode/keptValidations.ts)
// in the extension's storage for this workspace (context.storageUri), one entry per dataset file, through
// vscode.workspace.fs. The store is read once per session, beside the workspace's own files; a load that
// validated a file anew writes its entry, and the entries of files gone or changed are removed.
import * as vscode from 'vscode';
import type { DatasetInput, ValidatedFileStore } from '../dataset/load';
import { KeptValidations, type EntryText } from './keptValidations';
import { countKeptValidations } from './startupTiming';

/** Set by the build (scripts/build.mjs): a hash of the code that validates datasets, and zod's version. */
declare const FACTDESK_DATASET_CODE: string | undefined;

/** The folder of entries in the extension's storage; each entry is named after its file's hash. */
const STORE_FOLDER = 'validated-datasets';
const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export class ValidatedDatasets {
  private kept: Promise<KeptValidations | undefined> | undefined;

  /** `storage` is undefined when no folder is open: nothing is kept then. */
  constructor(private readonly storage: vscode.Uri | undefined) {}

  /** Starts reading the store, so that it can overlap with reading the workspace's files. */
  open(): void {
    this.kept ??= this.read();
  }

  /** A store for this load of `inputs`, their texts hashed; undefined when nothing can be kept. */
  async storeFor(inputs: readonly DatasetInput[]): Promise<ValidatedFileStore | undefined> {
    if (inputs.length === 0) return undefined;
    this.open();
    const kept = await this.kept;
    if (!kept) return undefined;
    await kept.prepare(inputs, sha256);
    return kept;
  }

  /** Writes the entries this load validated anew and removes those of files gone or changed. */
  async save(inputs: readonly DatasetInput[], store: ValidatedFileStore | undefined): Promise<void> {
    const kept = await this.kept;
    if (!kept || store !== kept || !this.storage) return;
    countKeptValidations(kept.hits);
    const { write, removeFiles, removeNames } = kept.changes(inputs.map((input) => input.file));
    if (write.length + removeFiles.length + removeNames.length === 0) return;
    const folder = vscode.Uri.joinPath(this.storage, STORE_FOLDER);
    const entry = async (file: string) => vscode.Uri.joinPath(folder, `${(await sha256(file)).slice(0, 32)}.json`);
    try {
      if (write.length > 0) await vscode.workspace.fs.createDirectory(folder);
      await Promise.allSettled([
        ...write.map(async ({ file, text }) => vscode.workspace.fs.writeFile(await entry(file), encoder.encode(text))),
        ...removeFiles.map(async (file) => vscode.workspace.fs.delete(await entry(file))),
        ...removeNames.map((name) => vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, name))),
      ]);
    } catch {
      // Not kept: the next session validates the files again.
    }
  }

  private async read(): Promise<KeptValidations | undefined> {
    const engine = typeof FACTDESK_DATASET_CODE === 'string' ? FACTDESK_DATASET_CODE : undefined;
    if (!this.storage || !engine || typeof crypto === 'undefined' || !crypto.subtle) return undefined;
    const folder = vscode.Uri.joinPath(this.storage, STORE_FOLDER);
    let names: string[] = [];
    try {
      // Asked first: VS Code logs an error for a folder that is read but not there.
      await vscode.workspace.fs.stat(folder);
      names = (await vscode.workspace.fs.readDirectory(folder)).filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.json')).map(([name]) => name);
    } catch {
      // None yet.
    }
    const reads = await Promise.allSettled(names.map((name) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))));
    const entries: EntryText[] = [];
    reads.forEach((read, i) => {
      if (read.status === 'fulfilled') entries.push({ name: names[i]!, text: decoder.decode(read.value) });
    });
    return new KeptValidations(engine, entries);
  }
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

// Reads and writes the workspace dataset files validated in earlier sessions (src/vscode/keptValidations.ts)
// in the extension's storage for this workspace (context.storageUri), through vscode.workspace.fs. The
// store is read once per session, beside the workspace's own files, and written when a load changed it.
import * as vscode from 'vscode';
import type { DatasetInput, ValidatedFileStore } from '../dataset/load';
import { KeptValidations } from './keptValidations';
import { countKeptValidations } from './startupTiming';

/** Set by the build (scripts/build.mjs): a hash of the code that validates datasets, and zod's version. */
declare const FACTDESK_DATASET_CODE: string | undefined;

const STORE_FILE = 'validated-datasets.json';
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

  /** Writes the store when this load validated new files or dropped old ones. */
  async save(inputs: readonly DatasetInput[], store: ValidatedFileStore | undefined): Promise<void> {
    const kept = await this.kept;
    if (!kept || store !== kept || !this.storage) return;
    countKeptValidations(kept.hits);
    const text = kept.toStore(inputs.map((input) => input.file));
    if (text === undefined) return;
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.storage, STORE_FILE), encoder.encode(text));
    } catch {
      // Not kept: the next session validates the files again.
    }
  }

  private async read(): Promise<KeptValidations | undefined> {
    const engine = typeof FACTDESK_DATASET_CODE === 'string' ? FACTDESK_DATASET_CODE : undefined;
    if (!this.storage || !engine || typeof crypto === 'undefined' || !crypto.subtle) return undefined;
    let stored: string | undefined;
    try {
      stored = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.storage, STORE_FILE)));
    } catch {
      // None yet.
    }
    return new KeptValidations(engine, stored);
  }
}

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

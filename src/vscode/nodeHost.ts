// What the Node extension's entry (src/node/extensionEntry.ts) gives the bundle before activation: the
// running build's identity, under which the extension keeps results between sessions
// (src/vscode/keptResults.ts); the local disk, which the extension's storage and its own files are on
// (in a remote window VS Code's workspace.fs took 60 to 340 ms per read here, longer than the first check
// a kept result stands in for; Node reads the same file in about a millisecond); and Node's hash, which
// answers at once. The web extension has none of these, and keeps nothing.

import type * as vscode from 'vscode';

/** Set by the build (scripts/build.mjs): a hash of the code that validates datasets, and zod's version. */
declare const FACTDESK_DATASET_CODE: string | undefined;

/** The file operations the kept results need: VS Code's workspace.fs has them, and the Node entry's for file: URIs. */
export interface StorageFiles {
  readFile(uri: vscode.Uri): PromiseLike<Uint8Array>;
  writeFile(uri: vscode.Uri, data: Uint8Array): PromiseLike<void>;
  /** Creates a folder and its parents; nothing when it exists. */
  createDirectory(uri: vscode.Uri): PromiseLike<void>;
  delete(uri: vscode.Uri): PromiseLike<void>;
}

export interface NodeHost {
  /** The hash the build appends to the bundle. */
  bundleHash: string;
  /** Node's SHA-256 (hex), at once: Web Crypto's answers a turn of the event loop later, or 17 ms on its first use. */
  sha256(text: string): string;
  /**
   * The SHA-256 of the text that TextDecoder('utf-8') makes of these bytes, the same as sha256() of that
   * text, at a third of the cost; undefined when the bytes are not UTF-8.
   */
  sha256OfDecoded?(bytes: Uint8Array): string | undefined;
  /** The local disk, for file: URIs. */
  files: StorageFiles;
}

let host: NodeHost | undefined;

export function setNodeHost(given: NodeHost): void {
  host = given;
}

export function nodeHost(): NodeHost | undefined {
  return host;
}

/** The running build's identity: the bundle's hash and the dataset validator's (bundled apart, in dist/zod.js). */
export function bundleIdentity(): string | undefined {
  const datasetCode = typeof FACTDESK_DATASET_CODE === 'string' ? FACTDESK_DATASET_CODE : undefined;
  return host !== undefined && datasetCode !== undefined ? `${host.bundleHash}/${datasetCode}` : undefined;
}

/** The operations for files at or under `uri`: Node's on the local disk (`local`), else VS Code's. */
export function filesFor(uri: vscode.Uri, vscodeFiles: StorageFiles): { files: StorageFiles; local: boolean } {
  return host !== undefined && uri.scheme === 'file' ? { files: host.files, local: true } : { files: vscodeFiles, local: false };
}

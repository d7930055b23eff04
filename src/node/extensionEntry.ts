// The Node extension's entry (dist/extension.js). It runs the extension's bundle (dist/extension-main.js,
// src/vscode/extension.ts) with V8's code cache from an earlier session (codeCache.ts), so that an
// activation does not spend its first ~30 ms parsing and compiling the same bundle again. The extension
// host is shared with other extensions: nothing here sets a V8 flag or turns on Node's compile cache,
// which would act on every extension. The web extension has no files to keep a cache in. Before
// activation the entry also gives the bundle what only Node has (src/vscode/nodeHost.ts): the bundle's
// identity, under which the extension keeps each draft's last result, and the local disk to keep it on.
import { createHash } from 'node:crypto';
import { promises as fsp, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import type { NodeHost, StorageFiles } from '../vscode/nodeHost';
import { sha256OfDecoded } from './decodedHash';
import { bundleHash, cacheFileName, cacheFolder, readCache, runWithCache, sealed, unsealed, writeCache } from './codeCache';

interface ExtensionBundle {
  activate(context: vscode.ExtensionContext): unknown;
  deactivate(): unknown;
  /** Gives the bundle what only Node has: its identity, under which results are kept between sessions, and the disk. */
  setNodeHost(host: NodeHost): void;
}

const BUNDLE = join(__dirname, 'extension-main.js');

/**
 * The local disk (the extension's storage, its bundled datasets), read by Node in-process rather than
 * through VS Code's workspace.fs. A read is synchronous: it is asked for while a first check waits, and the
 * files are small (a kept result, at most 1 MiB; a bundled dataset): a fraction of a millisecond, where an
 * asynchronous read's four steps each wait for the thread to be free (about 4 ms at start-up here).
 */
const LOCAL_DISK: StorageFiles = {
  readFile: async (uri) => readFileSync(uri.fsPath),
  writeFile: (uri, data) => fsp.writeFile(uri.fsPath, data),
  createDirectory: async (uri) => {
    await fsp.mkdir(uri.fsPath, { recursive: true });
  },
  delete: (uri) => fsp.rm(uri.fsPath, { force: true }),
};

/**
 * The cache is written this long after activation, and at deactivation if that comes first: V8's cached
 * data holds the functions compiled so far, and by then the first checks and hovers have compiled the
 * engine's. Writing it costs the host a few milliseconds, once per version of the extension.
 */
const WRITE_CACHE_AFTER_MS = 30_000;

/** The bundle's exports, told which build they are, and a function that writes its code cache. */
function load(): { bundle: ExtensionBundle; saveCache(): void } {
  const bytes = readFileSync(BUNDLE);
  const identity = bundleHash(bytes);
  const { bundle, saveCache } = compile(bytes);
  if (identity !== undefined) bundle.setNodeHost({ bundleHash: identity, files: LOCAL_DISK, sha256: (text) => createHash('sha256').update(text).digest('hex'), sha256OfDecoded });
  return { bundle, saveCache };
}

/** Runs the bundle with its code cache; saveCache() writes the cache when there was none or V8 rejected it. */
function compile(bytes: Buffer): { bundle: ExtensionBundle; saveCache(): void } {
  const uncached = (): { bundle: ExtensionBundle; saveCache(): void } => ({ bundle: require(BUNDLE) as ExtensionBundle, saveCache: () => undefined });
  const folder = cacheFolder();
  if (folder === undefined) return uncached();
  const name = cacheFileName(bytes, 'extension');
  if (name === undefined) return uncached();
  const file = join(folder, name);
  const run = runWithCache<ExtensionBundle>(BUNDLE, bytes, unsealed(readCache(folder, file)));
  let saved = run.accepted;
  const saveCache = (): void => {
    if (saved) return;
    saved = true;
    writeCache(folder, file, sealed(run.script.createCachedData()));
  };
  return { bundle: run.exports, saveCache };
}

const loaded = load();
let writeTimer: ReturnType<typeof setTimeout> | undefined;

export function activate(context: vscode.ExtensionContext): unknown {
  writeTimer = setTimeout(loaded.saveCache, WRITE_CACHE_AFTER_MS);
  writeTimer.unref?.();
  return loaded.bundle.activate(context);
}

export function deactivate(): unknown {
  clearTimeout(writeTimer);
  try {
    return loaded.bundle.deactivate();
  } finally {
    loaded.saveCache();
  }
}

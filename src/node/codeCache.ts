// V8's code cache for our bundles, kept between processes: a bundle compiled with the cached data of an
// earlier run skips parsing and compiling the functions that run used. Shared by the CLI's entry
// (src/cli/compileCache.ts) and the Node extension's (src/node/extensionEntry.ts). The cache is an optimisation
// only: a missing, unreadable, damaged or foreign file is ignored and rewritten, and a failure to write
// it never fails anything.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** Environment variables that turn the cache off: ours, and Node's own. */
export const NO_CACHE_VARIABLES = ['FACTDESK_NO_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE'] as const;

/** The line the build appends to a bundle (scripts/build.mjs): the SHA-256 of everything before it. */
export const HASH_MARK = '//# factdesk-bundle-sha256=';

export type Env = Record<string, string | undefined>;

/**
 * The cache folder, following Node's convention (NODE_COMPILE_CACHE, else node-compile-cache in the
 * temporary folder), or undefined when it is turned off.
 */
export function cacheFolder(env: Env = process.env): string | undefined {
  if (NO_CACHE_VARIABLES.some((name) => env[name] !== undefined && env[name] !== '' && env[name] !== '0')) return undefined;
  return join(env.NODE_COMPILE_CACHE || join(tmpdir(), 'node-compile-cache'), 'factdesk');
}

/** The content hash the build wrote at the end of the bundle, or undefined for a bundle built otherwise. */
export function bundleHash(bundle: Buffer): string | undefined {
  const at = bundle.lastIndexOf(HASH_MARK);
  if (at < 0) return undefined;
  const hash = bundle.toString('latin1', at + HASH_MARK.length).trim();
  return /^[0-9a-f]{64}$/.test(hash) ? hash : undefined;
}

/** FNV-1a, for the short texts of the key (flags): not a defence, only a file name. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * One file per bundle (its content hash and length), Node version, architecture, flags (V8 refuses a
 * cache made under other flags) and profile (what the process runs: each compiles a different part of a
 * bundle); undefined for a bundle without a hash.
 */
export function cacheFileName(bundle: Buffer, profile: string, env: Env = process.env): string | undefined {
  const hash = bundleHash(bundle);
  if (hash === undefined) return undefined;
  const flags = shortHash(JSON.stringify([process.execArgv, env.NODE_OPTIONS ?? '']));
  return `${hash.slice(0, 32)}-${bundle.length}-${process.version}-${process.arch}-${flags}-${profile}.v8cache`;
}

/**
 * True when the folder and file may be trusted: on a shared temporary folder another user could plant a
 * cache, and a cache is code. They must belong to this user, and the folders be writable by no one else.
 */
function ownedByUs(folder: string, file: string | undefined): boolean {
  if (typeof process.getuid !== 'function') return true;
  const uid = process.getuid();
  // The folder's parent too: whoever may write there may swap the folder for another.
  for (const dir of [dirname(folder), folder]) {
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o022) !== 0) return false;
  }
  if (file === undefined) return true;
  const own = lstatSync(file);
  return own.isFile() && own.uid === uid;
}

/** The cached data in `file`, or undefined when it is missing or not ours. */
export function readCache(folder: string, file: string): Buffer | undefined {
  try {
    return ownedByUs(folder, file) ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the cache through a temporary file and a rename, so that a reader never sees half a file. */
export function writeCache(folder: string, file: string, data: Buffer): void {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    if (!ownedByUs(folder, undefined)) return;
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, file);
    removeStale(folder, file);
  } catch {
    // A cache that cannot be written costs only the next run's compilation.
  }
}

/**
 * A cache for another build of the same profile (Node, flags and command alike) is an older version's:
 * each upgrade would otherwise leave ~0.6 MB per command behind. One written in the last week is kept,
 * as two installed versions in use at once would otherwise delete each other's on every run.
 */
const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/** Removes the older builds' caches of `file`'s profile (see STALE_AFTER_MS); best effort. */
function removeStale(folder: string, file: string): void {
  const name = basename(file);
  // The name is `${hash}-${length}-${rest}`: the rest says which profile it caches.
  const rest = name.split('-').slice(2).join('-');
  const now = Date.now();
  for (const other of readdirSync(folder)) {
    if (other === name || other.split('-').slice(2).join('-') !== rest) continue;
    const path = join(folder, other);
    try {
      if (ownedByUs(folder, path) && now - lstatSync(path).mtimeMs > STALE_AFTER_MS) unlinkSync(path);
    } catch {
      // Another process may have removed it first.
    }
  }
}

/** A CommonJS bundle compiled with vm.Script and run, with whether V8 took the cached data. */
export interface CompiledBundle<Exports> {
  exports: Exports;
  script: Script;
  accepted: boolean;
}

/**
 * Compiles the CommonJS bundle `file` (its bytes read already) with `cachedData`, and runs it as Node
 * would require it. V8 checks the data is for this source, V8 and flags, and rejects it otherwise.
 */
export function runWithCache<Exports>(file: string, bytes: Buffer, cachedData: Buffer | undefined): CompiledBundle<Exports> {
  // The CommonJS wrapper on a line of its own, counted out: stack traces give the file's own lines and columns.
  const source = `(function (exports, require, module, __filename, __dirname) {\n${bytes.toString('utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData, lineOffset: -1 });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as Exports };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, accepted };
}

/** Length of the SHA-256 that precedes the cached data in a sealed file. */
const SEAL_BYTES = 32;

function digest(data: Buffer): Buffer {
  // Required here, not at the top: the CLI, which never seals, does not pay for loading it.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(data).digest();
}

/**
 * Cached data behind its SHA-256, for a process that may not set V8 flags: V8 release builds check a
 * code cache's checksum only under --verify-snapshot-checksum, and damaged data could crash the process.
 */
export function sealed(data: Buffer): Buffer {
  return Buffer.concat([digest(data), data]);
}

/** The cached data of a sealed file, or undefined when its hash does not match (damaged or not sealed). */
export function unsealed(file: Buffer | undefined): Buffer | undefined {
  if (file === undefined || file.length <= SEAL_BYTES) return undefined;
  const data = file.subarray(SEAL_BYTES);
  return digest(data).equals(file.subarray(0, SEAL_BYTES)) ? data : undefined;
}

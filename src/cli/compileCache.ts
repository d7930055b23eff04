// Starts the CLI bundle with its compiled code kept between runs, so that a check does not spend its
// start-up parsing and compiling the same bundle again. On Node ≥ 22.1 Node's own compile cache does it
// (module.enableCompileCache); on Node 20 the bundle is compiled with vm.Script and V8's code cache,
// written after the run so that it holds the functions the run compiled lazily, not only the top level.
// The cache is an optimisation only: a missing, unreadable, corrupted or foreign file is ignored and
// rewritten, and a failure to write it never fails the run. node:crypto is not used: loading it costs
// more than the rest of this file (the build writes the bundle's hash into it; V8 checksums the cache).
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** What the CLI bundle exports to its entry. */
export interface CliBundle {
  main(entry: string): void;
}

/** Environment variables that turn the cache off: ours, and Node's own. */
export const NO_CACHE_VARIABLES = ['FACTDESK_NO_COMPILE_CACHE', 'NODE_DISABLE_COMPILE_CACHE'] as const;

/** The commands that keep a cache of their own: each compiles a different part of the bundle. */
const PROFILES = new Set(['check', 'lsp', 'extract', 'import', 'factdesk-check-worker']);

/** The line the build appends to the bundle (scripts/build.mjs): the SHA-256 of everything before it. */
export const HASH_MARK = '//# factdesk-bundle-sha256=';

type Env = Record<string, string | undefined>;

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
 * cache made under other flags) and command; undefined for a bundle without a hash.
 */
export function cacheFileName(bundle: Buffer, command: string | undefined, env: Env = process.env): string | undefined {
  const hash = bundleHash(bundle);
  if (hash === undefined) return undefined;
  const flags = shortHash(JSON.stringify([process.execArgv, env.NODE_OPTIONS ?? '']));
  const profile = command !== undefined && PROFILES.has(command) ? command : 'other';
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
  } catch {
    // A cache that cannot be written costs only the next run's compilation.
  }
}

/** How a bundle was started, for the tests and the benchmark. */
export type CacheUse = 'off' | 'node' | 'accepted' | 'written';

/**
 * Requires `bundle` (a CommonJS file) with a code cache for `command`. The cache is written at exit when
 * there was none or V8 rejected it.
 */
export function requireCached(bundle: string, command: string | undefined, env: Env = process.env): { exports: CliBundle; cache: CacheUse } {
  const folder = cacheFolder(env);
  const enableCompileCache = (nodeModule as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  if (folder === undefined) return { exports: require(bundle) as CliBundle, cache: 'off' };
  if (typeof enableCompileCache === 'function') {
    // Node ≥ 22.1 keeps the cache itself, in the same place (NODE_COMPILE_CACHE or the temporary folder).
    enableCompileCache();
    return { exports: require(bundle) as CliBundle, cache: 'node' };
  }
  const bytes = readFileSync(bundle);
  const name = cacheFileName(bytes, command, env);
  if (name === undefined) return { exports: require(bundle) as CliBundle, cache: 'off' };
  const file = join(folder, name);
  // V8 release builds do not verify a code cache's checksum unless asked, and damaged data can crash the
  // process: with the flag, V8 writes a checksum and rejects a cache that does not match it.
  setFlagsFromString('--verify-snapshot-checksum');
  const cachedData = readCache(folder, file);
  // The CommonJS wrapper on a line of its own, counted out: stack traces give the file's own lines and columns.
  const source = `(function (exports, require, module, __filename, __dirname) {\n${bytes.toString('utf8')}\n})`;
  const script = new Script(source, { filename: bundle, cachedData, lineOffset: -1 });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  if (!accepted) process.once('exit', () => writeCache(folder, file, script.createCachedData()));
  const module = { exports: {} as CliBundle };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, cache: accepted ? 'accepted' : 'written' };
}

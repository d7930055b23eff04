// Starts the CLI bundle with its compiled code kept between runs, so that a check does not spend its
// start-up parsing and compiling the same bundle again. On Node ≥ 22.1 Node's own compile cache does it
// (module.enableCompileCache); on Node 20 the bundle is compiled with vm.Script and V8's code cache
// (src/node/codeCache.ts), written after the run so that it holds the functions the run compiled lazily,
// not only the top level. node:crypto is not used: loading it costs more than the rest of this file (the
// build writes the bundle's hash into it; V8 checksums the cache).
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { cacheFileName, cacheFolder, readCache, runWithCache, writeCache, type Env } from '../node/codeCache';

/** What the CLI bundle exports to its entry. */
export interface CliBundle {
  main(entry: string): void;
}

/** The commands that keep a cache of their own: each compiles a different part of the bundle. */
const PROFILES = new Set(['check', 'lsp', 'extract', 'import', 'factdesk-check-worker']);

/** The cache's file name for a CLI command: commands outside PROFILES share one. */
export function commandCacheFileName(bundle: Buffer, command: string | undefined, env: Env = process.env): string | undefined {
  return cacheFileName(bundle, command !== undefined && PROFILES.has(command) ? command : 'other', env);
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
  const name = commandCacheFileName(bytes, command, env);
  if (name === undefined) return { exports: require(bundle) as CliBundle, cache: 'off' };
  const file = join(folder, name);
  // V8 release builds do not verify a code cache's checksum unless asked, and damaged data can crash the
  // process: with the flag, V8 writes a checksum and rejects a cache that does not match it. This is the
  // CLI's own process; the extension, in a shared host, checks a hash of its own instead.
  setFlagsFromString('--verify-snapshot-checksum');
  const run = runWithCache<CliBundle>(bundle, bytes, readCache(folder, file));
  if (!run.accepted) process.once('exit', () => writeCache(folder, file, run.script.createCachedData()));
  return { exports: run.exports, cache: run.accepted ? 'accepted' : 'written' };
}

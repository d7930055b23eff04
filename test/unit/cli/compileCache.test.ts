// The CLI's code cache (src/cli/compileCache.ts): the built CLI gives the same output with a cache, with
// none, and with a damaged or foreign one, which it ignores and rewrites. Timing is the benchmark's.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { commandCacheFileName as cacheFileName } from '../../../src/cli/compileCache';
import { bundleHash, cacheFolder, HASH_MARK, writeCache } from '../../../src/node/codeCache';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'dist/cli.js');
const DRAFT = join(ROOT, 'examples/draft.md');
const nodeKeepsCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

function runCli(env: Record<string, string>, args = ['check', DRAFT]): { status: number | null; stdout: string; stderr: string } {
  const { NODE_COMPILE_CACHE: _n, FACTDESK_NO_COMPILE_CACHE: _f, ...rest } = process.env;
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...rest, ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('CLI compile cache: where and under which name', () => {
  it('follows Node: NODE_COMPILE_CACHE, else node-compile-cache in the temporary folder; off by either variable', () => {
    assert.equal(cacheFolder({ NODE_COMPILE_CACHE: '/x/cache' }), join('/x/cache', 'factdesk'));
    assert.equal(cacheFolder({}), join(tmpdir(), 'node-compile-cache', 'factdesk'));
    assert.equal(cacheFolder({ FACTDESK_NO_COMPILE_CACHE: '1' }), undefined);
    assert.equal(cacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' }), undefined);
    assert.equal(cacheFolder({ FACTDESK_NO_COMPILE_CACHE: '0' }), join(tmpdir(), 'node-compile-cache', 'factdesk'));
  });

  it('keys the file by the hash the build wrote, the length and the command', () => {
    const hash = 'ab'.repeat(32);
    const bundle = Buffer.from(`"use strict";\n${HASH_MARK}${hash}\n`);
    assert.equal(bundleHash(bundle), hash);
    assert.equal(bundleHash(Buffer.from('"use strict";\n')), undefined);
    assert.equal(cacheFileName(Buffer.from('"use strict";\n'), 'check'), undefined);
    const check = cacheFileName(bundle, 'check', {})!;
    assert.match(check, new RegExp(`^${hash.slice(0, 32)}-${bundle.length}-.*-check\\.v8cache$`));
    assert.match(cacheFileName(bundle, 'lsp', {})!, /-lsp\.v8cache$/);
    assert.match(cacheFileName(bundle, '--version', {})!, /-other\.v8cache$/);
    assert.notEqual(cacheFileName(bundle, 'check', { NODE_OPTIONS: '--max-old-space-size=100' }), check);
    assert.equal(bundleHash(readFileSync(join(ROOT, 'dist/cli-main.js')))?.length, 64, 'the build writes the hash');
  });
});

describe('CLI compile cache: the built CLI', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-compile-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const cacheFiles = (): string[] => {
    const folder = join(dir, 'factdesk');
    return existsSync(folder) ? readdirSync(folder).map((f) => join(folder, f)) : [];
  };

  it('writes a cache on the first run, keeps it on the next, and prints the same with none', function () {
    if (nodeKeepsCache) this.skip();
    const off = runCli({ FACTDESK_NO_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: dir });
    assert.equal(off.status, 1, off.stderr);
    assert.deepEqual(cacheFiles(), [], 'turned off: nothing written');
    const first = runCli({ NODE_COMPILE_CACHE: dir });
    const [file, ...others] = cacheFiles();
    assert.ok(file?.endsWith('-check.v8cache') && others.length === 0, String(cacheFiles()));
    const written = readFileSync(file);
    const second = runCli({ NODE_COMPILE_CACHE: dir });
    assert.deepEqual([first, second], [off, off]);
    assert.ok(readFileSync(file).equals(written), 'an accepted cache is not rewritten');
  });

  it('ignores a damaged or foreign cache and rewrites it', function () {
    if (nodeKeepsCache) this.skip();
    const expected = runCli({ FACTDESK_NO_COMPILE_CACHE: '1' });
    runCli({ NODE_COMPILE_CACHE: dir });
    const [file] = cacheFiles();
    const good = readFileSync(file!);
    // Damaged in the middle (V8 crashes on such data unless it checks the checksum), truncated, foreign.
    const damaged = Buffer.from(good);
    for (let i = 0; i < 4096; i++) damaged[200 + i * 7] ^= 0xff;
    for (const bad of [damaged, good.subarray(0, good.length >> 1), Buffer.from('not a code cache'), Buffer.alloc(0)]) {
      writeFileSync(file!, bad);
      assert.deepEqual(runCli({ NODE_COMPILE_CACHE: dir }), expected);
      assert.ok(!readFileSync(file!).equals(bad), 'rewritten');
      assert.deepEqual(runCli({ NODE_COMPILE_CACHE: dir }), expected, 'and the rewritten cache is good');
    }
  });

  it('neither reads nor writes a cache in a folder others may write to', function () {
    if (nodeKeepsCache || typeof process.getuid !== 'function') this.skip();
    const expected = runCli({ FACTDESK_NO_COMPILE_CACHE: '1' });
    mkdirSync(join(dir, 'factdesk'));
    chmodSync(join(dir, 'factdesk'), 0o777);
    assert.deepEqual(runCli({ NODE_COMPILE_CACHE: dir }), expected);
    assert.deepEqual(cacheFiles(), []);
  });

  it('keeps a cache per command: --version and lsp do not replace the check\'s', function () {
    if (nodeKeepsCache) this.skip();
    runCli({ NODE_COMPILE_CACHE: dir });
    runCli({ NODE_COMPILE_CACHE: dir }, ['--version']);
    assert.deepEqual(cacheFiles().map((f) => f.replace(/^.*-/, '')).sort(), ['check.v8cache', 'other.v8cache']);
  });
});

describe('CLI compile cache: older builds', () => {
  it("removes a week-old cache of another build of the same profile when it writes one, and nothing else", () => {
    const parent = mkdtempSync(join(tmpdir(), 'factdesk-cache-'));
    chmodSync(parent, 0o700);
    const folder = join(parent, 'factdesk');
    const profile = 'v20.20.2-x64-08f582fd-check.v8cache';
    const old = `${'a'.repeat(32)}-1000-${profile}`;
    const recent = `${'b'.repeat(32)}-1000-${profile}`;
    const otherProfile = `${'c'.repeat(32)}-1000-v20.20.2-x64-08f582fd-lsp.v8cache`;
    try {
      mkdirSync(folder, { mode: 0o700 });
      for (const name of [old, recent, otherProfile]) writeFileSync(join(folder, name), 'x', { mode: 0o600 });
      const eightDaysAgo = (Date.now() - 8 * 24 * 60 * 60 * 1000) / 1000;
      utimesSync(join(folder, old), eightDaysAgo, eightDaysAgo);
      utimesSync(join(folder, otherProfile), eightDaysAgo, eightDaysAgo);
      const written = `${'d'.repeat(32)}-2000-${profile}`;
      writeCache(folder, join(folder, written), Buffer.from('y'));
      assert.deepEqual(readdirSync(folder).sort(), [recent, otherProfile, written].sort());
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

// The Node extension's entry (src/node/extensionEntry.ts): the built extension, run in the benchmark's vscode
// shim, gives the same diagnostics with its code cache, without it, and with a damaged one, which it
// ignores and rewrites. Timing is the benchmark's (row f).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sealed, unsealed } from '../../../src/node/codeCache';

const ROOT = resolve(__dirname, '../../../..');

describe('code cache: sealed files', () => {
  it('gives back the data only when its hash matches', () => {
    const data = Buffer.from('cached data '.repeat(100));
    assert.ok(unsealed(sealed(data))?.equals(data));
    const damaged = sealed(data);
    damaged[damaged.length - 5] ^= 0x01;
    assert.equal(unsealed(damaged), undefined);
    assert.equal(unsealed(data), undefined, 'an unsealed file');
    assert.equal(unsealed(Buffer.alloc(0)), undefined);
    assert.equal(unsealed(undefined), undefined);
  });
});

describe('the extension entry: its code cache', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-extension-cache-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** One activation in the shim, with the example draft open: the counts of its diagnostics. */
  const activate = (env: Record<string, string>): { diagnostics: number; allDiagnostics: number } => {
    const { NODE_COMPILE_CACHE: _n, FACTDESK_NO_COMPILE_CACHE: _f, ...rest } = process.env;
    const child = join(ROOT, 'out/bench/activationChild.js');
    const run = spawnSync(process.execPath, [child, join(ROOT, 'dist/extension.js'), join(ROOT, 'examples/draft.md')], { encoding: 'utf8', env: { ...rest, ...env } });
    assert.equal(run.status, 0, run.stderr);
    const { diagnostics, allDiagnostics } = JSON.parse(run.stdout) as { diagnostics: number; allDiagnostics: number };
    return { diagnostics, allDiagnostics };
  };
  const cacheFiles = (): string[] => {
    const folder = join(dir, 'factdesk');
    return existsSync(folder) ? readdirSync(folder).map((f) => join(folder, f)) : [];
  };

  it('writes a cache at deactivation, keeps an accepted one, and ignores and rewrites a damaged one', () => {
    const expected = activate({ FACTDESK_NO_COMPILE_CACHE: '1', NODE_COMPILE_CACHE: dir });
    assert.ok(expected.allDiagnostics > 0);
    assert.deepEqual(cacheFiles(), [], 'turned off: nothing written');
    assert.deepEqual(activate({ NODE_COMPILE_CACHE: dir }), expected);
    const [file, ...others] = cacheFiles();
    assert.ok(file?.endsWith('-extension.v8cache') && others.length === 0, String(cacheFiles()));
    const written = readFileSync(file);
    assert.ok(unsealed(written), 'sealed');
    const writtenAt = statSync(file).mtimeMs;
    assert.deepEqual(activate({ NODE_COMPILE_CACHE: dir }), expected);
    assert.equal(statSync(file).mtimeMs, writtenAt, 'an accepted cache is not rewritten');
    const damaged = Buffer.from(written);
    for (let i = 0; i < 4096; i++) damaged[200 + i * 7] ^= 0xff;
    writeFileSync(file, damaged);
    assert.deepEqual(activate({ NODE_COMPILE_CACHE: dir }), expected);
    assert.ok(unsealed(readFileSync(file)), 'rewritten, sealed');
  });
});

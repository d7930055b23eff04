// Start-up stays at the floor: a check against the bundled datasets, with no .factdesk.json, never loads
// the zod validator (dist/zod.js, about 450 KB); a configuration file or a user dataset does load it.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** The modules a CLI run required, as paths. */
function requiredModules(args: string[], cwd: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-modules-'));
  try {
    const out = join(dir, 'modules.json');
    const hook = join(dir, 'hook.js');
    writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));`);
    const run = spawnSync(process.execPath, ['--require', hook, join(ROOT, 'dist/cli.js'), ...args], { cwd, encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    return JSON.parse(readFileSync(out, 'utf8')) as string[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const loadsZod = (modules: string[]): boolean => modules.some((m) => m.endsWith(join('dist', 'zod.js')));

describe('CLI start-up', () => {
  it('checks against the bundled datasets without loading zod; a .factdesk.json loads it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-startup-'));
    try {
      copyFileSync(join(ROOT, 'examples/draft.md'), join(dir, 'draft.md'));
      assert.equal(loadsZod(requiredModules(['check', 'draft.md'], dir)), false);
      writeFileSync(join(dir, '.factdesk.json'), '{ "severity": { "missing-citation": "off" } }\n');
      assert.equal(loadsZod(requiredModules(['check', 'draft.md'], dir)), true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

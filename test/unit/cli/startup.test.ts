// Start-up stays at the floor: a check against the bundled datasets, with no .factdesk.json, never loads
// the zod validator (dist/zod.js, about 450 KB); a configuration file or a user dataset does load it. The
// HTML entity decoder (dist/entities.js) is read only for a draft that holds an entity, and the link
// address encoder (dist/mdurl.js) only for one that holds a link.
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

const loads = (file: string) => (modules: string[]): boolean => modules.some((m) => m.endsWith(join('dist', file)));
const loadsZod = loads('zod.js');
const loadsEntities = loads('entities.js');
const loadsLinkEncoder = loads('mdurl.js');

describe('CLI start-up', function () {
  // Each test starts CLI processes: a second or two on a busy 2-core machine.
  this.timeout(20_000);
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

  it('reads the entity decoder only for a draft with an entity, and decodes it there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-startup-'));
    try {
      writeFileSync(join(dir, 'plain.md'), 'Hungary has 81,166 Hikvision cameras.\n');
      assert.equal(loadsEntities(requiredModules(['check', 'plain.md'], dir)), false);
      // The check reads on through the decoded paragraph: a failed require would end it with an error.
      writeFileSync(join(dir, 'entity.md'), 'Hungary has 81,166 Hikvision cameras &amp; more.\n');
      assert.equal(loadsEntities(requiredModules(['check', 'entity.md'], dir)), true);
      const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', 'entity.md'], { cwd: dir, encoding: 'utf8' });
      assert.match(run.stdout, /figure-mismatch/, run.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the link encoder only for a draft with a link, and still reads the link as a citation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-startup-'));
    try {
      writeFileSync(join(dir, 'plain.md'), 'Hungary has 18,166 Hikvision cameras.\n');
      assert.equal(loadsLinkEncoder(requiredModules(['check', 'plain.md'], dir)), false);
      // A link to the dataset's source cites the figure: the encoded address must still equal the source's.
      writeFileSync(join(dir, 'linked.md'), 'Hungary has 18,166 Hikvision cameras, [RFE/RL said](https://gandhara.rferl.mobi/China-In-Eurasia).\n');
      assert.equal(loadsLinkEncoder(requiredModules(['check', 'linked.md'], dir)), true);
      const run = (file: string) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', file], { cwd: dir, encoding: 'utf8' });
      assert.match(run('plain.md').stdout, /missing-citation/);
      const linked = run('linked.md');
      assert.match(linked.stdout, /figure-verified/, linked.stderr);
      assert.doesNotMatch(linked.stdout, /missing-citation/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The bundled datasets are validated at build time (scripts/bundled-datasets.mjs) and trusted at run
// time: these tests make sure that what the build inlines is what the loader makes of the files, and
// that the build step refuses a broken file.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { loadDatasets } from '../../../src/dataset/load';
import { minimalDataset, repoRoot } from './helpers';

describe('bundled datasets validated at build time', () => {
  it('inline exactly what the loader makes of the files on disk, defaults filled in', () => {
    const fromDisk = loadDatasets(
      BUNDLED_DATASETS.map(({ file }) => ({ file, text: readFileSync(join(repoRoot(), file), 'utf8') })),
    );
    assert.deepEqual(fromDisk.problems, []);
    assert.deepEqual(
      BUNDLED_DATASETS.map(({ file, json }) => ({ file, data: json })),
      fromDisk.datasets.map(({ file, data }) => ({ file, data })),
    );
  });

  it('are still checked against user files: a duplicate id in a user file is reported', () => {
    const first = BUNDLED_DATASETS.find((d) => (d.json as { facts: unknown[] }).facts.length > 0)!;
    const factId = (first.json as { facts: { id: string }[] }).facts[0]!.id;
    const user = minimalDataset();
    (user.facts as { id: string }[])[0]!.id = factId;
    const result = loadDatasets([...BUNDLED_DATASETS, { file: 'user.facts.json', text: JSON.stringify(user) }]);
    assert.ok(result.problems.some((p) => p.file === 'user.facts.json' && p.message.includes(`duplicate fact id "${factId}"`)), JSON.stringify(result.problems));
  });

  it('the build step fails on a broken dataset, naming its file and JSON path', function () {
    this.timeout(30_000);
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-build-'));
    try {
      const broken = minimalDataset();
      (broken.facts as { value: unknown }[])[0]!.value = '18,166';
      const file = join(dir, 'broken.facts.json');
      writeFileSync(file, JSON.stringify(broken));
      const run = spawnSync(process.execPath, [join(repoRoot(), 'scripts/bundled-datasets.mjs'), file], { encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stderr, /broken\.facts\.json: facts\[0\]\.value: expected number, got string "18,166"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

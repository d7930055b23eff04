// `factdesk check --format csv`: the desk's sign-off sheet, one row per figure with its status.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { csvField } from '../../../src/cli/formats/csv';
import { checkDocument } from '../../../src/core';
import { figureLog } from '../../../src/core/figureLog';
import { bundledIndex } from '../support/engine';

const ROOT = resolve(__dirname, '../../../..');
const DRAFT = '# Hungary\n\nShodan lists 3,567 Dahua devices in Hungary and 81,166 Hikvision devices.\n\n## Budget\n\nThe city spent 12 million forints on 40 new buses, in 2023.\n';

describe('the figure log and --format csv', () => {
  it('lists every figure with its status and section, years and dates left out', () => {
    const index = bundledIndex();
    const log = figureLog(DRAFT, checkDocument(DRAFT, index), index);
    assert.deepEqual(log.figures.map((f) => [f.text, f.status, f.section]), [
      ['3,567', 'verified', 'Hungary'],
      ['81,166', 'contradicted', 'Hungary'],
      ['12 million forints', 'not-covered', 'Budget'],
      ['40', 'not-covered', 'Budget'],
    ]);
    assert.deepEqual(log.counts, { verified: 1, contradicted: 1, 'not-covered': 2 });
  });

  it('quotes fields as RFC 4180 asks and keeps formulas as text', () => {
    assert.equal(csvField('3,567'), '"3,567"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField(12), '12');
  });

  it('writes one row per figure from the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-csv-'));
    try {
      writeFileSync(join(dir, 'draft.md'), DRAFT);
      const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'csv', 'draft.md'], { cwd: dir, encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      const rows = run.stdout.trimEnd().split('\r\n');
      assert.equal(rows[0], 'file,line,column,section,figure,status,sourced value,source,quote');
      assert.equal(rows.length, 5);
      assert.match(rows[2], /^draft\.md,3,49,Hungary,"81,166",contradicted,"18,166","Shodan; RFE\/RL, 7 May 2024","But according to Shodan/);
      assert.equal(rows[4], 'draft.md,7,38,Budget,40,not-covered,,,');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

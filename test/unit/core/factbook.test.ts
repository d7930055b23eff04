// Real country profiles (CIA World Factbook, public domain) are full of figures and of the dataset's
// country names, but none is a claim about surveillance cameras: factdesk must not warn on any.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, LineIndex } from '../../../src/core';
import { bundledIndex, repoRoot } from '../support/engine';

describe('factbook corpus: no false alarms', () => {
  const dir = join(repoRoot(), 'test', 'fixtures', 'factbook');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();

  it('has the eleven country profiles', () => assert.equal(files.length, 11));

  for (const file of files) {
    it(`gives no warning and no verdict on ${file}`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const lines = new LineIndex(text);
      const findings = checkDocument(text, bundledIndex()).findings;
      const shown = findings.map((f) => `${lines.positionAt(f.start).line + 1}: ${f.code} "${text.slice(f.start, f.end)}"`);
      assert.deepEqual(shown, []);
    });
  }

  it('still finds the countries it mentions (the corpus is not silent for want of reading it)', () => {
    const text = readFileSync(join(dir, 'hungary.md'), 'utf8');
    const mentions = checkDocument(text, bundledIndex()).mentions.filter((m) => m.id === 'HU');
    assert.ok(mentions.length >= 10, `only ${mentions.length} mentions of Hungary`);
  });
});

// Inputs built to hurt a regex or a recursive walk. The benchmark times them (npm run bench); here we
// check they finish and give sane answers. Mocha's timeout is the only clock.
import { strict as assert } from 'node:assert';
import { checkDocument } from '../../../src/core';
import { bundledIndex } from '../support/engine';

describe('adversarial inputs', function () {
  this.timeout(60_000);
  const index = bundledIndex();

  it('a 1 MB single line of digits and commas', () => {
    const text = '1,2,3,45,678,9,'.repeat(70_000).slice(0, 1_000_000);
    const result = checkDocument(text, index);
    assert.equal(result.findings.length, 0);
  });

  it('10,000 nested list items', () => {
    let text = '';
    for (let depth = 0; depth < 10_000; depth++) text += '  '.repeat(depth % 200) + '- Hungary has 81,166 Hikvision devices, Shodan says\n';
    const result = checkDocument(text, index);
    assert.ok(result.findings.some((f) => f.code === 'figure-mismatch'));
  });

  it('a 5 MB draft', () => {
    const paragraph = 'Shodan lists 81,166 Hikvision devices in Hungary. The country has 9,855,745 inhabitants and a GDP of $200 billion in 2023.\n\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const result = checkDocument(text, index, { mentions: false });
    const mismatches = result.findings.filter((f) => f.code === 'figure-mismatch');
    assert.equal(mismatches.length, Math.ceil(5_000_000 / paragraph.length));
    assert.equal(result.findings.filter((f) => f.severity === 'warning').length, mismatches.length);
  });
});

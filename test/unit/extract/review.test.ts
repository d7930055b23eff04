import { strict as assert } from 'node:assert';
import { buildIndex, checkDocument } from '../../../src/core';
import { loadDatasets } from '../../../src/dataset/load';
import { BUNDLED_CATALOGUE } from '../../../src/dataset/bundled';
import { factsUnderReview, formatReview } from '../../../src/dataset/review';
import { readNumber, readPeriod, readQualifier, readUnit } from '../../../src/core/import/values';

const FACT = {
  id: 'hu-buses-2023', entity: 'HU', vendors: [], measure: 'buses bought', keywords: ['buses', 'bought'], value: 1200, unit: 'count',
  qualifier: 'exact', period: { from: 2023, to: 2023 }, via: 'ministry', quote: 'In 2023 Hungary bought 1,200 buses.', source: 's',
};
const SOURCE = { id: 's', title: 'T', publisher: 'P', date: '2024-01-01', url: 'https://example.org/' };

function check(fact: object): { verified: boolean; review: string[] } {
  const loaded = loadDatasets([...BUNDLED_CATALOGUE, { file: 'x.facts.json', json: { sources: [SOURCE], facts: [fact] } }]);
  assert.deepEqual(loaded.problems, []);
  const findings = checkDocument('Hungary bought 1,200 buses in 2023.', buildIndex(loaded.datasets)).findings;
  return { verified: findings.some((f) => f.code === 'figure-verified'), review: factsUnderReview(loaded.datasets).map(formatReview) };
}

describe('a fact under review', () => {
  it('loads, is listed, and is not used until its note is removed', () => {
    const pending = check({ ...FACT, review: 'no place named near the figure' });
    assert.equal(pending.verified, false);
    assert.deepEqual(pending.review, ['x.facts.json: facts[0] (hu-buses-2023): under review, not used until the note is removed: no place named near the figure']);
    const checked = check(FACT);
    assert.equal(checked.verified, true);
    assert.deepEqual(checked.review, []);
  });
});

describe('import: cells', () => {
  it('reads numbers as spreadsheets export them', () => {
    const ok = (cell: string, comma = false) => {
      const r = readNumber(cell, comma);
      assert.ok('ok' in r, `${cell}: ${JSON.stringify(r)}`);
      return r.ok;
    };
    assert.equal(ok('18,166').value, 18166);
    assert.equal(ok('1.6').value, 1.6);
    assert.equal(ok('1,6', true).value, 1.6);
    assert.equal(ok('48.300.000.000', true).value, 48300000000);
    assert.equal(ok('-2 900').value, -2900);
    assert.deepEqual(ok('$5.8 million'), { value: 5800000, unit: 'USD' });
    assert.deepEqual(ok('80%'), { value: 80, unit: 'percent' });
    assert.ok('error' in readNumber('n/a', false));
  });

  it('reads qualifiers, units and periods in words and codes', () => {
    assert.deepEqual(readQualifier('More than'), { ok: 'more-than' });
    assert.deepEqual(readQualifier(''), { ok: 'exact' });
    assert.ok('error' in readQualifier('sort of'));
    assert.deepEqual(readUnit('%'), { ok: 'percent' });
    assert.deepEqual(readUnit('cad'), { ok: 'CAD' });
    assert.ok('error' in readUnit('apples'));
    assert.deepEqual(readPeriod('2018–2023', ''), { ok: { from: 2018, to: 2023 } });
    assert.deepEqual(readPeriod('2017-04', 'in April'), { ok: { from: '2017-04', to: '2017-04', text: 'in April' } });
    assert.deepEqual(readPeriod('2024-q3', ''), { ok: { from: '2024-Q3', to: '2024-Q3' } });
    assert.deepEqual(readPeriod('', ''), { ok: null });
    assert.ok('error' in readPeriod('2023-13', ''));
  });
});

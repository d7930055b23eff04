// Words around a percentage that make it a change over time, and words that make it a difference from what
// was planned or expected instead (src/core/numbers.ts readChangesAndRates).
import { strict as assert } from 'node:assert';
import { scanNumbers } from '../../../src/core/numbers';
import { findingsOf, inlineIndex } from '../support/engine';

/** The first percentage of the text: its signed value if it reads as a change, and whether from a norm. */
function percentOf(text: string): { change: number | null; norm: boolean } {
  const token = scanNumbers(text).find((t) => t.unit === 'percent');
  assert.ok(token, `no percentage in ${text}`);
  return { change: token.change ? token.value : null, norm: token.fromANorm === true };
}

describe('a percentage with a comparative of size after it', () => {
  it('is a change from the time it is compared with', () => {
    assert.deepEqual(percentOf('The crop was 7.1 percent smaller than in 2022.'), { change: -7.1, norm: false });
    assert.deepEqual(percentOf("Last year's cheque was 15% bigger than the one before it."), { change: 15, norm: false });
    assert.deepEqual(percentOf('That is 21% above the first half of 2022.'), { change: 21, norm: false });
    assert.deepEqual(percentOf('Freight was 29 per cent below the same month a year earlier.'), { change: -29, norm: false });
  });
});

describe('a change after "up another", "a further" or a verb that moves its object', () => {
  it('is a change, with the direction the words give', () => {
    assert.deepEqual(percentOf('The cap crept up another 2.1% to £1,738 in January.'), { change: 2.1, norm: false });
    assert.deepEqual(percentOf('In the first half they were up a further 72%.'), { change: 72, norm: false });
    assert.deepEqual(percentOf('The disease drove up wholesale prices by 20 percent in 2009.'), { change: 20, norm: false });
    assert.deepEqual(percentOf('Subsidies pushed down prices by 8 percent.'), { change: -8, norm: false });
    assert.deepEqual(percentOf("Costs rose, lifting the network component by 9.8% on the year."), { change: 9.8, norm: false });
  });
});

describe('a change whose verb stands some words before it', () => {
  it('is a change after a verb, its object and no "by", or a place before "by"', () => {
    assert.deepEqual(percentOf('Hapag-Lloyd grew its volumes 7.8% last year.'), { change: 7.8, norm: false });
    assert.deepEqual(percentOf('The rally lifted prices more than 80% over 2024.'), { change: 80, norm: false });
    assert.deepEqual(percentOf('Since 2012, visits have fallen in Los Angeles by 47%.'), { change: -47, norm: false });
    assert.deepEqual(percentOf('Growth in 2024 had been 7.3%, customs figures showed.'), { change: 7.3, norm: false });
  });

  it('is a level after a verb with no object or a word that places it', () => {
    assert.deepEqual(percentOf('Reservoirs fell below 16% of capacity.'), { change: null, norm: false });
    assert.deepEqual(percentOf('The fund raised its stake to 30% in March.'), { change: null, norm: false });
  });
});

describe('a percentage compared with a plan, a forecast or an estimate', () => {
  it('is a difference from that expectation, not a change over time', () => {
    assert.deepEqual(percentOf('Volumes were 17% below plan.'), { change: -17, norm: true });
    assert.deepEqual(percentOf('Brine output was 50 percent larger than earlier assumptions.'), { change: 50, norm: true });
    assert.deepEqual(percentOf('Sales came in 3% ahead of forecasts.'), { change: 3, norm: true });
  });
});

describe('a difference from a plan or a norm, judged', () => {
  function index() {
    const fact = (id: string, value: number, measure: string, change: boolean) => ({
      id, entity: 'acme-rail', value, unit: 'percent', vendors: [], qualifier: 'exact', period: { from: '2025-06', to: '2025-06' }, measure, change,
      keywords: ['tonne-kilometres', 'freight'], quote: 'Freight fell 17% in June, 9% below plan.', via: 'Acme Rail', source: 'acme-2025',
    });
    return inlineIndex('acme.facts.json', {
      sources: [{ id: 'acme-2025', title: 'Freight results', publisher: 'Acme Rail', date: '2025-07-15', url: 'https://example.org/acme' }],
      entities: [{ id: 'acme-rail', kind: 'body', name: 'Acme Rail', aliases: [], demonyms: [] }],
      facts: [
        fact('acme-yoy-2025-06', -17, "change in Acme Rail's freight tonne-kilometres against the same month a year earlier", true),
        fact('acme-gap-2025-06', -9, "gap between Acme Rail's freight tonne-kilometres and its plan", true),
      ],
    });
  }

  it('is no change over time: "17% below plan" is not the year-on-year fall of 17%', () => {
    assert.deepEqual(findingsOf("In June 2025 Acme Rail's freight tonne-kilometres were 17% below plan.\n", index()), []);
  });

  it('states a fact whose measure is a gap from that plan', () => {
    assert.deepEqual(findingsOf("In June 2025 Acme Rail's freight tonne-kilometres were 9% below plan.\n", index()), ['9%:figure-verified:acme-gap-2025-06']);
  });
});

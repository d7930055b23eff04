// A figure its sentence gives to another body than the fact's source, near the fact's value but not its number,
// is that body's own estimate for its own time, not the fact given the wrong year (verdict.ts,
// anotherEstimatorsRounding).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'clinic-costs-2023', title: 'What treatment costs', publisher: 'A benefits company', date: '2023-07-06', url: 'https://example.org/costs' };

function index() {
  return inlineIndex('costs.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['treatment', 'cycle', 'clinic'] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] },
      { id: 'reviewsite', kind: 'body', name: 'ReviewSite', country: 'RU', aliases: [] },
    ],
    facts: [
      {
        id: 'ru-cycle-cost-2023', entity: 'RU', value: 21600, unit: 'USD', vendors: [], qualifier: 'exact', period: { from: 2023, to: 2023 },
        measure: 'average cost of one treatment cycle', keywords: ['per cycle', 'cost of one cycle', 'cycle cost'],
        quote: 'One treatment cycle costs $21,600 on average in Ruritania.', via: 'the benefits company', source: 'clinic-costs-2023',
      },
    ],
  });
}

describe('another estimator\'s rounding in another year', () => {
  it('is its own estimate, no wrong year', () => {
    assert.deepEqual(findingsOf('In Ruritania, ReviewSite, a review site, estimated $22,000 per cycle in 2019.\n', index()), []);
  });

  it('while the fact\'s own number in another year still is a wrong year', () => {
    assert.deepEqual(findingsOf('In Ruritania, ReviewSite, a review site, estimated $21,600 per cycle in 2019.\n', index()), ['$21,600:period-mismatch:ru-cycle-cost-2023']);
  });
});

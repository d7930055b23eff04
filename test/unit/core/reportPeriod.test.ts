// A time between a verb of saying or finding and the "that" of what was said dates the saying, not the figure
// in that clause (src/core/reading/period.ts, period/of-the-report): it never alone makes a wrong year.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'study-2022', title: 'A warming study', publisher: 'A meteorological institute', date: '2022-08-11', url: 'https://example.org/study' };

function index() {
  return inlineIndex('warming.facts.json', {
    sources: [SOURCE], entities: [{ id: 'bolt-region', kind: 'region', name: 'Boltland', aliases: [], demonyms: [] }],
    facts: [{
      id: 'warming-ratio', entity: 'bolt-region', value: 3.8, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 1979, to: 2021 },
      measure: 'ratio of the regional warming rate to the global warming rate', keywords: ['times faster', 'warming', 'heating'],
      quote: 'Boltland warmed 3.8 times faster than the globe.', via: 'the institute', source: 'study-2022',
    }],
  });
}

describe('a time of saying before "that"', () => {
  it('makes no wrong year of the figure in what was said', () => {
    assert.deepEqual(findingsOf('Researchers calculated in 2022 that Boltland has been heating 3.8 times faster than the globe.\n', index()), []);
  });

  it('is the figure\'s own time where no verb of saying stands before it', () => {
    assert.deepEqual(findingsOf('In 2022 Boltland was heating 3.8 times faster than the globe.\n', index()), ['3.8:period-mismatch:warming-ratio']);
  });
});

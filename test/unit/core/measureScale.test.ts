// A fact whose measure counts in a scale word's units ("in million imperial gallons per day") holds 670 for
// the draft's "670 million imperial gallons": the figure is compared in the measure's unit (statedClaim).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'water-2024', title: 'Desalination plans', publisher: 'A utility', date: '2024-05-02', url: 'https://example.org/water' };

function index() {
  return inlineIndex('water.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['desalination', 'water'] },
    entities: [{ id: 'bolt-water', kind: 'body', name: 'Bolt Water Authority', aliases: ['BWA'], demonyms: [] }],
    facts: [{
      id: 'bwa-capacity-2027', entity: 'bolt-water', value: 670, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2027, to: 2027 },
      measure: 'desalination capacity, in million imperial gallons per day', keywords: ['desalination capacity', 'capacity', 'gallons'],
      quote: 'Capacity is expected to reach 670 million imperial gallons per day by 2027.', via: 'the authority', source: 'water-2024',
    }],
  });
}

describe('a measure counted in a scale word\'s units', () => {
  it('verifies the figure written with that scale', () => {
    assert.deepEqual(findingsOf('The Bolt Water Authority wants desalination capacity of 670 million imperial gallons a day by 2027.\n', index()), ['670 million:figure-verified:bwa-capacity-2027']);
  });

  it('still finds a wrong value of it', () => {
    assert.deepEqual(findingsOf('The Bolt Water Authority wants desalination capacity of 760 million imperial gallons a day by 2027.\n', index()), ['760 million:figure-mismatch:bwa-capacity-2027']);
  });
});

// A month after words that open what a figure is compared with or added to ("comes on top of the rise in
// April", "more than in March") is that thing's month, not the figure's (src/core/claims.ts, inMonthOfFigure).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'post-2024', title: 'Stamp prices rise again', publisher: 'A news agency', date: '2024-10-07', url: 'https://example.org/stamps' };

function index() {
  return inlineIndex('stamps.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['stamp', 'stamps'] }, entities: [{ id: 'boltpost', kind: 'body', name: 'Boltpost', aliases: [], demonyms: [] }],
    facts: [{
      id: 'stamp-rise-october', entity: 'boltpost', value: 22, unit: 'percent', change: true, vendors: [], qualifier: 'exact', period: { from: '2024-10', to: '2024-10' },
      measure: 'increase in the price of a first-class stamp', keywords: ['stamp', 'increase', 'price'],
      quote: 'Boltpost raised the price of a first-class stamp by 22% in October.', via: 'the agency', source: 'post-2024',
    }],
  });
}

describe('a month of the thing a figure is compared with or added to', () => {
  it('does not date the figure', () => {
    assert.deepEqual(findingsOf('Boltpost raised the price of a stamp again.\n\nThe 30p increase, or 22 per cent, comes on top of the rise in April.\n', index()), ['22 per cent:figure-verified:stamp-rise-october']);
  });

  it('does not date it after "more than" either', () => {
    assert.deepEqual(findingsOf('Boltpost raised its stamp price by 22 per cent, more than in April.\n', index()), ['22 per cent:figure-verified:stamp-rise-october']);
  });

  it('dates it where the month is the figure\'s own', () => {
    assert.deepEqual(findingsOf('Boltpost raised the price of a stamp again.\n\nThe 30p increase, or 22 per cent, came in April.\n', index()), ['22 per cent:period-mismatch:stamp-rise-october']);
  });
});

// An average a figure is compared with ("well above its decadal average of $121 billion") is of the years it
// averages, not of the year its sentence names (claims.ts AVERAGE_COMPARED_WITH).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'bolt-2025', title: 'Natural catastrophe review', publisher: 'Bolt Re', date: '2025-01-23', url: 'https://example.org/bolt' };

function losses(id: string, value: number, from: number, to: number, measure: string, keywords: string[]) {
  return {
    id, entity: 'world', value, unit: 'USD', vendors: [], qualifier: 'exact', period: { from, to }, measure, keywords,
    quote: `Insured losses: $${value / 1e9} billion.`, via: 'Bolt Re', source: 'bolt-2025',
  };
}

function index() {
  return inlineIndex('losses.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['catastrophe', 'insured losses'] },
    entities: [{ id: 'world', kind: 'region', name: 'World', aliases: ['global', 'worldwide'] }],
    facts: [
      losses('insured-2024', 154e9, 2024, 2024, 'global insured losses from natural catastrophes', ['insured losses', 'total']),
      losses('insured-decadal-average', 121e9, 2014, 2023, 'decadal average of annual global insured losses', ['decadal average', 'average', 'insured losses']),
    ],
  });
}

describe('an average a figure is compared with', () => {
  it('is no wrong year of the average', () => {
    const text = 'Global insured losses keep rising, and 2024\'s total was well above its decadal average of $121 billion.\n';
    assert.deepEqual(findingsOf(text, index()), ['$121 billion:figure-verified:insured-decadal-average']);
  });
});

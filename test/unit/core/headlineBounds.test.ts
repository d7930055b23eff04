// A headline drops a source's bound or hedge for brevity: its bare number is shorthand, not a claim that
// the figure is exact (src/core/verdict.ts, claim.inHeading).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

function index() {
  return inlineIndex('fraud.facts.json', {
    sources: [{ id: 'fraud-2025', title: 'Fraud losses in 2024', publisher: 'A consumer agency', date: '2025-03-10', url: 'https://example.org/fraud' }],
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanians'] }],
    facts: [{
      id: 'losses-2024', entity: 'RU', value: 12.5e9, unit: 'USD', vendors: [], qualifier: 'more-than', period: { from: 2024, to: 2024 },
      measure: 'reported fraud losses in a year', keywords: ['fraud losses', 'lost to fraud'], quote: 'Ruritanians reported losing more than $12.5 billion to fraud in 2024.', via: 'the agency', source: 'fraud-2025',
    }],
  });
}

describe('a bare number in a headline', () => {
  it('is no claim that a bounded source figure is exact', () => {
    assert.deepEqual(findingsOf('# Ruritanians lost $12.5bn to fraud in 2024\n', index()), []);
  });

  it('is still one in the body of the piece, and a wrong number in a headline is still wrong', () => {
    assert.deepEqual(findingsOf('Ruritanians lost exactly $12.5bn to fraud in 2024.\n', index()), ['$12.5bn:qualifier-mismatch:losses-2024']);
    assert.deepEqual(findingsOf('# Ruritanians lost $15.2bn to fraud in 2024\n', index()), ['$15.2bn:figure-mismatch:losses-2024']);
  });
});

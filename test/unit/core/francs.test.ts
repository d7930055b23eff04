// A franc is the money of the place it is written of, as a bare dollar is: Switzerland's, the CFP franc of
// French Polynesia and New Caledonia, the CFA francs of West and Central Africa (src/core/currencies.ts).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

function index() {
  const fact = (id: string, entity: string, value: number, unit: string) => ({
    id, entity, value, unit, vendors: [], qualifier: 'exact', period: { from: 2023, to: 2023 }, measure: 'average export price of vanilla per kilogram',
    keywords: ['export price', 'per kilogram'], quote: 'Vanilla fetched 42,000 francs a kilogram.', via: 'the statistics office', source: 'vanilla-2023',
  });
  return inlineIndex('vanilla.facts.json', {
    sources: [{ id: 'vanilla-2023', title: 'Vanilla exports', publisher: 'A statistics office', date: '2024-03-01', url: 'https://example.org/vanilla' }],
    entities: [
      { id: 'PF', kind: 'country', name: 'French Polynesia', aliases: [], demonyms: [] },
      { id: 'CH', kind: 'country', name: 'Switzerland', aliases: [], demonyms: ['Swiss'] },
    ],
    facts: [fact('pf-price', 'PF', 42000, 'XPF'), fact('ch-price', 'CH', 42000, 'CHF')],
  });
}

describe('francs', () => {
  it('are the CFP franc in French Polynesia and the Swiss franc in Switzerland', () => {
    assert.deepEqual(findingsOf('In 2023 French Polynesia vanilla fetched an average export price of 42,000 francs per kilogram.\n', index()), ['42,000 francs:figure-verified:pf-price']);
    assert.deepEqual(findingsOf('In 2023 Swiss vanilla fetched an average export price of 42,000 francs per kilogram.\n', index()), ['42,000 francs:figure-verified:ch-price']);
  });

  it('named "CFP francs" are the CFP franc wherever they are written', () => {
    assert.deepEqual(findingsOf('In 2023 French Polynesia vanilla fetched an average export price of 24,000 CFP francs per kilogram.\n', index()), ['24,000 CFP francs:figure-mismatch:pf-price']);
  });
});

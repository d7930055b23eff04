// A slip of one fact's digits that is another fact's value to the digit, where nothing else tells the two
// apart, is no slip (verdict.ts exactlyAnEquallyPlacedFact): the entities around the figure say whose it is.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'board-2024', title: 'Wagering taxes by province', publisher: 'The Gaming Board', date: '2024-02-08', url: 'https://example.org/board' };

function taxRate(place: string, value: number) {
  return {
    id: `${place}-tax-rate`, entity: place, value, unit: 'percent', vendors: [], qualifier: 'exact', period: { from: 2023, to: 2023 },
    measure: 'wagering tax rate on operators\' revenue', keywords: ['tax rate', 'rate'],
    quote: `The province taxes operators' revenue at ${value}%.`, via: 'the Gaming Board', source: 'board-2024',
  };
}

function index() {
  return inlineIndex('taxes.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['wagering', 'bets', 'sportsbooks'] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [] },
      { id: 'north', kind: 'region', name: 'Northmark', country: 'RU', aliases: [] },
      { id: 'south', kind: 'region', name: 'Southmark', country: 'RU', aliases: [] },
    ],
    facts: [taxRate('north', 15), taxRate('south', 51)],
  });
}

describe('a value of one place that is a slip of another\'s', () => {
  it('is read as the place named before it, not as a slip of the other', () => {
    const text = 'Ruritania\'s wagering boom went on. Northmark remained one of the largest markets. At the state\'s 15% rate, sportsbooks paid $150 million in taxes.\n';
    assert.deepEqual(findingsOf(text, index()), ['15%:figure-verified:north-tax-rate']);
  });

  it('is still a slip of the fact of the place the sentence names', () => {
    const text = 'Southmark is one of the largest wagering markets in Ruritania. At Southmark\'s 15% rate, sportsbooks paid $150 million.\n';
    assert.deepEqual(findingsOf(text, index()), ['15%:figure-mismatch:south-tax-rate']);
  });
});

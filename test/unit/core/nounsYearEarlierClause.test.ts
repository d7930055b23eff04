// A year that qualifies a noun ("the lowest price of 2022") dates that noun's figure in its clause, not a figure
// of a later clause a comma and "so" join on (periods.ts nounsFigureInAnEarlierClause).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'panel-2023', title: 'Price panel decision', publisher: 'The Harvesters\' Association', date: '2023-04-10', url: 'https://example.org/panel' };

function fact(id: string, value: number, unit: string, year: number, measure: string, keywords: string[]) {
  return {
    id, entity: 'RU', value, unit, vendors: [], qualifier: 'exact', period: { from: year, to: year }, measure, keywords,
    quote: `The figure was ${value}.`, via: 'the price panel', source: 'panel-2023',
  };
}

function index() {
  return inlineIndex('crab.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['crab', 'harvesters'] },
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania', aliases: [] }],
    facts: [
      fact('price-2022-low', 6.15, 'USD', 2022, 'lowest crab price paid to harvesters, in dollars per pound', ['price', 'a pound']),
      { ...fact('price-change-2023', -64, 'percent', 2023, 'change in the crab price paid to harvesters', ['price', 'drop', 'income']), change: true },
    ],
  });
}

describe('a year that qualifies a noun of an earlier clause', () => {
  it('does not date a change in a clause joined on with "so"', () => {
    const text = 'In Ruritania the lowest price of 2022 had been $6.15 a pound, so harvesters faced a 64% drop in income.\n';
    assert.deepEqual(findingsOf(text, index()), ['$6.15:figure-verified:price-2022-low', '64%:figure-verified:price-change-2023']);
  });
});

describe('a starting level named with its noun ("down from a 2022 low of $6.15")', () => {
  it('takes no time from the sentence: it is where the change started', () => {
    const text = 'In Ruritania the opening price for 2023 was fixed at $2.20 a pound, down from a 2022 low of $6.15.\n';
    assert.deepEqual(findingsOf(text, index()).filter((f) => f.startsWith('$6.15')), ['$6.15:figure-verified:price-2022-low']);
  });
});

// A demonym that opens a phrase the vocabulary writes in lower case ("french fries") names a thing, not
// a country (names.ts inAThingsName, factIndex.ts thingPhrases); one the vocabulary writes capitalised
// ("Swedish kronor", "Russian assets") keeps its country.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'trade-2025', title: 'Frozen food trade', publisher: 'Trade Weekly', date: '2025-01-23', url: 'https://example.org/trade' };

function exportsValue(entity: string, value: number) {
  return {
    id: `${entity.toLowerCase()}-exports-value`, entity, value, unit: 'USD', vendors: [], qualifier: 'exact', period: { from: 2024, to: 2024 },
    measure: 'value of frozen dumpling exports', keywords: ['exports', 'exported', 'worth'],
    quote: `Exports were worth $${value / 1e6} million.`, via: 'customs', source: 'trade-2025',
  };
}

function index(topic: string[]) {
  return inlineIndex('dumplings.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['dumplings', ...topic] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] },
      { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: ['Utopian'] },
    ],
    facts: [exportsValue('UT', 1478730000), exportsValue('RU', 900000000)],
  });
}

const TEXT = 'In 2024 Utopia exported 153,877 tonnes of Ruritanian dumplings, worth $1,478.73 million.\n';

describe('a demonym in the name of a thing', () => {
  it('names no country where the vocabulary writes the thing in lower case', () => {
    assert.deepEqual(findingsOf(TEXT, index(['ruritanian dumplings'])), ['$1,478.73 million:figure-verified:ut-exports-value']);
  });

  it('keeps its country where the vocabulary writes it capitalised', () => {
    assert.deepEqual(findingsOf(TEXT, index(['Ruritanian dumplings'])), ['$1,478.73 million:figure-misattributed:ru-exports-value']);
  });
});

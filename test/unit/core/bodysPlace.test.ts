// A place right after a body's possessive says where the body's thing is: "Acme's Scottish farms lost 8.1
// million fish" is Acme's count (src/core/reading/entity.ts, placeOfABodysThing).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'report-2024', title: 'Fish health report', publisher: 'A fish farmer', date: '2024-03-01', url: 'https://example.org/fish' };

function index() {
  return inlineIndex('fish.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['salmon', 'fish farms'] },
    entities: [
      { id: 'GB', kind: 'country', name: 'United Kingdom', aliases: ['UK'], demonyms: ['British'] },
      { id: 'scotland', kind: 'region', name: 'Scotland', country: 'GB', aliases: ['Scottish farms'], demonyms: ['Scottish'] },
      { id: 'acme', kind: 'body', name: 'Acme', country: 'NO', aliases: [], demonyms: [] },
    ],
    facts: [{
      id: 'acme-deaths-2023', entity: 'acme', value: 8100000, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2023, to: 2023 },
      measure: 'fish that died at the company\'s Scottish farms', keywords: ['lost', 'died', 'fish'], quote: 'Acme lost 8.1 million fish in Scotland in 2023.', via: 'the company', source: 'report-2024',
    }],
  });
}

describe('a place after a body\'s possessive', () => {
  it('is where the body\'s thing is: the figure is the body\'s', () => {
    assert.deepEqual(findingsOf("Acme's Scottish farms lost 8.1 million fish in 2023.\n", index()), ['8.1 million:figure-verified:acme-deaths-2023']);
  });

  it('is the subject after a country\'s possessive', () => {
    assert.deepEqual(findingsOf("The UK's Scottish farms lost 8.1 million fish in 2023.\n", index()), []);
  });
});

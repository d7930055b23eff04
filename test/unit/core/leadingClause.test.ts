// A clause of time that opens a sentence names what its main clause is about only where a word of the main
// clause takes its name up: "it", "they", "each" (src/core/reading/entity.ts, CLAUSE_GOES_ON).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

function index() {
  return inlineIndex('prize.facts.json', {
    sources: [{ id: 'prize-2024', title: 'The prize in numbers', publisher: 'A prize foundation', date: '2024-10-01', url: 'https://example.org/prize' }],
    entities: [{ id: 'acme-prize', kind: 'body', name: 'Acme Prize', aliases: ['Acme Prizes'], demonyms: [] }],
    facts: [{
      id: 'amount-1921', entity: 'acme-prize', value: 150_782, unit: 'EUR', vendors: [], qualifier: 'exact', period: { from: 1921, to: 1921 },
      measure: 'prize amount per Acme Prize', keywords: ['prize amount', 'worth'], quote: 'In 1921 each prize was worth €150,782.', via: 'the foundation', source: 'prize-2024',
    }],
  });
}

describe('a name in a clause of time that opens the sentence', () => {
  it('is the subject of a main clause that "each" opens', () => {
    assert.deepEqual(findingsOf('When the first Acme Prizes were handed out in 1921, each was worth €150,872.\n', index()), ['€150,872:figure-mismatch:amount-1921']);
  });

  it('is not the subject of a main clause that names a subject of its own', () => {
    assert.deepEqual(findingsOf('When the first Acme Prizes were handed out in 1921, the winners shared €150,872.\n', index()), []);
  });
});

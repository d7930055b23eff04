// A paragraph that names none of the datasets' subjects goes on with the subject of the paragraph right
// before it (src/core/reading/document.ts, goesOnFrom).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

function index() {
  const fact = (id: string, entity: string, value: number) => ({
    id, entity, value, unit: 'USD', vendors: [], qualifier: 'exact', period: { from: 2017, to: 2017 }, measure: 'spending on research and development',
    keywords: ['research and development', 'R&D'], quote: 'Acme spent $22.6 billion and Bolt $16.6 billion.', via: 'filings', source: 'rd-2018',
  });
  return inlineIndex('rd.facts.json', {
    vocabulary: { topic: ['research and development', 'R&D'] },
    sources: [{ id: 'rd-2018', title: 'R&D spending', publisher: 'A research firm', date: '2018-04-01', url: 'https://example.org/rd' }],
    entities: [{ id: 'acme', kind: 'body', name: 'Acme', aliases: [], demonyms: [] }, { id: 'bolt', kind: 'body', name: 'Bolt', aliases: [], demonyms: [] }],
    facts: [fact('acme-rd', 'acme', 22.6e9), fact('bolt-rd', 'bolt', 16.6e9)],
  });
}

describe('a paragraph after one on the subject', () => {
  it('goes on with that subject', () => {
    assert.deepEqual(findingsOf('In 2017 Acme spent $22.6 billion on research and development.\n\nBolt was second that year with $16.6 billion.\n', index()), ['$22.6 billion:figure-verified:acme-rd', '$16.6 billion:figure-verified:bolt-rd']);
  });

  it('but not after a paragraph on something else', () => {
    assert.deepEqual(findingsOf('In 2017 Acme held its annual meeting in May.\n\nBolt was second that year with $16.6 billion.\n', index()), []);
  });
});

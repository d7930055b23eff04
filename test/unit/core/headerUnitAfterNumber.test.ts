// A letter right after a number in a column header is that number's unit ("Buildings of 150 m or more"), not
// the column's scale (src/core/claims.ts, HEADER_MILLIONS): the cells stay plain counts.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'towers-2025', title: 'Tall buildings by country', publisher: 'A buildings council', date: '2025-01-15', url: 'https://example.org/towers' };

function index() {
  return inlineIndex('towers.facts.json', {
    vocabulary: { topic: ['buildings'] },
    sources: [SOURCE], entities: [{ id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: [] }],
    facts: [{
      id: 'ut-tall', entity: 'UT', value: 120, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2025, to: 2025 },
      measure: 'buildings of 300 metres or taller', keywords: ['buildings', 'over 300'], quote: 'Utopia has 120 buildings of 300 metres or more.', via: 'the council', source: 'towers-2025',
    }],
  });
}

const table = (header: string): string => `| Country | ${header} |\n|---|---|\n| Utopia | 120 |\n`;

describe('a column header with a letter after a number', () => {
  it('reads the letter as that number\'s unit: the cells are plain counts', () => {
    assert.deepEqual(findingsOf(table('Buildings over 300 m'), index()), ['120:figure-verified:ut-tall']);
  });

  it('still reads a letter of its own as the column\'s scale', () => {
    assert.deepEqual(findingsOf(table('Buildings over 300 metres (m)'), index()), ['120:figure-mismatch:ut-tall']);
  });
});

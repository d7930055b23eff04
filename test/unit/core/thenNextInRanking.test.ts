// A name after ", then" past the figure is the next in a ranking ("Arabic follows at 311.9 million, then
// French, which …"): no subject of the figure (reading/entity.ts, FOLLOWED_BY_BEFORE).
import assert from 'node:assert/strict';
import { readClaims } from '../../../src/core/claims';
import { parseProse } from '../../../src/core/prose';
import { inlineIndex } from '../support/engine';

const SOURCE = { id: 'atlas-2025', title: 'Languages of the world', publisher: 'An atlas', date: '2025-02-21', url: 'https://example.org/atlas' };

function speakers(id: string, value: number) {
  return {
    id: `${id}-speakers-2025`, entity: id, value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2025, to: 2025 },
    measure: 'total speakers', keywords: ['speakers'], quote: `${value} speakers.`, via: 'the atlas', source: 'atlas-2025',
  };
}

function index() {
  return inlineIndex('languages.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['languages', 'speakers'] },
    entities: [
      { id: 'utopic', kind: 'region', name: 'Utopic', aliases: [] },
      { id: 'ruritanic', kind: 'region', name: 'Ruritanic', aliases: [] },
    ],
    facts: [speakers('utopic', 334800000), speakers('ruritanic', 311900000)],
  });
}

function entityOf(text: string): string | null | undefined {
  return readClaims(parseProse(text), index()).claims.find((c) => text.slice(c.figure.start, c.figure.end) === '311.9 million')?.entity;
}

describe('a name after ", then" past the figure', () => {
  it('is the next in the ranking, not the figure\'s subject', () => {
    assert.equal(entityOf('Among languages by speakers, Utopic follows at 311.9 million, then Ruritanic, which grows fastest.\n'), 'utopic');
  });

  it('while a name the figure follows in its own clause still is', () => {
    assert.equal(entityOf('Among languages, Utopic follows, and then Ruritanic with 311.9 million speakers.\n'), 'ruritanic');
  });
});

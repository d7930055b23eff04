// A name that says why a figure moved is no subject of a figure beside it: one in an absolute phrase after the
// figure (", with Acme Bricks leading the way"), or one in a cause phrase that a comma closed before it
// ("up 16% thanks to Acme Bricks, followed by puzzles, up 10%"). reading/entity.ts, readSentenceNames.
import assert from 'node:assert/strict';
import { readClaims } from '../../../src/core/claims';
import { parseProse } from '../../../src/core/prose';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'toys-2025', title: 'Toy market results', publisher: 'A market researcher', date: '2025-01-30', url: 'https://example.org/toys' };

function index() {
  return inlineIndex('toys.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['toys', 'toy sales', 'building sets'] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] },
      { id: 'acme', kind: 'body', name: 'Acme', country: 'RU', aliases: [] },
    ],
    facts: [
      {
        id: 'acme-revenue-change-2024', entity: 'acme', value: 13, unit: 'percent', vendors: [], qualifier: 'exact', change: true, period: { from: 2024, to: 2024 },
        measure: 'change in Acme revenue', keywords: ['revenue', 'sales', 'up', 'grew'],
        quote: 'Acme revenue grew 13% in 2024.', via: 'Acme', source: 'toys-2025',
      },
      {
        id: 'ru-building-sets-change-2024', entity: 'RU', value: 16, unit: 'percent', vendors: [], qualifier: 'exact', change: true, period: { from: 2024, to: 2024 },
        measure: 'change in building sets sales', keywords: ['building sets', 'fastest-growing', 'grew'],
        quote: 'Building sets grew 16% in Ruritania in 2024.', via: 'the researcher', source: 'toys-2025',
      },
    ],
  });
}

describe('a name that says why a figure moved', () => {
  it('leading the way after the figure, is not its subject', () => {
    const text = 'Building sets were the exception. They were the fastest-growing Ruritanian category in 2024, with sales up 16%, with Acme Bricks leading the way.\n';
    const claim = readClaims(parseProse(text), index()).claims.find((c) => text.slice(c.figure.start, c.figure.end) === '16%');
    assert.equal(claim?.entity, 'RU');
  });

  it('in a cause phrase closed before the figure, is not its subject', () => {
    const text = 'In 2024 building sets led, up 16% thanks to Acme Bricks, followed by puzzles, up 10%, and dolls, up 2%.\n';
    assert.deepEqual(findingsOf(text, index()).filter((f) => f.startsWith('10%')), []);
  });

  it('while a name its own figure follows still owns it', () => {
    const text = 'In 2024 building sets led, thanks to Acme, whose revenue was up 10%.\n';
    assert.deepEqual(findingsOf(text, index()), ['10%:figure-mismatch:acme-revenue-change-2024']);
  });
});

// Two readings of a sentence that names a thing and then says more of it: a demonym in an appositive after a
// name qualifies a noun about that name, so "It" in the next sentence is the name's (src/core/reading/entity.ts,
// inAppositiveOf); and a time in a second predicate after the figure ("and held the title … from 2004") is
// that predicate's, not the figure's (src/core/periods.ts, SECOND_PREDICATE_AFTER_FIGURE).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';
import { readClaims } from '../../../src/core/claims';
import { parseProse } from '../../../src/core/prose';

const SOURCE = { id: 'towers-2025', title: 'Tall towers in 2025', publisher: 'A buildings council', date: '2025-01-15', url: 'https://example.org/towers' };

function index() {
  return inlineIndex('towers.facts.json', {
    vocabulary: { topic: ['tower', 'towers'] },
    sources: [SOURCE],
    entities: [
      { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: ['Utopian'] },
      { id: 'bolt-tower', kind: 'body', name: 'Bolt Tower', country: 'UT', aliases: [], demonyms: [] },
    ],
    facts: [{
      id: 'bolt-cost', entity: 'bolt-tower', value: 1.76e9, unit: 'USD', vendors: [], qualifier: 'exact', period: { from: 2003, to: 2003 },
      measure: 'construction cost, in dollars', keywords: ['cost', 'construction cost'], quote: 'The tower cost $1.76 billion.', via: 'the council', source: 'towers-2025',
    }],
  });
}

const LEAD = 'Fourth was the Bolt Tower, the Utopian office tower whose design draws on old ideas of fortune.';

describe('a sentence that says more of a thing after its figure', () => {
  it('reads "It" as the name an appositive describes, and leaves a second predicate\'s time to that predicate', () => {
    assert.deepEqual(findingsOf(`${LEAD} It cost $1.67 billion and held the title of tallest tower from 2004 until 2010.\n`, index()), ['$1.67 billion:figure-mismatch:bolt-cost']);
  });

  it('reads "It" as the described name itself, not the country of the demonym', () => {
    const text = `${LEAD} It cost $1.67 billion.\n`;
    const entities = readClaims(parseProse(text), index()).claims.filter((c) => c.figure.unit === 'USD').map((c) => c.entity);
    assert.deepEqual(entities, ['bolt-tower']);
  });

  it('still dates the figure by a time its own predicate gives', () => {
    assert.deepEqual(findingsOf(`${LEAD} It cost $1.76 billion in 2004.\n`, index()), ['$1.76 billion:period-mismatch:bolt-cost']);
  });
});

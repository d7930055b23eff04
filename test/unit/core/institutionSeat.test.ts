// A place right after an institution's name and "in" ("Dalhousie University in Canada") says where the
// institution is: it is no subject for the figures after it (src/core/reading/document.ts, seatOfABody).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'sci-2024', title: 'Shark mortality', publisher: 'A journal', date: '2024-01-11', url: 'https://example.org/sharks' };

function index() {
  return inlineIndex('sharks.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['sharks', 'shark'] },
    entities: [{ id: 'world', kind: 'region', name: 'world', aliases: ['worldwide', 'global'], demonyms: [] }],
    facts: [{
      id: 'sharks-killed-2012', entity: 'world', value: 76000000, unit: 'count', vendors: [], qualifier: 'at-least', period: { from: 2012, to: 2012 },
      measure: 'sharks killed by fishing', keywords: ['sharks', 'killed', 'fishing'],
      quote: 'Fishing killed at least 76 million sharks in 2012.', via: 'the journal', source: 'sci-2024',
    }],
  });
}

const FIGURE = 'Fishing killed at least 67 million sharks in 2012, the team found.\n';

describe('a place after an institution and "in"', () => {
  it('carries no subject to the figures after it', () => {
    assert.deepEqual(findingsOf(`A team led by a biologist of Dalhousie University in Canada published a study.\n\n${FIGURE}`, index()), ['67 million:figure-mismatch:sharks-killed-2012']);
  });

  it('leaves the figure of the world in the same paragraph', () => {
    assert.deepEqual(findingsOf('A team at Dalhousie University in Canada published its work. It put the toll at 67 million sharks in 2012.\n', index()), ['67 million:figure-mismatch:sharks-killed-2012']);
  });

  it('is carried where it is no institution\'s seat', () => {
    assert.deepEqual(findingsOf(`A team led by a biologist in Canada published a study.\n\n${FIGURE}`, index()), []);
  });

  it('carries no subject from where a body has its office', () => {
    const office = 'The bureau, which tracks shark attacks from its office in Canada, published its count.\n\n';
    assert.deepEqual(findingsOf(`${office}${FIGURE}`, index()), ['67 million:figure-mismatch:sharks-killed-2012']);
    assert.deepEqual(findingsOf(`${office.replace('office', 'base')}${FIGURE}`, index()), []);
  });
});

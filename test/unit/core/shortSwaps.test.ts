// Two swapped digits of a two-digit value ("16%" of 61%) are a slip only where words back the link: a word
// of the fact's measure by the figure, or its subject named in its own sentence (src/core/verdict.ts).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

function index() {
  return inlineIndex('reservoirs.facts.json', {
    vocabulary: { topic: ['reservoirs', 'reservoir'], generic: ['reservoirs', 'reservoir'] },
    sources: [{ id: 'res-2025', title: 'Reservoirs', publisher: 'A water agency', date: '2025-03-10', url: 'https://example.org/res' }],
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] }],
    facts: [{
      id: 'fill-2025', entity: 'RU', value: 61, unit: 'percent', vendors: [], qualifier: 'exact', period: { from: 2025, to: 2025 },
      measure: 'reservoir fill level, share of capacity', keywords: ['fill level', 'reservoirs'], quote: 'Reservoirs were 61% full.', via: 'the agency', source: 'res-2025',
    }],
  });
}

describe('two swapped digits of a two-digit value', () => {
  it('are a coincidence with no word of the measure and a subject named only before the sentence', () => {
    assert.deepEqual(findingsOf("Ruritania's reservoirs have filled. In March 2025 they stood at 16%.\n", index()), []);
  });

  it('are a slip where the sentence names the subject', () => {
    assert.deepEqual(findingsOf("In March 2025 Ruritania's reservoirs stood at 16%.\n", index()), ['16%:figure-mismatch:fill-2025']);
  });
});

// A figure whose entity is carried from the paragraph before, and that no fact of that entity explains, may
// be a slip of a fact of another entity around it: two swapped digits of a two-digit value count as one only
// with two words of that fact's measure beside the figure (src/core/verdict.ts, judgedWithTheEntitiesAround).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'who-2024', title: 'Global TB report', publisher: 'A health agency', date: '2024-10-29', url: 'https://example.org/tb' };

function index() {
  return inlineIndex('tb.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['TB', 'tuberculosis'] },
    entities: [
      { id: 'world', kind: 'region', name: 'world', aliases: ['worldwide', 'global'], demonyms: [] },
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] },
    ],
    facts: [
      {
        id: 'ru-share', entity: 'RU', value: 6.3, unit: 'percent', vendors: [], qualifier: 'exact', period: { from: 2023, to: 2023 },
        measure: 'share of global TB cases', keywords: ['share', 'cases'], quote: 'Ruritania had 6.3% of global TB cases.', via: 'the agency', source: 'who-2024',
      },
      {
        id: 'children-share', entity: 'world', value: 12, unit: 'percent', vendors: [], qualifier: 'exact', period: { from: 2023, to: 2023 },
        measure: 'share of people who developed TB who were children and young adolescents', keywords: ['children', 'adolescents', 'young adolescents'],
        quote: 'Children and young adolescents were 12% of those who developed TB.', via: 'the agency', source: 'who-2024',
      },
    ],
  });
}

const LEAD = 'Five countries had most global cases, led by Ruritania with 6.3%.\n\nMen made up 55% of those who fell ill. ';

describe('two swapped digits of a fact of an entity around the figure', () => {
  it('are a slip with two words of its measure beside the figure', () => {
    assert.deepEqual(findingsOf(`${LEAD}Children and young adolescents accounted for 21%.\n`, index()), ['6.3%:figure-verified:ru-share', '21%:figure-mismatch:children-share']);
  });

  it('are a coincidence with one', () => {
    assert.deepEqual(findingsOf(`${LEAD}Children accounted for 21%.\n`, index()), ['6.3%:figure-verified:ru-share']);
  });
});

// A figure that follows a right figure of the same measure of another entity, its own entity named between
// them, is an item of that list (measure.list-mate, src/core/evidence/features.ts): another entity's value
// there is misattributed.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'stats-2024', title: 'Deficits in 2023', publisher: 'A statistics office', date: '2024-04-22', url: 'https://example.org/deficits' };

function deficit(entity: string, value: number) {
  return {
    id: `${entity.toLowerCase()}-deficit-2023`, entity, value, unit: 'percent', vendors: [], qualifier: 'exact', period: { from: 2023, to: 2023 },
    measure: 'government deficit, as a share of GDP', keywords: ['deficit', 'shortfall'],
    quote: `The deficit was ${value}% of GDP in 2023.`, via: 'the office', source: 'stats-2024',
  };
}

function index() {
  return inlineIndex('deficits.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['deficit', 'budget'] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: [] },
      { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: [] },
      { id: 'AR', kind: 'country', name: 'Arcadia', aliases: [], demonyms: [] },
    ],
    facts: [
      deficit('RU', 5.5), deficit('UT', 5.1), deficit('AR', 4.4),
      other('debt', 'government debt, as a share of GDP', 'RU', 61.2), other('debt', 'government debt, as a share of GDP', 'UT', 83.7),
      other('growth', 'economic growth', 'RU', 1.3), other('growth', 'economic growth', 'UT', 0.8),
    ],
  });
}

/** Another measure of the same entities: the figure's words must say which one it states. */
function other(word: string, measure: string, entity: string, value: number) {
  return { ...deficit(entity, value), id: `${entity.toLowerCase()}-${word}-2023`, measure, keywords: [word], quote: `The ${word} was ${value}% in 2023.` };
}

const OPENING = 'The deficits were large. ';

describe('an item of a list of one measure', () => {
  it('is misattributed where it gives another entity\'s value', () => {
    assert.deepEqual(findingsOf(`${OPENING}Ruritania came next with 5.5%, ahead of Utopia on 4.4%.\n`, index()), ['5.5%:figure-verified:ru-deficit-2023', '4.4%:figure-misattributed:ut-deficit-2023']);
  });

  it('says nothing alone, with no word of the measure in its sentence', () => {
    assert.deepEqual(findingsOf(`${OPENING}Utopia came in on 4.4%.\n`, index()), []);
  });

  it('is no item of a list whose first figure states no fact', () => {
    assert.deepEqual(findingsOf(`${OPENING}Ruritania came next with 6.5%, ahead of Utopia on 4.4%.\n`, index()), []);
  });
});

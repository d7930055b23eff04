// A name after "in" is only where something happened, and a subject named before it may own the figure
// (claims.ts, subjectsBeforeScope); a relative clause on that name ("in Utopia, which then accounted for")
// makes the name the subject of the figure it holds.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'stats-2017', title: 'Pig slaughter in 2016', publisher: 'A statistics office', date: '2017-03-01', url: 'https://example.org/pigs' };

function fact(id: string, entity: string, value: number, unit: string, measure: string, keywords: string[]) {
  return { id, entity, value, unit, vendors: [], qualifier: 'exact', period: { from: 2016, to: 2016 }, measure, keywords, quote: `It was ${value} in 2016.`, via: 'the office', source: 'stats-2017' };
}

function index() {
  return inlineIndex('pigs.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['pigs', 'pork'] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: [] },
      { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: [] },
    ],
    facts: [
      fact('ru-slaughter', 'RU', 59400000, 'count', 'pigs slaughtered, head', ['pigs slaughtered', 'slaughtered']),
      fact('ut-slaughter', 'UT', 47700000, 'count', 'pigs slaughtered, head', ['pigs slaughtered', 'slaughtered']),
      fact('ru-share', 'RU', 23, 'percent', 'share of the region\'s pigs slaughtered', ['share', 'total', 'slaughtered']),
      fact('ut-share', 'UT', 19, 'percent', 'share of the region\'s pigs slaughtered', ['share', 'total', 'slaughtered']),
    ],
  });
}

describe('a name after "in" with a relative clause on it', () => {
  it('is the subject of the figure in that clause', () => {
    const text = 'In 2016 the office counted 59.4 million pigs slaughtered in Ruritania and 47.7 million in Utopia, which then accounted for 23% of the total.\n';
    assert.ok(findingsOf(text, index()).includes('23%:figure-misattributed:ut-share'));
  });
});

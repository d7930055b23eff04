// A country's adjective on one thing ("a second Utopian container") says where that thing came from: the
// figure is not the country's, so another place's value there is no misattribution (provenancePlaced).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'customs-2019', title: 'Seizures', publisher: 'A customs office', date: '2019-04-10', url: 'https://example.org/seizures' };

function index() {
  return inlineIndex('seizures.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['pangolin', 'scales'] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] },
      { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: ['Utopian'] },
    ],
    facts: [{
      id: 'ru-haul-2019', entity: 'RU', value: 12.7, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2019, to: 2019 },
      measure: 'pangolin scales seized in one haul, in tonnes', keywords: ['scales', 'tonnes', 'seized', 'haul'],
      quote: 'Ruritanian customs seized 12.7 tonnes of pangolin scales.', via: 'the office', source: 'customs-2019',
    }],
  });
}

describe('a country\'s adjective on one thing', () => {
  it('makes the figure no statement of that country\'s', () => {
    const text = 'Five days later a second Utopian container turned up 12.7 tonnes of scales at the port.\n';
    assert.deepEqual(findingsOf(text, index()).filter((f) => f.includes('misattributed')), []);
  });

  it('leaves a figure of the country itself its own', () => {
    const text = 'Five days later Utopian customs turned up 12.7 tonnes of scales at the port.\n';
    assert.deepEqual(findingsOf(text, index()).filter((f) => f.includes('misattributed')), ['12.7:figure-misattributed:null']);
  });
});

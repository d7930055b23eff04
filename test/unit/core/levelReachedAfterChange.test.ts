// The level a change reached (", to 14.3 million") is of the change's time: "Attendance dipped 2.8% in 2016, to
// 14.3 million" dates both figures 2016 (periods.ts, ownOfEarlierFigure). A starting level's time ("from 3% in
// 2021, to 33% two years later") still dates only the starting level.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'theatre-2017', title: 'Theatre attendance', publisher: 'A trade body', date: '2017-02-20', url: 'https://example.org/theatre' };

function fact(id: string, year: number, value: number, measure: string, change = false) {
  return {
    id, entity: 'utopia-city', value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: year, to: year }, ...(change ? { change: true, unit: 'percent' } : {}),
    measure, keywords: ['attendance', 'audiences'], quote: `Attendance was ${value} in ${year}.`, via: 'the trade body', source: 'theatre-2017',
  };
}

function index() {
  return inlineIndex('theatre.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['theatre', 'attendance'] },
    entities: [{ id: 'utopia-city', kind: 'city', name: 'Utopia City', aliases: [] }],
    facts: [
      fact('uc-attendance-2016', 2016, 14328121, 'theatre attendance'),
      fact('uc-attendance-2015', 2015, 14740000, 'theatre attendance'),
      fact('uc-attendance-change-2016', 2016, -2.8, 'change in theatre attendance', true),
    ],
  });
}

describe('the level a change reached', () => {
  it('is of the change\'s time', () => {
    const text = 'In Utopia City, attendance dipped 2.8% in 2016, to 14.74 million.\n';
    assert.deepEqual(findingsOf(text, index()), ['2.8%:figure-verified:uc-attendance-change-2016', '14.74 million:period-mismatch:uc-attendance-2015']);
  });
});

// A body that counts a place's figures ("the Society counted 10,936 cycles in 2016") speaks of the place: a
// value of the place's series given for another year is a wrong year (verdict.ts, verdictIfLinked).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'society-2018', title: 'Preliminary national data', publisher: 'The Counting Society', date: '2018-06-01', url: 'https://example.org/society' };

function cycles(year: number, value: number) {
  return {
    id: `ru-cycles-${year}`, entity: 'RU', value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: year, to: year },
    measure: 'egg freezing cycles', keywords: ['egg freezing', 'froze their eggs', 'cycles'],
    quote: 'Egg freezing cycles increased to 10,936 in 2017 from 8825 in 2016.', via: 'the Counting Society', source: 'society-2018',
  };
}

function index() {
  return inlineIndex('cycles.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['egg freezing', 'fertility'] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [] },
      { id: 'society', kind: 'body', name: 'Counting Society', country: 'RU', aliases: ['the Society'] },
    ],
    facts: [cycles(2016, 8825), cycles(2017, 10936)],
  });
}

describe('a body that counts a place\'s series', () => {
  it('gives another year\'s value as a wrong year', () => {
    const text = 'In Ruritania the Counting Society counted 10,936 cycles in 2016 in which patients froze their eggs.\n';
    assert.deepEqual(findingsOf(text, index()), ['10,936:period-mismatch:ru-cycles-2017']);
  });

  it('and verifies the year\'s own value', () => {
    const text = 'In Ruritania the Counting Society counted 8,825 cycles in 2016 in which patients froze their eggs.\n';
    assert.deepEqual(findingsOf(text, index()), ['8,825:figure-verified:ru-cycles-2016']);
  });
});

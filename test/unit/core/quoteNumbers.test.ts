// The level a fact's own quote says the value changed from, given to the fact's subject, is the source's
// earlier value: no slip of the fact's (src/core/verdict.ts, anotherNumberOfTheQuote).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'report-2024', title: 'The year in numbers', publisher: 'A statistics office', date: '2024-06-01', url: 'https://example.org/report' };
const ENTITIES = [
  { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] },
  { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: ['Utopian'] },
];

function index(quote: string) {
  return inlineIndex('report.facts.json', { sources: [SOURCE], entities: ENTITIES, facts: [{
    id: 'ru-visitors', entity: 'RU', value: 1083, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2024, to: 2024 },
    measure: 'museum visitors a day', keywords: ['museum visitors', 'visitors a day'], quote, via: 'the office', source: 'report-2024',
  }] });
}

const TEXT = 'Ruritania counted 1,063 museum visitors a day.\n';

describe('another number of the fact\'s quote', () => {
  it('is no slip of the fact\'s value where the quote gives it to the same subject', () => {
    assert.deepEqual(findingsOf(TEXT, index('Ruritania went from 1,063 museum visitors a day to 1,083.')), []);
  });

  it('is still a slip where no such number stands in the quote', () => {
    assert.deepEqual(findingsOf(TEXT, index('Ruritania counted 1,083 museum visitors a day.')), ['1,063:figure-mismatch:ru-visitors']);
  });

  it('is still a slip where the quote gives that number to another party', () => {
    assert.deepEqual(findingsOf(TEXT, index('Utopia went from 1,063 museum visitors a day to 1,083 in Ruritania.')), ['1,063:figure-mismatch:ru-visitors']);
  });

  it('is still a slip where the quote\'s number is another measure, no level the value changed from', () => {
    assert.deepEqual(findingsOf(TEXT, index('Ruritania counted 1,083 museum visitors a day, against a target of 1,063.')), ['1,063:figure-mismatch:ru-visitors']);
  });
});

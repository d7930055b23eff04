// A figure that is one time's value of a series given another time, where that other time has its own value,
// is wrong either way: a right value in the wrong year, or a wrong value of its year. The two readings'
// probabilities add up (src/core/verdict.ts, withTheSeriesOtherWarnings).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'survey-2025', title: 'Cement summary', publisher: 'A geological survey', date: '2025-01-31', url: 'https://example.org/cement' };

function index() {
  const output = (id: string, value: number, year: number) => ({
    id, entity: 'RU', value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: year, to: year },
    measure: 'cement production in a year, in tonnes', keywords: ['cement', 'production', 'produced', 'tonnes'],
    quote: `Ruritania produced ${value / 1e6} million tonnes in ${year}.`, via: 'the survey', source: 'survey-2025',
  });
  return inlineIndex('cement.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['cement'] },
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] }],
    facts: [output('ru-2023', 30000000, 2023), output('ru-2024', 22000000, 2024)],
  });
}

describe('one time\'s value of a series given another time that has its own', () => {
  it('is warned of as the right value in the wrong year', () => {
    assert.deepEqual(findingsOf('Ruritania produced 30 million tonnes of cement in 2024.\n', index()), ['30 million:period-mismatch:ru-2023']);
  });

  it('is verified in its own year', () => {
    assert.deepEqual(findingsOf('Ruritania produced 30 million tonnes of cement in 2023.\n', index()), ['30 million:figure-verified:ru-2023']);
  });
});

describe('a time after a present participle\'s aside', () => {
  it('dates the figure before the aside', () => {
    assert.deepEqual(findingsOf("The latest figure, for 2024, put Ruritania's cement output at 22 million tonnes, and output peaked at 30 million tonnes, counting clinker, in 2023.\n", index()).filter((f) => f.startsWith('30')), ['30 million:figure-verified:ru-2023']);
  });
});

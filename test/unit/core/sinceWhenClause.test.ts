// A clause that ", when" opens after "since 2011" is of 2011, where the stretch started, not of the stretch to
// the present (reading/period.ts, period/when-clause).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'census-2022', title: 'Census results', publisher: 'A statistics agency', date: '2022-12-06', url: 'https://example.org/census' };

function speakers(year: number, value: number) {
  return {
    id: `ru-speakers-${year}`, entity: 'RU', value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: year, to: year },
    measure: 'people who can speak the old language', keywords: ['speak the old language', 'speakers'],
    quote: `${value} people could speak the old language in ${year}.`, via: 'the census', source: 'census-2022',
  };
}

function index() {
  return inlineIndex('census.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['census', 'speakers'] },
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania', aliases: [] }],
    facts: [speakers(2011, 562000), speakers(2021, 538300)],
  });
}

describe('a when-clause after "since" a year', () => {
  it('is of that year', () => {
    assert.deepEqual(findingsOf('Ruritania\'s speakers have dwindled since 2011, when 562,000 people could speak the old language.\n', index()), ['562,000:figure-verified:ru-speakers-2011']);
  });

  it('so another year\'s value there is a wrong year', () => {
    assert.deepEqual(findingsOf('Ruritania\'s speakers have dwindled since 2011, when 538,300 people could speak the old language.\n', index()), ['538,300:period-mismatch:ru-speakers-2021']);
  });
});

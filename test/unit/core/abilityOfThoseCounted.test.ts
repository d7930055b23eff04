// "could" or "can" about the ability of the people a figure counts ("people who could speak Welsh", "said they
// can swim") makes no hypothetical figure; the same modal elsewhere still does (claims.ts, speaksOfWhatMayBe).
import assert from 'node:assert/strict';
import { readClaims } from '../../../src/core/claims';
import { parseProse } from '../../../src/core/prose';
import { inlineIndex } from '../support/engine';

const SOURCE = { id: 'census-2022', title: 'Census results', publisher: 'A statistics agency', date: '2022-12-06', url: 'https://example.org/census' };

function index() {
  return inlineIndex('census.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['census', 'speakers'] },
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania', aliases: [] }],
    facts: [{
      id: 'ru-speakers-2021', entity: 'RU', value: 538300, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2021, to: 2021 },
      measure: 'people who can speak the old language', keywords: ['speak the old language', 'speakers'],
      quote: '538,300 people could speak the old language in 2021.', via: 'the census', source: 'census-2022',
    }],
  });
}

function hypothetical(text: string): boolean | undefined {
  return readClaims(parseProse(text), index()).claims.find((c) => text.slice(c.figure.start, c.figure.end) === '538,300')?.hypothetical;
}

describe('a modal of ability about those counted', () => {
  it('makes no hypothetical figure', () => {
    assert.equal(hypothetical('In Ruritania the 2021 census counted 538,300 people who could speak the old language.\n'), false);
  });

  it('while a modal of what may be still does', () => {
    assert.equal(hypothetical('In Ruritania the number of speakers could reach 538,300 by 2030.\n'), true);
  });
});

// A demonym used as a language's name ("some ability in Utopian was reported") names no country
// (names.ts, spokenLanguage); and "a decade earlier" counts back from the time the text is about, not from the
// year of a level a change started from ("up from 10.7% in 2011"; reading/period.ts, period/years-earlier).
import assert from 'node:assert/strict';
import { readClaims } from '../../../src/core/claims';
import { parseProse } from '../../../src/core/prose';
import { findingsOf, inlineIndex } from '../support/engine';

function entityOf(text: string, figure: string): string | null | undefined {
  return readClaims(parseProse(text), index()).claims.find((c) => text.slice(c.figure.start, c.figure.end) === figure)?.entity;
}

const SOURCE = { id: 'census-2022', title: 'Census results: languages', publisher: 'A statistics agency', date: '2022-09-22', url: 'https://example.org/census' };

function share(language: string, year: number, value: number) {
  return {
    id: `up-${language.toLowerCase()}-${year}`, entity: 'upper-province', value, unit: 'percent', vendors: [], qualifier: 'exact', period: { from: year, to: year },
    measure: `share of people aged 3 and over with some ability in ${language}`, keywords: [language, `ability in ${language}`, 'some ability'],
    quote: `In ${year}, ${value}% had some ability in ${language}.`, via: 'the census', source: 'census-2022',
  };
}

function index() {
  return inlineIndex('languages.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['language', 'census', 'speakers'] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] },
      { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: ['Utopian'] },
      { id: 'upper-province', kind: 'region', name: 'Upper Province', country: 'RU', aliases: [] },
    ],
    facts: [share('Utopian', 2021, 12.4), share('Utopian', 2011, 10.7), share('Utopic', 2021, 10.4), share('Utopic', 2011, 8.1)],
  });
}

describe('a demonym that names a language', () => {
  it('is no country\'s name', () => {
    const text = 'The Upper Province held its census in 2021. Some ability in Utopian was reported by 12.4% of people over the age of three.\n';
    assert.deepEqual(findingsOf(text, index()), ['12.4%:figure-verified:up-utopian-2021']);
  });

  it('while before a noun it still names the country', () => {
    const text = 'The Upper Province held its census in 2021. Some ability in Utopian schools was reported by 12.4% of pupils.\n';
    assert.equal(entityOf(text, '12.4%'), 'UT');
    assert.notEqual(entityOf(text.replace('Utopian schools', 'Utopian'), '12.4%'), 'UT');
  });
});

describe('"a decade earlier" after a level a change started from', () => {
  it('counts back from the time the text is about', () => {
    const text = 'The Upper Province\'s 2021 census showed both languages gaining. Some ability in Utopian was reported by 12.4%, up from 10.7% in 2011, while 10.4% had some ability in Utopic, compared with 8.1% a decade earlier.\n';
    assert.deepEqual(findingsOf(text, index()), ['12.4%:figure-verified:up-utopian-2021', '10.7%:figure-verified:up-utopian-2011', '10.4%:figure-verified:up-utopic-2021', '8.1%:figure-verified:up-utopic-2011']);
  });
});

describe('"six years earlier" after a starting level written with thousands', () => {
  function counts() {
    const fact = (id: string, year: number, value: number, measure: string) => ({
      id, entity: 'RU', value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: year, to: year },
      measure, keywords: measure === 'daily speakers' ? ['every day', 'daily'] : ['never'], quote: `${value} in ${year}.`, via: 'the census', source: 'census-2022',
    });
    return inlineIndex('counts.facts.json', {
      sources: [SOURCE], vocabulary: { topic: ['language', 'census', 'speakers'] },
      entities: [{ id: 'RU', kind: 'country', name: 'Ruritania', aliases: [] }],
      facts: [fact('daily-2022', 2022, 71968, 'daily speakers'), fact('daily-2016', 2016, 73803, 'daily speakers'), fact('never-2022', 2022, 473000, 'speakers who never speak it'), fact('never-2016', 2016, 418420, 'speakers who never speak it')],
    });
  }

  it('counts back from the time the text is about', () => {
    const text = 'In Ruritania\'s 2022 census, 71,968 people spoke the old language every day, down from 73,803 in 2016. At the other end, 473,000 said they never do, compared with 418,420 six years earlier.\n';
    assert.deepEqual(findingsOf(text, counts()).filter((f) => f.startsWith('418,420')), ['418,420:figure-verified:never-2016']);
  });
});

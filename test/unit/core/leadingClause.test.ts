// Names that are not the figure's subject, and one that is: a clause of time that opens a sentence names the
// main clause's subject only where "it", "they" or "each" takes its name up (CLAUSE_GOES_ON); a person whose first
// name is a country's, in a clause of time after the figure, is that clause's subject (SURNAME_FIRST); a country
// before a company word and the company's name says where the company is from (originOfAParty).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

function index() {
  return inlineIndex('prize.facts.json', {
    sources: [{ id: 'prize-2024', title: 'The prize in numbers', publisher: 'A prize foundation', date: '2024-10-01', url: 'https://example.org/prize' }],
    entities: [{ id: 'acme-prize', kind: 'body', name: 'Acme Prize', aliases: ['Acme Prizes'], demonyms: [] }],
    facts: [{
      id: 'amount-1921', entity: 'acme-prize', value: 150_782, unit: 'EUR', vendors: [], qualifier: 'exact', period: { from: 1921, to: 1921 },
      measure: 'prize amount per Acme Prize', keywords: ['prize amount', 'worth'], quote: 'In 1921 each prize was worth €150,782.', via: 'the foundation', source: 'prize-2024',
    }],
  });
}

describe('a name in a clause of time that opens the sentence', () => {
  it('is the subject of a main clause that "each" opens', () => {
    assert.deepEqual(findingsOf('When the first Acme Prizes were handed out in 1921, each was worth €150,872.\n', index()), ['€150,872:figure-mismatch:amount-1921']);
  });

  it('is not the subject of a main clause that names a subject of its own', () => {
    assert.deepEqual(findingsOf('When the first Acme Prizes were handed out in 1921, the winners shared €150,872.\n', index()), []);
  });
});

describe('a person whose first name is a country\'s, in a clause of time after the figure', () => {
  function fund() {
    return inlineIndex('fund.facts.json', {
      sources: [{ id: 'fund-2014', title: 'The prize fund', publisher: 'A prize foundation', date: '2014-04-01', url: 'https://example.org/fund' }],
      entities: [{ id: 'acme-prize', kind: 'body', name: 'Acme Prize', aliases: [], demonyms: [] }],
      facts: [{
        id: 'fund-2014', entity: 'acme-prize', value: 9e6, unit: 'USD', vendors: [], qualifier: 'exact', period: { from: 2014, to: 2014 },
        measure: 'prize fund of the tournament', keywords: ['prize fund', 'purse'], quote: 'The prize fund was $9 million.', via: 'the foundation', source: 'fund-2014',
      }],
    });
  }

  it('is no subject of the figure: "…, and when Jordan Smith won in 2015 …"', () => {
    assert.deepEqual(findingsOf('The Acme Prize has grown. In 2014 the prize fund stood at $9 million, and when Jordan Smith won in 2015 he earned $1.8 million.\n', fund()), ['$9 million:figure-verified:fund-2014']);
  });
});

describe('a country before a company word and the company\'s name', () => {
  function vanilla() {
    const fact = (id: string, entity: string, value: number, unit: string, measure: string, keywords: string[]) => ({
      id, entity, value, unit, vendors: [], qualifier: 'exact', period: { from: 2017, to: 2017 }, measure, keywords,
      quote: 'Vanilla sold for $475 a kilogram; the US imported 2,100 tonnes.', via: 'the paper', source: 'van-2017',
    });
    return inlineIndex('vanilla.facts.json', {
      sources: [{ id: 'van-2017', title: 'Vanilla', publisher: 'A trade paper', date: '2017-08-01', url: 'https://example.org/van' }],
      entities: [{ id: 'MG', kind: 'country', name: 'Madagascar', aliases: [], demonyms: [] }, { id: 'US', kind: 'country', name: 'United States', aliases: ['US'], demonyms: [] }],
      facts: [
        fact('mg-price', 'MG', 475, 'USD', 'vanilla export price per kilogram', ['vanilla price', 'prices', 'a kilogram']),
        fact('us-imports', 'US', 2100, 'count', 'vanilla imports, in tonnes', ['vanilla imports', 'imports']),
      ],
    });
  }

  it('says where the company is from, not whose the figure is: "the US extract maker Acme-Bolt paid …"', () => {
    assert.deepEqual(findingsOf('In 2017 the US extract maker Acme-Bolt paid vanilla prices of $475 a kilogram.\n', vanilla()), []);
  });

  it('unlike the country as the subject', () => {
    assert.deepEqual(findingsOf('In 2017 US vanilla prices reached $475 a kilogram.\n', vanilla()).map((f) => f.split(':')[1]), ['figure-misattributed']);
  });
});

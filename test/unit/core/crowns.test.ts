// "Crowns" are Sweden's, Norway's, Denmark's, Iceland's or the Czech Republic's money: a body's own sums settle
// which (src/core/currencies.ts writtenWith, FactIndex.currencyWrittenWith).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

function index() {
  const fact = (id: string, entity: string, value: number, unit: string) => ({
    id, entity, value, unit, vendors: [], qualifier: 'exact', period: { from: 2023, to: 2023 }, measure: 'prize money per prize',
    keywords: ['prize money', 'prize'], quote: 'Each prize is worth 11 million kronor, about $1 million.', via: 'the foundation', source: 'prize-2023',
  });
  return inlineIndex('prize.facts.json', {
    sources: [{ id: 'prize-2023', title: 'Prize money raised', publisher: 'A prize foundation', date: '2023-09-15', url: 'https://example.org/prize' }],
    entities: [
      { id: 'acme-prize', kind: 'body', name: 'Acme Prize', aliases: [], demonyms: [] },
      { id: 'bolt-prize', kind: 'body', name: 'Bolt Prize', aliases: [], demonyms: [] },
    ],
    facts: [fact('acme-sek', 'acme-prize', 11e6, 'SEK'), fact('acme-usd', 'acme-prize', 1e6, 'USD'), fact('bolt-usd', 'bolt-prize', 11e6, 'USD')],
  });
}

describe('crowns', () => {
  it("are the body's own crowns, beside its other money", () => {
    assert.deepEqual(findingsOf('In 2023 the Acme Prize money per prize was 11 million crowns.\n', index()), ['11 million crowns:figure-verified:acme-sek']);
  });

  it('are no dollars, nor a count, where the body has no crowns', () => {
    assert.deepEqual(findingsOf('In 2023 the Bolt Prize money per prize was 11 million crowns.\n', index()), []);
  });
});

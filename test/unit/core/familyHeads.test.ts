// Bodies of one family share their last word ("Tokyo Marathon", "Chicago Marathon"), and writers who compare
// them name each by its own word ("Chicago had 52,150 finishers").
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';
import { NameMatcher } from '../../../src/core/names';
import type { Entity } from '../../../src/dataset/schema';

const SOURCE = { id: 'races-2024', title: 'Races in 2024', publisher: 'A running federation', date: '2025-02-01', url: 'https://example.org/races' };
const ENTITIES = [
  { id: 'bolt-race', kind: 'body', name: 'Boltburg Marathon', aliases: [], demonyms: [] },
  { id: 'acme-race', kind: 'body', name: 'Acmeville Marathon', aliases: [], demonyms: [] },
  { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: [] },
];

function index() {
  const fact = (id: string, entity: string, value: number, year: number, quote: string) => ({
    id, entity, value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: year, to: year }, measure: 'runners who finished the race',
    keywords: ['finishers', 'finished'], quote, via: 'the federation', source: 'races-2024',
  });
  return inlineIndex('races.facts.json', { sources: [SOURCE], entities: ENTITIES, facts: [
    fact('bolt-2023', 'bolt-race', 48_460, 2023, 'The race had 48,460 finishers in 2023.'),
    fact('bolt-2024', 'bolt-race', 52_150, 2024, 'The race had 52,150 finishers in 2024.'),
    fact('acme-2024', 'acme-race', 36_710, 2024, 'The race had 36,710 finishers in 2024.'),
  ] });
}

function entity(id: string, name: string, kind: Entity['kind'] = 'body'): Entity {
  return { id, kind, name, aliases: [], demonyms: [] } as Entity;
}

function namesIn(text: string, entities: Entity[]): string[] {
  return new NameMatcher(entities, []).scan(text, false).map((h) => `${text.slice(h.start, h.end)}:${h.id}`);
}

describe("a family's distinguishing word", () => {
  it('names its body where the family shares the last word', () => {
    assert.deepEqual(findingsOf('Boltburg had 52,150 finishers in 2024.\n', index()), ['52,150:figure-verified:bolt-2024']);
    assert.deepEqual(findingsOf('Boltburg had 25,150 finishers in 2024.\n', index()), ['25,150:figure-mismatch:bolt-2024']);
  });

  it('is no name of a body without a family, nor an article or a word read as an adjective', () => {
    const entities = [entity('open', 'The Open'), entity('us-open', 'Ruritanian Open'), entity('dem', 'Democratic Party'), entity('rep', 'Republican Party'), entity('solo', 'Boltburg Zoo')];
    assert.deepEqual(namesIn('The total rose. Any Democratic candidate, any Republican donor. Boltburg grew.', entities), []);
  });

  it('keeps the meaning of a name the catalogue already has, and is dropped where two bodies share it', () => {
    const entities = [entity('boltburg', 'Boltburg', 'city'), entity('bolt-race', 'Boltburg Marathon'), entity('acme-race', 'Acmeville Marathon'), entity('acme-zoo', 'Acmeville Zoo'), entity('bolt-zoo', 'Nordia Zoo')];
    assert.deepEqual(namesIn('Boltburg and Acmeville both grew.', entities), ['Boltburg:boltburg']);
  });
});

describe('a period that opens the next figure\'s parallel clause', () => {
  it('dates that figure, not the one before the conjunction', () => {
    assert.deepEqual(findingsOf('The Boltburg Marathon in 2023 had 48,460 finishers and in 2024 52,150.\n', index()), ['48,460:figure-verified:bolt-2023', '52,150:figure-verified:bolt-2024']);
    assert.deepEqual(findingsOf("The Boltburg Marathon's 2023 race had 48,460 finishers and the 2024 race 52,150.\n", index()), ['48,460:figure-verified:bolt-2023', '52,150:figure-verified:bolt-2024']);
  });

  it('still dates the figure before it when no figure follows', () => {
    assert.deepEqual(findingsOf('The Boltburg Marathon had 52,150 finishers and in 2024 set a record.\n', index()), ['52,150:figure-verified:bolt-2024']);
  });
});

// A sentence that names only a party (a vendor), in datasets with no world, is of the one entity all the
// party's facts are filed under (claims.ts partyHome, entity/party-home).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'acme-2025', title: 'Acme results 2024', publisher: 'Acme Motors', date: '2025-02-04', url: 'https://example.org/acme' };

function shipments(id: string, entity: string, vendor: string, value: number) {
  return {
    id, entity, value, unit: 'count', vendors: [vendor], qualifier: 'exact', period: { from: 2024, to: 2024 },
    measure: 'motorcycle shipments', keywords: ['shipments', 'shipped', 'motorcycles shipped'],
    quote: `${value} motorcycles were shipped in 2024.`, via: 'the maker', source: 'acme-2025',
  };
}

function index(bravoEntity: string) {
  return inlineIndex('makers.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['motorcycles', 'shipments'] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [] },
      { id: 'GD', kind: 'country', name: 'Grand Fenwick', aliases: [] },
    ],
    vendors: [{ id: 'acme', name: 'Acme Motors', aliases: ['Acme'] }, { id: 'bravo', name: 'Bravo Bikes', aliases: ['Bravo'] }],
    facts: [shipments('acme-2024', 'RU', 'acme', 148862), shipments('bravo-ru-2024', 'RU', 'bravo', 52000), shipments('bravo-other-2024', bravoEntity, 'bravo', 61000)],
  });
}

describe('a party whose facts are filed under one entity', () => {
  it('makes a sentence that names only the party that entity\'s', () => {
    const text = 'Acme Motors shipped 148,682 motorcycles worldwide in 2024, its worst year in a decade.\n';
    assert.deepEqual(findingsOf(text, index('GD')), ['148,682:figure-mismatch:acme-2024']);
  });

  it('gives way to a place no dataset covers', () => {
    const text = 'Acme Motors shipped 148,862 motorcycles in Slovakia in 2024, its worst year in a decade.\n';
    assert.deepEqual(findingsOf(text, index('GD')), []);
  });

  it('reads no entity for a party filed under several', () => {
    const text = 'Bravo Bikes shipped 52,300 motorcycles worldwide in 2024, its worst year in a decade.\n';
    assert.deepEqual(findingsOf(text, index('GD')), []);
  });
});

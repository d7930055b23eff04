// A maker named in a clause of its own after the figure (", after Bolt launched a new model") is no party of
// the figure: the clause says when or why (reading/parties.ts, parties/later-in-stretch).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'bikes-2024', title: 'Motorcycle sales', publisher: 'A trade body', date: '2024-06-18', url: 'https://example.org/bikes' };

function share(vendor: string, value: number) {
  return {
    id: `ru-${vendor}-share-2024`, entity: 'RU', value, unit: 'percent', vendors: [vendor], qualifier: 'exact', period: { from: '2024-01', to: '2024-03', text: 'Q1 2024' },
    measure: 'share of motorcycle sales', keywords: ['share', 'market share'],
    quote: `The maker's share of Ruritania's motorcycle sales was ${value}% in the first quarter of 2024.`, via: 'the trade body', source: 'bikes-2024',
  };
}

function index() {
  return inlineIndex('bikes.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['motorcycles', 'scooters'] },
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] }],
    vendors: [{ id: 'acme', name: 'Acme' }, { id: 'bolt', name: 'Bolt' }],
    facts: [share('acme', 76.3), share('bolt', 20.9)],
  });
}

describe('a maker named in a subordinate clause after the figure', () => {
  it('is not the figure\'s party', () => {
    const text = 'In the first quarter of 2024 Acme\'s Ruritanian sales fell, and its share dipped to 76.3%, after Bolt launched a new scooter.\n';
    assert.deepEqual(findingsOf(text, index()), ['76.3%:figure-verified:ru-acme-share-2024']);
  });

  it('while the maker named before the figure still is', () => {
    const text = 'In the first quarter of 2024 Bolt\'s share of Ruritanian sales reached 76.3%, after Acme recalled a scooter.\n';
    assert.deepEqual(findingsOf(text, index()), ['76.3%:figure-misattributed:ru-bolt-share-2024']);
  });
});

// A body that publishes figures, whose verb of reporting takes the figure ("Bolt Re reported $154 billion"),
// gives its own published figure: it is read as the figure's entity, not dropped as a mere source
// (reading/entity.ts reportingBodies).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCES = [
  { id: 'acme-2025', title: 'Catastrophe report 2025', publisher: 'Acme Re', date: '2025-01-22', url: 'https://example.org/acme' },
  { id: 'bolt-2025', title: 'Natural catastrophe review', publisher: 'Bolt Re', date: '2025-01-23', url: 'https://example.org/bolt' },
];

function insured(id: string, value: number, via: string, source: string) {
  return {
    id, entity: 'world', value, unit: 'USD', vendors: [], qualifier: 'exact', period: { from: 2024, to: 2024 },
    measure: `global insured losses from natural catastrophes (${via})`, keywords: ['insured losses', 'insured'],
    quote: `Insured losses reached $${value / 1e9} billion in 2024.`, via, source,
  };
}

function index() {
  return inlineIndex('losses.facts.json', {
    sources: SOURCES, vocabulary: { topic: ['catastrophe', 'insured losses'] },
    entities: [
      { id: 'world', kind: 'region', name: 'World', aliases: ['global', 'worldwide'] },
      { id: 'acme', kind: 'body', name: 'Acme Re', country: 'RU', aliases: [] },
      { id: 'bolt', kind: 'body', name: 'Bolt Re', country: 'GD', aliases: [] },
    ],
    facts: [insured('acme-insured-2024', 145e9, 'Acme Re', 'acme-2025'), insured('bolt-insured-2024', 154e9, 'Bolt Re', 'bolt-2025')],
  });
}

describe('a publisher whose reporting verb takes the figure', () => {
  it('is the figure\'s entity, not the body named in the sentence before', () => {
    const text = 'The brokers came in higher. Acme Re counted $145 billion of insured losses in 2024. Bolt Re reported $154 billion of insured losses.\n';
    assert.deepEqual(findingsOf(text, index()).filter((f) => f.startsWith('$154')), ['$154 billion:figure-verified:bolt-insured-2024']);
  });

  it('as is one that puts what it measured at the figure', () => {
    const text = 'The brokers came in higher. Acme Re counted $145 billion of insured losses in 2024. In January, Bolt Re put insured losses from natural disasters that year at $154 billion.\n';
    assert.deepEqual(findingsOf(text, index()).filter((f) => f.startsWith('$154')), ['$154 billion:figure-verified:bolt-insured-2024']);
  });

  it('and a wrong value of its own is a wrong value of its figure', () => {
    const text = 'Bolt Re reported $145 billion of insured losses.\n';
    assert.deepEqual(findingsOf(text, index()), ['$145 billion:figure-mismatch:bolt-insured-2024']);
  });
});

// A season written over two years ("2024/25") and a fact of the calendar year it starts in (the 2024
// harvest) share that year: the figure is no wrong year of the fact (features.ts, periodFeature).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'grain-2024', title: 'Grain balances', publisher: 'A ministry', date: '2024-11-20', url: 'https://example.org/grain' };

function index() {
  return inlineIndex('grain.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['wheat', 'grain'] },
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] }],
    facts: [
      {
        id: 'ru-wheat-2024', entity: 'RU', value: 81500000, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2024, to: 2024 },
        measure: 'wheat production, in tonnes', keywords: ['wheat crop', 'harvest', 'production'],
        quote: 'Ruritania harvested 81.5 million tonnes of wheat in 2024.', via: 'the ministry', source: 'grain-2024',
      },
      {
        id: 'ru-exports-2024-25', entity: 'RU', value: 45900000, unit: 'count', vendors: [], qualifier: 'exact', period: { from: '2024-07', to: '2025-06', text: '2024/25' },
        measure: 'wheat exports, in tonnes', keywords: ['exports'],
        quote: 'Exports of 45.9 million tonnes are forecast for 2024/25.', via: 'the ministry', source: 'grain-2024',
      },
    ],
  });
}

describe('a season and the calendar year it starts in', () => {
  it('are no wrong year of each other', () => {
    assert.deepEqual(findingsOf('In 2024/25 Ruritania\'s wheat harvest came to 81.5 million tonnes.\n', index()), ['81.5 million:figure-verified:ru-wheat-2024']);
  });

  it('while the season before is another year', () => {
    assert.deepEqual(findingsOf('In 2023/24 Ruritania\'s wheat harvest came to 81.5 million tonnes.\n', index()), ['81.5 million:period-mismatch:ru-wheat-2024']);
  });
});

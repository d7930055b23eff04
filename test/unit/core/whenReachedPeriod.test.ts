// A participle that says when a figure was reached (", set in 2019") dates it even where an apposition follows
// (", set in 2019, the last full year before the pandemic"); periods.ts, bindPeriod.
import assert from 'node:assert/strict';
import { readClaims } from '../../../src/core/claims';
import { parseProse } from '../../../src/core/prose';
import { inlineIndex } from '../support/engine';

const SOURCE = { id: 'league-2025', title: 'Season figures', publisher: 'A league', date: '2025-05-27', url: 'https://example.org/league' };

function index() {
  return inlineIndex('league.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['theatre', 'grosses'] },
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania', aliases: [] }],
    facts: [{
      id: 'ru-gross-2019', entity: 'RU', value: 1830000000, unit: 'USD', vendors: [], qualifier: 'exact', period: { from: 2019, to: 2019 },
      measure: 'theatre grosses in a year', keywords: ['gross', 'grosses', 'box office'],
      quote: 'Ruritania\'s theatres grossed $1.83 billion in 2019.', via: 'the league', source: 'league-2025',
    }],
  });
}

function periodOf(text: string): { from: number; to: number } | null | undefined {
  return readClaims(parseProse(text), index()).claims.find((c) => text.slice(c.figure.start, c.figure.end) === '$1.83 billion')?.period;
}

describe('a participle that says when a figure was reached', () => {
  it('dates it before an apposition', () => {
    assert.deepEqual(periodOf('Ruritania\'s theatres beat the previous record of $1.83 billion, set in 2019, the last full year before the pandemic.\n'), { from: 2019 * 12, to: 2019 * 12 + 11 });
  });

  it('and at the end of the sentence', () => {
    assert.deepEqual(periodOf('Ruritania\'s theatres beat the previous record of $1.83 billion, set in 2019.\n'), { from: 2019 * 12, to: 2019 * 12 + 11 });
  });
});

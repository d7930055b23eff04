// "The country's" with no name in its sentence stands for the one country the text right before names
// (src/core/reading/entity.ts, onlyOneOfTheKindBefore): the figure is that country's, not a lake's or a dam's.
import assert from 'node:assert/strict';
import { readClaims } from '../../../src/core/claims';
import { parseProse } from '../../../src/core/prose';
import { inlineIndex } from '../support/engine';

const SOURCE = { id: 'power-2024', title: 'Power cuts', publisher: 'A paper', date: '2024-08-17', url: 'https://example.org/power' };

function index() {
  return inlineIndex('power.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['electricity', 'power'] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] },
      { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: ['Utopian'] },
      { id: 'bolt-dam', kind: 'body', name: 'Bolt Dam', aliases: ['Lake Bolt'], demonyms: [] },
    ],
    facts: [{
      id: 'ru-capacity-2024', entity: 'RU', value: 3777, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2024, to: 2024 },
      measure: 'installed generating capacity, in megawatts', keywords: ['installed capacity', 'megawatts'],
      quote: 'Ruritania has an installed capacity of 3,777 megawatts.', via: 'the ministry', source: 'power-2024',
    }],
  });
}

function claimOf(text: string, figure: string) {
  return readClaims(parseProse(text), index()).claims.find((c) => text.slice(c.figure.start, c.figure.end) === figure);
}

function entityOf(text: string, figure: string): string | null {
  return claimOf(text, figure)?.entity ?? null;
}

const BEFORE = 'Ruritanian homes will lose power for hours, after the drought left Lake Bolt nearly empty.\n\n';

describe('"the country" with no name in its sentence', () => {
  it('stands for the one country named right before', () => {
    const claim = claimOf(`${BEFORE}The minister said the country's installed capacity was 3,677 megawatts.\n`, '3,677');
    assert.equal(claim?.entity, 'RU');
    assert.equal(claim?.rules.entity, 'entity/kind-word');
    assert.equal(entityOf(`${BEFORE}In 2024 the country had an installed capacity of 3,677 megawatts.\n`, '3,677'), 'RU');
  });

  it('stands for none of two countries named before', () => {
    const two = 'Ruritanian and Utopian homes will lose power, after the drought left Lake Bolt nearly empty.\n\n';
    assert.notEqual(entityOf(`${two}The minister said the country's installed capacity was 3,677 megawatts.\n`, '3,677'), 'RU');
  });

  it('says only where, after a preposition', () => {
    const claim = claimOf(`${BEFORE}A group that gathers data from across the country put installed capacity at 3,677 megawatts.\n`, '3,677');
    assert.ok(claim);
    assert.notEqual(claim.rules.entity, 'entity/kind-word');
  });
});

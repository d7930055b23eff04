// A name in a clause of time that ", before" or ", until" joins to its sentence ("…, before a Ruritania boom
// pushed the numbers back up") is no subject the sentence carries to the table or paragraph after it.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'ports-2024', title: 'Port calls in 2024', publisher: 'A shipping bureau', date: '2025-01-15', url: 'https://example.org/ports' };
const ENTITIES = [
  { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: [] },
  { id: 'world', kind: 'region', name: 'the world', aliases: ['world', 'global'], demonyms: [] },
];

function index() {
  const fact = (id: string, entity: string, value: number) => ({
    id, entity, value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2024, to: 2024 }, measure: 'ship calls',
    keywords: ['ship calls', 'calls'], quote: `It handled ${value} ship calls in 2024.`, via: 'the bureau', source: 'ports-2024',
  });
  return inlineIndex('ports.facts.json', { sources: [SOURCE], entities: ENTITIES, facts: [fact('ru-calls', 'RU', 41), fact('world-calls', 'world', 900)] });
}

const TABLE = '\n\n| Year | Ship calls |\n|---|---|\n| 2024 | 900 |\n';

describe('a name in a clause of time joined by ", before" or ", until"', () => {
  it('is not carried to the table the sentence leads into', () => {
    assert.deepEqual(findingsOf(`## The global count\n\nShip calls fell for a decade, before a Ruritania boom pushed them up again.${TABLE}`, index()), ['900:figure-verified:world-calls']);
    assert.deepEqual(findingsOf(`## The global count\n\nShip calls fell for a decade, until a Ruritania boom pushed them up again.${TABLE}`, index()), ['900:figure-verified:world-calls']);
  });

  it('is carried where it is the main clause\'s subject', () => {
    const table = TABLE.replace('900', '41');
    assert.deepEqual(findingsOf(`## The count\n\nRuritania's ship calls fell for a decade, before a boom pushed them up again.${table}`, index()), ['41:figure-verified:ru-calls']);
  });
});

// Phrases that say whose a figure is not: a name inside an appositive ("Utopia, for years the world's shipping
// hub, handled …"; "Laax, in Ruritania, has …") describes the name before it; a name in a clause of time that
// ", before" or ", until" joins to its sentence is no subject carried to what follows; a ", with" phrase after a
// verb that takes a pronoun is about what the pronoun stands for.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'ports-2024', title: 'Port calls in 2024', publisher: 'A shipping bureau', date: '2025-01-15', url: 'https://example.org/ports' };
const ENTITIES = [
  { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: [] },
  { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: [] },
  { id: 'world', kind: 'region', name: 'the world', aliases: ['world', 'global', 'globally'], demonyms: [] },
];

function index() {
  const fact = (id: string, entity: string, value: number) => ({
    id, entity, value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2024, to: 2024 }, measure: 'ship calls',
    keywords: ['ship calls', 'calls'], quote: `It handled ${value} ship calls in 2024.`, via: 'the bureau', source: 'ports-2024',
  });
  return inlineIndex('ports.facts.json', { sources: [SOURCE], entities: ENTITIES, facts: [fact('ut-calls', 'UT', 18), fact('ru-calls', 'RU', 41), fact('world-calls', 'world', 900)] });
}

describe('a name in an appositive about the name before it', () => {
  it('is not whose the figure after the phrase is: "the world" in "Utopia, for years the world\'s shipping hub, …"', () => {
    assert.deepEqual(findingsOf('Utopia, for years the world\'s shipping hub, handled 18 ship calls in 2024.\n', index()), ['18:figure-verified:ut-calls']);
  });

  it('nor is a place the phrase says the name is in: "Utopia, in the north of Ruritania, …"', () => {
    assert.deepEqual(findingsOf('Utopia, in the north of Ruritania, handled 18 ship calls in 2024.\n', index()), ['18:figure-verified:ut-calls']);
  });

  it('keeps a name that opens a relative clause, and one after a sentence ends', () => {
    assert.deepEqual(findingsOf('Ship calls rose in Utopia, while Ruritania, which had 41 ship calls in 2024, fell back.\n', index()), ['41:figure-verified:ru-calls']);
    assert.deepEqual(findingsOf('Globally, the year was busy. Ruritania, a rival, handled 41 ship calls in 2024.\n', index()), ['41:figure-verified:ru-calls']);
  });
});

describe('a figure in a ", with" phrase after a clause whose verb takes a pronoun', () => {
  it('is not the opening subject\'s: "Ruritania\'s port office ranks it first, with 18 ship calls" may be about "it"', () => {
    assert.deepEqual(findingsOf('Utopia is busy. Ruritania\'s port office ranks it first in the region, with 18 ship calls in 2024.\n', index()), ['18:figure-verified:ut-calls']);
  });

  it('is the opening subject\'s where the verb takes no pronoun, or the pronoun opens a clause of its own', () => {
    assert.deepEqual(findingsOf('Utopia is busy. Ruritania ranks first in the region, with 41 ship calls in 2024.\n', index()), ['41:figure-verified:ru-calls']);
    assert.deepEqual(findingsOf('Utopia is busy. Ruritania grew fastest, and it is also the leader, with 41 ship calls in 2024.\n', index()), ['41:figure-verified:ru-calls']);
  });
});

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

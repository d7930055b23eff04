// Two swapped digits of a count under a hundred ("75" bites of 57) are a typing slip where the figure is
// written plainly in digits and no fact holds its own number (src/core/evidence/features.ts, swapByChance).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'file-2023', title: 'Shark bites in 2022', publisher: 'A shark file', date: '2023-02-01', url: 'https://example.org/bites' };
const ENTITIES = [
  { id: 'world', kind: 'region', name: 'world', aliases: ['worldwide'], demonyms: [] },
  { id: 'bolt-bay', kind: 'region', name: 'Bolt Bay', aliases: [], demonyms: [] },
];
const fact = (id: string, entity: string, value: number) => ({
  id, entity, value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2022, to: 2022 },
  measure: 'unprovoked shark bites', keywords: ['bites', 'unprovoked'], quote: `There were ${value} unprovoked bites in 2022.`, via: 'the file', source: 'file-2023',
});

function index(withOwnNumber: boolean) {
  return inlineIndex('bites.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['shark', 'sharks'] }, entities: ENTITIES,
    facts: [fact('bites-2022', 'world', 57), ...(withOwnNumber ? [fact('bay-bites-2022', 'bolt-bay', 75)] : [])],
  });
}

describe('two swapped digits of a count under a hundred', () => {
  it('are a slip written plainly in digits', () => {
    assert.deepEqual(findingsOf('Sharks bit 75 people in 2022, the file found.\n', index(false)), ['75:figure-mismatch:bites-2022']);
  });

  it('are no slip written in words or hedged', () => {
    assert.deepEqual(findingsOf('Sharks bit seventy-five people in 2022, the file found.\n', index(false)), []);
    assert.deepEqual(findingsOf('Sharks bit roughly 75 people in 2022, the file found.\n', index(false)), []);
  });

  it('are no slip where a fact holds the figure\'s own number', () => {
    assert.deepEqual(findingsOf('Sharks bit 75 people in 2022, the file found.\n', index(true)), []);
  });
});

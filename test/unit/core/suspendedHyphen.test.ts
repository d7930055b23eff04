// A compound whose second half is shared ("low- and middle-income countries", "small- and medium-sized
// firms") writes a hyphen before the space: the name is the same as written without it.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'flows-2024', title: 'Flows in 2024', publisher: 'A development bank', date: '2025-06-01', url: 'https://example.org/flows' };
const ENTITIES = [
  { id: 'lmic', kind: 'region', name: 'low- and middle-income countries', aliases: ['LMICs'], demonyms: [] },
  { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: [] },
];

function index() {
  const fact = (id: string, entity: string, value: number, quote: string) => ({
    id, entity, value, unit: 'USD', vendors: [], qualifier: 'exact', period: { from: 2024, to: 2024 }, measure: 'remittance inflows, in dollars',
    keywords: ['remittances', 'remittance flows'], quote, via: 'the bank', source: 'flows-2024',
  });
  return inlineIndex('flows.facts.json', { sources: [SOURCE], entities: ENTITIES, facts: [
    fact('lmic-2024', 'lmic', 685e9, 'Remittance flows to these countries reached $685 billion.'),
    fact('ru-2024', 'RU', 48e9, 'Remittance flows to Ruritania reached $48 billion.'),
  ] });
}

describe('a name with a suspended hyphen', () => {
  it('is read as written in the dataset, hyphen and all', () => {
    assert.deepEqual(findingsOf('Remittance flows to low- and middle-income countries reached $658 billion in 2024.\n', index()), ['$658 billion:figure-mismatch:lmic-2024']);
  });

  it('is read across a wrapped line', () => {
    assert.deepEqual(findingsOf('Remittance flows to low-\nand middle-income countries reached $685 billion in 2024.\n', index()), ['$685 billion:figure-verified:lmic-2024']);
  });

  it('still needs the words of the name: a hyphen alone joins nothing', () => {
    assert.deepEqual(findingsOf('Remittance flows to low-income countries reached $658 billion in 2024.\n', index()), []);
  });
});

// A share in words of an amount its sentence gives ("less than half of last year's figure", "well under half
// the 315,599 of 2019") compares two amounts. With no word of a fact's measure around it, it states no share a
// dataset holds, though the entity has a share of that size.
import { strict as assert } from 'node:assert';
import { buildIndex, checkDocument, type FactIndex } from '../../../src/core';
import { loadDatasets } from '../../../src/dataset/load';

/** A made-up country with one share of one half, on another subject than the bundled datasets'. */
function halfIndex(): FactIndex {
  const json = {
    vocabulary: { topic: ['visitors', 'tourists', 'hotels'], synonyms: {}, countedNouns: ['visitors', 'tourists'], modifiers: [], generic: [] },
    sources: [{ id: 'src', title: 'Tourism survey', publisher: 'Pub', date: '2024-03-01', url: 'https://example.org/tourism' }],
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania' }],
    facts: [{
      id: 'ru-hotel-share', entity: 'RU', vendors: [], measure: 'share of nights spent in hotels', keywords: ['hotels', 'nights'], value: 50, unit: 'percent',
      qualifier: 'exact', period: { from: 2023, to: 2023 }, via: 'Survey', quote: 'Hotels took 50% of nights in 2023.', source: 'src',
    }],
  };
  const loaded = loadDatasets([{ file: 'tourism.facts.json', json }]);
  assert.deepEqual(loaded.problems, []);
  return buildIndex(loaded.datasets);
}

function warnings(text: string): string[] {
  return checkDocument(`${text}\n`, halfIndex()).findings.filter((f) => f.code !== 'missing-citation' && f.code !== 'figure-verified').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);
}

describe('a share of an amount its sentence gives', () => {
  it('gives no warning where no word of the measure is near', () => {
    assert.deepEqual(warnings('Ruritania welcomed 130,000 tourists in 2023, less than half the 315,599 it counted in 2019.'), []);
    assert.deepEqual(warnings("Ruritania welcomed 130,000 tourists in 2023, well under half of last year's figure."), []);
  });
  it("still gives one with the measure's words", () => {
    assert.deepEqual(warnings('In Ruritania less than half of nights in 2023 were spent in hotels.'), ['half:qualifier-mismatch']);
  });
});

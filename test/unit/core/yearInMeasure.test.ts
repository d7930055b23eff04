// A year the fact's measure names ("damage as a share of 2021 GDP") says what is measured, not when: a
// sentence that names it ("4% of the country's 2021 GDP") does not date the figure by it. A change's year
// is its base ("from 2023"), and a figure dated by it is still a wrong period.
import { strict as assert } from 'node:assert';
import { buildIndex, checkDocument, type FactIndex } from '../../../src/core';
import { loadDatasets } from '../../../src/dataset/load';

/** A made-up country with a share of one year's output and a change from the year before. */
function damageIndex(): FactIndex {
  const source = { id: 'src', title: 'Damage report', publisher: 'Pub', date: '2023-03-01', url: 'https://example.org/damage' };
  const fact = { vendors: [], qualifier: 'exact', via: 'Report', source: 'src', entity: 'RU' };
  const json = {
    vocabulary: { topic: ['damage', 'storm'], synonyms: {}, countedNouns: [], modifiers: [], generic: [] },
    sources: [source],
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania' }],
    facts: [
      { ...fact, id: 'ru-damage-share', measure: 'storm damage as a share of 2021 GDP', keywords: ['damage', 'GDP'], value: 4, unit: 'percent',
        period: { from: 2023, to: 2023 }, quote: 'The damage equals 4% of 2021 GDP.' },
      { ...fact, id: 'ru-claims-change', measure: 'change in storm damage claims', keywords: ['claims', 'from 2022'], value: 16, unit: 'percent', change: true,
        period: { from: 2023, to: 2023 }, quote: 'Claims rose 16% from 2022.' },
    ],
  };
  const loaded = loadDatasets([{ file: 'damage.facts.json', json }]);
  assert.deepEqual(loaded.problems, []);
  return buildIndex(loaded.datasets);
}

function findings(text: string): string[] {
  return checkDocument(`${text}\n`, damageIndex()).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);
}

describe("a year the fact's measure names", () => {
  it('does not date the figure', () => {
    assert.deepEqual(findings("In Ruritania the storm's damage came to 4% of the country's 2021 GDP."), ['4%:figure-verified']);
    assert.deepEqual(findings("In Ruritania the storm's damage came to 4% of the country's GDP in 2021."), ['4%:figure-verified']);
  });
  it("still dates it by another year", () => {
    assert.deepEqual(findings("In Ruritania the storm's damage came to 4% of GDP in 2020."), ['4%:period-mismatch']);
  });
  it("is a change's base, and a figure dated by it is a wrong period", () => {
    assert.deepEqual(findings('In Ruritania storm damage claims rose 16% in 2022.'), ['16%:period-mismatch']);
  });
});

// A word of a fact's own measure never names another measure: "generated" beside a figure of "solar's
// share of electricity generation" is that fact's word even when only another fact lists it as a keyword.
import { strict as assert } from 'node:assert';
import { buildIndex, checkDocument, type FactIndex } from '../../../src/core';
import { loadDatasets } from '../../../src/dataset/load';

/** Two made-up shares of one country's power, on another subject than the bundled datasets'. */
function sharesIndex(): FactIndex {
  const fact = (id: string, source: string, keywords: string[], value: number) => ({
    id, entity: 'RU', vendors: [], measure: `${source}'s share of electricity generation`, keywords, value, unit: 'percent',
    qualifier: 'exact', period: { from: 2024, to: 2024 }, via: 'Grid operator', quote: `${source} made ${value}% of power in 2024.`, source: 'src',
  });
  const json = {
    vocabulary: { topic: ['electricity', 'solar', 'wind'], synonyms: { generation: ['generation', 'generated'] }, countedNouns: [], modifiers: [], generic: ['electricity'] },
    sources: [{ id: 'src', title: 'Power report', publisher: 'Pub', date: '2025-01-08', url: 'https://example.org/power' }],
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania' }],
    facts: [fact('ru-solar-share', 'solar', ['solar', 'share'], 11), fact('ru-wind-share', 'wind', ['wind', 'share', 'generated'], 17)],
  };
  const loaded = loadDatasets([{ file: 'power.facts.json', json }]);
  assert.deepEqual(loaded.problems, []);
  return buildIndex(loaded.datasets);
}

function verdicts(index: FactIndex, text: string): string[] {
  return checkDocument(`${text}\n`, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}:${f.factId}`);
}

describe("a fact's own measure words", () => {
  it('are no sign of another measure', () => {
    assert.deepEqual(verdicts(sharesIndex(), "Solar generated 11% of Ruritania's electricity in 2024."), ['11%:figure-verified:ru-solar-share']);
    assert.deepEqual(verdicts(sharesIndex(), "Solar generated 15% of Ruritania's electricity in 2024."), ['15%:figure-mismatch:ru-solar-share']);
  });
});

// What the words around a figure say of a fact's measure: a word of the fact's own measure never names
// another measure, a word the datasets call generic is no other measure's whole, and a value moved from
// another entity's fact needs that fact's measure named plainly.
import { strict as assert } from 'node:assert';
import { buildIndex, checkDocument, type FactIndex } from '../../../src/core';
import { loadDatasets } from '../../../src/dataset/load';

/** Made-up shares of one country's power, on another subject than the bundled datasets'. */
function sharesIndex(): FactIndex {
  const fact = (id: string, source: string, keywords: string[], value: number) => ({
    id, entity: 'RU', vendors: [], measure: `${source}'s share of electricity generation`, keywords, value, unit: 'percent',
    qualifier: 'exact', period: { from: 2024, to: 2024 }, via: 'Grid operator', quote: `${source} made ${value}% of power in 2024.`, source: 'src',
  });
  const json = {
    vocabulary: { topic: ['electricity', 'solar', 'wind', 'coal'], synonyms: { generation: ['generation', 'generated'] }, countedNouns: [], modifiers: [], generic: ['electricity', 'power'] },
    sources: [{ id: 'src', title: 'Power report', publisher: 'Pub', date: '2025-01-08', url: 'https://example.org/power' }],
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania' }, { id: 'UT', kind: 'country', name: 'Utopia' }],
    facts: [
      fact('ru-solar-share', 'solar', ['solar', 'share'], 11),
      fact('ru-wind-share', 'wind', ['wind', 'share', 'generated'], 17),
      fact('ru-coal-share', 'coal', ['coal', 'share'], 9),
      fact('ru-renewable-share', 'renewables', ['renewables', 'share', 'generated'], 56.8),
      { ...fact('ut-green-portion', 'green power', ['green'], 15.9), entity: 'UT', measure: "green power's portion of Utopia's output" },
    ],
  };
  const loaded = loadDatasets([{ file: 'power.facts.json', json }]);
  assert.deepEqual(loaded.problems, []);
  return buildIndex(loaded.datasets);
}

function verdicts(index: FactIndex, text: string): string[] {
  return checkDocument(`${text}\n`, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}:${f.factId ?? f.relatedFactId}`);
}

describe('measure words around a figure', () => {
  it("are the fact's own when its measure names them, whichever fact lists them as keywords", () => {
    assert.deepEqual(verdicts(sharesIndex(), "Solar generated 11% of Ruritania's electricity in 2024."), ['11%:figure-verified:ru-solar-share']);
    assert.deepEqual(verdicts(sharesIndex(), "Solar generated 110% of Ruritania's electricity in 2024."), ['110%:figure-mismatch:ru-solar-share']);
  });

  it('take a generic word as the whole of any share', () => {
    const text = "Coal made up 9% of Ruritania's power in 2024.";
    assert.deepEqual(verdicts(sharesIndex(), text), ['9%:figure-verified:ru-coal-share']);
    const features = checkDocument(`${text}\n`, sharesIndex()).findings[0]!.evidence!.features.map((f) => f.feature);
    assert.ok(features.includes('noun.generic'), features.join(' '));
  });

  it("are needed before a rounding of another entity's value is called theirs", () => {
    // 16% rounds Utopia's 15.9%, but nothing else says it is Utopia's: a wrong wind share, not a borrowed figure.
    assert.deepEqual(verdicts(sharesIndex(), 'In Ruritania, wind generated 16% of electricity in 2024.'), ['16%:figure-mismatch:ru-wind-share']);
    assert.deepEqual(verdicts(sharesIndex(), 'In Ruritania, wind generated 15.9% of electricity in 2024.'), ['15.9%:figure-misattributed:ru-wind-share']);
  });

  it("name the owner's measure plainly before a value is another entity's", () => {
    assert.deepEqual(verdicts(sharesIndex(), 'Ruritania is small. Poland generated about 56% of its power from coal.'), []);
    // Given exactly as the source wrote it, one of its measure words is enough.
    assert.deepEqual(verdicts(sharesIndex(), 'Ruritania is small. Poland generated 56.8% of its power from coal.'), ['56.8%:figure-misattributed:ru-renewable-share']);
    assert.deepEqual(verdicts(sharesIndex(), 'Ruritania is small. Poland generated about 56% of its power from renewables.'), ['56%:figure-misattributed:ru-renewable-share']);
  });
});

/** Made-up counts of beacons lit in two provinces, where the subject's generic word is "beacon" itself. */
function beaconsIndex(): FactIndex {
  const fact = (id: string, entity: string, measure: string, keywords: string[], value: number) => ({
    id, entity, vendors: [], measure, keywords, value, unit: 'count', qualifier: 'exact', period: { from: 2023, to: 2023 },
    via: 'Beacon office', quote: `${value} in 2023.`, source: 'src',
  });
  const json = {
    vocabulary: {
      topic: ['beacon', 'beacons'], synonyms: { beacons: ['beacons', 'signal fires'], hectares: ['hectares', 'ha'] },
      countedNouns: ['beacons', 'hectares'], modifiers: [], generic: ['beacon'],
    },
    sources: [{ id: 'src', title: 'Beacon report', publisher: 'Pub', date: '2024-01-08', url: 'https://example.org/beacons' }],
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania' },
      { id: 'north-march', kind: 'region', name: 'North March', country: 'RU' },
      { id: 'south-march', kind: 'region', name: 'South March', country: 'RU' },
    ],
    facts: [
      fact('nm-beacons', 'north-march', 'number of beacons lit', ['beacons'], 2245),
      fact('nm-area', 'north-march', 'area lit by beacons', ['hectares', 'area'], 28400),
      fact('sm-beacons', 'south-march', 'number of beacons lit', ['beacons'], 1094),
      fact('sm-area', 'south-march', 'area lit by beacons', ['hectares', 'area'], 22100),
    ],
  };
  const loaded = loadDatasets([{ file: 'beacons.facts.json', json }]);
  assert.deepEqual(loaded.problems, []);
  return buildIndex(loaded.datasets);
}

describe('a fact whose keywords are all generic words of its subject', () => {
  it('is named by them all the same: a column headed by its word holds its figures', () => {
    const table = '| Province | Beacons | Area |\n|---|---|---|\n| North March | 2,425 | 28,400 ha |\n| South March | 1,094 | 22,100 ha |';
    assert.deepEqual(verdicts(beaconsIndex(), table), [
      '2,425:figure-mismatch:nm-beacons', '28,400:figure-verified:nm-area', '1,094:figure-verified:sm-beacons', '22,100:figure-verified:sm-area',
    ]);
  });
});

/** Made-up holdings of a coin that is an entity of its own (its price), counted by a company's facts. */
function coinIndex(): FactIndex {
  const fact = (id: string, entity: string, measure: string, keywords: string[], value: number, unit: string) => ({
    id, entity, vendors: [], measure, keywords, value, unit, qualifier: 'exact', period: { from: 2024, to: 2024 },
    via: 'Filing', quote: `${value} in 2024.`, source: 'src',
  });
  const json = {
    vocabulary: { topic: ['zircon', 'zircons', 'coin'], synonyms: {}, countedNouns: [], modifiers: [], generic: [] },
    sources: [{ id: 'src', title: 'Coin report', publisher: 'Pub', date: '2025-01-08', url: 'https://example.org/coins' }],
    entities: [
      { id: 'zircon', kind: 'body', name: 'Zircon', aliases: ['zircon'] },
      { id: 'acme', kind: 'body', name: 'Acme' },
    ],
    facts: [
      fact('zircon-price', 'zircon', "zircon's peak price", ['price', 'peak'], 108315, 'USD'),
      fact('acme-held', 'acme', 'zircons held by the company', ['held', 'holds', 'holdings'], 252220, 'count'),
    ],
  };
  const loaded = loadDatasets([{ file: 'coins.facts.json', json }]);
  assert.deepEqual(loaded.problems, []);
  return buildIndex(loaded.datasets);
}

describe("a name the owner's measure counts, in the plural", () => {
  it('is the thing counted, not a subject the value was moved to', () => {
    // "zircons held by the company" counts zircon: the coin's name beside the company's value says what is held.
    assert.deepEqual(verdicts(coinIndex(), 'Acme kept buying in 2024.\n\n- 252,220 zircon held at the end of 2024'), []);
    assert.deepEqual(verdicts(coinIndex(), '| Year | Zircon held |\n|---|---|\n| 2024 | 252,220 |'), []);
    assert.deepEqual(verdicts(coinIndex(), 'Acme is the largest holder. The zircon price peaked at $108,315 in 2024.'), ['$108,315:figure-verified:zircon-price']);
  });
});

// Extraction measured against hand-made gold: the bundled dataset for its own article, and gold datasets
// written by hand for six more real sources (test/fixtures/extract, see GOLD.md there). Recall and
// precision are held to the level reached; the round trip (the source checked against its own extracted
// dataset) must verify every fact not under review and warn about nothing.
import { strict as assert } from 'node:assert';
import { buildIndex, checkDocument } from '../../../src/core';
import { loadDatasets } from '../../../src/dataset/load';
import { BUNDLED_CATALOGUE } from '../../../src/dataset/bundled';
import { scoreExtraction } from '../support/extractScore';
import { bundledCatalogue, extract, goldSource, roundTrip, seedSource, type GoldSource } from '../support/extractRun';

/**
 * Floors per source: gold facts recovered with the right value, unit, qualifier, period and country, and
 * extracted facts matching a gold fact. The held-back half (marked) was never tuned on: its first run
 * and the later figures are in the closing note of issue 11.
 */
const FLOORS: { slug: string; recovered: number; precision: number; heldBack?: true }[] = [
  { slug: 'statcan-daily-2017-05-19', recovered: 11, precision: 0.73 },
  { slug: 'straitstimes-defenders-2020', recovered: 13, precision: 0.65 },
  { slug: 'usich-house-america-2022', recovered: 8, precision: 0.72 },
  { slug: 'aretenews-displacement-2023', recovered: 1, precision: 0.1, heldBack: true },
  { slug: 'destatis-2016-10-24', recovered: 4, precision: 0.26, heldBack: true },
  { slug: 'savethechildren-conflict-2020', recovered: 4, precision: 0.44, heldBack: true },
];

const WARNINGS = new Set(['figure-mismatch', 'figure-misattributed', 'period-mismatch', 'qualifier-mismatch']);

function checkSource(g: GoldSource, floor: { recovered: number; precision: number }): void {
  const data = extract(g);
  it('validates against the schema and loads with the catalogue', () => {
    const loaded = loadDatasets([...BUNDLED_CATALOGUE, { file: `${g.slug}.facts.json`, json: data }]);
    assert.deepEqual(loaded.problems, []);
  });
  it(`recovers at least ${floor.recovered} of ${g.gold.facts.length} gold facts, precision at least ${floor.precision}`, () => {
    const score = scoreExtraction(g.gold, data, bundledCatalogue());
    const detail = `recovered ${score.recovered}/${score.gold}, extras ${score.extras.length}/${score.extracted}\n${score.missed.map((m) => `  missed ${m.gold.id}${m.why ? `: ${m.why}` : ''}`).join('\n')}`;
    assert.ok(score.recovered >= floor.recovered, detail);
    assert.ok(score.precision >= floor.precision, detail);
  });
  it('round trip: the source verifies every fact not under review and gets no warning', () => {
    const trip = roundTrip(g.markdown, data);
    assert.deepEqual(trip.warnings, []);
    assert.deepEqual(trip.unverified, []);
  });
  it('each generated example verifies against its fact and each counterexample is flagged', () => {
    const index = buildIndex([...bundledCatalogue(), { data }]);
    for (const fact of data.facts) {
      for (const example of fact.examples) {
        const found = checkDocument(example, index, { mentions: false }).findings;
        assert.ok(found.some((f) => f.code === 'figure-verified' && f.factId === fact.id), `${fact.id}: ${example}`);
      }
      for (const counter of fact.counterexamples) {
        const found = checkDocument(counter, index, { mentions: false }).findings;
        assert.ok(found.some((f) => WARNINGS.has(f.code) && (f.factId === fact.id || f.relatedFactId === fact.id)), `${fact.id}: ${counter}`);
      }
    }
  });
  it('is stable: the same source gives the same dataset', () => {
    assert.equal(JSON.stringify(extract(g)), JSON.stringify(data));
  });
}

describe('extract: the bundled dataset as gold for its own article', function () {
  // Extraction checks the source several times over (round trip, examples): about a second a source.
  this.timeout(30_000);
  const seed = seedSource();
  if (!seed) {
    it.skip('../shared/seeds is not available');
    return;
  }
  checkSource(seed, { recovered: 32, precision: 0.86 });
  it('gives most facts an example and a counterexample', () => {
    const data = extract(seed);
    assert.ok(data.facts.filter((f) => f.examples.length > 0).length >= 25);
    const countered = data.facts.filter((f) => f.counterexamples.length > 0).length;
    // 22 since the evidence model was refitted: a counterexample is kept only when the engine flags it.
    assert.ok(countered >= 22, `${countered} facts with a counterexample`);
  });
  it('proposes no country for the figures the catalogue places (China is a party here, not a place)', () => {
    const data = extract(seed);
    assert.ok(!data.entities.some((e) => e.id === 'CN'), JSON.stringify(data.entities.map((e) => e.id)));
  });
});

for (const floor of FLOORS) {
  describe(`extract: ${floor.slug}${floor.heldBack ? ' (held back)' : ''}`, function () {
    this.timeout(30_000);
    checkSource(goldSource(floor.slug), floor);
  });
}

describe('extract: an HTML source reads like its text', function () {
  this.timeout(30_000);
  it('the USICH page as HTML gives the figures of its text', () => {
    const text = extract(goldSource('usich-house-america-2022'));
    const html = extract(goldSource('usich-house-america-2022', true));
    assert.ok(text.facts.length > 5);
    assert.deepEqual(html.facts.map((f) => [f.value, f.entity, f.qualifier, f.period]), text.facts.map((f) => [f.value, f.entity, f.qualifier, f.period]));
  });
});

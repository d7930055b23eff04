import { strict as assert } from 'node:assert';
import { buildFactSheet, buildIndex, type DatasetSheet, type EntitySheet, type FactIndex } from '../../../src/core';
import { loadDatasets } from '../../../src/dataset/load';
import { bundledIndex } from '../support/engine';

function entitySheet(index: FactIndex, id: string, kind: 'entity' | 'vendor' = 'entity'): EntitySheet {
  const sheet = buildFactSheet(index, { kind, id });
  assert.ok(sheet && sheet.kind !== 'dataset', `no sheet for ${id}`);
  return sheet;
}

function datasetSheet(index: FactIndex): DatasetSheet {
  const sheet = buildFactSheet(index, { kind: 'dataset' });
  assert.ok(sheet?.kind === 'dataset');
  return sheet;
}

/** A small dataset of made-up facts, to pin down the rules without depending on the bundled wording. */
function syntheticIndex(facts: Record<string, unknown>[]): FactIndex {
  const json = {
    vocabulary: { topic: ['cameras'], synonyms: { camera: ['cameras', 'devices'] } },
    sources: [{ id: 'src', title: 'A <b>report</b>', publisher: 'Pub & Co', date: '2024-05-07', url: 'https://example.org/r' }],
    entities: [
      { id: 'AA', kind: 'country', name: 'Aland' },
      { id: 'BB', kind: 'country', name: 'Boland' },
      { id: 'CC', kind: 'country', name: 'Coland' },
      { id: 'aa-city', kind: 'city', name: 'Acity', country: 'AA' },
    ],
    vendors: [
      { id: 'v1', name: 'Vone' },
      { id: 'v2', name: 'Vtwo' },
    ],
    facts: facts.map((f, i) => ({
      id: `f${i}`,
      vendors: [],
      keywords: ['cameras'],
      unit: 'count',
      qualifier: 'exact',
      period: null,
      via: 'Survey',
      source: 'src',
      quote: `It has ${f.value} cameras.`,
      ...f,
    })),
  };
  const loaded = loadDatasets([{ file: 'synthetic.facts.json', json }]);
  assert.deepEqual(loaded.problems, []);
  return buildIndex(loaded.datasets);
}

describe('fact sheet view model', () => {
  describe('the bundled dataset', () => {
    const index = bundledIndex();

    it("draws Hungary's two Shodan counts as one bar chart, vendors as labels, largest first", () => {
      const sheet = entitySheet(index, 'HU');
      assert.equal(sheet.title, 'Hungary');
      assert.equal(sheet.charts.length, 1);
      const [chart] = sheet.charts;
      assert.equal(chart.unit, 'count');
      assert.equal(chart.order, 'largest-first');
      assert.deepEqual(chart.figures.map((f) => [f.label, f.value]), [['Hikvision', 18166], ['Dahua', 3567]]);
      assert.equal(chart.max, 18166);
      assert.match(chart.title, /Shodan/);
      assert.deepEqual(sheet.others, []);
    });

    it('gives each figure its qualifier, period, via, source and quote', () => {
      const figure = entitySheet(index, 'HU').charts[0].figures[0];
      assert.equal(figure.valueText, '18,166');
      assert.equal(figure.via, 'Shodan');
      assert.equal(figure.period, null);
      assert.equal(figure.source?.publisher, 'RFE/RL');
      assert.equal(figure.source?.date, '7 May 2024');
      assert.match(figure.quote, /18,166/);
    });

    it("draws Georgia's purchases by year in time order, with their qualifiers", () => {
      const sheet = entitySheet(index, 'GE');
      const chart = sheet.charts.find((c) => c.figures.some((f) => f.factId === 'ge-camera-purchases-2020'));
      assert.ok(chart);
      assert.equal(chart.order, 'chronological');
      assert.deepEqual(chart.figures.map((f) => [f.label, f.valueText, f.qualifierText]), [
        ['2020', 'fewer than 1,000', 'fewer than'],
        ['2023', 'more than 10,000', 'more than'],
      ]);
      assert.match(chart.summary, /2020, fewer than 1,000; 2023, more than 10,000/);
    });

    it('lists figures that have nothing of their measure to be drawn against', () => {
      const sheet = entitySheet(index, 'GE');
      const listed = sheet.others.map((f) => f.factId).sort();
      assert.deepEqual(listed, ['ge-hikvision-dahua-share', 'ge-police-surveillance-cameras']);
    });

    it("puts a country's places and bodies on its sheet, named where they are not the country", () => {
      const sheet = entitySheet(index, 'RS');
      const belgrade = sheet.others.find((f) => f.factId === 'rs-belgrade-camera-spending-2023');
      assert.ok(belgrade);
      assert.match(belgrade.label, /Belgrade/);
      assert.equal(belgrade.unit, 'USD');
    });

    it('never draws a rank as a bar', () => {
      const sheet = entitySheet(index, 'RO');
      assert.ok(sheet.others.some((f) => f.unit === 'rank'));
      assert.ok(sheet.charts.every((c) => c.figures.every((f) => f.unit !== 'rank')));
    });

    it("groups a vendor's figures across countries, countries as labels", () => {
      const sheet = entitySheet(index, 'hikvision', 'vendor');
      assert.equal(sheet.subtitle, 'Vendor · 12 sourced figures');
      const shodan = sheet.charts.find((c) => /Shodan/.test(c.title));
      assert.ok(shodan);
      assert.deepEqual(shodan.figures.map((f) => [f.label, f.value]), [['Hungary', 18166], ['Moldova', 15133]]);
      assert.doesNotMatch(shodan.title, /Hikvision/, 'the vendor of the sheet is not repeated in chart titles');
    });

    it('says when a country has no figures', () => {
      const sheet = entitySheet(index, 'XK');
      assert.equal(sheet.charts.length + sheet.others.length, 0);
      assert.match(sheet.subtitle, /0 sourced figures/);
    });

    it('knows nothing of ids the datasets do not have', () => {
      assert.equal(buildFactSheet(index, { kind: 'entity', id: 'FR' }), undefined);
      assert.equal(buildFactSheet(index, { kind: 'vendor', id: 'HU' }), undefined);
    });

    it('shades the map by the Shodan counts, the measures two countries share', () => {
      const sheet = datasetSheet(index);
      assert.equal(sheet.countries.length, 9);
      assert.ok(sheet.countries.some((c) => c.id === 'XK' && c.figureCount === 0));
      assert.equal(sheet.series.length, 2);
      for (const series of sheet.series) {
        assert.deepEqual(series.values.map((v) => v.country).sort(), ['HU', 'MD']);
        assert.match(series.title, /Shodan/);
      }
      const hikvision = sheet.series.find((s) => /Hikvision/.test(s.title));
      assert.deepEqual([hikvision?.min, hikvision?.max], [15133, 18166]);
    });
  });

  describe('rules, on made-up data', () => {
    it('charts figures of one measure only when they share a unit', () => {
      const index = syntheticIndex([
        { entity: 'AA', measure: 'cameras bought', value: 10 },
        { entity: 'AA', measure: 'cameras bought', value: 500, unit: 'USD', quote: 'It has 500 cameras.' },
      ]);
      const sheet = entitySheet(index, 'AA');
      assert.equal(sheet.charts.length, 0);
      assert.equal(sheet.others.length, 2);
    });

    it('reads synonyms and vendor names as one measure: Vone devices online and Vtwo cameras online', () => {
      const index = syntheticIndex([
        { entity: 'AA', vendors: ['v1'], measure: 'Vone devices online', value: 30 },
        { entity: 'AA', vendors: ['v2'], measure: 'Vtwo cameras online', value: 40 },
        { entity: 'AA', measure: 'cameras planned', value: 50 },
      ]);
      const sheet = entitySheet(index, 'AA');
      assert.equal(sheet.charts.length, 1);
      assert.deepEqual(sheet.charts[0].figures.map((f) => f.label), ['Vtwo', 'Vone']);
      assert.equal(sheet.charts[0].title, 'Devices online');
      assert.deepEqual(sheet.others.map((f) => f.value), [50]);
    });

    it('orders by period when the bars differ by period, whatever the dataset order', () => {
      const index = syntheticIndex([
        { entity: 'AA', measure: 'cameras bought', value: 3, period: { from: 2023, to: 2023 } },
        { entity: 'AA', measure: 'cameras bought', value: 9, period: { from: 2019, to: 2019 } },
        { entity: 'AA', measure: 'cameras bought', value: 5, period: { from: 2021, to: 2021 } },
      ]);
      const [chart] = entitySheet(index, 'AA').charts;
      assert.equal(chart.order, 'chronological');
      assert.deepEqual(chart.figures.map((f) => f.label), ['2019', '2021', '2023']);
    });

    it('lets a range reach its upper end on the scale', () => {
      const index = syntheticIndex([
        { entity: 'AA', vendors: ['v1'], measure: 'cameras', value: 100, upper: 900, qualifier: 'range', quote: 'It has 100 to 900 cameras.' },
        { entity: 'AA', vendors: ['v2'], measure: 'cameras', value: 500 },
      ]);
      const [chart] = entitySheet(index, 'AA').charts;
      assert.equal(chart.max, 900);
      assert.equal(chart.figures[0].label, 'Vone', 'largest first, by the end of the bar');
    });

    it("shades the map with countries' own figures only, and only for measures two countries share", () => {
      const index = syntheticIndex([
        { entity: 'AA', measure: 'cameras online', value: 10 },
        { entity: 'aa-city', measure: 'cameras online', value: 99 },
        { entity: 'BB', measure: 'cameras online', value: 20 },
        { entity: 'CC', measure: 'cameras bought', value: 30 },
      ]);
      const sheet = datasetSheet(index);
      assert.equal(sheet.series.length, 1);
      assert.deepEqual(sheet.series[0].values.map((v) => [v.country, v.figure.value]), [['BB', 20], ['AA', 10]]);
    });

    it('keeps measures of different periods apart on the map', () => {
      const index = syntheticIndex([
        { entity: 'AA', measure: 'cameras bought', value: 1, period: { from: 2020, to: 2020 } },
        { entity: 'BB', measure: 'cameras bought', value: 2, period: { from: 2023, to: 2023 } },
      ]);
      assert.equal(datasetSheet(index).series.length, 0);
    });

    it('keeps a large sheet readable: the largest bars, the first listed figures, and how many were left out', () => {
      const facts = Array.from({ length: 300 }, (_, i) => ({ entity: 'AA', vendors: [i % 2 ? 'v1' : 'v2'], measure: `cameras online`, value: i + 1 }));
      facts.push(...Array.from({ length: 250 }, (_, i) => ({ entity: 'AA', vendors: [], measure: `thing number ${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${i}`, value: 7, unit: 'rank' as const, quote: 'It has 7 cameras.' })));
      const sheet = entitySheet(syntheticIndex(facts), 'AA');
      const [chart] = sheet.charts;
      assert.equal(chart.figures.length, 40);
      assert.equal(chart.hidden, 260);
      assert.equal(chart.figures[0].value, 300);
      assert.equal(chart.max, 300);
      assert.match(chart.summary, /and 260 more not drawn\.$/);
      assert.equal(sheet.others.length, 200);
      assert.equal(sheet.othersHidden, 50);
    });

    it('orders a long chart as a short one: the newest bars in time order, ties in file order; the largest first, ties by label', () => {
      // Two facts a year over 30 years, newest first in the file; Vtwo's before Vone's in each year.
      const yearly = Array.from({ length: 60 }, (_, i) => ({ entity: 'AA', vendors: [i % 2 ? 'v1' : 'v2'], measure: 'cameras bought', value: i + 1, period: { from: 2029 - (i >> 1), to: 2029 - (i >> 1) } }));
      const [timeline] = entitySheet(syntheticIndex(yearly), 'AA').charts;
      assert.equal(timeline.order, 'chronological');
      assert.equal(timeline.hidden, 20);
      const newest = Array.from({ length: 20 }, (_, k) => 2010 + k).flatMap((year) => [2 * (2029 - year) + 1, 2 * (2029 - year) + 2]);
      assert.deepEqual(timeline.figures.map((f) => f.value), newest);
      assert.deepEqual(timeline.figures.slice(0, 2).map((f) => f.label), ['Vtwo · 2010', 'Vone · 2010']);
      // Equal bars: by label (Vone before Vtwo), then in file order (f1 before f3).
      const equal = [5, 5, 9, 5, 5].map((value, i) => ({ entity: 'AA', vendors: [i % 2 ? 'v1' : 'v2'], measure: 'cameras online', value }));
      const [bars] = entitySheet(syntheticIndex(equal), 'AA').charts;
      assert.equal(bars.order, 'largest-first');
      assert.deepEqual(bars.figures.map((f) => [f.value, f.factId]), [[9, 'f2'], [5, 'f1'], [5, 'f3'], [5, 'f0'], [5, 'f4']]);
    });

    it('carries dataset text as it is: escaping is the renderer’s job, and the renderer uses textContent', () => {
      const index = syntheticIndex([{ entity: 'AA', measure: 'cameras <img src=x onerror=alert(1)>', value: 7 }]);
      const figure = entitySheet(index, 'AA').others[0];
      assert.equal(figure.measure, 'cameras <img src=x onerror=alert(1)>');
      assert.equal(figure.source?.title, 'A <b>report</b>');
    });
  });
});

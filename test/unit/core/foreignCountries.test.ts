// A country no loaded dataset names ("Poland" beside the camera dataset's nine) is a place of its own: a
// figure about it is never judged against the facts of a country named earlier, in a heading or in
// another clause. Named as a counterpart ("friendliest with China", "like Poland") it is not the place
// the figure is about, and a dataset that names the country makes it that dataset's.
import { strict as assert } from 'node:assert';
import { buildIndex, checkDocument, type FactIndex } from '../../../src/core';
import { loadDatasets } from '../../../src/dataset/load';
import { indexFor } from '../support/corpora';

function verdicts(index: FactIndex, text: string): string[] {
  return checkDocument(`${text}\n`, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);
}

describe('countries no dataset names', () => {
  const cameras = (): FactIndex => indexFor('bundled');

  it('reads a foreign country as the place of the figures it is nearest', () => {
    assert.deepEqual(verdicts(cameras(), 'Hungary has 18,166 Hikvision cameras online, while Poland has 5,000 of them.'), ['18,166:figure-verified']);
    assert.deepEqual(verdicts(cameras(), "Hungary's neighbour Slovakia had 3,000 Dahua devices online."), []);
  });

  it('does not give a heading\'s country a figure about a foreign one', () => {
    assert.deepEqual(verdicts(cameras(), '## Hungary\n\nIn Slovakia, Shodan found 5,000 Hikvision devices online.'), []);
    assert.deepEqual(verdicts(cameras(), '## Hungary\n\nShodan found 5,000 Hikvision devices online.'), ['5,000:figure-mismatch']);
  });

  it('keeps the figure with its place when a foreign country is only a counterpart', () => {
    for (const text of [
      'Hungary, the country friendliest with China, had 3,567 Dahua devices online.',
      'Hungary, like Poland, had 3,567 Dahua devices online.',
      'In Hungary, as in Poland, Shodan found 3,567 Dahua devices online.',
    ]) {
      assert.deepEqual(verdicts(cameras(), text), ['3,567:figure-verified'], text);
    }
  });

  it('lets a dataset\'s own name for something else outrank the country inside it', () => {
    const hits = cameras().names.scan('Hikvision cameras made in China are everywhere.', false);
    assert.deepEqual(hits.map((h) => [h.kind, h.id, h.foreign ?? false]), [['vendor', 'hikvision', false], ['vendor', 'chinese', false]]);
  });

  it('is a dataset\'s country once a dataset names it, and never a mention to hover', () => {
    assert.deepEqual(cameras().names.scan('Poland and the United States', false).map((h) => [h.id, h.foreign ?? false]), [['~PL', true], ['~US', true]]);
    // The press's short names that the table lacks, and its two-capital ones, but not before a currency.
    assert.deepEqual(cameras().names.scan('Britain and Syria', false).map((h) => h.id), ['~GB', '~SY']);
    assert.deepEqual(cameras().names.scan('The US and the UK paid US$5m and 3 million UK pounds', false).map((h) => h.id), ['~US', '~GB']);
    // A dataset's own "US" before a sign written on to it is a currency too; before a spaced one, a name.
    const withUs = indexFor('bundled+subject12');
    assert.deepEqual(withUs.names.scan('Net income rose to US$19.3B; the US $700bn package', false).map((h) => h.id), ['US']);
    assert.deepEqual(checkDocument('Hungary and Poland had 3,567 Dahua devices online.\n', cameras()).mentions.map((m) => m.id), ['HU', 'dahua']);
    const json = {
      sources: [{ id: 'src', title: 'Report', publisher: 'Pub', date: '2025-01-08', url: 'https://example.org/r' }],
      entities: [{ id: 'PL', kind: 'country', name: 'Poland' }],
      facts: [],
    };
    const loaded = loadDatasets([{ file: 'pl.facts.json', json }]);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(buildIndex(loaded.datasets).names.scan('Poland grew', false).map((h) => [h.id, h.foreign ?? false]), [['PL', false]]);
  });
});

// Which dataset file holds a fact (FactIndex.fileOf): the editor's related locations point there.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIndex } from '../../../src/core';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { loadDatasets } from '../../../src/dataset/load';

const ROOT = resolve(__dirname, '../../../..');

describe('the dataset file of a fact', () => {
  it('names the file of every fact the index uses, and none for a fact under review or an unknown id', () => {
    const subject2 = 'examples/datasets/china-finance-cee.facts.json';
    const ruritania = 'test-workspace/datasets/ruritania.facts.json';
    const reviewed = JSON.parse(readFileSync(join(ROOT, ruritania), 'utf8')) as { facts: { id: string; review?: string }[] };
    reviewed.facts[0]!.review = 'not checked yet';
    const loaded = loadDatasets([
      ...BUNDLED_DATASETS,
      { file: subject2, text: readFileSync(join(ROOT, subject2), 'utf8') },
      { file: ruritania, text: JSON.stringify(reviewed) },
    ]);
    assert.deepEqual(loaded.problems, []);
    const index = buildIndex(loaded.datasets);
    let named = 0;
    for (const { file, data } of loaded.datasets) {
      for (const fact of data.facts) {
        if (fact.review !== undefined) continue;
        assert.equal(index.fileOf(fact.id), file, fact.id);
        named++;
      }
    }
    assert.ok(named > 50, `${named} facts`);
    assert.ok(loaded.datasets.length >= 3);
    assert.equal(index.fileOf(reviewed.facts[0]!.id), undefined, 'under review');
    assert.equal(index.fileOf('no-such-fact'), undefined);
  });
});

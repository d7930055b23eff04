// Loading an unchanged file again reuses what its first load validated; a changed file is validated anew.
import * as assert from 'node:assert/strict';
import { loadDatasets } from '../../../src/dataset/load';
import { minimalDataset } from './helpers';

describe('reloading datasets', () => {
  it('reuses the data of an unchanged text and validates a changed one', () => {
    const text = JSON.stringify(minimalDataset());
    const first = loadDatasets([{ file: 'a.facts.json', text }]);
    assert.deepEqual(first.problems, []);
    // A copy of the text, as a reload reads it from disk again: equal, not the same string object.
    const again = loadDatasets([{ file: 'a.facts.json', text: (' ' + text).slice(1) }]);
    assert.equal(again.datasets[0]!.data, first.datasets[0]!.data, 'the same data, not parsed again');

    const broken = minimalDataset();
    (broken.facts as { value: unknown }[])[0]!.value = '18,166';
    const changed = loadDatasets([{ file: 'a.facts.json', text: JSON.stringify(broken) }]);
    assert.equal(changed.datasets.length, 0);
    assert.match(changed.problems[0]!.message, /expected number/);
  });

  it('still checks a reused file against the others', () => {
    const text = JSON.stringify(minimalDataset());
    loadDatasets([{ file: 'a.facts.json', text }]);
    const twice = loadDatasets([
      { file: 'a.facts.json', text },
      { file: 'b.facts.json', text },
    ]);
    assert.ok(twice.problems.some((p) => p.file === 'b.facts.json' && /duplicate/.test(p.message)), JSON.stringify(twice.problems));
  });
});

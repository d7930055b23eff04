// Loading an unchanged file again reuses what its first load validated; a changed file is validated anew.
import * as assert from 'node:assert/strict';
import { forgetValidatedFiles, loadDatasets, validateAhead, type ValidatedFileStore } from '../../../src/dataset/load';
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

describe('validating files ahead of a load', () => {
  /** A store that answers nothing and counts what it is asked and given. */
  function countingStore() {
    const calls = { get: 0, set: 0 };
    const store: ValidatedFileStore = {
      get: () => void calls.get++,
      set: () => void calls.set++,
    };
    return { store, calls };
  }

  it('leaves the load nothing to validate, and the load gives what it gives alone', () => {
    forgetValidatedFiles();
    const text = JSON.stringify(minimalDataset());
    const alone = loadDatasets([{ file: 'ahead.facts.json', text }]);
    forgetValidatedFiles();
    const { store, calls } = countingStore();
    validateAhead({ file: 'ahead.facts.json', text }, store);
    assert.deepEqual(calls, { get: 1, set: 1 }, 'validated once, and given to the store');
    const loaded = loadDatasets([{ file: 'ahead.facts.json', text }], { validated: store });
    assert.deepEqual(calls, { get: 1, set: 1 }, 'the load found it validated');
    assert.equal(JSON.stringify(loaded), JSON.stringify(alone));
  });

  it('leaves a file with problems for the load to report, as it would alone', () => {
    forgetValidatedFiles();
    const broken = minimalDataset();
    (broken.facts as { value: unknown }[])[0]!.value = '18,166';
    const text = JSON.stringify(broken);
    const { store, calls } = countingStore();
    validateAhead({ file: 'broken.facts.json', text }, store);
    assert.equal(calls.set, 0);
    const loaded = loadDatasets([{ file: 'broken.facts.json', text }], { validated: store });
    forgetValidatedFiles();
    assert.equal(JSON.stringify(loaded), JSON.stringify(loadDatasets([{ file: 'broken.facts.json', text }])));
    assert.match(loaded.problems[0]!.message, /expected number/);
  });
});

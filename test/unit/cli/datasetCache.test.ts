// --cache keeps validated dataset files (src/cli/datasetCache.ts): a text validated by an earlier run is
// read as it was validated, with the same data; a changed, damaged or foreign entry is never used.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatasetCache } from '../../../src/cli/datasetCache';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { forgetValidatedFiles, loadDatasets, type ValidatedFileStore } from '../../../src/dataset/load';
import type { DatasetFile } from '../../../src/dataset/schema';
import { factsUnderReview } from '../../../src/dataset/review';

const ROOT = resolve(__dirname, '../../../..');
const CEE = 'examples/datasets/china-finance-cee.facts.json';

/** The store, counting what it served. */
function counting(store: ValidatedFileStore): ValidatedFileStore & { served: DatasetFile[] } {
  const served: DatasetFile[] = [];
  return {
    served,
    get: (file, text) => {
      const data = store.get(file, text);
      if (data) served.push(data);
      return data;
    },
    set: (file, text, data) => store.set(file, text, data),
  };
}

/** A fresh folder for each test, in a process that remembers no validated file, as a new one starts. */
function freshFolderEachTest(prefix: string): () => string {
  let path = '';
  beforeEach(() => {
    path = mkdtempSync(join(tmpdir(), prefix));
    forgetValidatedFiles();
  });
  afterEach(() => {
    rmSync(path, { recursive: true, force: true });
    forgetValidatedFiles();
  });
  return () => path;
}

describe('validated dataset cache', () => {
  const folder = freshFolderEachTest('factdesk-datasets-');
  const text = readFileSync(join(ROOT, CEE), 'utf8');

  const load = (store: ValidatedFileStore, t = text) => loadDatasets([...BUNDLED_DATASETS, { file: CEE, text: t }], { validated: store });

  it('serves a file validated by an earlier run, with the same data in the same key order', () => {
    const first = load(new DatasetCache(folder(), 'engine-1'));
    assert.deepEqual(first.problems, []);
    assert.equal(readdirSync(join(folder(), 'datasets')).length, 1);
    forgetValidatedFiles();
    const store = counting(new DatasetCache(folder(), 'engine-1'));
    const again = load(store);
    assert.equal(store.served.length, 1, 'read from the cache');
    assert.equal(again.datasets.at(-1)!.data, store.served[0]);
    assert.deepStrictEqual(again.datasets.at(-1)!.data, first.datasets.at(-1)!.data);
    assert.equal(JSON.stringify(again.datasets), JSON.stringify(first.datasets));
  });

  it('never serves another text, another engine or a damaged entry', () => {
    load(new DatasetCache(folder(), 'engine-1'));
    forgetValidatedFiles();
    const otherEngine = counting(new DatasetCache(folder(), 'engine-2'));
    assert.deepEqual(load(otherEngine).problems, []);
    assert.equal(otherEngine.served.length, 0, 'another engine');

    forgetValidatedFiles();
    const broken = text.replace('"value": ', '"value": "x", "was": ');
    const changed = counting(new DatasetCache(folder(), 'engine-2'));
    const result = load(changed, broken);
    assert.equal(changed.served.length, 0, 'another text');
    assert.ok(result.problems.length > 0 && result.problems.every((p) => p.file === CEE), 'a changed text is validated again');

    forgetValidatedFiles();
    load(new DatasetCache(folder(), 'engine-3'));
    const [entry] = readdirSync(join(folder(), 'datasets'));
    const path = join(folder(), 'datasets', entry!);
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 200));
    forgetValidatedFiles();
    const damaged = counting(new DatasetCache(folder(), 'engine-3'));
    assert.deepEqual(load(damaged).problems, []);
    assert.equal(damaged.served.length, 0, 'a damaged entry');
  });

  it('keeps no text with a negative zero, which JSON would write back as 0', () => {
    const withNegativeZero = text.replace(/"value": (\d)/, '"value": -0.0, "upper": $1');
    new DatasetCache(folder(), 'e').set(CEE, withNegativeZero, JSON.parse(text) as DatasetFile);
    assert.throws(() => readdirSync(join(folder(), 'datasets')));
    assert.match(text, /"\d{4}-0\d-/);
    const withIds = text.replace(/"id": "([a-z][^"]*)"/, '"id": "$1-0"');
    assert.notEqual(withIds, text);
    new DatasetCache(folder(), 'e').set(CEE, withIds, JSON.parse(text) as DatasetFile);
    assert.equal(readdirSync(join(folder(), 'datasets')).length, 1, 'a date such as 2024-06-06 or an id such as "x-0" is no negative zero');
  });

  it('gives the CLI the same output on a cold and a warm cache, and on two threads', function () {
    this.timeout(60_000);
    const cli = (args: string[]) => {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', '--dataset', join(ROOT, CEE), ...args, join(ROOT, 'test/fixtures/subject2/dev')], { cwd: folder(), encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      return r.stdout;
    };
    const plain = cli([]);
    const location = join(folder(), 'cache');
    assert.equal(cli(['--cache-location', location]), plain, 'cold');
    assert.equal(readdirSync(join(location, 'datasets')).length, 1);
    rmSync(join(location, 'results'), { recursive: true });
    assert.equal(cli(['--cache-location', location]), plain, 'warm: the dataset from the cache, every draft checked again');
    assert.equal(cli(['--cache-location', location]), plain, 'warm: every result from the cache, the dataset never read');
    // Workers get the loaded datasets as one JSON text (src/cli/jobs.ts).
    assert.equal(cli(['--jobs', '2']), plain, 'two threads');
  });
});

describe('validated dataset cache: the checks across files', () => {
  const folder = freshFolderEachTest('factdesk-together-');
  const text = readFileSync(join(ROOT, CEE), 'utf8');

  /** The store, counting how often it spared the checks across files and how often it recorded a pass. */
  function watched(store: DatasetCache): ValidatedFileStore & { spared: number; recorded: number } {
    const watch = {
      spared: 0,
      recorded: 0,
      get: (file: string, t: string) => store.get(file, t),
      set: (file: string, t: string, data: DatasetFile) => store.set(file, t, data),
      passedTogether: (members: Parameters<DatasetCache['passedTogether']>[0]) => {
        const passed = store.passedTogether(members);
        if (passed) watch.spared++;
        return passed;
      },
      recordPassedTogether: (members: Parameters<DatasetCache['recordPassedTogether']>[0]) => {
        watch.recorded++;
        store.recordPassedTogether(members);
      },
    };
    return watch;
  }

  /** A second file that names one of the first file's facts again: a duplicate id only the checks across files see. */
  const duplicating = (): string => {
    const data = JSON.parse(text) as DatasetFile;
    return JSON.stringify({ ...data, facts: data.facts.slice(0, 1), entities: [], vendors: [], sources: [] });
  };
  const load = (store: ValidatedFileStore, files: { file: string; text: string }[]) => {
    forgetValidatedFiles();
    return loadDatasets([...BUNDLED_DATASETS, ...files], { validated: store });
  };

  it('spares them for the same texts in the same order, and runs them when a text, the order or the engine changes', () => {
    const cee = { file: CEE, text };
    const first = watched(new DatasetCache(folder(), 'engine-1'));
    const expected = load(first, [cee]);
    assert.deepEqual([first.spared, first.recorded], [0, 1]);
    const again = watched(new DatasetCache(folder(), 'engine-1'));
    assert.equal(JSON.stringify(load(again, [cee])), JSON.stringify(expected));
    assert.deepEqual([again.spared, again.recorded], [1, 0], 'spared');

    const otherEngine = watched(new DatasetCache(folder(), 'engine-2'));
    load(otherEngine, [cee]);
    assert.deepEqual([otherEngine.spared, otherEngine.recorded], [0, 1], 'another engine checks again');

    const edited = watched(new DatasetCache(folder(), 'engine-1'));
    const withDuplicate = load(edited, [cee, { file: 'second.facts.json', text: duplicating() }]);
    assert.deepEqual([edited.spared, edited.recorded], [0, 0], 'another set of texts is checked, and fails');
    assert.match(JSON.stringify(withDuplicate.problems), /duplicate fact id/);
    const sameAgain = watched(new DatasetCache(folder(), 'engine-1'));
    assert.equal(JSON.stringify(load(sameAgain, [cee, { file: 'second.facts.json', text: duplicating() }])), JSON.stringify(withDuplicate), 'a failure is never recorded');
    assert.equal(sameAgain.spared, 0);
  });

  it('keeps no record for the datasets validated at build time alone: the build checked them together', () => {
    const store = watched(new DatasetCache(folder(), 'engine-1'));
    assert.deepEqual(load(store, []).problems, []);
    assert.deepEqual([store.spared, store.recorded], [0, 0]);
    assert.deepEqual(readdirSync(folder()), []);
  });

  it('keys the record by the texts: a file edited to clash with another is checked', () => {
    const other = { file: 'second.facts.json', text: JSON.stringify({ ...(JSON.parse(duplicating()) as DatasetFile), facts: [] }) };
    const store = () => watched(new DatasetCache(folder(), 'engine-1'));
    const clean = store();
    assert.deepEqual(load(clean, [{ file: CEE, text }, other]).problems, []);
    assert.equal(clean.recorded, 1);
    const clash = store();
    const result = load(clash, [{ file: CEE, text }, { file: other.file, text: duplicating() }]);
    assert.equal(clash.spared, 0);
    assert.match(JSON.stringify(result.problems), /duplicate fact id/);
    const reordered = store();
    load(reordered, [other, { file: CEE, text }]);
    assert.deepEqual([reordered.spared, reordered.recorded], [0, 1], 'another order is another set');
  });
});

describe('validated dataset cache: a load that reads no data', () => {
  const folder = freshFolderEachTest('factdesk-deferred-');
  const text = readFileSync(join(ROOT, CEE), 'utf8');
  /** The same file with its first fact under review. */
  const reviewed = (() => {
    const data = JSON.parse(text) as { facts: Record<string, unknown>[] };
    data.facts[0]!.review = 'which year?';
    return JSON.stringify(data, null, 2);
  })();

  /** The store, counting the data it read. */
  function reading(store: DatasetCache): DatasetCache & { reads: number } {
    const watch = Object.create(store) as DatasetCache & { reads: number };
    watch.reads = 0;
    watch.get = (file, t) => {
      watch.reads++;
      return store.get(file, t);
    };
    return watch;
  }
  const load = (store: ValidatedFileStore, t = reviewed) => {
    forgetValidatedFiles();
    return loadDatasets([...BUNDLED_DATASETS, { file: CEE, text: t }], { validated: store });
  };

  it('reads a file that passed together before only when its data is used, and knows its facts under review without it', () => {
    const first = load(new DatasetCache(folder(), 'engine-1'));
    assert.deepEqual(first.problems, []);
    const store = reading(new DatasetCache(folder(), 'engine-1'));
    const again = load(store);
    assert.deepEqual(again.problems, []);
    assert.equal(store.reads, 0, 'no data read by the load');
    assert.deepEqual(factsUnderReview(again.datasets), factsUnderReview(first.datasets));
    assert.equal(factsUnderReview(again.datasets).length, 1);
    assert.equal(store.reads, 0, 'nor by the facts under review');
    assert.equal(JSON.stringify(again.datasets), JSON.stringify(first.datasets), 'the same JSON: the data is read for it');
    assert.equal(store.reads, 1);
    assert.equal(again.datasets.at(-1)!.data, again.datasets.at(-1)!.data, 'read once');
    assert.equal(store.reads, 1);
  });

  it('loads as before when a text changed, and validates again a file whose kept data cannot be read back', () => {
    load(new DatasetCache(folder(), 'engine-1'));
    const changed = reading(new DatasetCache(folder(), 'engine-1'));
    const withProblem = load(changed, reviewed.replace('"value": ', '"value": "x", "was": '));
    assert.ok(withProblem.problems.length > 0, 'a changed text is validated, and its problems found');

    const expected = load(new DatasetCache(folder(), 'engine-1'));
    const [entry] = readdirSync(join(folder(), 'datasets'));
    const path = join(folder(), 'datasets', entry!);
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, `${lines[0]}\n${lines[1]}\n{"damaged": true}`);
    const damaged = reading(new DatasetCache(folder(), 'engine-1'));
    const again = load(damaged);
    assert.equal(damaged.reads, 0, 'the head still says the file passed');
    assert.deepStrictEqual(again.datasets.at(-1)!.data, expected.datasets.at(-1)!.data, 'validated again on first use');
  });
});

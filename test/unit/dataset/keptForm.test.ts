// The kept form of validated dataset files (src/dataset/keptForm.ts): every dataset comes back exactly,
// keys in order; a damaged form gives nothing; and the engine never changes the data it loads, which
// the form relies on when records share one value.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, checkDocument } from '../../../src/core';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { fromKeptForm, type KeptForm } from '../../../src/dataset/keptForm';
import { toKeptForm } from '../../../src/dataset/keptFormWrite';
import { loadDatasets } from '../../../src/dataset/load';
import type { DatasetFile } from '../../../src/dataset/schema';
import { SUBJECT2_DATASET } from '../support/corpora';
import { repoRoot } from './helpers';

const ROOT = repoRoot();

/** Through JSON and back, as a store writes and reads it. */
const roundTrip = (data: DatasetFile): DatasetFile | undefined => fromKeptForm(JSON.parse(JSON.stringify(toKeptForm(data))));

/** The bundled datasets, and every other dataset file of the repository loaded beside them on its own. */
function repositoryDatasets(): { file: string; data: DatasetFile }[] {
  const files = [SUBJECT2_DATASET, 'test-workspace/datasets/ruritania.facts.json'];
  for (const name of readdirSync(join(ROOT, 'test/fixtures/extract'))) {
    if (!name.endsWith('.md')) files.push(`test/fixtures/extract/${name}/gold.facts.json`);
  }
  const datasets = loadDatasets(BUNDLED_DATASETS).datasets;
  for (const file of files) {
    const loaded = loadDatasets([...BUNDLED_DATASETS, { file, text: readFileSync(join(ROOT, file), 'utf8') }]);
    assert.deepEqual(loaded.problems, [], file);
    datasets.push(loaded.datasets.at(-1)!);
  }
  return datasets;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

describe('kept form of validated dataset files', () => {
  it('gives back every dataset of the repository exactly, keys in their order', () => {
    const datasets = repositoryDatasets();
    assert.ok(datasets.length >= 8, `${datasets.length} datasets`);
    for (const { file, data } of datasets) {
      const back = roundTrip(data);
      assert.deepStrictEqual(back, data, file);
      assert.equal(JSON.stringify(back), JSON.stringify(data), `${file}: key order`);
    }
  });

  it('keeps records of several shapes, nested values, values left undefined and lists that are not records', () => {
    const data = {
      topic: ['a', 'b'],
      vocabulary: { topic: ['x'] },
      sources: [],
      entities: [{ id: 'e1', kind: 'country', name: 'E' }, { id: 'e2', name: 'F', kind: 'region', aliases: ['G'] }, { id: 'e3', kind: 'country', name: 'E' }],
      vendors: [{ id: 'v', name: 'V', note: undefined }],
      facts: Array.from({ length: 7 }, (_, i) => ({ id: `f${i}`, value: i % 2, period: i < 3 ? { from: 2020, to: 2021 } : null, ...(i === 5 ? { review: 'check' } : {}) })),
    } as unknown as DatasetFile;
    const back = roundTrip(data);
    assert.equal(JSON.stringify(back), JSON.stringify(data));
    assert.deepStrictEqual(back, JSON.parse(JSON.stringify(data)));
  });

  it('tells values apart that look alike: 1 and "1", [1] and "[1]", null and "null"', () => {
    const alike = [1, '1', [1], '[1]', null, 'null', { a: 1 }, '{"a":1}', true, 'true'];
    const facts = Array.from({ length: 40 }, (_, i) => ({ id: `f${i}`, value: alike[i % alike.length] }));
    const form = toKeptForm({ facts } as unknown as DatasetFile);
    assert.ok('table' in form.columns.facts!.fields.value!, 'kept as a table');
    assert.deepStrictEqual(roundTrip({ facts } as unknown as DatasetFile), { facts });
  });

  it('gives back any lists of records exactly, whatever their shapes and values', () => {
    // Few keys and few values, so that shapes repeat, values repeat and tables are made.
    const key = fc.constantFrom('id', 'value', 'period', 'keywords', 'note', 'x');
    const value = fc.oneof(fc.constantFrom<unknown>(0, 1, '1', '[1]', 'a', null, true, [1], { a: 1 }), fc.jsonValue());
    const record = fc.dictionary(key, value, { maxKeys: 6 });
    const data = fc.record({ topic: fc.array(fc.string()), facts: fc.array(record, { maxLength: 600 }), entities: fc.array(record, { maxLength: 5 }) });
    fc.assert(
      fc.property(data, (generated) => {
        const plain = JSON.parse(JSON.stringify(generated)) as DatasetFile;
        const back = roundTrip(plain);
        assert.deepStrictEqual(back, plain);
        assert.equal(JSON.stringify(back), JSON.stringify(plain), 'key order');
      }),
      { numRuns: 200 },
    );
  });

  it('stores a field of few distinct values as a table, and one of many value by value', () => {
    const facts = Array.from({ length: 10 }, (_, i) => ({ id: `f${i}`, unit: 'count' }));
    const form = toKeptForm({ facts } as unknown as DatasetFile);
    assert.deepEqual(form.columns.facts!.fields.unit, { table: ['count'], places: new Array(10).fill(0) });
    assert.ok('each' in form.columns.facts!.fields.id!);
    assert.deepEqual(form.columns.facts!.runs, [0, 10], 'one run of one shape');
  });

  it('gives nothing for a damaged form or another version', () => {
    const data = repositoryDatasets().at(-1)!.data;
    const form = (): KeptForm => JSON.parse(JSON.stringify(toKeptForm(data))) as KeptForm;
    assert.ok(fromKeptForm(form()));
    const damaged: [string, (f: KeptForm) => void][] = [
      ['another version', (f) => (f.version += 1)],
      ['a key with no value', (f) => f.keys.push('missing')],
      ['more records in the runs than values', (f) => (f.columns.facts!.runs[1]! += 1)],
      ['fewer records in the runs than values', (f) => (f.columns.facts!.runs[1]! -= 1)],
      ['a shape naming no field', (f) => f.columns.facts!.shapes[0]!.push('nothing')],
      ['no columns', (f) => delete (f as Partial<KeptForm>).columns],
    ];
    for (const [what, damage] of damaged) {
      const f = form();
      damage(f);
      assert.equal(fromKeptForm(f), undefined, what);
    }
    for (const notAForm of [null, 3, 'x', [], {}]) assert.equal(fromKeptForm(notAForm), undefined);
  });

  it('loads data that the engine never changes: checks on frozen kept data give the same results', function () {
    this.timeout(30_000);
    const text = readFileSync(join(ROOT, SUBJECT2_DATASET), 'utf8');
    const plain = loadDatasets([...BUNDLED_DATASETS, { file: SUBJECT2_DATASET, text }]).datasets;
    const frozen = plain.map(({ file, data }) => ({ file, json: deepFreeze(roundTrip(data)), prevalidated: true }));
    const fromKept = loadDatasets(frozen);
    assert.deepEqual(fromKept.problems, []);
    const plainIndex = buildIndex(plain);
    const frozenIndex = buildIndex(fromKept.datasets);
    const drafts = ['test/fixtures/subject2/dev', 'test/fixtures/drafts'].flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((name) => name.endsWith('.md'))
        .map((name) => join(ROOT, dir, name)),
    );
    drafts.push(join(ROOT, 'examples/draft.md'));
    assert.ok(drafts.length >= 10);
    for (const path of drafts) {
      const draft = readFileSync(path, 'utf8');
      assert.equal(JSON.stringify(checkDocument(draft, frozenIndex)), JSON.stringify(checkDocument(draft, plainIndex)), path);
    }
  });
});

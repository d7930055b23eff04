// The extension's store of validated dataset files (src/vscode/keptValidations.ts), with the loader: a
// file validated in one session is not validated again in the next while its text is the same, and the
// loaded data is the same either way.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { forgetValidatedFiles, loadDatasets, type DatasetInput } from '../../../src/dataset/load';
import { KeptValidations } from '../../../src/vscode/keptValidations';

const ROOT = resolve(__dirname, '../../../..');
const sha256 = (text: string) => Promise.resolve(createHash('sha256').update(text).digest('hex'));
const dataset = (file: string): DatasetInput => ({ file, text: readFileSync(join(ROOT, file), 'utf8') });

/** One session: a store made from what the last one wrote, a load, and what this one writes. */
async function session(stored: string | undefined, inputs: DatasetInput[], engine = 'engine-1') {
  forgetValidatedFiles();
  const kept = new KeptValidations(engine, stored);
  await kept.prepare(inputs, sha256);
  // The bundled datasets name the countries the file's facts are about; the build validated them.
  const loaded = loadDatasets([...BUNDLED_DATASETS, ...inputs], { validated: kept });
  return { loaded, hits: kept.hits, written: kept.toStore(inputs.map((i) => i.file)) };
}

describe('validated dataset files kept by the extension', () => {
  const file = 'examples/datasets/china-finance-cee.facts.json';

  it('validates once: the next session takes the kept data, and loads the same datasets', async () => {
    const first = await session(undefined, [dataset(file)]);
    assert.equal(first.hits, 0);
    assert.ok(first.written, 'a newly validated file is written');
    const second = await session(first.written, [dataset(file)]);
    assert.equal(second.hits, 1);
    assert.equal(second.written, undefined, 'nothing changed, nothing to write');
    assert.deepEqual(second.loaded.problems, []);
    assert.equal(JSON.stringify(second.loaded.datasets), JSON.stringify(first.loaded.datasets));
  });

  it('validates a changed text again, and drops a file that is gone', async () => {
    const first = await session(undefined, [dataset(file)]);
    const changed = { file, text: dataset(file).text!.replace('"facts"', '"facts" ') };
    const second = await session(first.written, [changed]);
    assert.equal(second.hits, 0);
    assert.ok(second.written);
    const gone = await session(second.written, []);
    assert.equal(JSON.parse(gone.written ?? '{}').files?.[file], undefined);
  });

  it('keeps nothing another engine wrote, nor a damaged store, nor a text that JSON would not write back', async () => {
    const first = await session(undefined, [dataset(file)]);
    assert.equal((await session(first.written, [dataset(file)], 'engine-2')).hits, 0);
    assert.equal((await session('{"format":1,"engine":"engine-1","files":', [dataset(file)])).hits, 0);
    const negativeZero = { file: 'z.facts.json', text: dataset(file).text!.replace(/"value": (\d+)/, '"value": -0') };
    const z = await session(undefined, [negativeZero]);
    assert.equal(JSON.parse(z.written ?? '{"files":{}}').files['z.facts.json'], undefined);
  });

  it('never answers for a file whose problems keep it out', async () => {
    const broken = { file: 'broken.facts.json', text: '{"facts": [{"id": "x"}]}' };
    const first = await session(undefined, [broken]);
    assert.ok(first.loaded.problems.length > 0);
    const second = await session(first.written, [broken]);
    assert.equal(second.hits, 0);
    assert.deepEqual(second.loaded.problems, first.loaded.problems);
  });
});

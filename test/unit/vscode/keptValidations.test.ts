// The extension's store of validated dataset files (src/vscode/keptValidations.ts), with the loader: a
// file validated in one session is not validated again in the next while its text is the same, and the
// loaded data is the same either way.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { forgetValidatedFiles, loadDatasets, type DatasetInput } from '../../../src/dataset/load';
import { KeptValidations, type TogetherMemory } from '../../../src/vscode/keptValidations';

const ROOT = resolve(__dirname, '../../../..');
const sha256 = (text: string) => Promise.resolve(createHash('sha256').update(text).digest('hex'));
const dataset = (file: string): DatasetInput => ({ file, text: readFileSync(join(ROOT, file), 'utf8') });

/** The extension's storage folder: entries by name (here the file's own name stands for its hash). */
type Storage = Map<string, string>;

/** One session: a store made from what earlier ones wrote, a load, and what this one writes and removes. */
async function session(stored: Storage, inputs: DatasetInput[], engine = 'engine-1', together?: TogetherMemory) {
  forgetValidatedFiles();
  const kept = new KeptValidations(engine, [...stored].map(([name, text]) => ({ name, text })), together);
  await kept.prepare(inputs, (input) => sha256(input.text));
  // The bundled datasets name the countries the file's facts are about; the build validated them.
  const loaded = loadDatasets([...BUNDLED_DATASETS, ...inputs], { validated: kept });
  const changes = await kept.changes(inputs.map((i) => i.file));
  const after: Storage = new Map(stored);
  for (const { file, text } of changes.write) after.set(file, text);
  for (const file of changes.removeFiles) after.delete(file);
  for (const name of changes.removeNames) after.delete(name);
  return { loaded, hits: kept.hits, changes, after, kept };
}

/** The workspace's memory of the files that last passed together, as the extension keeps it; counts the times it was asked and answered yes. */
function togetherMemory(identity = 'build-1', kept: { key?: string } = {}) {
  const asked = { times: 0, yes: 0 };
  const memory: TogetherMemory = {
    identity,
    holds: (key) => {
      asked.times++;
      const yes = kept.key === key;
      if (yes) asked.yes++;
      return yes;
    },
    keep: (key) => void (kept.key = key),
  };
  return { memory, kept, asked };
}

describe('validated dataset files kept by the extension', () => {
  const file = 'examples/datasets/china-finance-cee.facts.json';

  it('validates once: the next session takes the kept data, and loads the same datasets', async () => {
    const first = await session(new Map(), [dataset(file)]);
    assert.equal(first.hits, 0);
    assert.deepEqual(first.changes.write.map((w) => w.file), [file], 'a newly validated file is written');
    const second = await session(first.after, [dataset(file)]);
    assert.equal(second.hits, 1);
    assert.deepEqual(second.changes, { write: [], removeFiles: [], removeNames: [] }, 'nothing changed, nothing to write');
    assert.deepEqual(second.loaded.problems, []);
    assert.equal(JSON.stringify(second.loaded.datasets), JSON.stringify(first.loaded.datasets));
  });

  it('writes only the entry of the file that changed, and removes the entry of a file that is gone', async () => {
    const other = 'data/entities.json';
    const first = await session(new Map(), [dataset(other), dataset(file)]);
    assert.equal(first.changes.write.length, 2);
    const changed = { file, text: dataset(file).text!.replace('"facts"', '"facts" ') };
    const second = await session(first.after, [dataset(other), changed]);
    assert.equal(second.hits, 1, 'the unchanged file comes from the store');
    assert.deepEqual(second.changes.write.map((w) => w.file), [file]);
    const gone = await session(second.after, [dataset(other)]);
    assert.deepEqual(gone.changes.removeFiles, [file]);
    assert.deepEqual([...gone.after.keys()], [other]);
  });

  it("removes a changed file's entry when its new text has problems", async () => {
    const first = await session(new Map(), [dataset(file)]);
    const broken = { file, text: '{"facts": [{"id": "x"}]}' };
    const second = await session(first.after, [broken]);
    assert.ok(second.loaded.problems.length > 0);
    assert.equal(second.hits, 0);
    assert.deepEqual(second.changes.removeFiles, [file]);
    const third = await session(second.after, [broken]);
    assert.deepEqual(third.loaded.problems, second.loaded.problems, 'a file with problems is never answered from the store');
  });

  it("keeps nothing another engine wrote or a damaged entry (and removes them), nor a text JSON would not write back", async () => {
    const first = await session(new Map(), [dataset(file)]);
    const foreign = await session(first.after, [dataset(file)], 'engine-2');
    assert.equal(foreign.hits, 0);
    assert.deepEqual(foreign.changes.write.map((w) => w.file), [file], 'validated again and written for this engine');
    const damaged = await session(new Map([['x.json', '{"format":1,"engine":"engine-1","file":']]), [dataset(file)]);
    assert.equal(damaged.hits, 0);
    assert.deepEqual(damaged.changes.removeNames, ['x.json']);
    // ":-0" inside a string: JSON would write the data back the same, but the text is not told apart.
    const negativeZero = { file: 'z.facts.json', text: dataset(file).text!.replace('"measure": "', '"measure": "ratio:-0 ') };
    const z = await session(new Map(), [negativeZero]);
    assert.equal(z.loaded.datasets.some((d) => d.file === 'z.facts.json'), true, 'the file itself is valid');
    assert.deepEqual(z.changes.write, []);
  });

  it('remembers the files that passed the checks across files together: the same files again skip them, any change does not', async () => {
    const other = 'test-workspace/datasets/ruritania.facts.json';
    const inputs = [dataset(other), dataset(file)];
    const first = togetherMemory();
    const one = await session(new Map(), inputs, 'engine-1', first.memory);
    assert.deepEqual(one.loaded.problems, []);
    assert.ok(first.kept.key, 'kept after a load that found nothing');
    assert.equal(first.asked.yes, 0);
    // The next session: the same texts in the same order, under the same build.
    const again = togetherMemory('build-1', { ...first.kept });
    const two = await session(one.after, inputs, 'engine-1', again.memory);
    assert.equal(again.asked.yes, 1, 'the checks across files were skipped');
    assert.equal(JSON.stringify(two.loaded.datasets), JSON.stringify(one.loaded.datasets));
    const changed = { file, text: dataset(file).text!.replace('"facts"', '"facts" ') };
    const variants: [string, DatasetInput[], string][] = [
      ['a changed text', [dataset(other), changed], 'build-1'],
      ['another order', [dataset(file), dataset(other)], 'build-1'],
      ['a file fewer', [dataset(file)], 'build-1'],
      ['another build (its own data validated at build time may differ)', inputs, 'build-2'],
    ];
    for (const [what, variant, identity] of variants) {
      const memory = togetherMemory(identity, { ...first.kept });
      await session(one.after, variant, 'engine-1', memory.memory);
      assert.ok(memory.asked.times > 0, `${what}: asked`);
      assert.equal(memory.asked.yes, 0, what);
    }
  });

  it('remembers nothing of files that fail the checks across files together', async () => {
    // The same facts under two names: every id is defined twice.
    const twice = [dataset(file), { file: 'copy.facts.json', text: dataset(file).text }];
    const memory = togetherMemory();
    const loaded = await session(new Map(), twice, 'engine-1', memory.memory);
    assert.ok(loaded.loaded.problems.some((p) => /duplicate|defined|already/i.test(p.message)), JSON.stringify(loaded.loaded.problems.slice(0, 2)));
    assert.equal(memory.kept.key, undefined);
  });

  it('validates again, and rewrites, an entry whose kept form does not add up', async () => {
    const first = await session(new Map(), [dataset(file)]);
    const entry = JSON.parse(first.after.get(file)!) as { form: { columns: { facts: { runs: number[] } } } };
    entry.form.columns.facts.runs[1]! += 1;
    const damaged = await session(new Map([[file, JSON.stringify(entry)]]), [dataset(file)]);
    assert.equal(damaged.hits, 0);
    assert.deepEqual(damaged.loaded.problems, []);
    assert.equal(JSON.stringify(damaged.loaded.datasets), JSON.stringify(first.loaded.datasets));
    assert.deepEqual(damaged.changes.write.map((w) => w.file), [file]);
    assert.equal(damaged.after.get(file), first.after.get(file), 'the entry as it was first written');
  });
});

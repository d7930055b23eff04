// Warming the engine up on the datasets' own example sentences (src/core/warmUp.ts), while an editor
// waits for VS Code (src/vscode/idleWork.ts): the steps judge figures, take turns, and stop when the wait ends.
import assert from 'node:assert/strict';
import { warmUpSteps, warmUpTexts } from '../../../src/core/warmUp';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import type { DatasetFile } from '../../../src/dataset/schema';
import { whileWaiting } from '../../../src/vscode/idleWork';

const bundled = BUNDLED_DATASETS.map((d) => d.json as DatasetFile);
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('warm-up', () => {
  it('checks short texts of the datasets\' example sentences, judging their figures', () => {
    const texts = warmUpTexts(bundled);
    assert.equal(texts.length, 8);
    const examples = new Set(bundled.flatMap((d) => d.facts.flatMap((f) => f.examples)));
    for (const text of texts) assert.ok(examples.has(text.replace(/^# Draft\n\n/, '').trimEnd()), text);
    const judged = [...warmUpSteps(bundled)];
    assert.equal(judged.length, texts.length + 1, 'the index, then one step per text');
    assert.ok(judged.filter((n) => n > 0).length >= texts.length / 2, `figures judged per step: ${judged.join(', ')}`);
  });

  it('has nothing to do without example sentences', () => {
    assert.deepEqual([...warmUpSteps(bundled.map((d) => ({ ...d, facts: d.facts.map((f) => ({ ...f, examples: [] })) })))], []);
  });

  it('takes steps only while the awaited promise has not settled, one per turn, after the delay', async () => {
    const taken: number[] = [];
    const counting = function* () {
      for (let i = 0; i < 1000; i++) yield taken.push(i);
    };
    const take = (step: () => boolean) => step();
    // Settled before the delay: no step at all.
    assert.equal(await whileWaiting(sleep(5).then(() => 'fast'), 50, counting, take), 'fast');
    await sleep(80);
    assert.equal(taken.length, 0);
    // Slow: steps are taken while it waits, and stop when it settles.
    await whileWaiting(sleep(120), 10, counting, take);
    const during = taken.length;
    assert.ok(during > 0 && during < 1000, `${during} steps`);
    await sleep(50);
    assert.equal(taken.length, during, 'no step after the promise settled');
  });

  it('stops when the steps are over', async () => {
    let calls = 0;
    const three = function* () {
      yield 1;
      yield 2;
    };
    await whileWaiting(sleep(100), 0, three, (step) => {
      calls++;
      return step();
    });
    assert.equal(calls, 3, 'two steps and the one that found none left');
  });
});

// Remembered workspace searches (src/vscode/rememberedSearch.ts): the first answer of a session comes
// from the workspace's memory when it has one, and a real search that finds other files reloads.
import { strict as assert } from 'node:assert';
import { RememberedSearch, rememberedFiles, type FoundFiles, type SearchMemory } from '../../../src/vscode/rememberedSearch';

class Memory implements SearchMemory {
  readonly values = new Map<string, unknown>();
  updates = 0;
  get<T>(key: string): T | undefined {
    return this.values.get(key) as T | undefined;
  }
  update(key: string, value: unknown): Promise<void> {
    this.updates++;
    this.values.set(key, value);
    return Promise.resolve();
  }
  keys(): string[] {
    return [...this.values.keys()];
  }
}

/** A search that answers only when the test lets it, as VS Code's does while its service starts. */
function pendingSearch(files: string[]): { search: () => Promise<string[]>; finish: () => void; calls: () => number } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  return {
    search: () => {
      calls++;
      return gate.then(() => files);
    },
    finish: () => release(),
    calls: () => calls,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Asks for the 'datasets' search and checks that no answer comes before the search ends. */
async function answerAfterSearch(remembered: RememberedSearch, files: string[], why: string): Promise<FoundFiles> {
  const pending = pendingSearch(files);
  const answer = remembered.find('datasets', pending.search);
  let answered = false;
  void answer.then(() => (answered = true));
  await settle();
  assert.equal(answered, false, why);
  pending.finish();
  return answer;
}

describe('remembered workspace searches', () => {
  it('waits for the search when nothing is remembered, then remembers its files in order', async () => {
    const memory = new Memory();
    let stale = 0;
    const remembered = new RememberedSearch(memory, () => stale++);
    const found = await answerAfterSearch(remembered, ['file:///w/b.facts.json', 'file:///w/a.facts.json'], 'no memory: the answer is the search');
    assert.deepEqual(found.files, ['file:///w/a.facts.json', 'file:///w/b.facts.json']);
    assert.equal(found.remembered, false);
    assert.deepEqual(memory.get('factdesk.found:datasets'), ['file:///w/a.facts.json', 'file:///w/b.facts.json']);
    assert.equal(stale, 0);
  });

  it('answers from memory before the search ends, and stays quiet when the search agrees', async () => {
    const memory = new Memory();
    memory.values.set('factdesk.found:datasets', ['file:///w/a.facts.json']);
    let stale = 0;
    const remembered = new RememberedSearch(memory, () => stale++);
    const pending = pendingSearch(['file:///w/a.facts.json']);
    const found = await remembered.find('datasets', pending.search);
    assert.deepEqual(found.files, ['file:///w/a.facts.json']);
    assert.equal(found.remembered, true);
    assert.equal(pending.calls(), 1, 'the real search still runs');
    pending.finish();
    assert.deepEqual(await found.searched, ['file:///w/a.facts.json']);
    await settle();
    assert.equal(stale, 0);
    assert.equal(memory.updates, 0, 'an unchanged result is not written again');
  });

  it('tells the caller to load again when the search finds other files, and remembers them', async () => {
    const memory = new Memory();
    memory.values.set('factdesk.found:datasets', ['file:///w/a.facts.json']);
    let stale = 0;
    const remembered = new RememberedSearch(memory, () => stale++);
    const pending = pendingSearch(['file:///w/a.facts.json', 'file:///w/new.facts.json']);
    const found = await remembered.find('datasets', pending.search);
    assert.deepEqual(found.files, ['file:///w/a.facts.json']);
    pending.finish();
    await found.searched;
    await settle();
    assert.equal(stale, 1);
    assert.deepEqual(memory.get('factdesk.found:datasets'), ['file:///w/a.facts.json', 'file:///w/new.facts.json']);
    // The next session answers with the new files at once.
    const next = await new RememberedSearch(memory, () => stale++).find('datasets', () => Promise.resolve(['file:///w/a.facts.json', 'file:///w/new.facts.json']));
    assert.deepEqual(next.files, ['file:///w/a.facts.json', 'file:///w/new.facts.json']);
    await settle();
    assert.equal(stale, 1);
  });

  it('keeps the remembered files when the search fails, and ignores a memory that is not a list of strings', async () => {
    const memory = new Memory();
    memory.values.set('factdesk.found:configs', ['file:///w/.factdesk.json']);
    memory.values.set('factdesk.found:datasets', [1, 2]);
    let stale = 0;
    const remembered = new RememberedSearch(memory, () => stale++);
    const found = await remembered.find('configs', () => Promise.reject(new Error('no file search here')));
    assert.deepEqual(found.files, ['file:///w/.factdesk.json']);
    await assert.rejects(found.searched);
    await settle();
    assert.equal(stale, 0);
    assert.deepEqual(memory.get('factdesk.found:configs'), ['file:///w/.factdesk.json']);
    const fresh = await remembered.find('datasets', () => Promise.resolve(['file:///w/x.facts.json']));
    assert.equal(fresh.remembered, false, 'a damaged memory is not answered with');
    assert.deepEqual(fresh.files, ['file:///w/x.facts.json']);
  });

  it("answers from memory only for the session's first search of a key: a reload waits for the search", async () => {
    const memory = new Memory();
    memory.values.set('factdesk.found:datasets', ['file:///w/a.facts.json']);
    let stale = 0;
    const remembered = new RememberedSearch(memory, () => stale++);
    const first = await remembered.find('datasets', () => Promise.resolve(['file:///w/a.facts.json']));
    assert.equal(first.remembered, true);
    const second = await answerAfterSearch(remembered, ['file:///w/a.facts.json', 'file:///w/made-now.facts.json'], 'the second search is waited for');
    assert.equal(second.remembered, false);
    assert.deepEqual(second.files, ['file:///w/a.facts.json', 'file:///w/made-now.facts.json']);
    assert.deepEqual(memory.get('factdesk.found:datasets'), second.files, 'and remembered for the next session');
    assert.equal(stale, 0, 'a result that was waited for needs no reload');
  });

  it('goes on when the memory cannot be written', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const memory: SearchMemory = { get: () => undefined, update: () => Promise.reject(new Error('storage is full')), keys: () => [] };
      const found = await new RememberedSearch(memory, () => undefined).find('datasets', () => Promise.resolve(['file:///w/a.facts.json']));
      assert.deepEqual(found.files, ['file:///w/a.facts.json']);
      await settle();
      await settle();
      assert.deepEqual(rejections, []);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it('keeps each search apart by its key', async () => {
    const memory = new Memory();
    const remembered = new RememberedSearch(memory, () => undefined);
    await remembered.find('datasets:file:///one:**/*.facts.json', () => Promise.resolve(['file:///one/a.facts.json']));
    await remembered.find('datasets:file:///two:**/*.facts.json', () => Promise.resolve(['file:///two/b.facts.json']));
    const nextSession = new RememberedSearch(memory, () => undefined);
    const one = await nextSession.find('datasets:file:///one:**/*.facts.json', () => new Promise<string[]>(() => undefined));
    assert.deepEqual(one.files, ['file:///one/a.facts.json']);
    assert.equal(one.remembered, true);
  });

  it('lists the files remembered for every search of a kind, each once, for reading them before they are asked for', async () => {
    const memory = new Memory();
    const remembered = new RememberedSearch(memory, () => undefined);
    await remembered.find('datasets:file:///one:**/*.facts.json', () => Promise.resolve(['file:///one/a.facts.json', 'file:///one/b.facts.json']));
    await remembered.find('datasets:file:///one:data/**/*.facts.json', () => Promise.resolve(['file:///one/a.facts.json']));
    await remembered.find('config:file:///one', () => Promise.resolve(['file:///one/.factdesk.json']));
    memory.values.set('factdesk.found:datasets:damaged', 'not a list');
    assert.deepEqual(rememberedFiles(memory, 'datasets:').sort(), ['file:///one/a.facts.json', 'file:///one/b.facts.json']);
    assert.deepEqual(rememberedFiles(memory, 'config:'), ['file:///one/.factdesk.json']);
  });
});

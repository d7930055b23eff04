import * as assert from 'assert';
import { buildIndex } from '../../src/core';
import { BUNDLED_DATASETS } from '../../src/dataset/bundled';
import { loadDatasets } from '../../src/dataset/load';
import { createFactSearch } from '../../src/vscode/factSearch';

suite('Insert citation… fuzzy search (fuse.js)', () => {
  const search = createFactSearch(buildIndex(loadDatasets([...BUNDLED_DATASETS]).datasets));
  const top = (q: string) => search.search(q)[0]?.fact.id;

  test('every word of the query counts, typos included', () => {
    assert.strictEqual(top('hungary hikvision'), 'hu-shodan-hikvision-devices');
    assert.strictEqual(top('hungery hikvison'), 'hu-shodan-hikvision-devices');
    assert.strictEqual(top('moldova procurement'), 'md-procured-dahua-hikvision-cameras');
    assert.strictEqual(top('5.8 million'), 'rs-belgrade-camera-spending-2023');
    assert.strictEqual(top('sofia bus'), 'bg-sofia-transport-hikvision-cameras');
  });

  test('an empty query lists every fact; operators typed by a writer are plain text', () => {
    assert.strictEqual(search.search('  ').length, search.entries.length);
    assert.ok(search.entries.length >= 30);
    assert.doesNotThrow(() => search.search('!^=$ "\''));
  });
});

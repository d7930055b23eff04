// The result cache of --cache (src/cli/cache.ts): reports spread over shard files by path, each read
// when first asked for; a save rewrites only the shards that changed; another key, a damaged shard or a
// changed text serves nothing.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportCache } from '../../../src/cli/cache';
import type { FileReport } from '../../../src/cli/report';

const report = (file: string): FileReport => ({ file, findings: [] }) as unknown as FileReport;
const FILES = Array.from({ length: 40 }, (_, i) => `drafts/draft-${i}.md`);

describe('result cache shards', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'factdesk-results-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const shardTexts = (): Map<string, string> => new Map(readdirSync(join(folder, 'results')).map((name) => [name, readFileSync(join(folder, 'results', name), 'utf8')]));
  const fill = (key: string): void => {
    const cache = ReportCache.open(folder, key);
    for (const file of FILES) cache.set(file, `hash of ${file}`, report(file));
    cache.save();
  };

  it('spreads the reports over several files, and serves each from a new run', () => {
    fill('key-1');
    assert.ok(shardTexts().size >= 10, `${shardTexts().size} shards for 40 files`);
    const again = ReportCache.open(folder, 'key-1');
    for (const file of FILES) assert.deepEqual(again.get(file, `hash of ${file}`), report(file), file);
    assert.equal(again.get(FILES[0]!, 'another hash'), undefined, 'a changed text');
  });

  it("rewrites only the changed file's shard, and removes the single file of the older layout", () => {
    writeFileSync(join(folder, 'results.json'), '{}');
    fill('key-1');
    assert.equal(existsSync(join(folder, 'results.json')), false);
    const before = shardTexts();
    const cache = ReportCache.open(folder, 'key-1');
    cache.set(FILES[3]!, 'new hash', report(FILES[3]!));
    cache.save();
    const after = shardTexts();
    const rewritten = [...after].filter(([name, text]) => before.get(name) !== text);
    assert.equal(rewritten.length, 1);
    assert.match(rewritten[0]![1], /new hash/);
  });

  it('serves nothing for another key, and nothing from a damaged shard', () => {
    fill('key-1');
    const other = ReportCache.open(folder, 'key-2');
    assert.ok(FILES.every((file) => other.get(file, `hash of ${file}`) === undefined));
    const [damaged] = readdirSync(join(folder, 'results'));
    writeFileSync(join(folder, 'results', damaged!), '{"format": 2, "key": "key-1", "entr');
    const cache = ReportCache.open(folder, 'key-1');
    const served = FILES.filter((file) => cache.get(file, `hash of ${file}`) !== undefined);
    assert.ok(served.length > 0 && served.length < FILES.length, `${served.length} of ${FILES.length} served`);
  });
});

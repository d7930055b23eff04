// Sharded, parallel, cached and single-thread runs of the built CLI (dist/cli.js) over the same files
// must print the same JSON, byte for byte; the cache must serve unchanged files and only those.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { applyRunOption, shardOf, type RunOptions } from '../../../src/cli/runOptions';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'dist/cli.js');

function cli(args: string[], cwd: string): string {
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr}`);
  return result.stdout;
}

interface JsonDocument {
  version: number;
  results: { file: string; findings: { message: string }[] }[];
}

describe('run modes give the same output', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-modes-'));
    // Two folders of labelled drafts: some findings in each, files of different sizes.
    cpSync(join(ROOT, 'test/fixtures/drafts'), join(dir, 'drafts'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/holdout'), join(dir, 'holdout'), { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('single thread, two workers, three shards, a cold and a warm cache', () => {
    const single = cli(['--jobs', '1', 'drafts', 'holdout'], dir);
    const parsed = JSON.parse(single) as JsonDocument;
    assert.ok(parsed.results.length >= 6, 'enough files to spread over workers and shards');
    assert.ok(parsed.results.some((r) => r.findings.length > 0));

    assert.equal(cli(['--jobs', '2', 'drafts', 'holdout'], dir), single, 'two worker threads');

    const shards = [1, 2, 3].map((i) => JSON.parse(cli(['--shard', `${i}/3`, 'drafts', 'holdout'], dir)) as JsonDocument);
    assert.ok(shards.every((s) => s.results.length > 0), 'every shard has files');
    const merged: JsonDocument = { version: parsed.version, results: shards.flatMap((s) => s.results) };
    assert.equal(`${JSON.stringify(merged, null, 2)}\n`, single, 'shards concatenated in order');

    const cacheArgs = ['--cache-location', join(dir, 'cache')];
    assert.equal(cli([...cacheArgs, '--jobs', '2', 'drafts', 'holdout'], dir), single, 'cold cache, two workers');
    assert.equal(cli([...cacheArgs, 'drafts', 'holdout'], dir), single, 'warm cache');
  });

  it('the cache serves unchanged files and re-checks a changed file', () => {
    const location = join(dir, 'cache-edit');
    const args = ['--cache-location', location, 'drafts'];
    const fresh = cli(args, dir);
    // Mark every cached report: what comes back marked was served from the cache.
    const shards = readdirSync(join(location, 'results')).map((name) => join(location, 'results', name));
    assert.ok(shards.length > 1, 'the reports are spread over shards');
    for (const shard of shards) {
      const stored = JSON.parse(readFileSync(shard, 'utf8')) as { entries: Record<string, { report: { findings: { message: string }[] } }> };
      for (const entry of Object.values(stored.entries)) for (const f of entry.report.findings) f.message = `CACHED ${f.message}`;
      writeFileSync(shard, JSON.stringify(stored));
    }
    const first = (JSON.parse(fresh) as JsonDocument).results.find((r) => r.findings.length > 0)!;
    writeFileSync(join(dir, first.file), `${readFileSync(join(dir, first.file), 'utf8')}\n`);

    const again = JSON.parse(cli(args, dir)) as JsonDocument;
    for (const result of again.results) {
      const cached = result.findings.some((f) => f.message.startsWith('CACHED '));
      if (result.file === first.file) assert.ok(!cached, 'the changed file is checked again');
      else if (result.findings.length > 0) assert.ok(cached, `${result.file} comes from the cache`);
    }
    // Another dataset is another key: nothing is served from the old results.
    const dataset = join(ROOT, 'examples/datasets/china-finance-cee.facts.json');
    const other = JSON.parse(cli(['--dataset', dataset, ...args], dir)) as JsonDocument;
    assert.ok(other.results.every((r) => r.findings.every((f) => !f.message.startsWith('CACHED '))));
  });
});

describe('run options', () => {
  it('parse --jobs, --shard, --cache and refuse bad values', () => {
    const options: RunOptions = {};
    assert.equal(applyRunOption(options, '--jobs', '4'), '');
    assert.equal(applyRunOption(options, '--shard', '2/8'), '');
    assert.equal(applyRunOption(options, '--cache', undefined), '');
    assert.deepEqual(options, { jobs: 4, shard: { index: 2, count: 8 }, cache: true });
    assert.match(applyRunOption(options, '--jobs', '0')!, /at least 1/);
    assert.match(applyRunOption(options, '--shard', '9/8')!, /1 ≤ i ≤ n/);
    assert.equal(applyRunOption(options, '--other', undefined), undefined);
  });

  it('shards are contiguous, cover every file once and keep the order', () => {
    const files = Array.from({ length: 10 }, (_, i) => i);
    const parts = [1, 2, 3].map((index) => shardOf(files, { index, count: 3 }));
    assert.deepEqual(parts.flat(), files);
    assert.deepEqual(parts.map((p) => p.length), [3, 3, 4]);
    assert.deepEqual(shardOf([1, 2], { index: 3, count: 3 }), [2]);
  });
});

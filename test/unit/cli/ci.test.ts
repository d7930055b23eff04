// The CLI in CI: .factdesk.json (found by walking up, --config, --no-config, errors), --format junit,
// --changed-since in a real temporary git repository, --max-warnings. Spawns the built CLI.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from '../../../src/cli/args';
import { changedLines, changedLinesByFile, touchesChange } from '../../../src/cli/changedSince';
import { escapeXml, formatJunit } from '../../../src/cli/formats/junit';
import type { CliFinding } from '../../../src/cli/report';

const CLI = join(resolve(__dirname, '../../../..'), 'dist/cli.js');
const MISMATCH = 'Shodan lists 81,166 Hikvision devices in Hungary.';
const VERIFIED = 'Shodan lists 18,166 Hikvision devices in Hungary, according to RFE/RL.';

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function codes(stdout: string): string[] {
  return (JSON.parse(stdout) as { results: { findings: { code: string; severity: string }[] }[] }).results.flatMap((r) =>
    r.findings.map((f) => `${f.code}:${f.severity}`),
  );
}

function git(args: string[], cwd: string): void {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
}

describe('cli in CI', function () {
  this.timeout(30_000);
  let dir: string;
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-ci-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('arguments', () => {
    it('parses the CI options and the lsp command', () => {
      const parsed = parseArgs(['check', '--format=junit', '--config', 'c.json', '--changed-since', 'origin/main', '--max-warnings', '3', 'a.md']);
      assert.equal(parsed.kind, 'check');
      if (parsed.kind !== 'check') return;
      assert.equal(parsed.options.format, 'junit');
      assert.equal(parsed.options.config, 'c.json');
      assert.equal(parsed.options.changedSince, 'origin/main');
      assert.equal(parsed.options.maxWarnings, 3);
      assert.equal(parseArgs(['check', '--no-config', 'a.md']).kind === 'check' && (parseArgs(['check', '--no-config', 'a.md']) as { options: { noConfig?: boolean } }).options.noConfig, true);
      assert.deepEqual(parseArgs(['lsp', '--stdio']), { kind: 'lsp' });
    });

    it('refuses bad values', () => {
      assert.equal(parseArgs(['check', '--max-warnings', 'many', 'a.md']).kind, 'usage-error');
      assert.equal(parseArgs(['check', '--max-warnings=-1', 'a.md']).kind, 'usage-error');
      assert.equal(parseArgs(['check', '--config', 'c.json', '--no-config', 'a.md']).kind, 'usage-error');
      assert.equal(parseArgs(['check', '--changed-since']).kind, 'usage-error');
    });
  });

  describe('.factdesk.json', () => {
    it('is found above the checked file and sets severities', () => {
      write('.factdesk.json', '// stricter than the defaults\n{ "severity": { "figure-mismatch": "error", "missing-citation": "off" } }\n');
      write('docs/draft.md', `${MISMATCH}\n`);
      const run = cli(['check', '--format', 'json', 'docs/draft.md'], dir);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(codes(run.stdout), ['figure-mismatch:error']);
      // --no-config: the defaults again.
      assert.deepEqual(codes(cli(['check', '--format', 'json', '--no-config', 'docs/draft.md'], dir).stdout), ['figure-mismatch:warning']);
    });

    it('applies on worker threads (--jobs) and keys the result cache (--cache)', () => {
      write('.factdesk.json', '{ "severity": { "figure-mismatch": "error" } }');
      for (const name of ['a.md', 'b.md', 'c.md']) write(name, `${MISMATCH}\n`);
      const severities = (args: string[]) => codes(cli(['check', '--format', 'json', ...args, 'a.md', 'b.md', 'c.md'], dir).stdout);
      assert.deepEqual(severities(['--jobs', '2']), ['figure-mismatch:error', 'figure-mismatch:error', 'figure-mismatch:error']);
      assert.deepEqual(severities(['--cache-location', 'cache']), ['figure-mismatch:error', 'figure-mismatch:error', 'figure-mismatch:error']);
      write('.factdesk.json', '{ "severity": { "figure-mismatch": "info" } }');
      assert.deepEqual(severities(['--cache-location', 'cache']), ['figure-mismatch:info', 'figure-mismatch:info', 'figure-mismatch:info']);
    });

    it('uses the nearest file for each checked file', () => {
      write('.factdesk.json', '{ "severity": { "figure-mismatch": "error" } }');
      write('notes/.factdesk.json', '{ "severity": { "figure-mismatch": "off", "missing-citation": "off" } }');
      write('a.md', `${MISMATCH}\n`);
      write('notes/b.md', `${MISMATCH}\n`);
      const run = cli(['check', '--format', 'json', 'a.md', 'notes/b.md'], dir);
      const results = (JSON.parse(run.stdout) as { results: { file: string; findings: { code: string; severity: string }[] }[] }).results;
      assert.deepEqual(results.map((r) => [r.file, r.findings.map((f) => `${f.code}:${f.severity}`)]), [
        ['a.md', ['figure-mismatch:error']],
        ['notes/b.md', []],
      ]);
    });

    it('skips ignored files and loads its datasets and vocabulary', () => {
      write('cfg/project.jsonc', JSON.stringify({ ignore: ['archive/**'], datasets: ['../data/{widgets,other}.facts.json'], vocabulary: { topic: ['webcams'] } }));
      write('data/widgets.facts.json', JSON.stringify({
        topic: ['widgets'],
        sources: [{ id: 'w', title: 'Widget survey', publisher: 'Widget Weekly', date: '2024-01-02', url: 'https://example.org/w' }],
        entities: [{ id: 'widgetville', kind: 'city', name: 'Widgetville' }],
        facts: [{ id: 'widgetville-widgets', entity: 'widgetville', vendors: [], measure: 'widgets counted', keywords: ['widgets'], value: 1234,
          unit: 'count', qualifier: 'exact', period: null, via: 'census', quote: 'Widgetville has 1,234 widgets.', source: 'w' }],
      }));
      write('cfg/archive/old.md', `${MISMATCH}\n`);
      write('cfg/widgets.md', 'Widgetville has 1,243 widgets.\n\nHungary has 81,166 webcams.\n');
      const run = cli(['check', '--format', 'json', '--config', 'cfg/project.jsonc', 'cfg'], dir);
      const results = (JSON.parse(run.stdout) as { results: { file: string; findings: { code: string; factId: string | null }[] }[] }).results;
      assert.deepEqual(results.map((r) => r.file), ['cfg/widgets.md']);
      const mismatches = results[0]!.findings.filter((f) => f.code === 'figure-mismatch').map((f) => f.factId);
      assert.deepEqual(mismatches, ['widgetville-widgets', 'hu-shodan-hikvision-devices']);
    });

    it('keeps the order found; "showVerified": false hides verified figures from all but JSON', () => {
      write('b/.factdesk.json', '{ "showVerified": false }');
      write('a.md', `${VERIFIED}\n`);
      write('b/b.md', `${VERIFIED}\n`);
      write('c.md', `${VERIFIED}\n`);
      const text = cli(['check', 'a.md', 'b/b.md', 'c.md'], dir).stdout;
      assert.deepEqual(text.trim().split('\n').map((l) => l.split(':')[0]), ['a.md', 'c.md'], text);
      const results = (JSON.parse(cli(['check', '--format', 'json', 'a.md', 'b/b.md', 'c.md'], dir).stdout) as { results: { file: string; findings: { code: string }[] }[] }).results;
      assert.deepEqual(results.map((r) => [r.file, r.findings.map((f) => f.code)]), [['a.md', ['figure-verified']], ['b/b.md', ['figure-verified']], ['c.md', ['figure-verified']]]);
    });

    it('writes one sign-off sheet (--format csv) across files of different configurations, in order', () => {
      write('b/.factdesk.json', '{ "ignore": ["skip.md"] }');
      write('a.md', `${MISMATCH}\n`);
      write('b/b.md', `${MISMATCH}\n`);
      write('b/skip.md', `${MISMATCH}\n`);
      const rows = cli(['check', '--format', 'csv', 'a.md', 'b'], dir).stdout.trim().split('\r\n');
      assert.equal(rows.filter((r) => r.startsWith('file,')).length, 1, rows.join('\n'));
      assert.deepEqual(rows.slice(1).map((r) => r.split(',')[0]), ['a.md', 'b/b.md']);
    });

    it('stops the run with file, line, column and JSON path when invalid', () => {
      write('.factdesk.json', '{\n  "citationStyle": "harvard"\n}\n');
      write('a.md', `${MISMATCH}\n`);
      const run = cli(['check', 'a.md'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /\.factdesk\.json:2:20: citationStyle: expected one of "footnote", "inline", "pandoc", got string "harvard"/);
      assert.equal(run.stdout, '');
      const missing = cli(['check', '--config', 'nope.json', 'a.md'], dir);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /nope\.json: no such configuration file/);
    });
  });

  describe('--format junit', () => {
    it('writes one failing test case per warning and a passing one per clean file', () => {
      write('bad.md', `${MISMATCH}\n`);
      write('good.md', `${VERIFIED}\n`);
      const run = cli(['check', '--format', 'junit', 'bad.md', 'good.md'], dir);
      assert.equal(run.status, 1);
      assert.match(run.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="factdesk" tests="2" failures="1" errors="0">/);
      assert.match(run.stdout, /<testsuite name="bad.md" tests="1" failures="1"[^>]*>\n {4}<testcase classname="bad.md" name="1:14 figure-mismatch" file="bad.md" line="1">\n {6}<failure message="[^"]*18,166[^"]*" type="warning">/);
      assert.match(run.stdout, /<testsuite name="good.md" tests="1" failures="0"[^>]*>\n {4}<testcase classname="good.md" name="factdesk" file="good.md"\/>/);
    });

    it('escapes what XML must not contain', () => {
      assert.equal(escapeXml('a<b & "c" \'d\'\u0001>'), 'a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
      const finding: CliFinding = {
        code: 'figure-mismatch', severity: 'error', message: 'x < y & z', line: 2, column: 3, endLine: 2, endColumn: 5,
        found: 1, expected: 2, factId: 'f', relatedFactId: null, source: null, evidence: null,
      };
      const xml = formatJunit([{ file: 'a&b.md', findings: [finding] }]);
      assert.ok(xml.includes('classname="a&amp;b.md"') && xml.includes('message="x &lt; y &amp; z" type="error"'), xml);
    });
  });

  describe('--max-warnings', () => {
    it('fails only above the limit, and always on errors', () => {
      write('a.md', `${MISMATCH}\n\n${MISMATCH.replace('Hungary', 'Hungary again')}\n`);
      const two = cli(['check', 'a.md'], dir);
      assert.equal(two.status, 1);
      assert.match(two.stderr, /2 warnings/);
      assert.equal(cli(['check', '--max-warnings', '2', 'a.md'], dir).status, 0);
      const over = cli(['check', '--max-warnings', '1', 'a.md'], dir);
      assert.equal(over.status, 1);
      assert.match(over.stderr, /2 warnings, more than --max-warnings 1/);
      write('.factdesk.json', '{ "severity": { "figure-mismatch": "error" } }');
      assert.equal(cli(['check', '--max-warnings', '10', 'a.md'], dir).status, 1);
    });
  });

  describe('--changed-since', () => {
    it('reads changed lines from git hunk headers', () => {
      assert.deepEqual(changedLines('@@ -1,2 +1,3 @@\n+x\n@@ -10 +11 @@\n@@ -20,2 +22,0 @@\n'), [{ start: 1, end: 3 }, { start: 11, end: 11 }]);
      const byFile = changedLinesByFile('diff --git a/x.md b/y.md\n--- a/x.md\n+++ b/y.md\n@@ -1 +1 @@\n-a\n+b\ndiff --git a/gone.md b/gone.md\n--- a/gone.md\n+++ /dev/null\n@@ -1 +0,0 @@\n');
      assert.deepEqual([...byFile], [['y.md', [{ start: 1, end: 1 }]]]);
      assert.equal(touchesChange([{ start: 3, end: 4 }], 4, 4), true);
      assert.equal(touchesChange([{ start: 3, end: 4 }], 5, 6), false);
    });

    it('reports only findings on lines changed since the ref, in a real repository', () => {
      git(['init', '-q', '-b', 'main'], dir);
      git(['config', 'user.email', 'test@example.org'], dir);
      git(['config', 'user.name', 'factdesk test'], dir);
      write('old.md', `# Old\n\n${MISMATCH}\n\nSome text.\n`);
      write('untouched.md', `${MISMATCH}\n`);
      git(['add', '.'], dir);
      git(['commit', '-q', '-m', 'base'], dir);
      // A new wrong figure on line 7 of an old file, committed; an unstaged edit; an untracked file.
      write('old.md', `# Old\n\n${MISMATCH}\n\nSome text.\n\n${MISMATCH.replace('Hungary', 'Hungary, too')}\n`);
      git(['commit', '-q', '-am', 'edit'], dir);
      write('new.md', `${MISMATCH}\n`);
      const args = ['check', '--format', 'json', '--changed-since', 'HEAD~1', 'old.md', 'untouched.md', 'new.md'];
      const run = cli(args, dir);
      const results = (JSON.parse(run.stdout) as { results: { file: string; findings: { code: string; line: number }[] }[] }).results;
      const lines = results.map((r) => [r.file, r.findings.filter((f) => f.code === 'figure-mismatch').map((f) => f.line)]);
      assert.deepEqual(lines, [['old.md', [7]], ['untouched.md', []], ['new.md', [1]]]);
      assert.equal(run.status, 1);
      // Since HEAD (nothing committed since), only the untracked file's findings remain.
      const sinceHead = cli(['check', '--format', 'json', '--changed-since', 'HEAD', 'old.md', 'new.md'], dir);
      assert.deepEqual(codes(sinceHead.stdout).filter((c) => c.startsWith('figure-mismatch')).length, 1);
      const unknown = cli(['check', '--changed-since', 'no-such-ref', 'old.md'], dir);
      assert.equal(unknown.status, 2);
      assert.match(unknown.stderr, /"no-such-ref" is no commit/);
    });

    it('is an error outside a git repository', () => {
      write('a.md', `${MISMATCH}\n`);
      const run = cli(['check', '--changed-since', 'HEAD', 'a.md'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /needs a git repository/);
    });
  });
});

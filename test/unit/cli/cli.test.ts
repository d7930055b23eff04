// End to end: spawns the built CLI (dist/cli.js, built by `npm run build`) on real files with the real
// engine and the bundled dataset.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'dist/cli.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  found: number | null;
  expected: number | null;
  factId: string | null;
  relatedFactId: string | null;
  source: { title: string; publisher: string; date: string; url: string } | null;
  evidence: { probability: number; summary: string; features: { feature: string; weight: number }[]; rules: Record<string, string> } | null;
}
interface JsonDocument {
  version: number;
  results: { file: string; findings: JsonFinding[] }[];
}

function json(run: Run): JsonDocument {
  return JSON.parse(run.stdout) as JsonDocument;
}

const MISMATCH = 'Shodan lists 81,166 Hikvision devices in Hungary.';
const VERIFIED = 'Shodan lists 18,166 Hikvision devices in Hungary, according to RFE/RL.';
const SOURCE_URL = 'https://gandhara.rferl.mobi/China-In-Eurasia';

describe('cli end to end', function () {
  this.timeout(20_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-'));
    const write = (name: string, text: string): void => {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    };
    write('mismatch.md', `# Hungary\n\n${MISMATCH}\n`);
    write('verified.md', `# Hungary\n\n${VERIFIED}\n`);
    write('utf16.md', `# Україна\n\n📷 Україна 🇺🇦 — ${MISMATCH}\n`);
    write('crlf.md', `# Hungary\r\n\r\n${MISMATCH}\r\n`);
    write('bom.md', `\uFEFF${MISMATCH}\n`);
    write('clean.md', '# Notes\n\nThe meeting is at 10 and lasts 45 minutes.\n');
    write('docs/a.md', `${MISMATCH}\n`);
    write('docs/sub/b.markdown', `${VERIFIED}\n`);
    write('docs/sub/c.txt', `${MISMATCH}\n`);
    write('docs/node_modules/d.md', `${MISMATCH}\n`);
    write('docs/.hidden/e.md', `${MISMATCH}\n`);
    write('odd,name:1.md', `${MISMATCH}\n`);
    write('custom/widgets.facts.json', JSON.stringify({
      topic: ['widgets'],
      sources: [{ id: 'widget-survey', title: 'Widget survey', publisher: 'Widget Weekly', date: '2024-01-02', url: 'https://example.org/widgets' }],
      entities: [{ id: 'widgetville', kind: 'city', name: 'Widgetville' }],
      vendors: [],
      facts: [{
        id: 'widgetville-widgets', entity: 'widgetville', vendors: [], measure: 'widgets counted', keywords: ['widgets'], value: 1234,
        unit: 'count', qualifier: 'exact', period: null, via: 'census', quote: 'Widgetville has 1,234 widgets.', source: 'widget-survey',
      }],
    }));
    write('custom/readme.txt', 'not a dataset\n');
    write('widgets.md', 'Widgetville has 1,243 widgets, according to Widget Weekly.\n');
    write('bad/broken.facts.json', JSON.stringify({ facts: [{ id: 'x', entity: 'HU', vendors: [], measure: 'm', keywords: ['k'], value: 'many', unit: 'count', qualifier: 'exact', period: null, via: 'v', quote: 'q', source: 's' }] }));
    write('bad/syntax.facts.json', '{ "facts": [ ');
    write('empty-dir/readme.txt', 'nothing\n');
    // About 2 MB of text output: more than any pipe buffers.
    for (let i = 0; i < 20; i++) write(`many/d${i}.md`, `${MISMATCH}\n\n`.repeat(200));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('json', () => {
    it('reports a wrong figure with its exact range, values and source', () => {
      const run = cli(['check', '--format', 'json', 'mismatch.md'], dir);
      assert.equal(run.status, 1, run.stderr);
      const doc = json(run);
      assert.deepEqual(Object.keys(doc), ['version', 'results']);
      assert.equal(doc.version, 1);
      assert.equal(doc.results.length, 1);
      assert.equal(doc.results[0].file, 'mismatch.md');
      const mismatch = doc.results[0].findings.filter((f) => f.code === 'figure-mismatch');
      assert.equal(mismatch.length, 1);
      const f = mismatch[0];
      assert.deepEqual(Object.keys(f), ['code', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'found', 'expected', 'factId', 'relatedFactId', 'source', 'evidence']);
      assert.ok(f.evidence && f.evidence.probability >= 0.5, JSON.stringify(f.evidence));
      assert.match(f.evidence.summary, /Hungary/);
      assert.ok(f.evidence.features.some((e) => e.feature === 'value.transposed'));
      assert.equal(f.evidence.rules.entity, 'entity/clause', 'the reading rule that found the entity');
      assert.deepEqual(
        { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, found: f.found, expected: f.expected, factId: f.factId, severity: f.severity },
        { line: 3, column: 14, endLine: 3, endColumn: 20, found: 81166, expected: 18166, factId: 'hu-shodan-hikvision-devices', severity: 'warning' },
      );
      assert.ok(f.source);
      assert.deepEqual(Object.keys(f.source), ['title', 'publisher', 'date', 'url']);
      assert.equal(f.source.publisher, 'RFE/RL');
      assert.equal(f.source.date, '2024-05-07');
      assert.equal(f.source.url, SOURCE_URL);
      assert.match(f.message, /18,166/);
      assert.equal(run.stderr, '', 'json output prints no summary');
    });

    it('always includes figure-verified findings and exits 0 without warnings', () => {
      const run = cli(['check', '--format=json', 'verified.md'], dir);
      assert.equal(run.status, 0, run.stdout + run.stderr);
      const findings = json(run).results[0].findings;
      const verified = findings.filter((f) => f.code === 'figure-verified');
      assert.equal(verified.length, 1, JSON.stringify(findings));
      assert.deepEqual([verified[0].line, verified[0].column, verified[0].endColumn, verified[0].found, verified[0].expected, verified[0].severity], [3, 14, 20, 18166, 18166, 'info']);
      assert.ok(findings.every((f) => f.severity === 'info' || f.severity === 'hint'));
    });

    it('counts columns in UTF-16 code units', () => {
      // "📷 Україна 🇺🇦 — " is 2 + 1 + 7 + 1 + 4 + 1 + 1 + 1 = 18 UTF-16 units (12 code points).
      const doc = json(cli(['check', '--format', 'json', 'utf16.md'], dir));
      const f = doc.results[0].findings.find((x) => x.code === 'figure-mismatch');
      assert.ok(f, JSON.stringify(doc));
      assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [3, 32, 3, 38]);
    });

    it('counts CRLF as one line end and ignores a byte-order mark', () => {
      const crlf = json(cli(['check', '--format', 'json', 'crlf.md'], dir)).results[0].findings.find((x) => x.code === 'figure-mismatch');
      assert.ok(crlf);
      assert.deepEqual([crlf.line, crlf.column, crlf.endColumn], [3, 14, 20]);
      const bom = json(cli(['check', '--format', 'json', 'bom.md'], dir)).results[0].findings.find((x) => x.code === 'figure-mismatch');
      assert.ok(bom);
      assert.deepEqual([bom.line, bom.column, bom.endColumn], [1, 14, 20]);
    });
  });

  describe('text', () => {
    it('prints path:line:col severity code message and a summary on stderr', () => {
      const run = cli(['check', 'mismatch.md', 'verified.md'], dir);
      assert.equal(run.status, 1);
      const lines = run.stdout.trim().split('\n');
      assert.ok(lines.some((l) => l.startsWith('mismatch.md:3:14 warning figure-mismatch ')), run.stdout);
      assert.ok(lines.some((l) => l.startsWith('verified.md:3:14 info figure-verified ')), run.stdout);
      for (const l of lines) assert.match(l, /^[\w.]+:\d+:\d+ (error|warning|info|hint) [a-z-]+ \S/);
      assert.match(run.stderr, /^2 files checked: 1 warning, (\d+ hints?, )?1 verified\n$/);
    });

    it('shows warnings and errors only with --quiet', () => {
      const run = cli(['check', '--quiet', 'mismatch.md', 'verified.md'], dir);
      assert.equal(run.status, 1);
      const lines = run.stdout.trim().split('\n');
      assert.deepEqual(lines.map((l) => l.split(' ').slice(0, 3).join(' ')), ['mismatch.md:3:14 warning figure-mismatch']);
      const quietClean = cli(['check', '-q', 'verified.md'], dir);
      assert.equal(quietClean.status, 0);
      assert.equal(quietClean.stdout, '');
    });
  });

  describe('sarif', () => {
    it('prints a SARIF 2.1.0 log with rules and the exact region', () => {
      const run = cli(['check', '--format', 'sarif', 'mismatch.md', 'verified.md'], dir);
      assert.equal(run.status, 1);
      const log = JSON.parse(run.stdout);
      assert.equal(log.version, '2.1.0');
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'factdesk');
      assert.equal(driver.version, VERSION);
      assert.equal(driver.rules.length, 6);
      const results = log.runs[0].results as { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: unknown } }[] }[];
      const mismatch = results.filter((r) => r.ruleId === 'figure-mismatch');
      assert.equal(mismatch.length, 1);
      assert.equal(mismatch[0].level, 'warning');
      assert.match(mismatch[0].message.text, /18,166/);
      assert.equal(mismatch[0].locations[0].physicalLocation.artifactLocation.uri, 'mismatch.md');
      assert.deepEqual(mismatch[0].locations[0].physicalLocation.region, { startLine: 3, startColumn: 14, endLine: 3, endColumn: 20 });
      assert.ok(results.every((r) => r.ruleId !== 'figure-verified'));
      assert.ok(results.every((r) => ['warning', 'note', 'error'].includes(r.level)));
    });
  });

  describe('github', () => {
    it('prints workflow commands with escaped properties', () => {
      const run = cli(['check', '--format', 'github', 'odd,name:1.md'], dir);
      assert.equal(run.status, 1);
      const lines = run.stdout.trim().split('\n');
      assert.ok(
        lines.includes(`::warning file=odd%2Cname%3A1.md,line=1,col=14,endLine=1,endColumn=20,title=factdesk figure-mismatch::${
          json(cli(['check', '--format', 'json', 'odd,name:1.md'], dir)).results[0].findings.find((f) => f.code === 'figure-mismatch')!.message
            .replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`),
        run.stdout,
      );
      assert.ok(lines.every((l) => /^::(error|warning|notice) file=odd%2Cname%3A1\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=factdesk [a-z-]+::/.test(l)), run.stdout);
    });
  });

  describe('exit codes and discovery', () => {
    it('exits 0 on a file without findings that need attention', () => {
      const run = cli(['check', 'clean.md'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, '1 file checked: 0 warnings, 0 verified\n');
    });

    it('raises no warning on the factbook corpus (figures that are not camera claims)', () => {
      const run = cli(['check', '--quiet', join(ROOT, 'test/fixtures/factbook')], dir);
      assert.equal(run.stdout, '');
      assert.equal(run.status, 0);
      assert.match(run.stderr, /^11 files checked: 0 warnings, /);
    });

    it('searches directories for *.md and *.markdown, skipping node_modules and dot-directories', () => {
      const doc = json(cli(['check', '--format', 'json', 'docs'], dir));
      assert.deepEqual(doc.results.map((r) => r.file), ['docs/a.md', 'docs/sub/b.markdown']);
    });

    it('expands globs', () => {
      const doc = json(cli(['check', '--format', 'json', 'docs/**/*.markdown', '*.md'], dir));
      assert.deepEqual(doc.results.map((r) => r.file), ['docs/sub/b.markdown', 'bom.md', 'clean.md', 'crlf.md', 'mismatch.md', 'odd,name:1.md', 'utf16.md', 'verified.md', 'widgets.md']);
    });

    it('exits 2 naming a missing path or an empty glob, before any output', () => {
      const missing = cli(['check', 'mismatch.md', 'nope.md'], dir);
      assert.equal(missing.status, 2);
      assert.equal(missing.stdout, '');
      assert.match(missing.stderr, /nope\.md: no such file or directory/);
      const glob = cli(['check', 'drafts/**/*.md'], dir);
      assert.equal(glob.status, 2);
      assert.match(glob.stderr, /drafts\/\*\*\/\*\.md: no files match/);
      const empty = cli(['check', 'empty-dir'], dir);
      assert.equal(empty.status, 2);
      assert.match(empty.stderr, /no Markdown files found in empty-dir/);
    });

    it('keeps its exit code when the reader stops early (| head)', async () => {
      const child = spawn(process.execPath, [CLI, 'check', 'many'], { cwd: dir });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise<number | null>((done) => child.on('close', done));
      assert.equal(status, 1, stderr);
      assert.doesNotMatch(stderr, /EPIPE|Error/);
    });

    it('exits 2 on bad usage', () => {
      for (const args of [[], ['check'], ['check', '--format', 'xml', 'a.md'], ['check', '--wat', 'a.md'], ['verify', 'a.md']]) {
        const run = cli(args, dir);
        assert.equal(run.status, 2, args.join(' '));
        assert.match(run.stderr, /^factdesk: .+\n\nUsage: factdesk check/);
        assert.equal(run.stdout, '');
      }
    });

    it('prints help and version', () => {
      const help = cli(['--help'], dir);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^Usage: factdesk check \[options\] <file\|dir\|glob>\.\.\./);
      assert.match(help.stdout, /--no-bundled/);
      const version = cli(['--version'], dir);
      assert.equal(version.status, 0);
      assert.equal(version.stdout, `${VERSION}\n`);
    });
  });

  describe('datasets', () => {
    it('adds --dataset files and folders to the bundled dataset', () => {
      const run = cli(['check', '--format', 'json', '--dataset', 'custom', 'widgets.md', 'mismatch.md'], dir);
      assert.equal(run.status, 1, run.stderr);
      const [widgets, mismatch] = json(run).results;
      const w = widgets.findings.find((f) => f.factId === 'widgetville-widgets');
      assert.ok(w, JSON.stringify(widgets));
      assert.deepEqual([w.code, w.found, w.expected, w.line, w.column, w.endColumn, w.source?.publisher], ['figure-mismatch', 1243, 1234, 1, 17, 22, 'Widget Weekly']);
      assert.ok(mismatch.findings.some((f) => f.code === 'figure-mismatch' && f.factId === 'hu-shodan-hikvision-devices'));
    });

    it('drops the bundled dataset with --no-bundled', () => {
      const none = cli(['check', '--format', 'json', '--no-bundled', '--dataset', 'custom/widgets.facts.json', 'mismatch.md', 'widgets.md'], dir);
      assert.equal(none.status, 1, none.stderr);
      const [mismatch, widgets] = json(none).results;
      assert.deepEqual(mismatch.findings, []);
      assert.ok(widgets.findings.some((f) => f.factId === 'widgetville-widgets'));
      const bare = cli(['check', '--no-bundled', 'mismatch.md'], dir);
      assert.equal(bare.status, 0);
      assert.equal(bare.stdout, '');
    });

    it('exits 2 on an invalid dataset, naming the file and the JSON path', () => {
      const run = cli(['check', '--dataset', 'bad/broken.facts.json', 'mismatch.md'], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /bad\/broken\.facts\.json/);
      assert.match(run.stderr, /facts[.[/]0[\].\/]value|\/facts\/0\/value|facts\[0\]\.value/);
    });

    it('exits 2 on a dataset that is not JSON, and on a missing one', () => {
      const syntax = cli(['check', '--dataset', 'bad/syntax.facts.json', 'mismatch.md'], dir);
      assert.equal(syntax.status, 2);
      assert.match(syntax.stderr, /bad\/syntax\.facts\.json/);
      const missing = cli(['check', '--dataset', 'nope.facts.json', 'mismatch.md'], dir);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /nope\.facts\.json: cannot read dataset \(no such file or directory\)/);
      const empty = cli(['check', '--dataset', 'empty-dir', 'mismatch.md'], dir);
      assert.equal(empty.status, 2);
      assert.match(empty.stderr, /empty-dir: no \*\.facts\.json files/);
    });
  });

  describe('the example draft (npm start)', () => {
    it('shows every verdict', () => {
      const run = cli(['check', '--format', 'json', 'examples/draft.md'], ROOT);
      assert.equal(run.status, 1, run.stderr);
      const findings = json(run).results[0].findings;
      const codes = new Set(findings.map((f) => f.code));
      assert.deepEqual([...codes].sort(), ['figure-misattributed', 'figure-mismatch', 'figure-verified', 'missing-citation', 'period-mismatch', 'qualifier-mismatch']);
      const draft = readFileSync(join(ROOT, 'examples/draft.md'), 'utf8').split('\n');
      const at = (f: JsonFinding): string => draft[f.line - 1].slice(f.column - 1, f.endColumn - 1);
      const one = (code: string): JsonFinding => {
        const list = findings.filter((f) => f.code === code);
        assert.equal(list.length, 1, `${code}: ${JSON.stringify(list)}`);
        return list[0];
      };
      assert.equal(at(one('figure-mismatch')), '81,166');
      assert.equal(at(one('figure-misattributed')), '15,133');
      assert.match(at(one('period-mismatch')), /10,000/);
      assert.match(at(one('qualifier-mismatch')), /7,210/);
      assert.equal(at(one('missing-citation')), '4,177');
      // The code block's 99,999 is never judged.
      assert.ok(findings.every((f) => !at(f).includes('99,999')));
    });
  });
});

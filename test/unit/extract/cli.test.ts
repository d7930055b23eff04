// `factdesk extract` and `factdesk import` end to end: the built CLI (dist/cli.js) on real files.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDatasets } from '../../../src/dataset/load';
import { BUNDLED_CATALOGUE } from '../../../src/dataset/bundled';
import { datasetFileSchema, type DatasetFile } from '../../../src/dataset/schema';
import { repoRoot } from '../support/engine';
import { GOLD_DIR } from '../support/extractRun';

const CLI = (): string => join(repoRoot(), 'dist', 'cli.js');

function cli(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI(), ...args], { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const SOURCE = ['--publisher', 'Example Desk', '--date', '2024-03-01', '--url', 'https://example.org/report'];
const TEXT = '# Town report\n\nIn 2023 Hungary bought more than 1,200 buses for its towns, the ministry said.\n\nSerbia spent $4.5 million on trams in 2022.\n';

function parseDataset(text: string): DatasetFile {
  return datasetFileSchema.parse(JSON.parse(text));
}

describe('cli: factdesk extract', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-extract-'));
    writeFileSync(join(dir, 'report.md'), TEXT);
    writeFileSync(join(dir, 'page.html'), `<html><head><title>Town report</title><meta property="og:site_name" content="Example Desk"><meta property="article:published_time" content="2024-03-01T10:00:00Z"><link rel="canonical" href="https://example.org/report"></head><body><nav>Home 1 2 3</nav><script>var x = 5000;</script><h1>Town report</h1><p>In 2023 Hungary bought more than 1,200 buses for its towns, the ministry said.</p><p>Serbia spent $4.5 million on trams in 2022.</p></body></html>`);
    writeFileSync(join(dir, 'empty.md'), '  \n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a dataset that loads, one fact per figure, with quote, entity, qualifier and period', () => {
    const run = cli(['extract', 'report.md', ...SOURCE], dir);
    assert.equal(run.status, 0, run.stderr);
    const data = parseDataset(run.stdout);
    assert.deepEqual(loadDatasets([...BUNDLED_CATALOGUE, { file: 'x.facts.json', json: data }]).problems, []);
    const buses = data.facts.find((f) => f.value === 1200)!;
    assert.equal(buses.entity, 'HU');
    assert.equal(buses.qualifier, 'more-than');
    assert.deepEqual(buses.period, { from: 2023, to: 2023 });
    assert.equal(buses.quote, 'In 2023 Hungary bought more than 1,200 buses for its towns, the ministry said.');
    assert.ok(buses.keywords.includes('buses'), JSON.stringify(buses.keywords));
    const trams = data.facts.find((f) => f.value === 4500000)!;
    assert.equal(trams.unit, 'USD');
    assert.equal(trams.entity, 'RS');
    assert.equal(data.sources[0].title, 'Town report');
    assert.match(run.stderr, /2 facts from report\.md/);
  });

  it('reads an HTML page with its title, site, date and URL, and leaves out scripts and navigation', () => {
    const run = cli(['extract', 'page.html', '--out', 'page.facts.json'], dir);
    assert.equal(run.status, 0, run.stderr);
    const data = parseDataset(readFileSync(join(dir, 'page.facts.json'), 'utf8'));
    assert.deepEqual(data.sources[0], { id: data.sources[0].id, title: 'Town report', publisher: 'Example Desk', date: '2024-03-01', url: 'https://example.org/report' });
    assert.deepEqual(data.facts.map((f) => f.value).sort((a, b) => a - b), [1200, 4500000]);
  });

  it('gives the same file for the same input', () => {
    assert.equal(cli(['extract', 'report.md', ...SOURCE], dir).stdout, cli(['extract', 'report.md', ...SOURCE], dir).stdout);
  });

  it('exits 2 on bad usage and unreadable input, naming the problem', () => {
    const cases: [string[], RegExp][] = [
      [['extract', 'report.md'], /needs --publisher, --date, --url/],
      [['extract', 'missing.md', ...SOURCE], /missing\.md: cannot read \(no such file\)/],
      [['extract', 'empty.md', ...SOURCE], /empty\.md: the file is empty/],
      [['extract', 'report.md', ...SOURCE, '--date', '2024-01-01'], /--date given twice/],
      [['extract', 'report.md', '--publisher', 'X', '--date', '1 March 2024', '--url', 'https://x.org'], /--date: dates are written YYYY-MM-DD/],
      [['extract', 'report.md', ...SOURCE, '--entity', 'atlantis'], /unknown entity "atlantis"/],
      [['extract', 'report.md', ...SOURCE, '--bogus'], /unknown option "--bogus"/],
      [['extract', ...SOURCE], /expected one source file, got 0/],
    ];
    for (const [args, message] of cases) {
      const run = cli(args, dir);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
  });

  it('prints its help with exit 0', () => {
    const run = cli(['extract', '--help'], dir);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /Usage: factdesk extract/);
  });
});

describe('cli: factdesk import', function () {
  this.timeout(60_000);
  let dir: string;
  const statcan = (): string => join(GOLD_DIR(), 'statcan-daily-2017-05-19');
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-import-'));
    writeFileSync(
      join(dir, 'bad.csv'),
      [
        'Country,What,Figure,Unit,Qualifier,Period,Sentence',
        'Hungary,buses bought,"1,200",count,more than,2023,"In 2023 Hungary bought more than 1,200 buses."',
        'Atlantis,buses,5,count,exact,,"5 buses"',
        'Hungary,trams,12,count,sort of,,"12 trams"',
        'Hungary,trams,12,count,exact,2023-13,"12 trams"',
        'Hungary,trams,99,count,exact,,"the quote says 98"',
        'Serbia,tram spending,$4.5 million,,,2022,"Serbia spent $4.5 million on trams in 2022."',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'broken.csv'), 'Country,Measure,Value,Quote\nHungary,"buses,12,"x\n');
    writeFileSync(join(dir, 'nocolumns.csv'), 'A,B\n1,2\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a comma CSV and a semicolon CSV with decimal commas, BOM and CRLF to the same dataset', () => {
    const comma = cli(['import', join(statcan(), 'gold.csv')], dir);
    const semicolon = cli(['import', join(statcan(), 'gold-semicolon.csv')], dir);
    assert.equal(comma.status, 0, comma.stderr);
    assert.equal(semicolon.status, 0, semicolon.stderr);
    assert.equal(comma.stdout, semicolon.stdout);
    const data = parseDataset(comma.stdout);
    const gold = parseDataset(readFileSync(join(statcan(), 'gold.facts.json'), 'utf8'));
    assert.equal(data.facts.length, gold.facts.length);
    for (const g of gold.facts) {
      const f = data.facts.find((x) => x.id === g.id);
      assert.ok(f, g.id);
      assert.deepEqual([f.entity, f.value, f.unit, f.qualifier, f.change ?? false, f.of], [g.entity, g.value, g.unit, g.qualifier, g.change ?? false, g.of], g.id);
    }
    assert.deepEqual(loadDatasets([...BUNDLED_CATALOGUE, { file: 'x.facts.json', json: data }]).problems, []);
    assert.match(comma.stderr, /columns not used: As written/);
  });

  it('reports every bad row with its row and column, imports the rest, and exits 1', () => {
    const run = cli(['import', 'bad.csv', '--map', 'measure=What,quote=Sentence', ...SOURCE, '--out', 'out.facts.json'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /bad\.csv: row 3, column "Country": unknown entity "Atlantis"/);
    assert.match(run.stderr, /bad\.csv: row 4, column "Qualifier": unknown qualifier "sort of"/);
    assert.match(run.stderr, /bad\.csv: row 5, column "Period": expected a period/);
    assert.match(run.stderr, /bad\.csv: row 6, column "Figure": value: the value 99 cannot be read in the quote/);
    const data = parseDataset(readFileSync(join(dir, 'out.facts.json'), 'utf8'));
    assert.deepEqual(data.facts.map((f) => [f.entity, f.value, f.unit, f.qualifier]), [
      ['HU', 1200, 'count', 'more-than'],
      ['RS', 4500000, 'USD', 'exact'],
    ]);
  });

  it('exits 2 on unusable input', () => {
    const cases: [string[], RegExp][] = [
      [['import', 'broken.csv', ...SOURCE], /broken\.csv, row \d+: not valid CSV/],
      [['import', 'nocolumns.csv', ...SOURCE], /no column for "entity"/],
      [['import', 'bad.csv', '--map', 'colour=Country'], /--map: unknown field "colour"/],
      [['import', 'bad.csv', '--map', 'entity=Nation'], /--map: no column "Nation"/],
      [['import', 'nothing.csv'], /nothing\.csv: cannot read \(no such file\)/],
      [['import', 'bad.csv', '--delimiter', '|'], /--delimiter: expected/],
    ];
    for (const [args, message] of cases) {
      const run = cli(args, dir);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
    }
  });

  it('prints its help, with the recognised column names', () => {
    const run = cli(['import', '--help'], dir);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /entity\s+"entity", "country"/);
  });
});

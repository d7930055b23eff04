// The project configuration: discovery by walking up, JSONC parsing, errors with file, JSON path and
// position, precedence of host settings over the file, ignore globs, the generated JSON Schema.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  configCandidates,
  discoverConfig,
  formatConfigProblem,
  globToRegExp,
  isIgnored,
  parseProjectConfig,
  resolveSettings,
  vocabularyInput,
} from '../../../src/config';
import { configJsonSchema, configJsonSchemaText } from '../../../src/config/jsonSchema';
import { buildIndex, checkDocument } from '../../../src/core';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { loadDatasets } from '../../../src/dataset/load';
import { repoRoot } from '../support/engine';

/** An in-memory file system: path → text. */
function reader(files: Record<string, string>) {
  const reads: string[] = [];
  const read = (path: string) => {
    reads.push(path);
    return files[path];
  };
  return { read, reads };
}

describe('project configuration', () => {
  describe('discovery', () => {
    it('lists the folders from the file up to the root, nearest first', () => {
      assert.deepEqual(configCandidates('/repo/docs/a/draft.md'), [
        '/repo/docs/a/.factdesk.json',
        '/repo/docs/.factdesk.json',
        '/repo/.factdesk.json',
        '/.factdesk.json',
      ]);
      assert.deepEqual(configCandidates('docs/draft.md'), ['docs/.factdesk.json', '.factdesk.json']);
      assert.deepEqual(configCandidates('C:\\repo\\draft.md'), ['C:/repo/.factdesk.json', 'C:/.factdesk.json']);
    });

    it('finds the nearest file and reads nothing above it', () => {
      const fs = reader({ '/repo/.factdesk.json': '{"showVerified": true}', '/repo/docs/.factdesk.json': '{"citationStyle": "pandoc"}' });
      const found = discoverConfig('/repo/docs/a/draft.md', fs.read);
      assert.equal(found?.file, '/repo/docs/.factdesk.json');
      assert.equal(found?.config?.citationStyle, 'pandoc');
      assert.deepEqual(fs.reads, ['/repo/docs/a/.factdesk.json', '/repo/docs/.factdesk.json']);
    });

    it('stops at the workspace folder', () => {
      const fs = reader({ '/home/.factdesk.json': '{}' });
      assert.equal(discoverConfig('/home/me/repo/draft.md', fs.read, { stopAt: '/home/me/repo' }), undefined);
      assert.deepEqual(fs.reads, ['/home/me/repo/.factdesk.json']);
      assert.equal(discoverConfig('/home/me/repo/draft.md', fs.read)?.file, '/home/.factdesk.json');
    });
  });

  describe('parsing', () => {
    it('allows comments and trailing commas', () => {
      const parsed = parseProjectConfig('// project settings\n{\n  /* stricter */ "severity": { "missing-citation": "warning", },\n}\n', '.factdesk.json');
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(parsed.config?.severity, { 'missing-citation': 'warning' });
    });

    it('names the file, JSON path, line and column of a wrong value', () => {
      const parsed = parseProjectConfig('{\n  "severity": {\n    "figure-mismatch": "loud"\n  }\n}', 'docs/.factdesk.json');
      assert.equal(parsed.config, undefined);
      assert.equal(parsed.problems.length, 1);
      assert.equal(
        formatConfigProblem(parsed.problems[0]!),
        'docs/.factdesk.json:3:24: severity["figure-mismatch"]: expected one of "error", "warning", "info", "hint", "off", got string "loud"',
      );
    });

    it('names unknown fields and suggests the known one', () => {
      const parsed = parseProjectConfig('{ "dataset": ["x.facts.json"], "severity": { "figure-wrong": "off" } }', '.factdesk.json');
      const messages = parsed.problems.map(formatConfigProblem);
      assert.ok(messages.some((m) => m === '.factdesk.json:1:14: dataset: unknown field "dataset" (did you mean "datasets"?)'), messages.join('\n'));
      assert.ok(messages.some((m) => m.startsWith('.factdesk.json:1:62: severity["figure-wrong"]: unknown field "figure-wrong"')), messages.join('\n'));
    });

    it('reports syntax errors with their position and applies nothing', () => {
      const parsed = parseProjectConfig('{\n  "showVerified": true\n  "citationStyle": "inline"\n}', 'c/.factdesk.json');
      assert.equal(parsed.config, undefined);
      assert.equal(formatConfigProblem(parsed.problems[0]!), 'c/.factdesk.json:3:3: comma expected');
      assert.equal(resolveSettings(parsed).showVerified, false);
      assert.equal(parseProjectConfig('', 'e/.factdesk.json').problems.length, 1);
    });
  });

  describe('precedence', () => {
    const file = parseProjectConfig(
      '{"severity": {"missing-citation": "warning", "figure-mismatch": "error"}, "citationStyle": "inline", "showVerified": true, "datasets": ["data/*.facts.json"]}',
      '/repo/.factdesk.json',
    );

    it('uses the file over the defaults', () => {
      const settings = resolveSettings(file);
      assert.deepEqual(settings.severity, { 'missing-citation': 'warning', 'figure-mismatch': 'error' });
      assert.equal(settings.citationStyle, 'inline');
      assert.equal(settings.showVerified, true);
      assert.deepEqual(settings.datasets, { patterns: ['data/*.facts.json'], base: '/repo' });
      assert.deepEqual(settings.overridden, []);
    });

    it('uses the defaults without a file', () => {
      const settings = resolveSettings(undefined);
      assert.equal(settings.citationStyle, 'footnote');
      assert.equal(settings.showVerified, false);
      assert.equal(settings.datasets, undefined);
      assert.equal(settings.configFile, undefined);
    });

    it('lets the host win, code by code, and says what it overrode', () => {
      const settings = resolveSettings(file, { severity: { 'figure-mismatch': 'warning', 'period-mismatch': 'off' }, citationStyle: 'pandoc', datasets: ['mine.facts.json'] }, '/ws');
      assert.deepEqual(settings.severity, { 'missing-citation': 'warning', 'figure-mismatch': 'warning', 'period-mismatch': 'off' });
      assert.equal(settings.citationStyle, 'pandoc');
      assert.equal(settings.showVerified, true);
      assert.deepEqual(settings.datasets, { patterns: ['mine.facts.json'], base: '/ws' });
      assert.deepEqual(settings.overridden.sort(), ['citationStyle', 'datasets', 'severity.figure-mismatch']);
    });

    it('does not call an equal host value an override', () => {
      assert.deepEqual(resolveSettings(file, { citationStyle: 'inline', severity: { 'figure-mismatch': 'error' } }).overridden, []);
    });
  });

  describe('ignore globs', () => {
    const settings = resolveSettings(parseProjectConfig('{"ignore": ["archive/**", "CHANGELOG.md", "drafts/*.{tmp,bak}.md"]}', '/repo/.factdesk.json'));

    it('match relative to the configuration file', () => {
      assert.equal(isIgnored(settings, '/repo/archive/2020/a.md'), true);
      assert.equal(isIgnored(settings, '/repo/docs/archive/a.md'), false);
      assert.equal(isIgnored(settings, '/repo/docs/CHANGELOG.md'), true);
      assert.equal(isIgnored(settings, '/repo/drafts/x.bak.md'), true);
      assert.equal(isIgnored(settings, '/repo/drafts/x.md'), false);
      assert.equal(isIgnored(settings, '/elsewhere/archive/a.md'), false);
    });

    it('translate *, **, ?, [..] and {a,b}', () => {
      assert.ok(globToRegExp('**/*.md').test('a/b/c.md'));
      assert.ok(globToRegExp('**/*.md').test('c.md'));
      assert.ok(!globToRegExp('docs/*.md').test('docs/a/c.md'));
      assert.ok(globToRegExp('docs/?.md').test('docs/a.md'));
      assert.ok(globToRegExp('docs/[!b]*.md').test('docs/a.md'));
      assert.ok(!globToRegExp('docs/[!b]*.md').test('docs/b.md'));
      assert.ok(globToRegExp('a.b+c.md').test('x/a.b+c.md'));
      assert.ok(!globToRegExp('a.b+c.md').test('x/aXb+c.md'));
    });
  });

  describe('vocabulary additions', () => {
    it('become a dataset input the loader merges into the index', () => {
      const settings = resolveSettings(parseProjectConfig('{"vocabulary": {"topic": ["webcam", "webcams"]}}', '/r/.factdesk.json'));
      const inputs = vocabularyInput(settings);
      assert.equal(inputs.length, 1);
      const loaded = loadDatasets([...BUNDLED_DATASETS, ...inputs]);
      assert.deepEqual(loaded.problems, []);
      // "webcams" is no topic word of the bundled dataset: without the addition the figure is not judged.
      const text = 'Hungary has 81,166 webcams.';
      const codes = (datasets: typeof loaded.datasets) => checkDocument(text, buildIndex(datasets), { mentions: false }).findings.map((f) => f.code);
      assert.deepEqual(codes(loadDatasets(BUNDLED_DATASETS).datasets), []);
      assert.ok(codes(loaded.datasets).includes('figure-mismatch'));
      assert.deepEqual(vocabularyInput(resolveSettings(undefined)), []);
    });
  });

  describe('JSON Schema', () => {
    it('is committed up to date', () => {
      const committed = readFileSync(join(repoRoot(), 'data', 'factdesk-config.schema.json'), 'utf8');
      assert.ok(committed === configJsonSchemaText(), 'data/factdesk-config.schema.json is stale: run `node scripts/gen-schema.mjs` and commit it');
    });

    it('offers every field and finding code for completion', () => {
      const schema = configJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown>; enum?: string[] }>; additionalProperties: boolean };
      assert.deepEqual(Object.keys(schema.properties), ['$schema', 'datasets', 'severity', 'citationStyle', 'ignore', 'showVerified', 'vocabulary']);
      assert.deepEqual(Object.keys(schema.properties.severity!.properties!).sort(), [
        'figure-misattributed', 'figure-mismatch', 'figure-verified', 'missing-citation', 'period-mismatch', 'qualifier-mismatch',
      ]);
      assert.deepEqual(schema.properties.citationStyle!.enum, ['footnote', 'inline', 'pandoc']);
      assert.equal(schema.additionalProperties, false);
    });

    it('is contributed to VS Code for .factdesk.json', () => {
      const manifest = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
      assert.ok(manifest.contributes.jsonValidation.some((v) => v.fileMatch === '.factdesk.json' && v.url === './data/factdesk-config.schema.json'));
    });
  });
});

describe('brace expansion', () => {
  it('expands every alternative, nested groups one after the other', async () => {
    const { expandBraces } = await import('../../../src/config');
    assert.deepEqual(expandBraces('data/{a,b}.facts.json'), ['data/a.facts.json', 'data/b.facts.json']);
    assert.deepEqual(expandBraces('{x,y}/{1,2}.md'), ['x/1.md', 'x/2.md', 'y/1.md', 'y/2.md']);
    assert.deepEqual(expandBraces('plain.md'), ['plain.md']);
  });
});

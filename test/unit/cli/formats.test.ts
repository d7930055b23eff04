// Formatters on hand-made findings (the engine's output shape), so that each format's exact text is pinned.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { Finding } from '../../../src/core/types';
import { formatGithub, escapeData, escapeProperty } from '../../../src/cli/formats/github';
import { formatJson } from '../../../src/cli/formats/json';
import { artifactUri, formatSarif } from '../../../src/cli/formats/sarif';
import { formatText } from '../../../src/cli/formats/text';
import { exitCodeFor, reportFor, summaryLine, type FileReport } from '../../../src/cli/report';

const SOURCE = {
  title: 'Chinese-Made Surveillance Cameras Are Spreading Across Eastern Europe, Despite Security Concerns',
  publisher: 'RFE/RL',
  date: '2024-05-07',
  url: 'https://www.rferl.org/a/china-surveillance-cameras-eastern-europe/32935434.html',
};

function at(text: string, figure: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(figure, start + 1);
  assert.ok(start >= 0, `${figure} not in text`);
  return { start, end: start + figure.length };
}

const TEXT = [
  '# Hungary', // line 1
  '', // 2
  'Shodan lists 81,166 Hikvision devices in Hungary.', // 3
  '📷 Україна: more than 1,000,000 devices, per ImportGenius.', // 4
  'Shodan lists 3,567 Dahua devices in Hungary.', // 5
].join('\n');

function finding(partial: Partial<Finding> & Pick<Finding, 'code' | 'start' | 'end'>): Finding {
  return {
    severity: partial.code === 'figure-verified' ? 'info' : partial.code === 'missing-citation' ? 'hint' : 'warning',
    message: `message for ${partial.code}`,
    found: null,
    expected: null,
    factId: null,
    source: null,
    ...partial,
  };
}

const FINDINGS: Finding[] = [
  // Given out of order: formatters must sort by line and column.
  finding({ code: 'figure-verified', ...at(TEXT, '3,567'), found: 3567, expected: 3567, factId: 'hu-shodan-dahua', source: SOURCE, message: 'Matches RFE/RL (2024-05-07): 3,567 Dahua devices in Hungary.' }),
  finding({ code: 'figure-mismatch', ...at(TEXT, '81,166'), found: 81166, expected: 18166, factId: 'hu-shodan-hikvision', source: SOURCE, message: 'RFE/RL gives 18,166 Hikvision devices in Hungary, not 81,166.' }),
  finding({ code: 'missing-citation', ...at(TEXT, '3,567'), found: 3567, expected: 3567, factId: 'hu-shodan-dahua', source: SOURCE, message: 'Cite the source: RFE/RL, 2024-05-07.' }),
  finding({ code: 'qualifier-mismatch', ...at(TEXT, 'more than 1,000,000'), found: 1000000, expected: 1000000, factId: 'ua-importgenius', source: SOURCE, message: 'The source says "more than 1 million", 50%, a "quote".\nSecond line' }),
];

const REPORT: FileReport = reportFor('drafts/hu.md', TEXT, FINDINGS);

describe('cli report', () => {
  it('converts offsets to 1-based lines and UTF-16 columns, end exclusive, sorted', () => {
    assert.deepEqual(
      REPORT.findings.map((f) => [f.code, f.line, f.column, f.endLine, f.endColumn]),
      [
        ['figure-mismatch', 3, 14, 3, 20],
        // "📷 Україна: " is 2 + 1 + 7 + 2 = 12 UTF-16 units, so the figure starts at column 13.
        ['qualifier-mismatch', 4, 13, 4, 32],
        ['figure-verified', 5, 14, 5, 19],
        ['missing-citation', 5, 14, 5, 19],
      ],
    );
  });

  it('counts CRLF line ends as one', () => {
    const text = 'a\r\nb\r\nShodan lists 81,166 devices.';
    const report = reportFor('x.md', text, [finding({ code: 'figure-mismatch', ...at(text, '81,166') })]);
    assert.deepEqual([report.findings[0].line, report.findings[0].column, report.findings[0].endColumn], [3, 14, 20]);
  });

  it('summarises and chooses the exit code', () => {
    assert.equal(summaryLine([REPORT]), '1 file checked: 2 warnings, 1 hint, 1 verified');
    assert.equal(summaryLine([REPORT, { file: 'b.md', findings: [] }, { file: 'c.md', findings: [] }]), '3 files checked: 2 warnings, 1 hint, 1 verified');
    assert.equal(summaryLine([{ file: 'b.md', findings: [] }]), '1 file checked: 0 warnings, 0 verified');
    assert.equal(exitCodeFor([REPORT]), 1);
    const quiet = { file: 'a.md', findings: REPORT.findings.filter((f) => f.severity !== 'warning') };
    assert.equal(exitCodeFor([quiet]), 0);
    const error = { file: 'a.md', findings: [{ ...REPORT.findings[0], severity: 'error' as const }] };
    assert.equal(exitCodeFor([error]), 1);
    assert.equal(summaryLine([error]), '1 file checked: 1 error, 0 warnings, 0 verified');
  });
});

describe('cli text format', () => {
  it('prints path:line:col severity code message, info included', () => {
    assert.equal(
      formatText([REPORT], { quiet: false }),
      'drafts/hu.md:3:14 warning figure-mismatch RFE/RL gives 18,166 Hikvision devices in Hungary, not 81,166.\n' +
        'drafts/hu.md:4:13 warning qualifier-mismatch The source says "more than 1 million", 50%, a "quote". Second line\n' +
        'drafts/hu.md:5:14 info figure-verified Matches RFE/RL (2024-05-07): 3,567 Dahua devices in Hungary.\n' +
        'drafts/hu.md:5:14 hint missing-citation Cite the source: RFE/RL, 2024-05-07.\n',
    );
  });

  it('prints warnings and errors only with --quiet', () => {
    assert.equal(
      formatText([REPORT], { quiet: true }),
      'drafts/hu.md:3:14 warning figure-mismatch RFE/RL gives 18,166 Hikvision devices in Hungary, not 81,166.\n' +
        'drafts/hu.md:4:13 warning qualifier-mismatch The source says "more than 1 million", 50%, a "quote". Second line\n',
    );
  });
});

describe('cli json format', () => {
  it('prints one document with exactly the documented keys', () => {
    const doc = JSON.parse(formatJson([REPORT, { file: 'empty.md', findings: [] }]).join(''));
    assert.deepEqual(Object.keys(doc), ['version', 'results']);
    assert.equal(doc.version, 1);
    assert.deepEqual(doc.results.map((r: { file: string }) => r.file), ['drafts/hu.md', 'empty.md']);
    assert.deepEqual(Object.keys(doc.results[0]), ['file', 'findings']);
    assert.deepEqual(doc.results[1].findings, []);
    assert.equal(doc.results[0].findings.length, 4);
    for (const f of doc.results[0].findings) {
      assert.deepEqual(Object.keys(f), ['code', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'found', 'expected', 'factId', 'relatedFactId', 'source', 'evidence']);
      assert.deepEqual(Object.keys(f.source), ['title', 'publisher', 'date', 'url']);
    }
    assert.deepEqual(doc.results[0].findings[0], {
      code: 'figure-mismatch',
      severity: 'warning',
      message: 'RFE/RL gives 18,166 Hikvision devices in Hungary, not 81,166.',
      line: 3,
      column: 14,
      endLine: 3,
      endColumn: 20,
      found: 81166,
      expected: 18166,
      factId: 'hu-shodan-hikvision',
      relatedFactId: null,
      source: SOURCE,
      evidence: null,
    });
  });

  it('drops extra engine fields, writes nulls, and keeps the evidence', () => {
    const text = 'Shodan lists 81,166 devices.';
    const evidence = { probability: 0.97, summary: 'same country (Hungary); 81,166 has two digits swapped (18,166)', features: [{ feature: 'value.transposed', weight: 1.6 }], rules: { entity: 'entity/clause' } };
    const extra = { ...finding({ code: 'figure-mismatch', ...at(text, '81,166') }), relatedFactId: 'x', evidence, figure: { internal: true } };
    const doc = JSON.parse(formatJson([reportFor('a.md', text, [extra as never])]).join(''));
    assert.deepEqual(doc.results[0].findings[0], {
      code: 'figure-mismatch', severity: 'warning', message: 'message for figure-mismatch', line: 1, column: 14, endLine: 1, endColumn: 20,
      found: null, expected: null, factId: null, relatedFactId: 'x', source: null, evidence,
    });
  });
});

describe('cli sarif format', () => {
  const log = JSON.parse(formatSarif([REPORT], { version: '0.1.0', quiet: false, root: '/work/repo' }).join(''));

  it('is a SARIF 2.1.0 log with a factdesk driver and one rule per code', () => {
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'factdesk');
    assert.equal(run.tool.driver.version, '0.1.0');
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/repo/' } });
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), [
      'figure-verified', 'figure-mismatch', 'figure-misattributed', 'period-mismatch', 'qualifier-mismatch', 'missing-citation',
    ]);
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.shortDescription.text.length > 10);
      assert.ok(rule.fullDescription.text.length > 20);
      assert.match(rule.name, /^[A-Z][A-Za-z]+$/);
    }
    assert.deepEqual(run.tool.driver.rules[1].defaultConfiguration, { level: 'warning' });
    assert.deepEqual(run.tool.driver.rules[5].defaultConfiguration, { level: 'note' });
  });

  it('has one result per alert with ruleId, level, message and a real region', () => {
    const results = log.runs[0].results;
    // figure-verified is not an alert.
    assert.deepEqual(results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level]), [
      ['figure-mismatch', 'warning'],
      ['qualifier-mismatch', 'warning'],
      ['missing-citation', 'note'],
    ]);
    const first = results[0];
    assert.equal(first.ruleIndex, 1);
    assert.deepEqual(first.message, { text: 'RFE/RL gives 18,166 Hikvision devices in Hungary, not 81,166.' });
    assert.deepEqual(first.locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: 'drafts/hu.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 14, endLine: 3, endColumn: 20 },
        },
      },
    ]);
    assert.deepEqual(results[1].locations[0].physicalLocation.region, { startLine: 4, startColumn: 13, endLine: 4, endColumn: 32 });
    assert.equal(first.properties.expected, 18166);
  });

  it('drops notes with --quiet', () => {
    const quiet = JSON.parse(formatSarif([REPORT], { version: '0.1.0', quiet: true, root: '/r' }).join(''));
    assert.deepEqual(quiet.runs[0].results.map((r: { ruleId: string }) => r.ruleId), ['figure-mismatch', 'qualifier-mismatch']);
  });

  it('writes relative paths as URI references and absolute ones as file URIs', () => {
    assert.deepEqual(artifactUri('./my drafts/100%.md'), { uri: 'my%20drafts/100%25.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(artifactUri('/tmp/a b.md'), { uri: 'file:///tmp/a%20b.md' });
  });
});

describe('cli github format', () => {
  it('escapes data and properties as the Actions runner expects', () => {
    assert.equal(escapeData('50% a\r\nb: c, d'), '50%25 a%0D%0Ab: c, d');
    assert.equal(escapeProperty('50% a\r\nb: c, d'), '50%25 a%0D%0Ab%3A c%2C d');
  });

  it('prints one workflow command per alert', () => {
    const report = { ...REPORT, file: 'drafts/a,b:c.md' };
    assert.equal(
      formatGithub([report], { quiet: false }),
      '::warning file=drafts/a%2Cb%3Ac.md,line=3,col=14,endLine=3,endColumn=20,title=factdesk figure-mismatch::RFE/RL gives 18,166 Hikvision devices in Hungary, not 81,166.\n' +
        '::warning file=drafts/a%2Cb%3Ac.md,line=4,col=13,endLine=4,endColumn=32,title=factdesk qualifier-mismatch::The source says "more than 1 million", 50%25, a "quote".%0ASecond line\n' +
        '::notice file=drafts/a%2Cb%3Ac.md,line=5,col=14,endLine=5,endColumn=19,title=factdesk missing-citation::Cite the source: RFE/RL, 2024-05-07.\n',
    );
    assert.equal(formatGithub([report], { quiet: true }).split('\n').length, 3);
  });
});

describe('cli formats, properties', () => {
  it('github escaping is reversible and leaves no separator in properties', () => {
    const unescape = (s: string): string =>
      s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (value) => {
        const property = escapeProperty(value);
        assert.ok(!/[:,\r\n]/.test(property));
        assert.equal(unescape(property), value);
        const data = escapeData(value);
        assert.ok(!/[\r\n]/.test(data));
        assert.equal(unescape(data), value);
      }),
    );
  });

  it('positions are 1-based lines and UTF-16 columns for any text and line ends', () => {
    const piece = fc.oneof(fc.constantFrom('\n', '\r\n', '\r', '📷', 'Україна', ' ', 'a', '\u00A0'), fc.string());
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.array(piece, { maxLength: 5 }), (before, after) => {
        const prefix = before.join('');
        const text = `${prefix}81,166${after.join('')}`;
        const start = prefix.length;
        const report = reportFor('x.md', text, [finding({ code: 'figure-mismatch', start, end: start + 6 })]);
        const f = report.findings[0];
        const lines = prefix.split(/\r\n|\r|\n/);
        assert.equal(f.line, lines.length);
        assert.equal(f.column, lines[lines.length - 1].length + 1);
        assert.equal(f.endLine, f.line);
        assert.equal(f.endColumn, f.column + 6);
      }),
    );
  });
});

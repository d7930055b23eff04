// `--format sarif`: SARIF 2.1.0, as GitHub code scanning and other viewers read it.
// One run, tool.driver "factdesk" with one rule per finding code, one result per finding that needs
// attention (figure-verified is not an alert and is left out; use --format json for those).
import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import { DEFAULT_SEVERITY, FINDING_CODES, type FindingCode, type Severity } from '../../core/types';
import type { FileReport } from '../report';
import { indentedJsonPieces } from './jsonPieces';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/factdesk/factdesk';

export const RULE_DESCRIPTIONS: Record<FindingCode, { name: string; short: string; full: string }> = {
  'figure-verified': {
    name: 'FigureVerified',
    short: 'The figure matches a sourced fact.',
    full: 'The figure, the entity and the period it is said of match a fact of the dataset, with a compatible qualifier.',
  },
  'figure-mismatch': {
    name: 'FigureMismatch',
    short: 'The figure differs from the sourced value.',
    full: 'The sentence is about a fact of the dataset (same entity, vendors and measure) but states a different number than the source.',
  },
  'figure-misattributed': {
    name: 'FigureMisattributed',
    short: 'The figure belongs to another entity or vendor.',
    full: 'The number is a sourced figure, but the source says it of a different country, region or vendor than the draft does.',
  },
  'period-mismatch': {
    name: 'PeriodMismatch',
    short: 'The figure is said of the wrong period.',
    full: 'The number matches a sourced fact but the draft places it in a year or period that the source does not give for it.',
  },
  'qualifier-mismatch': {
    name: 'QualifierMismatch',
    short: 'The figure is qualified differently from the source.',
    full: 'The number matches a sourced fact but the draft qualifies it in a way the source contradicts ("fewer than" for "more than", "exactly" for "about").',
  },
  'missing-citation': {
    name: 'MissingCitation',
    short: 'The figure has no citation.',
    full: 'The figure is about a sourced fact, but its paragraph, list item or table cell has no footnote, link or Pandoc [@key] citation.',
  },
};

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** A relative path becomes a relative URI reference (percent-encoded segments); an absolute one a file: URI. */
export function artifactUri(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const segments = file.replace(/\\/g, '/').split('/').filter((s, i) => !(s === '.' && i === 0));
  return { uri: segments.map((s) => encodeURIComponent(s)).join('/'), uriBaseId: '%SRCROOT%' };
}

export interface SarifOptions {
  version: string;
  /** Drop hints and notes: warnings and errors only. */
  quiet: boolean;
  /** The directory relative URIs are relative to (the working directory). */
  root: string;
}

/** The log in pieces, a result each (src/cli/formats/jsonPieces.ts); joined, one JSON text and a line break. */
export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string[] {
  const rules = FINDING_CODES.map((code) => ({
    id: code,
    name: RULE_DESCRIPTIONS[code].name,
    shortDescription: { text: RULE_DESCRIPTIONS[code].short },
    fullDescription: { text: RULE_DESCRIPTIONS[code].full },
    defaultConfiguration: { level: sarifLevel(DEFAULT_SEVERITY[code]) },
    helpUri: `${INFORMATION_URI}#${code}`,
  }));
  const results: unknown[] = [];
  for (const report of reports) {
    const location = artifactUri(report.file);
    for (const f of report.findings) {
      if (f.code === 'figure-verified') continue;
      const level = sarifLevel(f.severity);
      if (options.quiet && level === 'note') continue;
      results.push({
        ruleId: f.code,
        ruleIndex: FINDING_CODES.indexOf(f.code),
        level,
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        ...(f.factId !== null || f.source !== null
          ? {
              properties: {
                found: f.found,
                expected: f.expected,
                factId: f.factId,
                ...(f.source ? { source: f.source } : {}),
              },
            }
          : {}),
      });
    }
  }
  const rootUri = pathToFileURL(options.root.endsWith('/') ? options.root : `${options.root}/`).href;
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factdesk',
            version: options.version,
            semanticVersion: options.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri } },
        columnKind: 'utf16CodeUnits',
        results: [] as unknown,
      },
    ],
  };
  const pieces = indentedJsonPieces(log, results, (l, marker) => (l.runs[0]!.results = marker));
  pieces.push('\n');
  return pieces;
}

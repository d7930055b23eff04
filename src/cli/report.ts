// The CLI's view of a check: findings with 1-based line/column positions, ready for any format.
import { LineIndex } from '../core/lineIndex';
import type { Evidence, Finding, FindingCode, Severity, SourceRef } from '../core/types';

/** One finding as every output format sees it (and exactly the keys of `--format json`). */
export interface CliFinding {
  code: FindingCode;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units, as VS Code counts. */
  column: number;
  endLine: number;
  /** 1-based, exclusive. */
  endColumn: number;
  found: number | null;
  expected: number | null;
  factId: string | null;
  /** For a misattributed figure or a wrong period: the fact whose value the figure gives. */
  relatedFactId: string | null;
  source: SourceRef | null;
  /** The evidence that linked the figure to the fact: probability, a summary, the features and weights. */
  evidence: Evidence | null;
}

export interface FileReport {
  /** The path as given on the command line or as found in a directory. */
  file: string;
  /** Sorted by line, then column. */
  findings: CliFinding[];
}

export function compareFindings(a: CliFinding, b: CliFinding): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function toCliFinding(finding: Finding, lines: LineIndex): CliFinding {
  const start = lines.positionAt(finding.start);
  const end = lines.positionAt(finding.end);
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    found: finding.found ?? null,
    expected: finding.expected ?? null,
    factId: finding.factId ?? null,
    relatedFactId: finding.relatedFactId ?? null,
    source: finding.source
      ? { title: finding.source.title, publisher: finding.source.publisher, date: finding.source.date, url: finding.source.url }
      : null,
    evidence: finding.evidence
      ? {
          probability: finding.evidence.probability,
          summary: finding.evidence.summary,
          features: finding.evidence.features.map((e) => ({ feature: e.feature, weight: e.weight })),
          rules: { ...finding.evidence.rules },
        }
      : null,
  };
}

/** Converts the engine's findings for one document (offsets into `text`) to a sorted file report. */
export function reportFor(file: string, text: string, findings: readonly Finding[]): FileReport {
  const lines = new LineIndex(text);
  return { file, findings: findings.map((f) => toCliFinding(f, lines)).sort(compareFindings) };
}

export function isProblem(severity: Severity): boolean {
  return severity === 'error' || severity === 'warning';
}

/** Exit code for a finished check: 1 when any finding is a warning or an error, else 0. */
export function exitCodeFor(reports: readonly FileReport[]): 0 | 1 {
  return reports.some((r) => r.findings.some((f) => isProblem(f.severity))) ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "3 files checked: 2 warnings, 1 hint, 5 verified". Errors, notes and hints appear only when present. */
export function summaryLine(reports: readonly FileReport[]): string {
  let errors = 0;
  let warnings = 0;
  let verified = 0;
  let notes = 0;
  let hints = 0;
  for (const report of reports) {
    for (const f of report.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else if (f.code === 'figure-verified') verified++;
      else if (f.severity === 'info') notes++;
      else hints++;
    }
  }
  const parts: string[] = [];
  if (errors > 0) parts.push(plural(errors, 'error'));
  parts.push(plural(warnings, 'warning'));
  if (notes > 0) parts.push(plural(notes, 'note'));
  if (hints > 0) parts.push(plural(hints, 'hint'));
  parts.push(`${verified} verified`);
  return `${plural(reports.length, 'file')} checked: ${parts.join(', ')}`;
}

// `--format json`: exactly one JSON document, every finding (figure-verified included), stable keys.
import type { CliFinding, FileReport } from '../report';
import { indentedJsonPieces } from './jsonPieces';

export const JSON_FORMAT_VERSION = 1;

/** Copies exactly the documented keys, in the documented order. */
function finding(f: CliFinding): CliFinding {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    found: f.found,
    expected: f.expected,
    factId: f.factId,
    relatedFactId: f.relatedFactId,
    source: f.source
      ? { title: f.source.title, publisher: f.source.publisher, date: f.source.date, url: f.source.url }
      : null,
    evidence: f.evidence,
  };
}

/** The document in pieces, a file's result each (src/cli/formats/jsonPieces.ts); joined, one JSON text and a line break. */
export function formatJson(reports: readonly FileReport[]): string[] {
  const document: { version: number; results: unknown } = { version: JSON_FORMAT_VERSION, results: [] };
  const results = reports.map((r) => ({ file: r.file, findings: r.findings.map(finding) }));
  const pieces = indentedJsonPieces(document, results, (d, marker) => (d.results = marker));
  pieces.push('\n');
  return pieces;
}

// Findings as LSP diagnostics: the same severities as in VS Code (src/config/severity.ts), the same
// message, positions in UTF-16 code units (the LSP default and what the engine counts).
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, Finding, Severity } from '../core';
import { diagnosticMessage, diagnosticSeverity, type SeveritySettings } from '../config/diagnostics';

export const DIAGNOSTIC_SOURCE = 'factdesk';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function findingRange(doc: Pick<TextDocument, 'positionAt'>, finding: Pick<Finding, 'start' | 'end'>) {
  return { start: doc.positionAt(finding.start), end: doc.positionAt(finding.end) };
}

export function toDiagnostics(doc: Pick<TextDocument, 'positionAt'>, result: CheckResult, settings: SeveritySettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const finding of result.findings) {
    const severity = diagnosticSeverity(settings, finding.code, finding.severity);
    if (!severity) continue;
    out.push({
      range: findingRange(doc, finding),
      severity: SEVERITY[severity],
      code: finding.code,
      source: DIAGNOSTIC_SOURCE,
      message: diagnosticMessage(finding),
    });
  }
  return out;
}

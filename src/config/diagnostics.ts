// How an editor host turns settings into engine options and a finding into a diagnostic (its severity
// and message). The VS Code extension and the language server both call these, so that they agree.
import { DEFAULT_SEVERITY, type CheckOptions, type FindingCode, type Severity, type SourceRef } from '../core/types';
import type { SeverityLevel } from './schema';

export interface SeveritySettings {
  severity: Partial<Record<FindingCode, SeverityLevel>>;
  showVerified: boolean;
}

/**
 * Options for the engine. Verified figures are always computed (hovers and "cite all" need them);
 * whether they become diagnostics is decided by diagnosticSeverity().
 */
export function editorCheckOptions(settings: Pick<SeveritySettings, 'severity'>): CheckOptions {
  return { severity: { ...settings.severity, 'figure-verified': 'info' } };
}

/** The severity a finding's diagnostic gets, or undefined for none. */
export function diagnosticSeverity(settings: SeveritySettings, code: FindingCode, engineSeverity: Severity): Severity | undefined {
  if (code === 'figure-verified') {
    if (!settings.showVerified) return undefined;
    const chosen = settings.severity['figure-verified'];
    return chosen === 'off' ? undefined : (chosen ?? 'hint');
  }
  const chosen = settings.severity[code] ?? DEFAULT_SEVERITY[code] ?? engineSeverity;
  return chosen === 'off' ? undefined : chosen;
}

/** The diagnostic message: the engine's message, plus the source when the message does not name it. */
export function diagnosticMessage(finding: { message: string; source: Pick<SourceRef, 'publisher' | 'date'> | null }): string {
  const source = finding.source;
  if (!source || finding.message.includes(source.publisher)) return finding.message;
  return `${finding.message} (${source.publisher}, ${source.date})`;
}

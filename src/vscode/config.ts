// The extension's settings (package.json contributes.configuration), read in one place.
import * as vscode from 'vscode';
import { FINDING_CODES, type CheckOptions, type FindingCode, type Severity } from '../core/types';
import { CITATION_STYLES, type CitationStyle } from '../core/citations';
import { projectSettings, type ProjectConfigState } from './projectConfig';
import { diagnosticSeverity, editorCheckOptions } from '../config/diagnostics';

export const SECTION = 'factdesk';

export interface FactdeskConfig {
  enable: boolean;
  datasets: string[];
  citationStyle: CitationStyle;
  /** Severity per code as the user set it (missing = default). */
  severity: Partial<Record<FindingCode, Severity | 'off'>>;
  showVerified: boolean;
  debounceMs: number;
  run: 'onType' | 'onSave';
  languages: string[];
  exclude: string[];
  hover: boolean;
  /** An open fact sheet switches to the country under the cursor or mouse. */
  followEditor: boolean;
  /** The .factdesk.json applied under these settings, if any (docs/configuration.md). */
  project?: ProjectConfigState;
  /** True when the project file's `ignore` globs cover the document. */
  ignored?: boolean;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

export function readConfig(scope?: vscode.ConfigurationScope): FactdeskConfig {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const rawSeverity = c.get<Record<string, unknown>>('severity') ?? {};
  const severity: FactdeskConfig['severity'] = {};
  for (const code of FINDING_CODES) {
    const value = rawSeverity[code];
    if (typeof value === 'string' && SEVERITIES.has(value)) severity[code] = value as Severity | 'off';
  }
  const style = c.get<string>('citationStyle', 'footnote');
  const debounce = c.get<number>('debounceMs', 150);
  return withProjectConfig(c, scope, {
    enable: c.get<boolean>('enable', true),
    datasets: stringArray(c.get('datasets'), ['**/*.facts.json']),
    citationStyle: (CITATION_STYLES as readonly string[]).includes(style) ? (style as CitationStyle) : 'footnote',
    severity,
    showVerified: c.get<boolean>('showVerified', false),
    debounceMs: Number.isFinite(debounce) ? Math.max(0, Math.min(5000, debounce)) : 150,
    run: c.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    languages: stringArray(c.get('languages'), ['markdown']),
    exclude: stringArray(c.get('exclude'), ['**/node_modules/**']),
    hover: c.get<boolean>('hover.enable', true),
    followEditor: c.get<boolean>('factSheet.followEditor', true),
  });
}

/** The nearest .factdesk.json under the settings the user set (src/vscode/projectConfig.ts). */
function withProjectConfig(c: vscode.WorkspaceConfiguration, scope: vscode.ConfigurationScope | undefined, config: FactdeskConfig): FactdeskConfig {
  const project = projectSettings(c, scope);
  if (!project) return config;
  const { settings } = project;
  return {
    ...config,
    severity: settings.severity,
    citationStyle: settings.citationStyle,
    showVerified: settings.showVerified,
    datasets: settings.datasets?.patterns ?? config.datasets,
    project: project.state,
    ignored: project.ignored,
  };
}

function stringArray(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : fallback;
}

/** Engine options and diagnostic severities: shared with the language server (src/config/severity.ts). */
export function checkOptions(config: FactdeskConfig): CheckOptions {
  return editorCheckOptions(config);
}

export { diagnosticSeverity };

export function toVscodeSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
    default:
      return vscode.DiagnosticSeverity.Hint;
  }
}

export function isChecked(doc: vscode.TextDocument, config = readConfig(doc)): boolean {
  return config.enable && !config.ignored && config.languages.includes(doc.languageId);
}

export function documentSelector(config: FactdeskConfig): vscode.DocumentSelector {
  return config.languages.map((language) => ({ language }));
}

// What a check uses, from three layers: the engine's defaults, then the project's .factdesk.json, then
// what the host itself was told (VS Code settings the user set, the language client's settings, CLI
// flags). The host wins; severities merge code by code. The result also says which keys the host
// overrode, so that the editor can tell the user why the file seems to be ignored.
import type { FindingCode } from '../core/types';
import type { CitationStyle } from '../core/citations';
import type { Vocabulary } from '../dataset/schema';
import type { DatasetInput } from '../dataset/load';
import { matchesAny } from './glob';
import { dirname, relativeTo } from './paths';
import type { ParsedConfig } from './parse';
import type { SeverityLevel } from './schema';

/** What a host sets itself; unset fields leave the file's value (or the default) in place. */
export interface HostSettings {
  severity?: Partial<Record<FindingCode, SeverityLevel>>;
  citationStyle?: CitationStyle;
  showVerified?: boolean;
  /** Replaces the file's datasets (VS Code's factdesk.datasets when the user set it). */
  datasets?: string[];
}

export interface EffectiveSettings {
  severity: Partial<Record<FindingCode, SeverityLevel>>;
  citationStyle: CitationStyle;
  showVerified: boolean;
  /** Dataset paths or globs and the folder they are relative to. */
  datasets: { patterns: string[]; base: string } | undefined;
  /** Globs of files not to check, relative to the configuration file's folder. */
  ignore: { patterns: string[]; base: string } | undefined;
  vocabulary: Vocabulary | undefined;
  /** The configuration file applied, if any. */
  configFile: string | undefined;
  /** Keys both the file and the host set, where the host's value won ('citationStyle', 'severity.figure-mismatch'). */
  overridden: string[];
}

export const DEFAULT_CITATION_STYLE: CitationStyle = 'footnote';

/** `hostBase` is where the host's own dataset paths are relative to (a workspace folder, the cwd). */
export function resolveSettings(parsed: ParsedConfig | undefined, host: HostSettings = {}, hostBase = '.'): EffectiveSettings {
  const file = parsed?.config;
  const base = parsed ? dirname(parsed.file) : hostBase;
  const overridden: string[] = [];
  const pick = <K extends 'citationStyle' | 'showVerified'>(key: K) => {
    const own = host[key];
    if (own !== undefined && file?.[key] !== undefined && own !== file[key]) overridden.push(key);
    return own ?? file?.[key];
  };
  const severity: EffectiveSettings['severity'] = { ...file?.severity };
  for (const [code, level] of Object.entries(host.severity ?? {}) as [FindingCode, SeverityLevel][]) {
    if (severity[code] !== undefined && severity[code] !== level) overridden.push(`severity.${code}`);
    severity[code] = level;
  }
  let datasets: EffectiveSettings['datasets'];
  if (host.datasets) {
    if (file?.datasets) overridden.push('datasets');
    datasets = { patterns: host.datasets, base: hostBase };
  } else if (file?.datasets) datasets = { patterns: file.datasets, base };
  return {
    severity,
    citationStyle: pick('citationStyle') ?? DEFAULT_CITATION_STYLE,
    showVerified: pick('showVerified') ?? false,
    datasets,
    ignore: file?.ignore ? { patterns: file.ignore, base } : undefined,
    vocabulary: file?.vocabulary,
    configFile: parsed?.file,
    overridden,
  };
}

/** True when the configuration's `ignore` globs cover `path` (a path in the same terms as the file's). */
export function isIgnored(settings: Pick<EffectiveSettings, 'ignore'>, path: string): boolean {
  if (!settings.ignore) return false;
  const relative = relativeTo(settings.ignore.base, path);
  return relative !== undefined && matchesAny(relative, settings.ignore.patterns);
}

/** The configuration's vocabulary as a dataset input with nothing else in it, so the loader merges it. */
export function vocabularyInput(settings: Pick<EffectiveSettings, 'vocabulary' | 'configFile'>): DatasetInput[] {
  if (!settings.vocabulary || !settings.configFile) return [];
  return [{ file: `${settings.configFile} (vocabulary)`, json: { vocabulary: settings.vocabulary } }];
}

// The language client's settings (the `factdesk` section of workspace/configuration, or
// initializationOptions), read defensively: a client may send anything. Only what is set overrides
// .factdesk.json, as VS Code's settings do in the extension.
import { FINDING_CODES, type FindingCode } from '../core/types';
import { CITATION_STYLES, type CitationStyle } from '../core/citations';
import { SEVERITY_LEVELS, type SeverityLevel } from '../config/names';
import type { HostSettings } from '../config';

export interface ClientSettings extends HostSettings {
  /** False turns checking off. */
  enable?: boolean;
  /** Use the bundled dataset (default true). */
  bundled?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readClientSettings(raw: unknown): ClientSettings {
  // Clients send either the section itself or an object holding it ({ factdesk: {...} }).
  const section = isRecord(raw) && isRecord(raw.factdesk) ? raw.factdesk : raw;
  if (!isRecord(section)) return {};
  const out: ClientSettings = {};
  if (isRecord(section.severity)) {
    for (const code of FINDING_CODES) {
      const level = section.severity[code];
      if (typeof level === 'string' && (SEVERITY_LEVELS as readonly string[]).includes(level)) (out.severity ??= {})[code as FindingCode] = level as SeverityLevel;
    }
  }
  if (typeof section.citationStyle === 'string' && (CITATION_STYLES as readonly string[]).includes(section.citationStyle)) {
    out.citationStyle = section.citationStyle as CitationStyle;
  }
  if (typeof section.showVerified === 'boolean') out.showVerified = section.showVerified;
  if (Array.isArray(section.datasets)) out.datasets = section.datasets.filter((d): d is string => typeof d === 'string' && d.trim() !== '');
  if (typeof section.enable === 'boolean') out.enable = section.enable;
  if (typeof section.bundled === 'boolean') out.bundled = section.bundled;
  return out;
}

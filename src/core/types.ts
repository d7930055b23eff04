// The engine's public types: what a host (CLI, extension, web worker) gets back from a check.
import type { Fact, Qualifier, Source, Unit } from '../dataset/schema';

export type FindingCode =
  | 'figure-verified'
  | 'figure-mismatch'
  | 'figure-misattributed'
  | 'period-mismatch'
  | 'qualifier-mismatch'
  | 'missing-citation';

export const FINDING_CODES: readonly FindingCode[] = [
  'figure-verified',
  'figure-mismatch',
  'figure-misattributed',
  'period-mismatch',
  'qualifier-mismatch',
  'missing-citation',
];

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export const DEFAULT_SEVERITY: Record<FindingCode, Severity> = {
  'figure-verified': 'info',
  'figure-mismatch': 'warning',
  'figure-misattributed': 'warning',
  'period-mismatch': 'warning',
  'qualifier-mismatch': 'warning',
  'missing-citation': 'hint',
};

/** How a figure was written, so that a replacement can be written the same way. */
export interface FigureStyle {
  /** Thousands separator as written: ',', ' ', '\u00A0', '\u202F', '\u2009' or '' for none. */
  grouping: string;
  /** Currency prefix as written ('$', 'USD ', 'US$') or '' for none. */
  currency: string;
  /** Scale word as written (' million', 'm', 'k', ' billion', 'bn') or '' for none. */
  scale: string;
  /** Percent sign or word as written ('%', ' percent', ' per cent') or ''. */
  percent: string;
  /** 'digits', 'words' (three, a third), or 'ordinal' (8th, eighth). */
  form: 'digits' | 'words' | 'ordinal';
  /** Trailing text kept as written, such as ' dollars', ' euros' or ' KM'. */
  suffix: string;
  /** The sign written before a signed change: '+', '-' or '\u2212'. */
  sign?: string;
  /**
   * The scale a unit written after the figure carries, as a dataset's synonyms define it ("1,888.2 Mt",
   * where "Mt" is "million tonnes": 1e6). The figure's digits are its value divided by it.
   */
  unitScale?: number;
}

/** A number in the draft that reads as a quantity (not a year, date, label or name). */
export interface Figure {
  /** UTF-16 offsets into the document, end exclusive; cover the figure as written ("$5.8 million"). */
  start: number;
  end: number;
  text: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** A word or sign says the qualifier ("exactly", "about", ">"); false when the figure stands bare. */
  qualifierWritten?: boolean;
  /** The words before the figure that say its qualifier ("topped"), when words do. */
  qualifierWords?: string;
  /** Rounding unit implied by how the figure is written: 18,000 → 1000; 5.8 million → 100000. */
  precision: number;
  /** The whole in "10 of 42". */
  of?: number;
  /** For a rate: the base it is stated per (1000 in "3.4 per 1,000 people"). */
  per?: number;
  /** True for a signed change ("+1,250", "fell by 3%"): the value carries the sign. */
  change?: boolean;
  /** The change is a difference from an average or a norm ("1.3C above the 1991–2020 average"). */
  fromANorm?: boolean;
  /** The upper end of a range ("three to four"): the qualifier is then "range". */
  upper?: number;
  style: FigureStyle;
}

/** One feature of the evidence and the log-odds it added. */
export interface EvidenceItem {
  feature: string;
  weight: number;
}

/** Why a figure was linked to a fact: shown in hovers and in JSON output. */
export interface Evidence {
  /** The probability that the figure states the fact, from the evidence model. */
  probability: number;
  /** The evidence in words: "same country (Hungary); “online” next to the figure; 81,166 has two digits swapped (18,166)". */
  summary: string;
  /** The features that fired, with their weights (log-odds). */
  features: EvidenceItem[];
  /** The reading rule that answered each slot of the figure ("entity": "entity/clause"). */
  rules: Record<string, string>;
}

export interface SourceRef {
  title: string;
  publisher: string;
  date: string;
  url: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into the document, end exclusive. */
  start: number;
  end: number;
  /** The draft's value (5800000 for $5.8 million), or null. */
  found: number | null;
  /** The sourced value, or null. */
  expected: number | null;
  factId: string | null;
  source: SourceRef | null;
  /** For misattributed figures: the fact the draft's value really belongs to. */
  relatedFactId?: string;
  /** The figure as parsed, for quick fixes. */
  figure?: Figure;
  /** Why the fact was chosen: the evidence that linked the figure to it. */
  evidence?: Evidence;
}

/** A mention of a catalogue entity or vendor in prose, for hovers. */
export interface NameMention {
  start: number;
  end: number;
  kind: 'entity' | 'vendor';
  id: string;
  /** True when the mention was matched fuzzily (a typo such as "Moldava"). */
  fuzzy: boolean;
}

/** The entity or vendor mention at a document offset (its ends included), if any. */
export function mentionAt(result: CheckResult, offset: number): NameMention | undefined {
  return result.mentions.find((m) => offset >= m.start && offset <= m.end);
}

export interface CheckResult {
  findings: Finding[];
  /** Every entity and vendor mention found in prose. */
  mentions: NameMention[];
  /** How many figures were judged against a fact. */
  judged: number;
}

export interface CheckOptions {
  /** Severity per code; 'off' drops the finding. Missing codes use DEFAULT_SEVERITY. */
  severity?: Partial<Record<FindingCode, Severity | 'off'>>;
  /** Collect entity and vendor mentions for hovers (default true); the CLI turns it off. */
  mentions?: boolean;
}

export type { Fact, Source, Unit, Qualifier };

/** A percent and a fraction both state a share of a whole, and convert into each other. */
export function isShareUnit(unit: Unit): boolean {
  return unit === 'percent' || unit === 'fraction';
}

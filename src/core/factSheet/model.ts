// The fact sheet's view model: plain, serialisable data that the webview draws. It holds display text
// only; the webview puts it into the page as text, never as HTML.
import type { Qualifier, Unit } from '../../dataset/schema';

export type SheetSubject = { kind: 'entity'; id: string } | { kind: 'vendor'; id: string } | { kind: 'dataset' };

export interface SheetSource {
  publisher: string;
  title: string;
  /** "7 May 2024". */
  date: string;
  url: string;
}

/** One sourced figure, with everything the sheet shows about it on hover or focus. */
export interface SheetFigure {
  factId: string;
  /** What tells this figure apart from the others of its chart: "Acme", "2020", "Hungary · Bolt". */
  label: string;
  /** The fact's measure as the dataset words it. */
  measure: string;
  value: number;
  /** The top of a range; bars reach it. */
  upper?: number;
  unit: Unit;
  qualifier: Qualifier;
  /** The value as the source states it: "fewer than 1,000", "$5.8 million". */
  valueText: string;
  /** Words for the qualifier ("fewer than"), empty for an exact figure. */
  qualifierText: string;
  /** The entity's name: "Hungary", "Sarajevo Interior Ministry". */
  entity: string;
  vendors: string[];
  /** "2020", "2019–2023"; null when the source gives no period. */
  period: string | null;
  /** The period in the source's words when it has them: "In 2023 alone". */
  periodText: string | null;
  via: string;
  source: SheetSource | null;
  quote: string;
}

/** Figures of one measure that share a unit: drawn as horizontal bars on one scale. */
export interface SheetChart {
  /** Stable within a sheet; used for element ids. */
  id: string;
  title: string;
  unit: Unit;
  /** Bars in time order when the figures differ by period, else largest first. */
  order: 'chronological' | 'largest-first';
  /** The longest bar's value: every bar is drawn against it. */
  max: number;
  figures: SheetFigure[];
  /** Figures of this measure left out to keep the chart readable (the smallest, or the oldest). */
  hidden: number;
  /** A sentence that says what the chart shows, for screen readers. */
  summary: string;
}

export interface EntitySheet {
  kind: 'entity' | 'vendor';
  id: string;
  title: string;
  /** "Country · 9 sourced figures". */
  subtitle: string;
  /** The country's id when the sheet is about a country (for the map inset), else null. */
  country: string | null;
  charts: SheetChart[];
  /** Figures that share a unit with no other figure of their measure: a plain list. */
  others: SheetFigure[];
  /** Listed figures left out to keep the sheet light (large datasets). */
  othersHidden: number;
}

/** A measure that several countries have a figure for: one way to shade the map. */
export interface MapSeries {
  id: string;
  title: string;
  unit: Unit;
  /** One figure per country (the country's own figure, not its cities' or bodies'). */
  values: { country: string; figure: SheetFigure }[];
  min: number;
  max: number;
}

export interface DatasetCountry {
  id: string;
  name: string;
  /** Sourced figures about the country, its places and bodies included. */
  figureCount: number;
}

export interface DatasetSheet {
  kind: 'dataset';
  title: string;
  subtitle: string;
  countries: DatasetCountry[];
  vendors: { id: string; name: string; figureCount: number }[];
  series: MapSeries[];
}

export type FactSheet = EntitySheet | DatasetSheet;

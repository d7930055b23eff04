// Scores an extracted dataset against a hand-made gold dataset of the same source: a gold fact is
// recovered when an extracted fact has its value, unit, qualifier, period and country. Extracted facts
// under review count as proposals too (a person sees them); those matching no gold fact are extras.
import type { DatasetFile, Fact } from '../../../src/dataset/schema';
import { buildIndex, type FactIndex } from '../../../src/core';
import { monthsOf } from '../../../src/core/periods';

export interface ExtractScore {
  gold: number;
  extracted: number;
  recovered: number;
  /** Gold facts with no extracted counterpart, and the nearest extracted fact of the same value. */
  missed: { gold: Fact; near?: Fact; why?: string }[];
  /** Extracted facts that match no gold fact. */
  extras: Fact[];
  recall: number;
  precision: number;
  /** Gold facts recovered when the place is not compared (value, unit, qualifier and period only). */
  recoveredAnyPlace: number;
  /** Extracted facts with a review note. */
  underReview: number;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(a), Math.abs(b));
}

function span(p: Fact['period']): string {
  return p ? `${monthsOf(p.from)[0]}-${monthsOf(p.to)[1]}` : 'none';
}

/** Why an extracted fact of the gold fact's value is not the gold fact, or null when it is. */
export function difference(gold: Fact, got: Fact, index: FactIndex, comparePlace = true): string | null {
  if (!sameValue(gold.value, got.value)) return 'value';
  if (gold.unit !== got.unit) return `unit ${got.unit} (gold ${gold.unit})`;
  if (gold.qualifier !== got.qualifier) return `qualifier ${got.qualifier} (gold ${gold.qualifier})`;
  if (span(gold.period) !== span(got.period)) return `period ${JSON.stringify(got.period)} (gold ${JSON.stringify(gold.period)})`;
  const country = (f: Fact): string => index.countryOf(f.entity);
  if (comparePlace && country(gold) !== country(got)) return `country ${country(got)} (gold ${country(gold)})`;
  return null;
}

export function scoreExtraction(gold: DatasetFile, extracted: DatasetFile, catalogue: readonly { data: DatasetFile }[]): ExtractScore {
  const index = buildIndex([...catalogue, { data: { ...gold, facts: [] } }, { data: { ...extracted, facts: [] } }]);
  const used = new Set<number>();
  const missed: ExtractScore['missed'] = [];
  let recovered = 0;
  for (const g of gold.facts) {
    const k = extracted.facts.findIndex((e, i) => !used.has(i) && difference(g, e, index) === null);
    if (k >= 0) {
      used.add(k);
      recovered++;
      continue;
    }
    const near = extracted.facts.find((e) => sameValue(e.value, g.value));
    missed.push({ gold: g, ...(near ? { near, why: difference(g, near, index) ?? 'taken by another gold fact' } : {}) });
  }
  const extras = extracted.facts.filter((_, i) => !used.has(i));
  const usedAny = new Set<number>();
  let recoveredAnyPlace = 0;
  for (const g of gold.facts) {
    const k = extracted.facts.findIndex((e, i) => !usedAny.has(i) && difference(g, e, index, false) === null);
    if (k >= 0) {
      usedAny.add(k);
      recoveredAnyPlace++;
    }
  }
  const n = extracted.facts.length;
  return {
    gold: gold.facts.length,
    extracted: n,
    recovered,
    missed,
    extras,
    recoveredAnyPlace,
    underReview: extracted.facts.filter((f) => f.review !== undefined).length,
    recall: gold.facts.length ? recovered / gold.facts.length : 1,
    precision: n ? (n - extras.length) / n : 1,
  };
}

// Compares a figure as written with a sourced value. Both become intervals of what the true value
// could be; the draft is verified when the source's interval lies inside the draft's.
import type { Qualifier } from '../dataset/schema';
import { valuePrecision } from './numbers';

export type Agreement = 'verified' | 'qualifier' | 'mismatch' | 'unsure';

export interface Stated {
  value: number;
  qualifier: Qualifier;
  precision: number;
  upper?: number;
  /** The draft wrote its qualifier ("exactly 1,000"); a bare figure leaves the source's unsaid. */
  qualifierWritten?: boolean;
}

const EPSILON = 1e-9;

/** A bound this many times looser than the source's value says something else ("more than 3,000" of 4,300). */
const LOOSE_BOUND = 1.25;

/** The gap that makes "more than v" exclude v itself. */
function strict(v: number): number {
  return 1e-6 * Math.max(1, Math.abs(v));
}

interface Interval {
  low: number;
  high: number;
}

/**
 * A qualifier on a negative value bounds its size: "a fall of almost 15" (-15, nearly) lies between -15
 * and -13.5, "more than -15" below -15. Read on the size, then turned back.
 */
function onSize(s: Stated, interval: (s: Stated) => Interval): Interval {
  if (s.value >= 0 || s.qualifier === 'range') return interval(s);
  const size = interval({ ...s, value: -s.value });
  return { low: -size.high, high: -size.low };
}

/** "About 18,000" covers a tenth either side of it. */
const APPROXIMATE_SHARE = 0.1;
/**
 * A hedged figure written with two significant digits or more names its number: "about 81 million" is
 * 81 million give or take a rounding, not 77 million, though 77 is within a tenth of it. It verifies only
 * what lies within this many units of its last significant digit, when that is less than a tenth; within
 * the tenth it is unsure (withinATenth). A figure of one digit ("about 80%") or a fraction in words
 * ("about a third") keeps the tenth.
 */
const APPROXIMATE_LAST_DIGIT_UNITS = 3;
const NAMED_NUMBER_DIGITS = { min: 2 };
/**
 * More significant digits than anyone writes: a fraction in words worked out ("two-thirds", 0.666…), which
 * keeps the tenth. A hedged figure written with five digits or more ("an estimated 39,435") names its number
 * more precisely still, and reaches only a few units of its last digit.
 */
const WRITTEN_DIGITS_MAX = 8;

/** How far either side of itself an approximate figure reaches. */
function approximateSpread(value: number): number {
  const size = Math.abs(value);
  const tenth = APPROXIMATE_SHARE * size;
  const digits = significantDigitsOf(size);
  if (digits < NAMED_NUMBER_DIGITS.min || digits > WRITTEN_DIGITS_MAX) return tenth;
  const lastDigitUnit = Math.pow(10, Math.floor(Math.log10(size) + EPSILON) - digits + 1);
  return Math.min(tenth, APPROXIMATE_LAST_DIGIT_UNITS * lastDigitUnit);
}

/**
 * A hedged figure its own number does not cover but a tenth of it would ("about 81 million" of 77 million):
 * no statement of the fact, but no sure error either; it may be another figure near it ("roughly €2,220 a
 * month" worked out from an hourly rate). Neither verified nor warned about, unless a slip explains it.
 */
export function withinATenth(draft: Stated, source: Stated): boolean {
  if (draft.qualifier !== 'approximately') return false;
  const d = onSize(draft, (s) => ({ low: s.value - Math.max(s.precision / 2, APPROXIMATE_SHARE * s.value), high: s.value + Math.max(s.precision / 2, APPROXIMATE_SHARE * s.value) }));
  const s = sourceInterval(source);
  return d.low <= s.low && s.high <= d.high;
}

/** 81000000 → 2, 3.93 → 3, 1/3 → 16: the digits a value is written with, without leading or trailing zeros. */
function significantDigitsOf(size: number): number {
  if (size === 0 || !Number.isFinite(size)) return 0;
  return String(size).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** What a draft's figure claims: "about 18,000" covers 16,200..19,800; "18,100" covers 18,050..18,150. */
export function draftInterval(s: Stated): Interval {
  return onSize(s, draftIntervalOfSize);
}

function draftIntervalOfSize(s: Stated): Interval {
  const v = s.value;
  const half = s.precision / 2;
  switch (s.qualifier) {
    case 'more-than':
      return { low: v + strict(v), high: Infinity };
    case 'at-least':
      return { low: v, high: Infinity };
    case 'fewer-than':
      return { low: -Infinity, high: v - strict(v) };
    case 'up-to':
      return { low: -Infinity, high: v };
    case 'nearly':
      return { low: v - Math.max(s.precision, 0.1 * Math.abs(v)), high: v };
    case 'approximately': {
      const spread = Math.max(half, approximateSpread(v));
      return { low: v - spread, high: v + spread };
    }
    case 'range':
      return { low: v, high: s.upper ?? v };
    case 'exact':
    default:
      // A value a half unit above rounds up: "7,000" is no rounding of 7,500.
      return { low: v - half, high: v + half - strict(half) };
  }
}

/** What the source knows: "more than 7,210" is read as a little above 7,210, not as anything above it. */
export function sourceInterval(s: Stated): Interval {
  return onSize(s, sourceIntervalOfSize);
}

function sourceIntervalOfSize(s: Stated): Interval {
  const v = s.value;
  const slack = Math.max(s.precision, 0.1 * Math.abs(v));
  switch (s.qualifier) {
    case 'more-than':
      return { low: v + strict(v), high: v + slack };
    case 'at-least':
      return { low: v, high: v + slack };
    case 'fewer-than':
      return { low: Math.min(0, v), high: v - strict(v) };
    case 'up-to':
      return { low: Math.min(0, v), high: v };
    case 'nearly':
      return { low: v - Math.max(s.precision, 0.05 * Math.abs(v)), high: v };
    case 'approximately': {
      const spread = Math.max(s.precision / 2, 0.05 * Math.abs(v));
      return { low: v - spread, high: v + spread };
    }
    case 'range':
      return { low: v, high: s.upper ?? v };
    case 'exact':
    default:
      return { low: v, high: v };
  }
}


/** The same written number at the coarser of the two precisions: "7,210" and 7210, "18,000" and 18,166 not. */
export function sameNumber(draft: Stated, source: Stated): boolean {
  const precision = Math.min(draft.precision, source.precision);
  return Math.abs(draft.value - source.value) <= precision / 2 + EPSILON * Math.abs(source.value);
}

/** A bound restates a finer one it rounds only when written to this many significant digits. */
const ROUNDED_BOUND_DIGITS = 3;
/** A bound written with this many units of its precision or more (three digits: "6.26 million") names its own number. */
const PRECISE_BOUND_UNITS = 100;
/** Ten units of its precision: a number of two digits at it. */
const TWO_DIGITS = 10;
/** Writers round to steps of five ("more than 45"); a two-digit bound off them ("up to 27") names itself. */
const ROUND_STEP = 5;

/**
 * The bound is written to three significant digits ("just over 6.26 million"), or to two that are no step of
 * five ("up to 27"): not a round number ("more than 120 million") nor a fraction in words ("over two-thirds").
 */
function namesItsOwnNumber(draft: Stated): boolean {
  const size = Math.abs(draft.value);
  const digits = significantDigitsOf(size);
  if (digits >= ROUNDED_BOUND_DIGITS) return size >= PRECISE_BOUND_UNITS * draft.precision;
  // Two digits that are no step of five ("up to 27", not "more than 45"): no writer rounds to them.
  const units = Math.round(size / draft.precision);
  return digits === 2 && units >= TWO_DIGITS && units % ROUND_STEP !== 0;
}

/** The draft's number is the source's rounded to the draft's precision. */
function roundsTo(draft: Stated, source: Stated): boolean {
  return draft.precision >= source.precision && Math.abs(draft.value - source.value) <= draft.precision / 2 + EPSILON * Math.abs(source.value);
}

/** A bound up from the low end of the source's range, or down from its high end: on the range's own side. */
function boundOnARangesEnd(draft: Stated, source: Stated): boolean {
  if (source.qualifier !== 'range' || source.upper === undefined) return false;
  const side = direction(draft.qualifier);
  return (side === 'up' && sameNumber(draft, source)) || (side === 'down' && sameNumber(draft, { ...source, value: source.upper, precision: valuePrecision(source.upper) }));
}

function direction(q: Qualifier): 'up' | 'down' | 'none' {
  if (q === 'more-than' || q === 'at-least') return 'up';
  if (q === 'fewer-than' || q === 'up-to' || q === 'nearly') return 'down';
  return 'none';
}

/** How many times looser a bound is than the source's value: 1 for "more than 7,000" of 7,210. */
function looseness(draft: Stated, source: Stated): number {
  const d = Math.abs(draft.value);
  const v = Math.abs(source.value);
  if ((draft.qualifier === 'more-than' || draft.qualifier === 'at-least') && d > 0) return v / d;
  if ((draft.qualifier === 'fewer-than' || draft.qualifier === 'up-to') && v > 0) return d / v;
  return 1;
}

/** Two significant digits or more: "78", "45%", "6.1 million"; not "40" or "5,000". */
function namesItself(s: Stated): boolean {
  return significantDigitsOf(Math.abs(s.value)) >= NAMED_NUMBER_DIGITS.min;
}

/** Three significant digits or more, as written: "287.8", "18,166"; not "40" or "5,000". */
function precise(s: Stated): boolean {
  return Math.abs(s.value) / s.precision >= PRECISE_DIGITS;
}

/**
 * A figure's precision with the zeros that end its number read as rounding, as a source's value is read
 * (valuePrecision): "150 million" is precise to ten million, like the source's 150,000,000.
 */
function roundedPrecision(s: Stated): number {
  let precision = s.precision;
  while (precision < Math.abs(s.value) && Math.abs(Math.round(s.value / precision) % 10) === 0 && Math.round(s.value / precision) !== 0) precision *= 10;
  return precision;
}

/** A value written with this many units of its precision or more has three significant digits. */
const PRECISE_DIGITS = 100;

/** A figure stated plainly or hedged: either says the same number. */
const HEDGES: ReadonlySet<Qualifier> = new Set<Qualifier>(['exact', 'approximately']);

/**
 * "Over 5,000" of "some 5,000": a side given to a hedge on a round number (one significant digit). Such a
 * number is everywhere, so the verdict asks a word of the fact's own measure beside it ("four or more people
 * shot" is no bound on a rate of about 4) and the fact's time (an undated "over 5,000" may be a later count).
 */
export function sidesARoundHedge(draft: Stated, source: Stated): boolean {
  return source.qualifier === 'approximately' && direction(draft.qualifier) !== 'none' && significantDigitsOf(Math.abs(source.value)) < NAMED_NUMBER_DIGITS.min;
}

/** Judges a draft figure against a sourced one. */
export function agree(draft: Stated, source: Stated): Agreement {
  // "Almost €287.8m" or "nearly 78" of exactly that: the very number, to its last written digit, said to
  // fall short of itself. A number of two digits or more names itself; "nearly 10 million" of a source's
  // "10 million" may be a rounding of it.
  if (draft.qualifier === 'nearly' && source.qualifier === 'exact' && draft.precision <= source.precision && sameNumber(draft, source) && namesItself(source)) return 'qualifier';
  const d = draftInterval(draft);
  const s = sourceInterval(source);
  const tolerance = EPSILON * Math.max(1, Math.abs(source.value));
  if (d.low <= s.low + tolerance && s.high <= d.high + tolerance) {
    // "More than 800" is true of 189,452 but says something else: a bound far from the source's value
    // is no statement of it.
    const loose = looseness(draft, source);
    // An order of magnitude off ("more than 80" where the source says more than 800) misstates it.
    if (loose > 5) return 'mismatch';
    // A bound restates a value only when close to it: "more than 4,000" of 4,300 does, "more than 3,000"
    // says something else (and so does "more than 7,000" of "more than 10,000").
    if (loose > LOOSE_BOUND) return 'unsure';
    // A bound that names its own number ("just over 6.26 million", "up to 27"): a source's
    // value more than a unit of its last digit away (6.5 million) is another figure the bound happens to
    // hold, not the one it states.
    if (direction(draft.qualifier) !== 'none' && namesItsOwnNumber(draft) && Math.abs(draft.value - source.value) > draft.precision + tolerance) return 'unsure';
    return 'verified';
  }
  // "Up to $2.78bn" of up to $2,782m: the source's bound, rounded to the precision the draft writes, to three
  // digits or more. ("More than £5bn" of more than £4.5bn is a rounding that moves the bound.)
  if (draft.qualifier === source.qualifier && draft.qualifier !== 'exact' && significantDigitsOf(Math.abs(draft.value)) >= ROUNDED_BOUND_DIGITS && roundsTo(draft, source)) return 'verified';
  const overlap = d.low <= s.high + tolerance && s.low <= d.high + tolerance;
  // "$5.8 million" for "around $5.8 million": dropping a hedge on the very same number is fair.
  if (sameNumber(draft, source) && HEDGES.has(draft.qualifier) && HEDGES.has(source.qualifier)) return 'verified';
  // "15 points" for "almost 15 points": the source's round number with its qualifier left out is a
  // rounding. A precise one ("7,210" for "more than 7,210") claims a count the source only bounds.
  if (sameNumber(draft, source) && draft.qualifier === 'exact' && !draft.qualifierWritten && source.qualifier !== 'exact' && !precise(source) && roundedPrecision(draft) >= source.precision) {
    return 'verified';
  }
  // "44,218 deaths" of "at least 44,218": the count the source confirms, which its bound includes (unlike
  // "more than 7,210", which leaves 7,210 out).
  // So is "68.7%" of "nearly 68.7 per cent": "nearly" puts the truth just under the number, which the
  // number rounds to; and "210 litres" of "a maximum of 210 litres", the ceiling's own number.
  if (sameNumber(draft, source) && draft.qualifier === 'exact' && !draft.qualifierWritten && (source.qualifier === 'at-least' || source.qualifier === 'nearly' || source.qualifier === 'up-to')) return 'verified';
  // "More than a billion" of a range from 1 billion to 1.1 billion, "up to 1.1 billion" of the same: a bound on
  // the range's own end, on the range's side, says what the source says.
  if (boundOnARangesEnd(draft, source)) return 'verified';
  // A hedge ("about 9%") says no side of its number, so it contradicts no "almost 9%".
  // A side given to a source's hedge ("more than 80%" of around 80%) claims what the source does not know.
  if (sameNumber(draft, source) && direction(draft.qualifier) !== direction(source.qualifier) && draft.qualifier !== 'approximately') return 'qualifier';
  if (!overlap) return withinATenth(draft, source) ? 'unsure' : 'mismatch';
  // The intervals overlap but the source does not imply the draft.
  if (draft.qualifier === 'exact') return 'mismatch'; // "7,500" where the source says "more than 7,210"
  if (draft.qualifier === 'approximately' && Math.abs(draft.value - source.value) <= Math.max(draft.precision, Math.min(APPROXIMATE_SHARE * Math.abs(source.value), approximateSpread(draft.value)))) {
    return 'verified';
  }
  return 'unsure';
}

/** A fact as a stated value. */
export function statedFact(value: number, qualifier: Qualifier, upper?: number): Stated {
  return { value, qualifier, precision: valuePrecision(value), upper };
}

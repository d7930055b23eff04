// How a figure's value relates to a fact's: the same within the written precision and qualifier, a slip
// of it (two digits swapped, one digit changed, dropped or added, the scale slipped), or near or far.
// A slip is the strongest sign that a sentence restates a fact with a wrong number; a value far from
// every fact is the strongest sign that it restates none.
import { agree, sameNumber, withinATenth, type Stated } from '../judge';
import { valuePrecision } from '../numbers';

export type ValueRelation =
  | 'agrees'
  | 'qualifier-flipped'
  | 'sign-flipped'
  | 'loose'
  | 'hedged'
  | 'transposed'
  | 'finer-transposed'
  | 'one-digit'
  | 'digit-count'
  | 'scale-slip'
  | 'round-scale-slip'
  | 'near'
  | 'moderate'
  | 'far';

/** A value within this factor of the fact's is "near": another estimate, or another moment, of the same thing. */
const NEAR_RATIO = 1.5;
/** Beyond this factor a value is "far": no misreading or rounding turns one into the other. */
const FAR_RATIO = 4;

/** Mantissas already written out: every figure is compared with each of its candidate facts. */
const mantissas = new Map<number, string>();
/** Beyond this many values a memo of values starts again: a long session must not keep every value it saw. */
const VALUE_MEMO_LIMIT = 10_000;

/** 5800000 → "58", 0.3333 → "3333": the significant digits. */
export function mantissa(value: number): string {
  let digits = mantissas.get(value);
  if (digits === undefined) {
    digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
    if (mantissas.size >= VALUE_MEMO_LIMIT) mantissas.clear();
    mantissas.set(value, digits);
  }
  return digits;
}

/** A fact's value as its digits at the precision it is stated with: the same for each figure compared with it. */
const factDigits = new Map<number, { unit: number; digits: string }>();

function statedDigits(value: number): { unit: number; digits: string } {
  let known = factDigits.get(value);
  if (known === undefined) {
    const unit = valuePrecision(value);
    known = { unit, digits: String(Math.round(value / unit)) };
    if (factDigits.size >= VALUE_MEMO_LIMIT) factDigits.clear();
    factDigits.set(value, known);
  }
  return known;
}

/** Significant digits of a value: 15133 → 5, 10000 → 1, 5800000 → 2. */
export function significantDigits(value: number): number {
  return Math.max(1, mantissa(value).length);
}

/** Positions where two equally long strings differ. */
function differences(a: string, b: string): number[] {
  const at: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) at.push(i);
  return at;
}

/** True when deleting one character of the longer string gives the shorter. */
function oneDeleted(longer: string, shorter: string): boolean {
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/**
 * The powers of ten a slip of scale spans: a decimal point one or two places off ("$3.5 million" of $35
 * million), or a scale word written for the one next to it or the one after ("thousand" for "billion"). No
 * slip multiplies by ten thousand or a hundred thousand: "CHF 350" is no slip of CHF 35 million, nor
 * "€3.60 a litre" of €36 billion.
 */
const SCALE_SLIP_POWERS: ReadonlySet<number> = new Set([1, 2, 3, 6]);
/** A figure below this, written with no scale word, is not a value of thousands or millions with the word left out. */
const SCALE_WORD_FROM = 1000;
/** The ratio of a scale word's slip: a thousand or more. */
const SCALE_WORD_RATIO = 999;

function withinASlipOfScale(a: number, b: number): boolean {
  return SCALE_SLIP_POWERS.has(Math.round(Math.log10(Math.max(a, b) / Math.min(a, b))));
}

/**
 * A typing slip that turns the fact's value into the draft's, compared digit by digit at the precision
 * the fact is stated with ($5.8 million as 58, 18,166 as 18166). Short numbers slip into each other by
 * chance, so a dropped or added digit needs three digits at least, and a changed one, or two apart swapped, four.
 */
export function digitSlip(draft: number, fact: number, countByChance = false): ValueRelation | null {
  const a = Math.abs(draft);
  const b = Math.abs(fact);
  if (a === 0 || b === 0 || a === b) return null;
  const ma = mantissa(a);
  const mb = mantissa(b);
  if (ma === mb) {
    if (!withinASlipOfScale(a, b)) return null;
    if (mb.length >= 2) return 'scale-slip';
    // A round figure of a few units against thousands or millions of them ("voted 3 to 1" beside a million
    // trips) is a coincidence of one digit, not a dropped scale word. (A scale word added, "$1m" of $1, is a slip.)
    if (b / a >= SCALE_WORD_RATIO && a < SCALE_WORD_FROM) return null;
    return 'round-scale-slip';
  }
  const { unit, digits: db } = statedDigits(b);
  // A figure written more finely than the fact ("55.7 million" beside 65 million) is no slip of it: rounded
  // to the fact's precision, digits it never had might seem swapped ("56" for "65").
  if (!wholeMultiple(a, unit)) return finerSwap(a, b) ?? (droppedDecimalDigit(ma, mb, a, b) ? 'digit-count' : null);
  if (coarserSwap(a, b, unit)) return 'transposed';
  const da = String(Math.round(a / unit));
  if (db.length < 2) return null;
  if (da.length === db.length) {
    const diff = differences(da, db);
    // The two digits of a count under a hundred swap by chance (19 and 91 medals) where the caller says so
    // (in words, or beside a fact of its own number); a share's (71% for 17%) or a larger count's (34,000
    // for 43,000) by a typing slip.
    if (!(countByChance && b < 100 && unit >= 1) && swapsTwoNeighbours(da, db, diff)) return 'transposed';
    // Two digits apart swap too ("7,147" for 4,177), less often by chance the longer the number.
    if (db.length >= MIN_DISTANT_SWAP_DIGITS && swapsTwoDigits(da, db, diff)) return 'transposed';
    // One changed digit of a three-digit number is as likely another figure (150 and 160 km).
    if (diff.length === 1 && db.length >= 4) return 'one-digit';
    return droppedDecimalDigit(ma, mb, a, b) ? 'digit-count' : null;
  }
  if (Math.abs(da.length - db.length) === 1 && Math.min(da.length, db.length) >= 3) {
    return (da.length > db.length ? oneDeleted(da, db) : oneDeleted(db, da)) ? 'digit-count' : null;
  }
  return droppedDecimalDigit(ma, mb, a, b) ? 'digit-count' : null;
}

/**
 * A digit dropped or added after the decimal point keeps the number's size ("4.56 billion" of 4.056 billion,
 * "2.035" of 2.35): compared at the fact's precision the digits shift, so the written digits are compared.
 * Three written digits at least, and the same power of ten, as for any dropped digit. A last digit more or
 * less is a rounding ("295.3 million" of 295 million), not a slip.
 */
function droppedDecimalDigit(ma: string, mb: string, a: number, b: number): boolean {
  if (Math.abs(ma.length - mb.length) !== 1 || Math.min(ma.length, mb.length) < 3) return false;
  if (Math.floor(Math.log10(a)) !== Math.floor(Math.log10(b))) return false;
  const [longer, shorter] = ma.length > mb.length ? [ma, mb] : [mb, ma];
  return !longer.startsWith(shorter) && oneDeleted(longer, shorter);
}

/**
 * A figure written more finely than the fact whose digits at its own precision are the fact's with two
 * neighbours swapped, one of them a zero the rounded value ends with ("3,020" of 3,200; "6.05 million" of
 * 6.5 million). Weaker than a swap of the digits the source gives: the zero was never written there.
 * Three digits at least: shorter numbers swap into each other by chance.
 */
function finerSwap(draft: number, fact: number): ValueRelation | null {
  const { unit, digits: da } = statedDigits(draft);
  if (da.length < MIN_FINER_SWAP_DIGITS || !wholeMultiple(fact, unit)) return null;
  const db = String(Math.round(fact / unit));
  return da.length === db.length && swapsTwoNeighbours(da, db) ? 'finer-transposed' : null;
}
/** A swap at the draft's finer precision is a slip only in a number of this many digits or more. */
const MIN_FINER_SWAP_DIGITS = 3;

/**
 * A figure written more coarsely than the fact whose digits are the fact's, rounded to the figure's
 * precision, with two neighbours swapped ("103.7 million" of 130,724,000; "EUR 890.6 million" of
 * 809,577,356): the writer rounded the source's number and swapped two of the digits kept.
 */
function coarserSwap(draft: number, fact: number, factUnit: number): boolean {
  const { unit, digits: da } = statedDigits(draft);
  if (unit <= factUnit || da.length < MIN_COARSER_SWAP_DIGITS) return false;
  const db = String(Math.round(fact / unit));
  // A zero the rounding made at the end ("150" of 1,499,000) was never the source's digit to swap.
  return da.length === db.length && !db.endsWith('0') && swapsTwoNeighbours(da, db);
}
/** A swap at a coarser precision than the source's is a slip only in a number of this many digits or more. */
const MIN_COARSER_SWAP_DIGITS = 4;

/** The value is a whole number of units, within floating-point error. */
function wholeMultiple(value: number, unit: number): boolean {
  const units = value / unit;
  return Math.abs(units - Math.round(units)) < 1e-6 * Math.max(1, Math.abs(units));
}

/** Two equally long digit strings differ only by two digits swapped, wherever they stand ("7147", "4177"). */
function swapsTwoDigits(da: string, db: string, diff: readonly number[]): boolean {
  return diff.length === 2 && da[diff[0]] === db[diff[1]] && da[diff[1]] === db[diff[0]];
}
/** A swap of two digits that are not neighbours is a slip only in a number of this many digits or more. */
const MIN_DISTANT_SWAP_DIGITS = 4;

/** Two equally long digit strings differ only by two neighbouring digits swapped ("3060", "3600"). */
function swapsTwoNeighbours(da: string, db: string, diff = differences(da, db)): boolean {
  return diff.length === 2 && diff[1] === diff[0] + 1 && da[diff[0]] === db[diff[1]] && da[diff[1]] === db[diff[0]];
}

/** A bound's number and the source's, written to the bound's precision, differ by two neighbouring digits swapped. */
function boundSwapsDigits(d: Stated, f: Stated): boolean {
  const da = String(Math.round(d.value / d.precision));
  const db = String(Math.round(f.value / d.precision));
  return da.length === db.length && Math.max(significantDigits(d.value), significantDigits(f.value)) >= MIN_SWAPPED_BOUND_DIGITS && swapsTwoNeighbours(da, db);
}

/** Both are ranges; one end is the source's and the other has two of its digits swapped, at the draft's precision. */
function rangeEndSwapsDigits(d: Stated, f: Stated): boolean {
  if (d.qualifier !== 'range' || f.qualifier !== 'range' || d.upper === undefined || f.upper === undefined) return false;
  const lower = { ...d, qualifier: 'exact' as const };
  const upper = { ...d, value: d.upper, qualifier: 'exact' as const };
  const factLower = { ...f, qualifier: 'exact' as const };
  const factUpper = { ...f, value: f.upper, qualifier: 'exact' as const };
  return (sameNumber(lower, factLower) && boundSwapsDigits(upper, factUpper)) || (sameNumber(upper, factUpper) && boundSwapsDigits(lower, factLower));
}

/** The stated value without its sign; the same object when it has none, as most have. */
function magnitude(stated: Stated): Stated {
  if (stated.value >= 0 && (stated.upper === undefined || stated.upper >= 0)) return stated;
  return { ...stated, value: Math.abs(stated.value), upper: stated.upper === undefined ? undefined : Math.abs(stated.upper) };
}

/** How the draft's stated value relates to the fact's. Changes are compared by size once their signs agree. */
/** Qualifiers that bound a value rather than state it. */
const BOUNDS: ReadonlySet<string> = new Set(['more-than', 'at-least', 'fewer-than', 'up-to']);
/** A bound's swapped digits are a slip only where it or the source's number has this many significant digits or more. */
const MIN_SWAPPED_BOUND_DIGITS = 3;

export function valueRelation(draft: Stated, fact: Stated, countByChance = false): ValueRelation {
  if (Math.sign(draft.value) !== Math.sign(fact.value) && draft.value !== 0 && fact.value !== 0) {
    return Math.abs(draft.value) === Math.abs(fact.value) ? 'sign-flipped' : 'far';
  }
  const d = magnitude(draft);
  const f = magnitude(fact);
  const agreement = agree(d, f);
  // A bound the source's value satisfies, written with two of its digits swapped ("at least 3,060" of at
  // least 3,600), is a typing slip of the number, not a looser bound.
  // A bound of three digits names its own number, so agree() is unsure of a value beyond it; swapped digits
  // still make it a slip of that value.
  if ((agreement === 'verified' || agreement === 'unsure') && BOUNDS.has(d.qualifier) && boundSwapsDigits(d, f)) return 'transposed';
  // A range that holds the source's range, one end the source's and the other its digits swapped ("$1.11 to
  // $2.53" of $1.11–2.35), is a slip of that end, not a looser statement.
  if (agreement === 'verified' && rangeEndSwapsDigits(d, f)) return 'transposed';
  if (agreement === 'verified') return 'agrees';
  if (agreement === 'qualifier') return 'qualifier-flipped';
  // A bound on an order of magnitude ("more than 80" of 800) is a scale slip when its digits agree, and
  // a rounded value with two digits swapped ("about 78%" of about 87%) a typing slip however loose.
  const slip = digitSlip(d.value, f.value, countByChance);
  // A hedged figure a tenth of its number covers ("about 81 million" of 77 million) may state the fact
  // loosely or be another figure near it: it competes as a statement of the fact, but verifies nothing.
  if (agreement === 'unsure') return slip ?? (withinATenth(d, f) ? 'hedged' : 'loose');
  if (slip) return slip;
  const ratio = Math.max(d.value, f.value) / Math.max(Number.MIN_VALUE, Math.min(d.value, f.value));
  if (ratio <= NEAR_RATIO) return 'near';
  return ratio <= FAR_RATIO ? 'moderate' : 'far';
}

/** The relations that are slips of the fact's digits (digitSlip), bar a round value's change of scale. */
export const DIGIT_SLIPS: ReadonlySet<ValueRelation> = new Set<ValueRelation>(['transposed', 'finer-transposed', 'one-digit', 'digit-count', 'scale-slip']);

/** "two digits swapped", for the evidence shown to the writer. */
export const RELATION_WORDS: Record<ValueRelation, string> = {
  agrees: 'agrees with the source',
  'qualifier-flipped': 'is the source’s number with the opposite qualifier',
  'sign-flipped': 'is the source’s change with the opposite sign',
  loose: 'is a bound far from the source’s value',
  hedged: 'is within a tenth of the source’s value, with a hedge',
  transposed: 'has two digits swapped',
  'finer-transposed': 'has two digits swapped',
  'one-digit': 'has one digit changed',
  'digit-count': 'has a digit dropped or added',
  'scale-slip': 'has the right digits at the wrong scale',
  'round-scale-slip': 'is the round value at another scale',
  near: 'is near the source’s value',
  moderate: 'is a few times the source’s value or a fraction of it',
  far: 'is far from the source’s value',
};

// Finds the numbers in a piece of prose and reads each as written: value, unit, precision and style.
// Deciding whether a number is a claim happens later (claims.ts); this file only reads.
import type { FigureStyle } from './types';
import type { Unit } from '../dataset/schema';
import { CURRENCY_PREFIX, CURRENCY_PREFIX_MAX_LENGTH, CURRENCY_SUFFIX, currencyCode } from './currencies';
import { fromRightBefore, isAsciiWordCode, textAfter, textBefore, WORD_GAP } from './regex';
import { isYearToken } from './notClaims';
import { EXPECTATION_WORDS } from './wordLists';

export interface NumberToken {
  /** Offsets into the scanned text, end exclusive; cover the number as written ("$5.8 million"). */
  start: number;
  end: number;
  value: number;
  unit: Unit;
  precision: number;
  style: FigureStyle;
  /** The plain digits as written, without currency, scale or percent ("18,166"). */
  digits: string;
  /** True for a bare integer such as 2023 with no grouping, decimals, currency, scale or percent. */
  bare: boolean;
  /** For a rate: the base it is stated per (1000 in "3.4 per 1,000 people"). */
  per?: number;
  /** True for a signed change ("+1,250", "fell by 3%"); the value then carries the sign. */
  change?: boolean;
  /** The change is a difference from an average or a norm ("8% below average"): CHANGE_FROM_A_NORM_AFTER. */
  fromANorm?: boolean;
  /** The upper end of a range ("three to four", "10–20%"). */
  upper?: number;
}

const NUMERIC = new RegExp(
  [
    '([+\u2212]|-(?=\\d))?', // 1 sign: "+1,250", "−3,400"
    `(${CURRENCY_PREFIX})?`, // 2 currency prefix: "$", "US$", "€", "MDL "
    '(',
    '\\d{1,2}(?:,\\d{2})+,\\d{3}(?!,?\\d)(?:\\.\\d+)?', // Indian grouping: 2,56,000 and 1,23,45,678
    '|\\d{1,3}(?:[,\\u00A0\\u202F\\u2009]\\d{3})+(?:\\.\\d+)?', // 18,166 or 18 166 with special spaces
    '|\\d{1,3}(?: \\d{3})+(?![\\d])', // 18 166 with a plain space
    '|\\d+(?:[.\u00B7]\\d+)?', // 18166, 5.8, and 5·8 with the raised point of The Lancet and older British print
    '|\\.\\d+',
    ')', // 3 digits
    `(?:(${WORD_GAP}(?:million|billion|thousand|trillion|lakhs?|crores?)\\b)|(${WORD_GAP}(?:mn|mln|bn|bln)\\b|(?:m|k|B|M|K)\\b))?`, // 4 long scale, 5 short scale
    `(${WORD_GAP}%|\\s${WORD_GAP}(?:percent|per\\s${WORD_GAP}cent)\\b|\\s${WORD_GAP}(?:percentage\\s${WORD_GAP}points?|pp)\\b)?`, // 6 percent or points
    `(${CURRENCY_SUFFIX})?`, // 7 currency suffix: " euros", " KM", " MDL"
    '(st|nd|rd|th)?', // 8 ordinal suffix
  ].join(''),
  'g',
);

/**
 * The most characters NUMERIC reads before its first digit: a sign, a currency prefix and the point of
 * ".5". A match holds a digit, so none starts further than this before the next digit of the text.
 */
const MAX_LEAD_BEFORE_DIGIT = 1 + CURRENCY_PREFIX_MAX_LENGTH + 1;

/** The first ASCII digit at or after `from`, or -1. */
function nextDigit(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return -1;
}

/**
 * The next match of NUMERIC from its lastIndex. The pattern is tried only from a few characters before
 * the next digit: at every other place its alternatives of signs and currencies would fail one by one.
 * The pattern looks at nothing before where it starts, so it finds the match it would have found.
 */
function nextNumeric(text: string): RegExpExecArray | null {
  const digit = nextDigit(text, NUMERIC.lastIndex);
  if (digit < 0) return null;
  NUMERIC.lastIndex = Math.max(NUMERIC.lastIndex, digit - MAX_LEAD_BEFORE_DIGIT);
  return NUMERIC.exec(text);
}

/** A short scale written as a capital: "B" (billion), "M" (million), "K" (thousand). */
const CAPITAL_SCALE = /^[BMK]$/;

/** Scale words and their short forms, lower case, by the power of ten they stand for. */
export const SCALES: Record<string, number> = {
  b: 1e9,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  bln: 1e9,
  // Indian English writes hundreds of thousands and tens of millions in lakhs and crores ("Rs 11,833 crore").
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

const CARDINAL_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
};

const FRACTION_WORDS: Record<string, number> = {
  half: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5,
};

const SMALL_WORDS = Object.keys(CARDINAL_WORDS).filter((w) => w !== 'hundred' && w !== 'dozen');
const NUMBER_WORD = `(?:zero|${SMALL_WORDS.join('|')}|hundred|thousand|million|billion|dozen)`;
// A run of number words: "eighteen thousand", "seven thousand two hundred and ten", "a hundred and
// ninety thousand", "five point eight million", "forty-seven".
const RUN_START = `(?:zero|${SMALL_WORDS.join('|')}|an?\\s+(?:hundred|thousand|million|billion|dozen))`;
const NUMBER_RUN = `${RUN_START}(?:(?:\\s+and\\s+|[\\s-]+)(?:point\\s+)?${NUMBER_WORD})*`;

/**
 * "a third straight quarter", "a fourth term", "for a third year": a word after the fraction's word that is
 * none of those a fraction goes on with (of, in, to, than, last, "year on year", …) makes it an ordinal, not a share.
 */
const NOT_AN_ORDINAL_AFTER =
  '(?!\\s+(?!(?:of|in|on|to|from|since|over|and|or|than|between|during|for|last|this|at|by|year[\\s-]+(?:on|over)[\\s-]+year|compared|versus|vs|per|each|more|less|higher|lower|up|down|the|its|their|a|an)\\b)[a-z])';

/**
 * "a quarter of an hour", "half a mile": a fraction of a unit of time or length is a duration or a
 * distance, not a share.
 */
const OF_A_UNIT = '(?!\\s+(?:of\\s+)?an?\\s+(?:hour|minute|second|day|week|month|year|decade|century|mile|kilometre|kilometer|metre|meter|foot|inch)\\b)';

// Number words: runs of cardinals, "one-third", "two-thirds", "half", ordinals such as "eighth".
const WORDS = new RegExp(
  '\\b(?:' +
    // "half a million", "three quarters of a billion": a fraction of a scale is a count.
    `((?:(?:a|one|two|three)[\\s-](?:thirds?|quarters?)|half)\\s+(?:of\\s+)?an?\\s+(?:thousand|million|billion))` + // 1 scaled fraction
    `|(a|one|two|three|four)(?:-|\\s${WORD_GAP})(half|thirds?|quarters?|fifths?)${NOT_AN_ORDINAL_AFTER}${OF_A_UNIT}` + // 2,3 fractions
    `|(${NUMBER_RUN})` + // 4 cardinal runs
    // "second" is an ordinal only before a superlative ("the second-largest"): "a second" is time. Any white
    // space may stand between: a line break, or markup blanked around the word ("[second](…) largest").
    // An ordinal joined by a hyphen to another word is an adjective ("first-time", "third-party"), not a
    // rank, unless the word is a superlative or "placed" ("third-largest", "fourth-placed").
    // "For the first time" counts no place in a ranking: it says that something had not happened before.
    '|(' + Object.keys(ORDINAL_WORDS).filter((w) => w !== 'second').join('|') + '|second(?=(?:\\s*-\\s*|\\s+)(?:largest|biggest|highest|most|lowest|smallest|greatest)\\b))' + // 5 ordinals
    '(?!(?<=\\bfirst)\\s+times?\\b)' +
    '(?!-(?!(?:largest|biggest|highest|most|lowest|smallest|greatest|best|worst|placed|ranked|quarter|half)\\b)[a-z])' + OF_A_UNIT +
    `|(half)${OF_A_UNIT}` + // 6
    ')\\b',
  'gi',
);

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const NUMBER_WORD_GAP = /[\s-]+/;
const DIGIT_GROUP = /\d([,\u00A0\u202F\u2009 ])\d{3}/;
const SIGN_MAY_FOLLOW = /[\s([|:"“'‘~≈<>≤≥]/;
/**
 * A plural noun after up to two modifiers ("1m devices", "3.2m probable dengue cases"); a length's
 * dimension is no modifier of a count ("5m high walls").
 */
const PLURAL_WORD_AFTER = /^\s+(?:(?!(?:high|tall|long|wide|deep|thick)\b)(?:[\p{L}-]+-[\p{L}]+|\p{Ll}+)\s+){0,2}\p{L}[\p{L}-]*s\b/u;
/** Another figure in "m" next in a list ("32.7m and 26.8m"): items of one list share their scale. */
const NEXT_IN_LIST_OF_MILLIONS = /^\s*(?:,|\/|&|and|or)\s*[$€£]?\d[\d.,]*m\b/;
/**
 * Units of measure written short, after which a bare "m" cannot be metres; so is any abbreviation in
 * capitals ("5.6m USD", "3m GT", "2m EUR"), one of two to four lower-case consonants, which no English word
 * is ("12.9m bpd", "2m bcm"), and one with a slash ("1.2m b/d").
 */
const UNIT_ABBREVIATION_AFTER = /^\s+(?:ha|t|kt|Mt|Gt|kg|km²?|sq|bbl|[kMGT]Wh?|acre|tonne|ton|hectare|\p{Lu}{2,5}s?|[bcdfghjklmnpqrstvwxz]{2,4}|\p{Ll}{1,3}\/\p{Ll}{1,3})(?![\p{L}\/])/u;
/**
 * A time right after a bare "m" ("148.0m in 2022", "26m last year", "9.1m a year earlier", "41m yoy"): a
 * count of a time is millions, as a length, which says what it measures ("5m in length", "5m high"), is not.
 */
const TIME_AFTER_MILLIONS = /^\s+(?:(?:in|during|by|over|of|for)\s+(?:(?:19|20)\d\d|['’]\d\d|Q[1-4]|H[12]|the\s+(?:first|second|third|fourth|same|previous|prior|year|quarter)\b)|(?:last|this|a|one)\s+(?:year|quarter)\b|(?:yoy|y\/y|year-on-year|year-over-year)\b)/i;
/**
 * A hyphen and a word right after a number word's run (the run has taken any number word after it), but
 * not a length of time: "a six-year term" states six years.
 */
const COMPOUND_AFTER = /^-(?!(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b)\p{L}/u;
export const POINTS_SUFFIX = /point|pp/;
const SCALE_WORD_END = /(?:thousand|million|billion)$/i;
const SCALE_WORD_END_LOWER = /(thousand|million|billion)$/;
const DIGIT = /\d/;
const RATE_ARTICLE = /^(?:a|one)\s+/;
const RATE_SEPARATORS = /[, ]/g;

/** The value of a run of number words, and how many decimals it was given ("five point eight" → 1). */
export function readNumberWords(run: string): { value: number; decimals: number } | null {
  let total = 0;
  let current = 0;
  let decimals = '';
  let inDecimals = false;
  let seen = false;
  for (const raw of run.toLowerCase().split(NUMBER_WORD_GAP)) {
    if (raw === 'and' || raw === '') continue;
    if (raw === 'a' || raw === 'an') {
      current = 1;
      continue;
    }
    if (raw === 'point') {
      inDecimals = true;
      continue;
    }
    const fraction = (): number => (decimals ? Number(`0.${decimals}`) : 0);
    if (raw === 'hundred') current = (current || 1) * 100;
    else if (raw === 'dozen') current = (current || 1) * 12;
    else if (raw in SCALE_WORDS) {
      total += (current + fraction() || 1) * SCALE_WORDS[raw];
      current = 0;
      decimals = '';
      inDecimals = false;
    } else if (raw in CARDINAL_WORDS || raw === 'zero') {
      const v = raw === 'zero' ? 0 : CARDINAL_WORDS[raw];
      if (inDecimals) {
        if (v > 9) return null;
        decimals += String(v);
      } else {
        // "twenty five" and "two hundred and ten" are one number; "three two" is not.
        const fits = current === 0 || current % 100 === 0 || (current % 10 === 0 && current % 100 >= 20 && v < 10);
        if (!fits) return null;
        current += v;
      }
    } else return null;
    seen = true;
  }
  if (!seen) return null;
  const value = total + current + (decimals ? Number(`0.${decimals}`) : 0);
  return { value, decimals: decimals.length };
}

function plainStyle(form: FigureStyle['form']): FigureStyle {
  return { grouping: '', currency: '', scale: '', percent: '', form, suffix: '' };
}

/** Rounding unit of a written integer or decimal: "18,000" → 1000, "7,210" → 1, "5.8" → 0.1. */
export function writtenPrecision(plainDigits: string): number {
  const dot = plainDigits.indexOf('.');
  if (dot >= 0) return Math.pow(10, -(plainDigits.length - dot - 1));
  let zeros = 0;
  for (let i = plainDigits.length - 1; i > 0 && plainDigits[i] === '0'; i--) zeros++;
  return zeros >= 2 ? Math.pow(10, zeros) : 1;
}

/** The precision a sourced value implies, read from its digits as the source would write them. */
export function valuePrecision(value: number): number {
  if (!Number.isInteger(value)) {
    const text = String(value);
    const dot = text.indexOf('.');
    return dot >= 0 ? Math.pow(10, -(text.length - dot - 1)) : 1;
  }
  // Large round values such as 5800000 were written "5.8 million": the precision is the last non-zero place.
  return writtenPrecision(String(Math.abs(value)));
}

function groupingOf(digits: string): string {
  const match = DIGIT_GROUP.exec(digits);
  return match ? match[1] : '';
}

/** A sign glued to a number is a sign only after a space, a bracket or a table bar: "2018-23" is a range. */
function signAllowed(text: string, at: number): boolean {
  return at === 0 || SIGN_MAY_FOLLOW.test(text[at - 1]);
}

/** No word after "61.7m" (punctuation, a sign, the line's end), no article before it: a list's "Schiphol 61.7m (own figure)". */
const NO_WORD_AFTER = /^\s*(?:[^\p{L}\p{N}\s]|$)/u;
const ARTICLE_BEFORE = /\b(?:a|an)\s+$/i;

/**
 * "Schiphol 61.7m" with "m" written onto the number and no word after it is a number of millions: a
 * length says what it measures ("a 5m pole", "5m high"), and a spaced "4,808 m" stays a length.
 */
function standsAlone(text: string, start: number, whole: string): boolean {
  if (!/\dm$/i.test(whole)) return false;
  return NO_WORD_AFTER.test(text.slice(start + whole.length, start + whole.length + 4)) && !ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * A plural noun ("1m devices"), another unit's abbreviation ("18.4m ha", "2.1m t") or a time ("in 2022") follows: read only for
 * a bare "m", the one scale it decides. A length is never followed by a second unit.
 */
function pluralAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return PLURAL_WORD_AFTER.test(after) || UNIT_ABBREVIATION_AFTER.test(after) || NEXT_IN_LIST_OF_MILLIONS.test(after) || TIME_AFTER_MILLIONS.test(after);
}

function readNumeric(match: RegExpExecArray): NumberToken | null {
  const [whole, writtenSign = '', currency = '', written, longScale = '', shortScale = '', percent = '', currencySuffix = '', ordinal = ''] =
    match;
  const sign = writtenSign && signAllowed(match.input, match.index) ? writtenSign : '';
  const start = match.index + writtenSign.length - sign.length;
  const digits = written!.replace('\u00B7', '.');
  const grouping = groupingOf(digits);
  const plain = grouping ? digits.replaceAll(grouping, '') : digits;
  let value = Number(plain);
  if (!Number.isFinite(value)) return null;
  const scaleWord = (longScale || shortScale).trim().toLowerCase();
  const scale = scaleWord ? SCALES[scaleWord] : 1;
  // "mn", "mln", "bn" and "bln" are scales with or without a space ("USD 943.9 mln"). A bare "m" reads as a
  // scale after a currency, or before a plural noun ("1m devices"); "5m" alone, "a 5m pole" or "5m high" may
  // be metres. "k" is a thousand unless a letter follows ("18k", not "5km").
  if (shortScale.toLowerCase() === 'm' && !currency && !currencySuffix && !pluralAfter(match.input, match.index + whole.length) && !standsAlone(match.input, match.index, whole)) return null;
  // A capital "B", "M" or "K" is a scale only after a currency sign ("US$35.1B", "$5M"): "70B" alone is
  // as often a name (a model, a size, a grade).
  if (CAPITAL_SCALE.test(shortScale) && !currency) return null;
  value *= scale;
  if (sign === '-' || sign === '\u2212') value = -value;
  const money = currencyCode(currency) ?? currencyCode(currencySuffix);
  const points = percent !== '' && POINTS_SUFFIX.test(percent);
  let unit: Unit = 'count';
  if (percent) unit = 'percent';
  else if (money) unit = money;
  else if (ordinal) unit = 'rank';
  const style: FigureStyle = {
    grouping,
    currency,
    ...(sign ? { sign } : {}),
    scale: longScale || shortScale,
    percent,
    form: ordinal ? 'ordinal' : 'digits',
    suffix: currencySuffix,
  };
  const token: NumberToken = {
    start,
    end: match.index + whole.length,
    value,
    unit,
    precision: writtenPrecision(plain) * scale,
    style,
    digits,
    bare: !sign && !currency && !grouping && !scaleWord && !percent && !currencySuffix && !ordinal && !plain.includes('.'),
  };
  if (sign || points) token.change = true;
  return token;
}

/** "half a million" is 500,000, "three quarters of a billion" 750,000,000. */
function scaledFractionValue(words: string): number {
  // The scan lets any white space, line breaks included, stand between the words: so does this.
  const [, count, part, scale] = /^(?:(a|one|two|three)[\s-])?(half|thirds?|quarters?)\b[^]*\b(thousand|million|billion)$/.exec(words)!;
  return (count && count !== 'a' ? CARDINAL_WORDS[count] : 1) * FRACTION_WORDS[part] * SCALE_WORDS[scale];
}

const WORDS_AFTER = new RegExp(`^(${WORD_GAP}%|\\s${WORD_GAP}(?:percent|per\\s${WORD_GAP}cent)\\b)|^(${CURRENCY_SUFFIX})`);

function readWords(match: RegExpExecArray, text: string): NumberToken | null {
  const [whole, scaledFraction, fracCount, fracWord, run, ordinalWord, half] = match;
  const start = match.index;
  let end = start + whole.length;
  let value: number;
  let unit: Unit = 'count';
  let precision = 1;
  let form: FigureStyle['form'] = 'words';
  if (scaledFraction) {
    value = scaledFractionValue(scaledFraction.toLowerCase());
    // As loose as the words: "half a million" rounds anything from 450,000 to 550,000.
    precision = value / 5;
  } else if (fracWord) {
    const count = fracCount.toLowerCase() === 'a' ? 1 : CARDINAL_WORDS[fracCount.toLowerCase()];
    value = count * FRACTION_WORDS[fracWord.toLowerCase()];
    unit = 'fraction';
    precision = 0.01;
  } else if (run) {
    // "two-wheelers", "a three-day event": a number word joined to a word is part of a compound, no figure.
    if (COMPOUND_AFTER.test(text.slice(end, end + 10))) return null;
    const read = readNumberWords(run);
    if (!read) return null;
    value = read.value;
    // "five point eight million" is as precise as 5.8 million; "eighteen thousand" as 18,000.
    const scale = SCALE_WORD_END.test(run) ? SCALE_WORDS[run.toLowerCase().match(SCALE_WORD_END_LOWER)![1]] : 1;
    precision = read.decimals > 0 ? Math.pow(10, -read.decimals) * scale : writtenPrecision(String(value));
  } else if (ordinalWord) {
    value = ORDINAL_WORDS[ordinalWord.toLowerCase()];
    unit = 'rank';
    form = 'ordinal';
  } else if (half) {
    value = 0.5;
    unit = 'fraction';
    precision = 0.01;
  } else {
    return null;
  }
  const style = plainStyle(form);
  // "eighty percent", "forty-five million dollars", "two billion euros"
  const after = WORDS_AFTER.exec(text.slice(end, end + 24));
  if (after && unit === 'count') {
    const money = after[2] ? currencyCode(after[2]) : null;
    if (after[1]) {
      unit = 'percent';
      style.percent = after[1];
    } else if (money) {
      unit = money;
      style.suffix = after[2];
    }
    end += after[0].length;
  }
  return { start, end, value, unit, precision, style, digits: whole, bare: false };
}

/** Every number in the text, in order, numerals and number words alike. */
export function scanNumbers(text: string): NumberToken[] {
  const found: NumberToken[] = [];
  NUMERIC.lastIndex = 0;
  for (let match = nextNumeric(text); match; match = nextNumeric(text)) {
    // A digit glued to a letter or digit before it is part of a word or code ("F16", "x2"); a sign glued
    // to one is a dash ("2018-23" is a range).
    const before = match.index > 0 ? text.charCodeAt(match.index - 1) : 32;
    if (isAsciiWordCode(before) && !match[1]) {
      // Only the word's own digits are skipped: a number may stand right after it ("the Sorek1 624,000 m³/d
      // plant", whose "1 624" would otherwise hide 624,000).
      NUMERIC.lastIndex = Math.max(match.index + 1, wordEnd(text, match.index));
      continue;
    }
    const token = readNumeric(match);
    if (token) found.push(token);
  }
  if (hasNumberWordHint(text)) {
    WORDS.lastIndex = 0;
    const numerals = found.length;
    for (let match = WORDS.exec(text); match; match = WORDS.exec(text)) {
      const token = readWords(match, text);
      // "$5.8 million" was read as a numeral already; its "million" is no number of its own.
      if (token && !found.slice(0, numerals).some((n) => n.start < token.end && token.start < n.end)) found.push(token);
    }
    found.sort((a, b) => a.start - b.start);
  }
  return readOneInSeveral(text, readRanges(text, readChangesAndRates(text, readSubunits(text, found))));
}

/** Where the run of ASCII word characters from `at` ends. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isAsciiWordCode(text.charCodeAt(end))) end++;
  return end;
}

/** Pence written after a figure: "18p" (a letter or digit after the "p" makes it something else: "5pp", "10pm"), " pence". */
const PENCE_AFTER = /^(?:p(?![\p{L}\d]|\.m\.)|\s+pence\b)/u;
/**
 * Cents written after a figure: "73 cents", "95 euro cents", "50¢" ("per cent" is a percent sign, read before).
 * Euro cents are the euro's; other cents are the US dollar's, or the money of a place whose own cents they
 * are (localCurrency with CENT_SIGN).
 */
const CENTS_AFTER = /^(?:\s?¢|\s+(euro\s+)?cents?\b)/iu;
/** Pence in a pound, cents in a dollar or a euro. A sum is divided by it (57p stays 0.57, where 57 × 0.01 is not). */
export const SUBUNITS_IN_A_UNIT = 100;

/**
 * "18p a litre", "73 cents a stamp": a sum in pence or cents is a sum in pounds, dollars or euros, written at
 * a hundredth of it (FigureStyle.unitScale).
 */
function readSubunits(text: string, tokens: NumberToken[]): NumberToken[] {
  for (const token of tokens) {
    const { style } = token;
    if (token.unit !== 'count' || style.currency || style.scale || style.percent || style.suffix || style.form !== 'digits') continue;
    const after = textAfter(text, token, 16);
    const pence = PENCE_AFTER.exec(after);
    const cents = pence ? null : CENTS_AFTER.exec(after);
    const written = pence ?? cents;
    if (!written) continue;
    token.end += written[0].length;
    token.value /= SUBUNITS_IN_A_UNIT;
    token.precision /= SUBUNITS_IN_A_UNIT;
    token.unit = pence ? 'GBP' : cents![1] ? 'EUR' : 'USD';
    token.bare = false;
    token.style = { ...style, suffix: written[0], unitScale: 1 / SUBUNITS_IN_A_UNIT };
  }
  return tokens;
}

/** What a figure's suffix says of cents: "euro" for euro cents, "plain" for cents that name no currency ("73 cents", "50¢"), else null. */
export function centsOf(suffix: string): 'euro' | 'plain' | null {
  if (!suffix) return null;
  const m = CENTS_AFTER.exec(suffix);
  return m === null || m[0] !== suffix ? null : m[1] ? 'euro' : 'plain';
}

/** What joins the two counts of a share written as a ratio: "one in five", "eight out of ten". */
const ONE_IN_SEVERAL_GAP = /^\s+(?:in|out\s+of)\s+$/i;
/** A time after the ratio makes it a frequency ("one in ten years"), not a share. */
const TIME_AFTER_RATIO = /^[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b/i;
/**
 * The wholes a share is written over: up to ten, and the round ones ("one in 20", "one in 100"). Over any other
 * number ("265 out of 325 planned") the first count is a count of its own.
 */
const LARGEST_SMALL_WHOLE = 10;
const ROUND_WHOLES: ReadonlySet<number> = new Set([12, 20, 25, 50, 100, 1000]);

/** A plain whole count: no currency, scale, percent, sign or range of its own. */
function plainWholeCount(token: NumberToken): boolean {
  const { style } = token;
  return token.unit === 'count' && Number.isInteger(token.value) && token.value > 0 && !token.change && token.upper === undefined && token.per === undefined &&
    !style.currency && !style.scale && !style.percent && !style.suffix && !style.grouping;
}

/**
 * "one in five adults", "eight out of ten voters": two counts joined by "in" or "out of", the first the
 * smaller, state a share of a whole (a fifth, 80%) as journalists write one, and are read as that fraction.
 */
function readOneInSeveral(text: string, tokens: NumberToken[]): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const part = tokens[i];
    const whole = tokens[i + 1];
    if (whole && plainWholeCount(part) && plainWholeCount(whole) && part.value < whole.value && (whole.value <= LARGEST_SMALL_WHOLE || ROUND_WHOLES.has(whole.value)) &&
      ONE_IN_SEVERAL_GAP.test(text.slice(part.end, whole.start)) && !TIME_AFTER_RATIO.test(textAfter(text, whole, 16))) {
      // A ratio is a rough share however its counts are written, as a fraction in words is ("a third").
      const style = { ...part.style, form: 'words' as const };
      out.push({ ...part, end: whole.end, value: part.value / whole.value, unit: 'fraction', precision: 0.01, style, digits: text.slice(part.start, whole.end), bare: false });
      i++;
      continue;
    }
    out.push(part);
  }
  return out;
}

/** What joins the ends of a range: "three to four", "10-20%", "10–20 per cent". */
const RANGE_GAP = /^(?:\s+to\s+|\s?[-–]\s?)$/;

/** "between 310 million and 320 million": a range, when both ends are written alike, or the start plainly. */
const BETWEEN_BEFORE = /\bbetween\s+(?:some\s+|about\s+|around\s+)?[$€£¥]?$/i;
const AND_GAP = /^\s+and\s+$/;

/** The same scale as written, whatever white space a line break put before it ("$25\n  billion"). */
function sameScaleWord(a: string, b: string): boolean {
  return a === b || a.trim().toLowerCase() === b.trim().toLowerCase();
}

function betweenAnd(text: string, a: NumberToken, b: NumberToken): boolean {
  // "between 50 and 80 percent": a plain start takes the end's unit, as in "50-80%".
  return (a.unit === b.unit || writtenPlain(a)) && sameScaleWord(a.style.scale, b.style.scale) && AND_GAP.test(text.slice(a.end, b.start)) && BETWEEN_BEFORE.test(textBefore(text, a, 20));
}

/**
 * A number written with nothing around its digits, whole or decimal ("12", "0.4", "1,500"): at the start
 * of a range it takes the unit written at the range's end ("0.4–0.5%", "1,500–2,000 euros").
 */
function writtenPlain(token: NumberToken): boolean {
  const s = token.style;
  return token.unit === 'count' && s.form === 'digits' && !s.sign && !s.currency && !s.scale && !s.percent && !s.suffix;
}

function yearLike(token: NumberToken): boolean {
  return token.bare && token.digits.length === 4 && token.value >= 1500 && token.value <= 2100;
}

/** A year and a dash or slash right before the number: it ends a span of years ("2023-24", "2022/23"). */
const YEAR_SPAN_OPENS_BEFORE = /(?:19|20)\d\d[-–/]$/;

/**
 * "three to four years", "10–20%": one figure, a range. "from X to Y" is two figures (a change over
 * time), and years are periods, read elsewhere.
 */
function readRanges(text: string, tokens: NumberToken[]): NumberToken[] {
  const out: NumberToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    const unitFits = b && (a.unit === b.unit || writtenPlain(a));
    const joined = b && (RANGE_GAP.test(text.slice(a.end, b.start)) || betweenAnd(text, a, b));
    // "in 2023-24 to $72,300": the end of a span of years starts no range.
    if (b && unitFits && joined && !yearLike(a) && !yearLike(b) && a.value < b.value && !a.change && !fromRightBefore(text, a.start) && !YEAR_SPAN_OPENS_BEFORE.test(textBefore(text, a, 5))) {
      out.push({ ...a, end: b.end, unit: b.unit, upper: b.value, precision: Math.min(a.precision, b.precision), style: { ...b.style, form: a.style.form } });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

// The qualifiers a change's verb may put before its figure ("fell at least 38%", "rose just over 2%"), as
// qualifiers.ts reads them after it.
const CHANGE_QUALIFIERS = 'about|around|some|nearly|almost|roughly|approximately|close\\s+to|more\\s+than|well\\s+over|over|less\\s+than|at\\s+least|at\\s+most|no\\s+(?:more|less|fewer)\\s+than|just\\s+(?:over|under)|just';
const QUALIFYING = `(?:${CHANGE_QUALIFIERS}|a\\s+further|another|an\\s+extra|an\\s+additional|only)`;
// "rose by an average of 12%": the average rise is a rise.
const AN_AVERAGE_OF = '(?:an\\s+)?average\\s+of';
// "the rise was a hefty 12%", "its growth was a modest 2.3%": an article and an adjective before the figure.
const AN_ADJECTIVE = "(?:an?\\s+[\\p{L}'’-]+\\s+)";
// "rose by 47%", "down 58 percent", "fell 3%": the verb makes the figure a change. "up to" is a bound.
const CHANGE_VERB = new RegExp(
  // Every form of each verb: "climbing 27.6 per cent" is as much a change as "climbed 27.6 per cent".
  // A base form after an article or a possessive is a noun ("before the drop 2.2m t").
  `(?<!\\b(?:the|a|an|this|that|its|their|our|his|her|whose)\\s+)\\b(?:(rise|rose|risen|rises|rising|grow|grew|grown|grows|growing|increase|increased|increases|increasing|jump|jumped|jumps|jumping|climb|climbed|climbs|climbing|surge|surged|surges|surging|gain|gained|gains|gaining|soar|soared|soars|soaring|expand|expanded|expands|expanding|rebound|rebounded|rebounds|rebounding|rally|rallied|rallies|rallying|widen|widened|widens|widening|swell|swelled|swollen|swells|swelling|skyrocket|skyrocketed|skyrockets|skyrocketing|leap|leapt|leaped|leaps|leaping|spike|spiked|spikes|spiking)|` +
    `(fall|fell|fallen|falls|falling|drop|dropped|drops|dropping|decline|declined|declines|declining|decrease|decreased|decreases|decreasing|slump|slumped|slumps|slumping|plunge|plunged|plunges|plunging|tumble|tumbled|tumbles|tumbling|shrink|shrank|shrunk|shrinks|shrinking|lose|lost|losing|slide|slid|slides|sliding|slip|slipped|slips|slipping|contract|contracted|contracts|contracting|cut|cuts|cutting|reduce|reduced|reduces|reducing|lower|lowered|lowers|lowering|slash|slashed|slashes|slashing|ease|eased|eases|easing|dip|dipped|dips|dipping|sink|sank|sunk|sinks|sinking|tank|tanked|tanks|tanking|plummet|plummeted|plummets|plummeting|narrow|narrowed|narrows|narrowing|crash|crashed|crashes|crashing|collapse|collapsed|collapses|collapsing|sag|sagged|sags|sagging|retreat|retreated|retreats|retreating))` +
    // "grown even faster, by 11.8%", "fallen in Los Angeles by 47%": a few words may stand between the verb and its "by".
    `(?:\\s+by(?:\\s+${AN_AVERAGE_OF})?|(?:\\s+[\\p{L}-]+){1,3},?\\s+by)?(?:\\s+${QUALIFYING})?\\s+$`,
  'iu',
);
// "up 47%", "down by 3,000", "seats, up 46": "up" and "down" mark a change; "put up 265 units" and "brought down
// 1,100 kg of waste" are none ("brought down by 10%" is one).
const CHANGE_UP_DOWN = new RegExp(
  `(?<!\\b(?:made|make|makes|making|set|sets|put|puts|take|takes|took|taken|end|ends|ended|add|adds|added|sum|sums|summed|pick|picks|picked|give|gives|gave|given|break|broke|broken|back|backed)\\s+)(?:(?<!\\bbr(?:ing|ings|inging|ought)\\s+)|(?=(?:up|down)\\s+by\\b))\\b(?:(up)|(down))\\s+(by\\s+)?["“']?(?:(?:${CHANGE_QUALIFIERS}|another|a\\s+further)\\s+)?$`,
  'i',
);
/**
 * "wiring up 3,250 units", "summed up": "up" or "down" after a verb's -ing or -ed form belongs to the verb,
 * unless a percentage or "by" says it is a change. Elsewhere ("seats, up 46", "Share down almost 20") it is one.
 */
const PHRASAL_UP_DOWN = /\b\p{L}+(?:ing|ed)\s+(?:up|down)\s+(?:[\p{L}]+\s+)?$/iu;
// "an increase of 47%", "a decline of 3 percent", "the decline was 28%", "growth came to 3%".
const CHANGE_NOUN_BEFORE = new RegExp(
  // "Growth in 2022 was 1.3%", "Growth in 2024 had been 7.3%", "an increase worth 6.8%", "Google Cloud growth (35%)".
  `\\b(?:(increase|rise|growth|jump|gain|surge|hike|rebound)|(decrease|decline|drop|fall|reduction|cut|loss|contraction|slump|slide|dip|plunge))(?:\\s+in\\s+[\\p{L}\\d/–-]+)?` +
    `(?:\\s+(?:of|was|is|were|(?:had|has|have)\\s+been|came\\s+to|amounted\\s+to|reached|worth)\\s+${AN_ADJECTIVE}?(?:${QUALIFYING}\\s+)?|\\s*\\(\\s*)$`,
  'iu',
);
// "a 47% increase", "a 58-percent drop", "a 50 basis point cut", "a 25bp hike": a unit of difference may stand
// between, and a word for the kind of change ("a 25% relative cut", "a 3% annual rise").
const CHANGE_NOUN_AFTER =
  /^[\s-]*(?:(?:basis|percentage)[\s-]+points?[\s-]*|bps?\b[\s-]*|points?[\s-]+|pp\b[\s-]*)?(?:(?:relative|annual|yearly|real|nominal|year-on-year|overall|net)\s+)?(?:(increase|rise|jump|gain|surge|growth|hike|rally|rebound|climb)|(decrease|decline|drop|fall|reduction|cut|contraction|slump|slide|plunge|dip))\b/i;
/** "drove up prices by 20%", "pushed down costs": a verb that moves its object, before "up" or "down". */
const PUSHED = String.raw`(?:drove|driven|drives|driving|pushed|pushes|pushing|sent|sends|sending)\s+`;
/** Verbs of change that take an object: the first group holds a rise, the second a fall. */
const OBJECT_CHANGE_VERBS = String.raw`(?:(rose|grew|increased|increasing|raised|raising|hiked|lifted|lifting|boosted|boosting|${PUSHED}up)|(fell|decreased|cut|cutting|reduced|reducing|lowered|lowering|trimmed|slashed|${PUSHED}down))`;

/**
 * "raised its policy rate by 25", "cut rates by 50 basis points", "lowered the target range by half a point":
 * a verb of change, what it changed, then "by" and the figure. ("raised $5 million" alone is no change.)
 */
const CHANGE_VERB_OBJECT_BY = new RegExp(
  `\\b${OBJECT_CHANGE_VERBS}\\s+(?:[\\p{L}'’-]+\\s+){1,4}by\\s+(?:${AN_AVERAGE_OF}\\s+)?(?:${QUALIFYING}\\s+)?$`,
  'iu',
);
/**
 * "grew its volumes 7.8%", "lifted prices more than 80%": a verb that changes its object, the object, then a
 * percentage with no "by". Not a verb with no object ("fell below 16%"), nor after a word that places a level
 * ("raised its share to 30%").
 */
const CHANGE_VERB_OBJECT_PERCENT = new RegExp(
  String.raw`\b(?!(?:rose|fell)\b)${OBJECT_CHANGE_VERBS}\s+` +
    String.raw`(?:(?!(?:to|at|from|by|of|in|on|than|below|above|under|over|near|around|past|beyond|into)\b)[\p{L}'’-]+\s+){1,4}(?:${QUALIFYING}\s+)?$`,
  'iu',
);
/** A level of the subject's own a change is measured against: "its five-year norm", "the previous record". */
const A_LEVEL_OF_ITS_OWN = String.raw`(?:its|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:record|level|peak|high|low|average|norm|mean)s?\b`;
// "18% more than in 2022", "14% fewer passengers than in 2019", "4% below 2019", "5% up on 2022", "7.1% smaller than in
// 2022", "21% above the first half of 2022", "29% below the same month a year earlier",
// "12% above the previous record", "37% ahead of the year before", "30% above February's total": a percentage with a comparative after it is a change from the time
// or level compared with. (Counts compared with a time: CHANGE_ON_A_TIME_AFTER.)
const CHANGE_COMPARATIVE_AFTER = new RegExp(
  String.raw`^\s*(?:(more|higher|above|up|ahead|bigger|larger|greater)|(less|fewer|lower|below|down|behind|smaller|short(?=\s+of\b)))\b(?:\s+[\p{L}-]+){0,2}?\s+(?:than\b|(?:of\s+)?(?:the|a|its|their)\s+(?:(?:year|month|quarter|period)\s+(?:before|earlier)|previous\s+(?:year|month|quarter|period))\b|(?:the|its|their)\s+(?:same\s+|first\s+|second\s+|third\s+|fourth\s+)?(?:half|quarter|month|week|period|season)\s+(?:(?:of|in)\s+(?:19|20)\d\d|a\s+year\s+(?:earlier|before|ago))\b|on\b|from\b|versus\b|vs\b|compared\b|pre-|(?:its|their|the)\s+(?:19|20)\d\d\b|(?:19|20)\d\d\b|${A_LEVEL_OF_ITS_OWN}|(?:its|their)\s+own\b|(?:(?:the|its|their)\s+)?[$€£¥₹]\s?\d|(?:the|its|their)\s+\d|(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|last\s+(?:year|month|quarter|week))['’]s\s+[\p{L}-]+)`,
  'iu',
);
/**
 * "18% under its five-year norm", "12% over its pre-pandemic level": "under" and "over" compare only with a
 * level or time named so ("40% under 30" is an age).
 */
const CHANGE_OVER_UNDER_AFTER = new RegExp(String.raw`^\s*(?:(over)|(under))\s+${A_LEVEL_OF_ITS_OWN}`, 'iu');
/**
 * "8% below average", "1.99 million sq km below the 1981–2010 average", "20% above normal": a figure above
 * or below an average or a norm is its difference from it, a change, with a unit or two written between.
 */
const CHANGE_FROM_A_NORM_AFTER = /^\s*(?:[\p{L}°²³.-]+\s+){0,2}?(?:(above)|(below))\s+(?:(?:the|its|their)\s+)?(?:[\p{L}\d–-]+\s+){0,2}?(?:average|normal|norm|mean|baseline)s?\b/iu;
/**
 * "17% below plan", "50 percent larger than earlier assumptions", "3% ahead of forecasts": a figure compared
 * with what was planned or expected is its difference from that norm, not a change over time.
 */
const CHANGE_FROM_AN_EXPECTATION_AFTER = new RegExp(
  String.raw`^\s*(?:(more|higher|above|up|ahead|bigger|larger|greater|over)|(less|fewer|lower|below|down|behind|smaller|short|under))\s+(?:of\s+|than\s+)?(?:(?:the|its|their|earlier|previous|initial|original|official|analysts['’]?)\s+){0,2}(?:${EXPECTATION_WORDS}|guidance)\b`,
  'i',
);
/** "$21.5bn, at least 8.6% up.": a percentage with "up" or "down" ending its clause is a change. */
const CHANGE_UP_DOWN_ENDS_CLAUSE = /^\s*(?:(up|higher)|(down|lower))\s*(?:[.;,)]|$)/i;
/**
 * "1.1% lower in the euro area in the fourth quarter than a year earlier", "13.3 per cent lower over the year": a
 * percentage with a comparative right after it, and an earlier time compared with (or the span of time it
 * changed over) later in its sentence, is a change. ("20% higher than in
 * Ruritania" compares places, and stays a level.)
 */
const CHANGE_COMPARATIVE_TIME_LATER =
  /^\s*(?:(higher|up|more|above)|(lower|down|less|below))\b[^.;!?]{0,80}?\b(?:than\s+(?:in\s+)?(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|the\s+(?:year|quarter|month)\s+before|the\s+previous\s+(?:year|quarter|month)|(?:19|20)\d\d)|year[- ]on[- ]year|(?:on|over|for)\s+the\s+(?:year|quarter|month))\b/i;
/**
 * "0.9 years more than in 2022", "13 points lower than in 2018", "0.17C warmer than 2016", "11 million more than a
 * year earlier": a count (of a unit, or of what the sentence counts) compared with an earlier time is a
 * change. ("more than the 613" compares figures.) The comparatives are the language's, of any measure: size,
 * heat, age, speed.
 */
const CHANGE_ON_A_TIME_AFTER =
  /^\s*(?:[\p{L}°-]+\s+)?(?:(more|higher|up|longer|above|greater|larger|bigger|warmer|hotter|older|faster|heavier)|(less|fewer|lower|down|shorter|below|smaller|cooler|colder|younger|slower|lighter))\s+than\s+(?:in\s+)?(?:(?:19|20)\d\d\b|(?:a|one)\s+year\s+(?:earlier|before)|(?:12|twelve)\s+months\s+(?:earlier|before|ago)|the\s+(?:year|month|quarter)\s+before|the\s+previous\s+(?:year|month|quarter|round))/iu;
/** "191,000 more people than a year earlier": more or fewer of something than at an earlier time is a change. */
const CHANGE_MORE_OF_THAN_A_TIME = /^\s*(?:(more)|(fewer|less))\s+(?:[\p{L}-]+\s+){1,2}than\s+(?:in\s+)?(?:(?:19|20)\d\d\b|(?:a|one)\s+year\s+(?:earlier|before|ago)|the\s+(?:year|month|quarter)\s+before|the\s+previous\s+(?:year|month|quarter))/iu;
/**
 * "**nearly 15%** – how far the murder rate fell in 2024", "120 million – how many fewer users …": a figure
 * a dash or colon explains as how far or how much something moved is that change, in its direction.
 */
const CHANGE_HOW_FAR_AFTER =
  /^[*_]*\s*[–—:-]\s*how\s+(?:far|much|many)\s+(?:(more|higher)\b|(fewer|less|lower)\b|[^.;:]{0,60}?\b(?:(rose|grew|increased|climbed|jumped|soared|surged|gained|went\s+up)|(fell|dropped|declined|decreased|shrank|slid|slipped|plunged|tumbled|went\s+down))\b)/iu;
/**
 * "fell 2.5%, or 28.9 million tonnes": a figure that restates the change before it in other units ("or",
 * "that is") is that change too, in the same direction.
 */
const RESTATES_THE_FIGURE_BEFORE = /^\s*,?\s*(?:or|i\.e\.|that\s+is|equivalent\s+to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/i;
// "3.4 per 1,000 people", "18.6 doctors per 1,000 inhabitants", "$1,200 per capita", "46 people died for every
// million inhabitants".
/** The words a rate per one person is stated per: "per capita", "per head", "per inhabitant". */
export const PER_PERSON_WORDS = 'capita|head|person|inhabitant|resident';
const RATE_AFTER = new RegExp(
  `^\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:per|for\\s+every)\\s+(?:(${PER_PERSON_WORDS})\\b|((?:\\d{1,3}(?:[, ]\\d{3})+|\\d+)(?:\\s?k\\b)?|(?:a |one )?(?:hundred thousand|thousand|million))\\b)`,
  'iu',
);
/**
 * "343/100k", "12.1 cases/100,000": a slash before a power of ten is "per". Only such a base: "2023/24",
 * "3/4" and dates are no rates.
 */
const RATE_SLASH_AFTER = /^(?:\s*[\p{L}-]+)?\s*\/\s*((?:100|1,?000|10,?000|100,?000|1,?000,?000)(?:\s?k)?|1\s?m)\b/iu;
const RATE_WORD_BASE: Record<string, number> = { 'hundred thousand': 1e5, thousand: 1e3, million: 1e6 };

/**
 * "employers added 353,000 jobs", "783,000 were created over the year": a count added or created is a rise, unless
 * it is added to a whole ("added 170 million tonnes to the global total": a part of a change, by one cause).
 */
const COUNT_ADDED_BEFORE = /\b(?:added|adds|adding|created|creates|creating)(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|just))?\s+$/i;
const ADDED_TO_A_WHOLE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}to\s+(?:the|its|their|a|an)\b/iu;
/**
 * "revenue rose by 61%, and its commercial income by 45%": a figure after "by" in a clause that leaves out the
 * verb of the change before it is a change in the same direction.
 */
const GAPPED_BY_BETWEEN = /^[^.;:!?]{0,40}?\b(?:and|while|but|with)\s+(?:[\p{L}'’-]+\s+){1,4}by\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|less\s+than|just)\s+)?$/iu;

/**
 * The figure restates a percentage change before it in other units ("rose 1.1%, or 401 million tonnes"). A
 * percentage after it is a share ("up 35.5%, or 49% of the market"), and a signed percentage is a level that
 * may be negative ("surplus +1.2%, i.e. €3.1bn").
 */
function restatesAChangeBefore(text: string, before: NumberToken, token: NumberToken): boolean {
  if (before.change !== true || SIGN.test(text[before.start] ?? '')) return false;
  const between = text.slice(before.end, token.start);
  if (before.unit === 'percent') return token.unit !== 'percent' && RESTATES_THE_FIGURE_BEFORE.test(between);
  // A change in other units restated as a percentage ("shrank by 112,500 TEU, or 7.2%") is its rate, unless
  // the percentage is a share of something ("cut 1,000 jobs, or 5% of its staff").
  return token.unit === 'percent' && RESTATES_AFTER_ITS_UNIT.test(between) && !NO_GAPPED_CHANGE_AFTER.test(textAfter(text, token, 24));
}
/** RESTATES_THE_FIGURE_BEFORE after the unit's word or two ("112,500 TEU, or"), the comma required. */
const RESTATES_AFTER_ITS_UNIT = /^(?:\s+[\p{L}-]+){0,2}\s*,\s*(?:or|i\.e\.|that\s+is)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/iu;
const SIGN = /[+\u2212-]/;

/**
 * "demand fell 13.3% in 2022 and a further 7.4%", "fell 12% in the EU and 5% in the US": a percentage right
 * after "and" (and "a further", "another") in the clause of a percentage change, its verb left out, is a
 * change in the same direction. So is one after ", after" ("rose 5.7% over 2024, after 8.6% in 2023"): the
 * change of the time before.
 */
const GAPPED_AND_BETWEEN = /^[^.;:!?()]{0,40}?(?:\band|,\s*(?:after|following))\s+(?:(?:a\s+further|another|then|by|about|around|nearly|almost|some|roughly|a)\s+)?$/i;
/** The same after "and" and the place or group the second change is of: "down 96%, and on Cropsey Avenue in south Brooklyn 48%". */
const GAPPED_AND_PLACE_BETWEEN = /^[^.;:!?()]{0,40}?\band\s+(?:in|on|at|for|among)\s+(?:[\p{L}'’.-]+\s+){1,6}$/u;
/**
 * The same after "and" and a name or noun of one to four words, the verb left out: "Germany's prices fell
 * 7.1% and Luxembourg's 41.4%", "terrestrial populations fell 69% and marine populations 65%". No word
 * between may be a verb or a preposition that gives the figure a clause of its own ("and unemployment
 * stood at 6%", "and exports reached 40%"): GAPPED_NAME_WORD says which words may stand there.
 */
const GAPPED_AND_NAME_BETWEEN = /^[^.;:!?()]{0,40}?\band\s+((?:[\p{L}'’.-]+\s+){1,4})$/u;
const GAPPED_NAME_WORD = /^(?!(?:is|was|are|were|be|been|has|had|have|will|would|stood|hit|at|to|of|in|on|by|for|from|with|than|as|that|which|who|it|they)$)(?![\p{Ll}-]+(?:ed|ing)$)[\p{L}'’.-]+$/u;

function gappedAfterAName(between: string): boolean {
  const m = GAPPED_AND_NAME_BETWEEN.exec(between);
  return m !== null && m[1].trim().split(/\s+/).every((word) => GAPPED_NAME_WORD.test(word));
}

/** What makes a percentage after "and" no change: a share of something ("and 5% of households"), a clause of its own ("and 40% said"). */
const NO_GAPPED_CHANGE_AFTER = /^\s*(?:of|were|was|are|is|said|say|says|had|have|has|will|would|in\s+(?:19|20)\d\d\s+(?:were|was))\b/i;

/** The figure before the token, past the years written between them ("fell 13.3% in 2022 and a further 7.4%"). */
function changeBefore(tokens: readonly NumberToken[], t: number): NumberToken {
  let k = t - 1;
  while (k > 0 && isYearToken(tokens[k])) k--;
  return tokens[k];
}

/** The figure is a change of the same kind as the one before it, its verb left out (GAPPED_BY_BETWEEN, GAPPED_AND_BETWEEN). */
function gappedChange(text: string, before: NumberToken, token: NumberToken): boolean {
  if (before.change !== true || before.unit !== token.unit) return false;
  const between = text.slice(before.end, token.start);
  if (GAPPED_BY_BETWEEN.test(between)) return true;
  return token.unit === 'percent' && (GAPPED_AND_BETWEEN.test(between) || GAPPED_AND_PLACE_BETWEEN.test(between) || gappedAfterAName(between)) && !NO_GAPPED_CHANGE_AFTER.test(textAfter(text, token, 24));
}

/** "by 25%" right before the figure, with its qualifier. */
const BY_BEFORE = new RegExp(`\\bby\\s+(?:${QUALIFYING}\\s+)?$`, 'iu');
/** "… to 2,200 CFA francs", "to $4.5bn" right after: the level the change reached. */
const TO_A_LEVEL_AFTER = /^\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:\p{Lu}{1,3}\s?)?[$€£¥₹]?\s?\d/u;
/** A verb of change that takes an object ("raised", "cut"), anywhere in the words before: the last one gives the sign. */
const OBJECT_CHANGE_VERB = new RegExp(String.raw`\b${OBJECT_CHANGE_VERBS}\b`, 'giu');
/** How far before "by" the verb of a change with a long object may stand. */
const OBJECT_CHANGE_REACH = 140;

/**
 * "raised the price paid to farmers for the April-to-September mid-crop by 25% to 2,200 CFA francs": a
 * percentage between "by" and "to" and a level is a change however long the verb's object, its sign the
 * last verb of change before it in its sentence. None there, and it is left alone.
 */
function changeByToALevel(text: string, token: NumberToken, after: string): RegExpExecArray | null {
  if (token.unit !== 'percent' || !BY_BEFORE.test(textBefore(text, token, 40)) || !TO_A_LEVEL_AFTER.test(after)) return null;
  const before = textBefore(text, token, OBJECT_CHANGE_REACH);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1);
  let last: RegExpExecArray | null = null;
  OBJECT_CHANGE_VERB.lastIndex = 0;
  for (let m = OBJECT_CHANGE_VERB.exec(sentence); m; m = OBJECT_CHANGE_VERB.exec(sentence)) last = m;
  return last;
}

/** CHANGE_HOW_FAR_AFTER, as a change match whose second group is set for a fall. */
function howFarItMoved(after: string): RegExpExecArray | null {
  if (!after.includes('how')) return null;
  const m = CHANGE_HOW_FAR_AFTER.exec(after);
  if (!m) return null;
  // The change reading takes group 2 for a fall: "fewer" and "fell" alike.
  if (m[4] !== undefined) m[2] = m[4];
  return m;
}

/** A comparative after a percentage that makes it a change: see CHANGE_COMPARATIVE_AFTER and the ones after it. */
function percentComparedAfter(text: string, token: NumberToken, after: string): RegExpExecArray | null {
  return CHANGE_COMPARATIVE_AFTER.exec(after) ?? CHANGE_OVER_UNDER_AFTER.exec(after) ?? CHANGE_UP_DOWN_ENDS_CLAUSE.exec(after) ??
    CHANGE_COMPARATIVE_TIME_LATER.exec(textAfter(text, token, 120));
}

/** A figure written with no sign of its own starts with a digit or a currency sign. */
const UNSIGNED = /[\d$€£¥.]/;

/** "per 100 kWh" right after a price: the amount its price is per, then the amount's unit. */
const PER_AMOUNT_AFTER = /^(\s*per\s+)\d[\d,.]*(?=\s*\p{L})/u;

/** Marks the changes ("fell by 3%") and rates ("3.4 per 1,000 people"); drops the base of a rate and the amount a price is per. */
function readChangesAndRates(text: string, tokens: NumberToken[]): NumberToken[] {
  const bases = new Set<number>();
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.unit === 'rank' || bases.has(token.start)) continue;
    if (t > 0 && changeInPointsOf(text, tokens[t - 1], token)) token.unit = 'percent';
    const before = textBefore(text, token, 40);
    const after = textAfter(text, token, 60);
    const upDown = CHANGE_UP_DOWN.exec(before);
    const expected = token.change ? null : CHANGE_FROM_AN_EXPECTATION_AFTER.exec(after);
    const change =
      expected ? null :
      CHANGE_VERB.exec(before) ??
      CHANGE_VERB_OBJECT_BY.exec(before) ??
      (token.unit === 'percent' ? CHANGE_VERB_OBJECT_PERCENT.exec(before) : null) ??
      CHANGE_NOUN_BEFORE.exec(before) ??
      CHANGE_NOUN_AFTER.exec(after) ??
      (upDown && (upDown[3] || token.unit !== 'count' || !PHRASAL_UP_DOWN.test(before)) ? upDown : null) ??
      (token.unit === 'percent' ? percentComparedAfter(text, token, after) : CHANGE_ON_A_TIME_AFTER.exec(after) ?? CHANGE_MORE_OF_THAN_A_TIME.exec(after)) ??
      howFarItMoved(after) ??
      changeByToALevel(text, token, after);
    const fromANorm = !change && !token.change ? (expected ?? CHANGE_FROM_A_NORM_AFTER.exec(after)) : null;
    if (fromANorm) {
      token.change = true;
      token.fromANorm = true;
      if (fromANorm[2]) token.value = -Math.abs(token.value);
    } else if (change && !token.change) {
      token.change = true;
      if (change[2]) token.value = -Math.abs(token.value);
    } else if (change && change[2] && UNSIGNED.test(text[token.start] ?? '')) {
      // A change in points is one already ("8.9 percentage points below the five-year average"): the words give its sign.
      token.value = -Math.abs(token.value);
    } else if (!token.change && t > 0 && (restatesAChangeBefore(text, tokens[t - 1], token) || gappedChange(text, changeBefore(tokens, t), token))) {
      token.change = true;
      // The sign of the change it restates or leaves the verb of, past any year between.
      if (changeBefore(tokens, t).value < 0) token.value = -Math.abs(token.value);
    } else if (!token.change && token.unit === 'count' && COUNT_ADDED_BEFORE.test(before) && !ADDED_TO_A_WHOLE_AFTER.test(after)) {
      token.change = true;
    }
    // A price per an amount of a thing ("€40.2 per 100 kWh"): the amount is no figure of its own, and a time
    // after it ("… in the second half of 2023") is the price's.
    const perAmount = token.unit !== 'count' && token.unit !== 'rate' && after.includes('per') ? PER_AMOUNT_AFTER.exec(after) : null;
    if (perAmount) bases.add(token.end + perAmount[1].length);
    const rate = after.includes('per ') || after.includes('per\n') || after.includes('for every') ? RATE_AFTER.exec(after)
      : after.includes('/') ? slashRate(after) : null;
    if (rate && token.unit === 'count') {
      const base = rate[1] ? 1 : readRateBase(rate[2]);
      if (base === null) continue;
      token.unit = 'rate';
      token.per = base;
      if (rate[2] && DIGIT.test(rate[2])) bases.add(token.end + rate[0].length - rate[2].length);
    }
  }
  return bases.size === 0 ? tokens : tokens.filter((t) => !bases.has(t.start));
}

/** A signed plain number alone in a parenthesis: "(+6.7)", "(-15.0)". */
const SIGNED_PLAIN = /^[+\u2212-]\d+(?:\.\d+)?$/;
const OPENS_PARENTHESIS = /^\s*\(\s*$/;
const CLOSES_PARENTHESIS = /^\s*\)/;

/**
 * "35.3% (+6.7)": a signed plain number in a parenthesis right after a percentage is that percentage's
 * change, in points, as results tables write it.
 */
function changeInPointsOf(text: string, before: NumberToken, token: NumberToken): boolean {
  return (
    before.unit === 'percent' &&
    token.unit === 'count' &&
    token.change === true &&
    SIGNED_PLAIN.test(text.slice(token.start, token.end)) &&
    OPENS_PARENTHESIS.test(text.slice(before.end, token.start)) &&
    CLOSES_PARENTHESIS.test(textAfter(text, token, 3))
  );
}

function readRateBase(written: string): number | null {
  const words = written.toLowerCase().replace(RATE_ARTICLE, '');
  if (RATE_WORD_BASE[words]) return RATE_WORD_BASE[words];
  // "100k", "1m": thousands and millions written short.
  const short = /^(.*?)\s?([km])$/i.exec(words);
  const value = Number((short ? short[1] : written).replace(RATE_SEPARATORS, '')) * (short ? (short[2] === 'k' ? 1e3 : 1e6) : 1);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** RATE_AFTER's groups for a slash rate ("343/100k"): no named base, the written one second. */
function slashRate(after: string): [string, undefined, string] | null {
  const m = RATE_SLASH_AFTER.exec(after);
  return m ? [m[0], undefined, m[1]] : null;
}

// A cheap pre-check so that the number-word scan runs only where it can find something.
const WORD_HINT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|million|half|third|quarter|first|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh)/i;
function hasNumberWordHint(text: string): boolean {
  return WORD_HINT.test(text);
}

/** A cheap test for whether scanNumbers() can find anything in a text. */
export function mayContainNumber(text: string): boolean {
  return DIGIT.test(text) || WORD_HINT.test(text);
}

export { CARDINAL_WORDS, ORDINAL_WORDS };

// Finds the numbers in a piece of prose and reads each as written: value, unit, precision and style.
// Deciding whether a number is a claim happens later (claims.ts); this file only reads.
import type { FigureStyle } from './types';
import type { Unit } from '../dataset/schema';

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
  /** Set for currencies other than US dollars; such figures never match a USD fact. */
  foreignCurrency: boolean;
}

const NUMERIC = new RegExp(
  [
    '(US\\$|\\$|USD ?|EUR ?|€|£|GBP ?)?', // 1 currency prefix
    '(',
    '\\d{1,3}(?:[,\\u00A0\\u202F\\u2009]\\d{3})+(?:\\.\\d+)?', // 18,166 or 18 166 with special spaces
    '|\\d{1,3}(?: \\d{3})+(?![\\d])', // 18 166 with a plain space
    '|\\d+(?:\\.\\d+)?', // 18166, 5.8
    '|\\.\\d+',
    ')',
    '(?:(\\s?(?:million|billion|thousand|trillion)\\b)|((?:m|mn|bn|k)\\b))?', // 3 long scale, 4 short scale
    '(\\s?%|\\s(?:percent|per cent)\\b)?', // 5 percent
    '(\\s(?:US dollars|dollars|USD)\\b)?', // 6 currency suffix
    '(st|nd|rd|th)?', // 7 ordinal suffix
  ].join(''),
  'g',
);

const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
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

// Number words: runs of cardinals, "one-third", "two-thirds", "half", ordinals such as "eighth".
const WORDS = new RegExp(
  '\\b(?:' +
    '(a|one|two|three|four)[- ](half|thirds?|quarters?|fifths?)' + // 1,2 fractions
    `|(${NUMBER_RUN})` + // 3 cardinal runs
    '|(' + Object.keys(ORDINAL_WORDS).filter((w) => w !== 'second').join('|') + ')' + // 4 ordinals
    '|(half)' + // 5
    ')\\b',
  'gi',
);

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The value of a run of number words, and how many decimals it was given ("five point eight" → 1). */
export function readNumberWords(run: string): { value: number; decimals: number } | null {
  let total = 0;
  let current = 0;
  let decimals = '';
  let inDecimals = false;
  let seen = false;
  for (const raw of run.toLowerCase().split(/[\s-]+/)) {
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
  const match = /\d([,\u00A0\u202F\u2009 ])\d{3}/.exec(digits);
  return match ? match[1] : '';
}

function readNumeric(match: RegExpExecArray): NumberToken | null {
  const [whole, currency = '', digits, longScale = '', shortScale = '', percent = '', dollars = '', ordinal = ''] =
    match;
  const grouping = groupingOf(digits);
  const plain = grouping ? digits.split(grouping).join('') : digits;
  let value = Number(plain);
  if (!Number.isFinite(value)) return null;
  const scaleWord = (longScale || shortScale).trim().toLowerCase();
  const scale = scaleWord ? SCALES[scaleWord] : 1;
  // A short scale ("m", "k") reads as a scale after a currency, or before a plural noun ("1m devices");
  // "5m" alone, "a 5m pole" or "5m high" may be metres.
  if (shortScale && !currency && !/^\s+\p{L}[\p{L}-]*s\b/u.test(match.input.slice(match.index + whole.length, match.index + whole.length + 40))) return null;
  value *= scale;
  const foreignCurrency = /EUR|€|£|GBP/.test(currency);
  const isUsd = !foreignCurrency && (currency !== '' || dollars !== '');
  let unit: Unit = 'count';
  if (percent) unit = 'percent';
  else if (isUsd) unit = 'USD';
  else if (ordinal) unit = 'rank';
  const style: FigureStyle = {
    grouping,
    currency,
    scale: longScale || shortScale,
    percent,
    form: ordinal ? 'ordinal' : 'digits',
    suffix: dollars,
  };
  return {
    start: match.index,
    end: match.index + whole.length,
    value,
    unit,
    precision: writtenPrecision(plain) * scale,
    style,
    digits,
    bare: !currency && !grouping && !scaleWord && !percent && !dollars && !ordinal && !plain.includes('.'),
    foreignCurrency,
  };
}

function readWords(match: RegExpExecArray, text: string): NumberToken | null {
  const [whole, fracCount, fracWord, run, ordinalWord, half] = match;
  const start = match.index;
  let end = start + whole.length;
  let value: number;
  let unit: Unit = 'count';
  let precision = 1;
  let form: FigureStyle['form'] = 'words';
  if (fracWord) {
    const count = fracCount.toLowerCase() === 'a' ? 1 : CARDINAL_WORDS[fracCount.toLowerCase()];
    value = count * FRACTION_WORDS[fracWord.toLowerCase()];
    unit = 'fraction';
    precision = 0.01;
  } else if (run) {
    const read = readNumberWords(run);
    if (!read) return null;
    value = read.value;
    // "five point eight million" is as precise as 5.8 million; "eighteen thousand" as 18,000.
    const scale = /(?:thousand|million|billion)$/i.test(run) ? SCALE_WORDS[run.toLowerCase().match(/(thousand|million|billion)$/)![1]] : 1;
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
  // "eighty percent", "forty-five million dollars"
  const after = /^(\s?%|\s(?:percent|per cent)\b)|^(\s(?:US dollars|dollars))\b/.exec(text.slice(end, end + 14));
  if (after && unit === 'count') {
    if (after[1]) {
      unit = 'percent';
      style.percent = after[1];
    } else {
      unit = 'USD';
      style.suffix = after[2];
    }
    end += after[0].length;
  }
  return { start, end, value, unit, precision, style, digits: whole, bare: false, foreignCurrency: false };
}

/** Every number in the text, in order, numerals and number words alike. */
export function scanNumbers(text: string): NumberToken[] {
  const found: NumberToken[] = [];
  NUMERIC.lastIndex = 0;
  for (let match = NUMERIC.exec(text); match; match = NUMERIC.exec(text)) {
    // A digit glued to a letter or digit before it is part of a word or code ("F16", "x2").
    const before = match.index > 0 ? text.charCodeAt(match.index - 1) : 32;
    if (isWordChar(before)) continue;
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
  return found;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

// A cheap pre-check so that the number-word scan runs only where it can find something.
const WORD_HINT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|million|half|third|quarter|first|fifth|eighth|ninth|tenth|eleventh)/i;
function hasNumberWordHint(text: string): boolean {
  return WORD_HINT.test(text);
}

/** A cheap test for whether scanNumbers() can find anything in a text. */
export function mayContainNumber(text: string): boolean {
  return /\d/.test(text) || WORD_HINT.test(text);
}

export { CARDINAL_WORDS, ORDINAL_WORDS };

// Checks that a fact's value can be read in its own quote, so that a typo in a dataset (18616 for
// "18,166") is caught when the dataset is loaded. This reads the handful of ways a publication writes a
// figure (digits, "$5.8 million", "three", "eighth", "one-third"); it is not the engine's draft parser.
import type { Fact } from './schema';
import { groupDigits } from '../core/describe';
import { NUMBER_WORDS } from '../core/wordLists';

const CARDINALS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};

/** Denominators of spelled-out fractions: "one-third", "two-thirds", "a quarter". */
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
  // South Asian scales: "81 lakh" (8.1 million), "1.2 crore".
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  // Sources in other languages: "30,9 millones", "8,6 Millionen", "1,2 milliard".
  millions: 1e6, millones: 1e6, millionen: 1e6, milioni: 1e6, milhões: 1e6, mio: 1e6,
  milliard: 1e9, milliards: 1e9, milliarden: 1e9, miliardi: 1e9, mrd: 1e9,
};
/** A letter or a digit (³ included) after a scale's letters makes them a unit or a word: "m³/d", "km". */
const NOT_A_SCALE_AFTER = '[\\p{L}\\p{N}]';
/** The scale words after a number, longest first so that "millionen" is not read as "million". */
const SCALE_AFTER = `(?:\\s*(${Object.keys(SCALES).sort((a, b) => b.length - a.length).join('|')})(?!${NOT_A_SCALE_AFTER}))?`;

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = NUMBER_WORDS.slice(1, 10);

function cardinalWord(word: string): number | undefined {
  if (word in CARDINALS) return CARDINALS[word];
  const parts = word.split('-');
  if (parts.length === 2 && TENS.includes(parts[0]!) && UNITS.includes(parts[1]!)) {
    return CARDINALS[parts[0]!]! + CARDINALS[parts[1]!]!;
  }
  return undefined;
}

/**
 * Ordinals of sources in French, Spanish, Italian and German, by their stems ("vierten Platz", "cinquième",
 * "tercer lugar"): a German or Romance ordinal's ending changes with its noun.
 */
const FOREIGN_ORDINAL_STEMS: [RegExp, number][] = [
  [/^(?:erst|premi[eè]r|primer|prim)/, 1], [/^(?:zweit|deuxi[eè]m|second)/, 2], [/^(?:dritt|troisi[eè]m|tercer|terz)/, 3],
  [/^(?:viert|quatri[eè]m|cuart|quart)/, 4], [/^(?:f[uü]nft|cinqui[eè]m|quint)/, 5], [/^(?:sechst|sixi[eè]m|sext|sest)/, 6],
  [/^(?:siebt|septi[eè]m|s[eé]ptim|settim)/, 7], [/^(?:acht|huiti[eè]m|octav|ottav)/, 8], [/^(?:neunt|neuvi[eè]m|noven|non)/, 9],
  [/^(?:zehnt|dixi[eè]m|d[eé]cim)/, 10],
];
/** A foreign ordinal is a whole word of its stem and an ending of at most three letters. */
const FOREIGN_ORDINAL_ENDING = /^\p{L}{0,3}$/u;

function foreignOrdinal(word: string): number | undefined {
  for (const [stem, value] of FOREIGN_ORDINAL_STEMS) {
    const m = stem.exec(word);
    if (m && FOREIGN_ORDINAL_ENDING.test(word.slice(m[0].length))) return value;
  }
  return undefined;
}

function ordinalWord(word: string): number | undefined {
  if (word in ORDINALS) return ORDINALS[word];
  const parts = word.split('-');
  if (parts.length === 2 && TENS.includes(parts[0]!) && parts[1]! in ORDINALS) {
    return CARDINALS[parts[0]!]! + ORDINALS[parts[1]!]!;
  }
  return undefined;
}

/**
 * Digits grouped by spaces as well as commas ("1 624 000"), not after a letter: in "the Sorek1 624,000 m³/d
 * plant" the name's digit starts no number.
 */
const GROUPED_BY_SPACES = '(?<!\\p{L})\\d{1,3}(?:[,\\u00A0\\u202F\\u2009 ]\\d{3})+';

/** Digits, with optional thousands separators, decimals and a following scale word. */
// Indian grouping first ("2,56,000": lakhs in pairs of digits before the last three), then thousands.
const DIGITS = new RegExp(`(\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)|${GROUPED_BY_SPACES}|\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?${SCALE_AFTER}`, 'gu');

/** A decimal comma with one or two digits after it, not inside a longer number: "10,6", "1,46". */
const DECIMAL_COMMA = new RegExp(`(?<![\\d.,])(\\d+),(\\d{1,2})(?![\\d,])${SCALE_AFTER}`, 'gu');

/** A number written in parts: millions or billions, then thousands, then units ("28 million 870 thousand 328"). */
const COMPOUND = /\b(\d{1,3})\s+(million|billion)\s+(\d{1,3})\s+thousand(?:\s+(\d{1,3})\b)?/g;

/**
 * A minus sign right before the digits, not joining them to a word or a number before ("-281 thousand",
 * "(−0.5%)", but not "2023-24" or "COVID-19"): the number is negative as written.
 */
function signedNegative(text: string, at: number): boolean {
  const sign = text.charCodeAt(at - 1);
  if (sign !== 0x2d && sign !== 0x2212) return false;
  const before = text.charAt(at - 2);
  return before === '' || !/[\p{L}\d.,]/u.test(before);
}

/** A number as written and, when a scale word follows it ("5.8 million"), scaled. */
function pushReadings(found: number[], n: number, scaleWord: string | undefined): void {
  found.push(n);
  if (scaleWord) found.push(n * SCALES[scaleWord]!);
}

/**
 * Every number that can be read in `text`, each as written and, when a scale word follows, scaled:
 * "$5.8 million" gives 5.8 and 5800000; "18,166" gives 18166; "eighth" gives 8; "one-third" gives 1/3.
 */
export function readNumbers(text: string): number[] {
  const found: number[] = [];
  // A raised point between digits is a decimal point ("20·5%", as The Lancet prints it).
  const lower = text.toLowerCase().replace(/[\u2010\u2011\u2012\u2013]/g, '-').replace(/(?<=\d)\u00B7(?=\d)/g, '.');

  for (const m of lower.matchAll(DIGITS)) {
    const n = Number((m[1]! + (m[2] ?? '')).replace(/[,\u00A0\u202F\u2009 ]/g, ''));
    if (!Number.isFinite(n)) continue;
    pushReadings(found, n, m[3]);
    if (signedNegative(lower, m.index!)) pushReadings(found, -n, m[3]);
  }
  // "10,6 Grad", "1,46°C": a decimal comma, as French, German, Spanish or Italian sources write; three
  // digits after a comma group thousands instead ("18,166"), so only one or two are read so.
  for (const m of lower.matchAll(DECIMAL_COMMA)) pushReadings(found, Number(`${m[1]}.${m[2]}`), m[3]);
  // "28 million 870 thousand 328": a number written in parts, as translations from Portuguese or Spanish do.
  for (const m of lower.matchAll(COMPOUND)) found.push(Number(m[1]) * SCALES[m[2]!]! + Number(m[3]) * 1e3 + Number(m[4] ?? 0));

  // Words: cardinals (with an optional scale word), ordinals and fractions.
  const words = lower.match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    const cardinal = cardinalWord(word) ?? leadingCardinal(word) ?? (word === 'a' || word === 'an' ? 1 : undefined);
    // Tens and units written apart: "Thirty seven people".
    if (next !== undefined && TENS.includes(word) && UNITS.includes(next)) found.push(CARDINALS[word]! + CARDINALS[next]!);
    if (cardinal !== undefined) {
      if (word !== 'a' && word !== 'an') found.push(cardinal);
      if (next !== undefined && next in SCALES && next.length > 2) found.push(cardinal * SCALES[next]!);
      if (next !== undefined && next in DENOMINATORS && cardinal > 0) found.push(cardinal / DENOMINATORS[next]!);
    }
    // "eighth", "twenty-first", and the ordinal of a compound: "third-biggest".
    const ordinal = ordinalWord(word) ?? ordinalWord(word.split('-')[0]!) ?? foreignOrdinal(word);
    if (ordinal !== undefined) found.push(ordinal);
    // Hyphenated fractions: "one-third", "two-thirds", "three-quarters".
    const parts = word.split('-');
    if (parts.length === 2) {
      const numerator = cardinalWord(parts[0]!);
      const denominator = DENOMINATORS[parts[1]!];
      if (numerator !== undefined && denominator !== undefined) found.push(numerator / denominator);
    }
    if (word === 'half') found.push(0.5);
    // "half a million", "half a billion": half of the scale word after the article.
    const scaleAfter = words[i + 2];
    if (word === 'half' && (next === 'a' || next === 'an') && scaleAfter !== undefined && scaleAfter in SCALES && scaleAfter.length > 2) found.push(SCALES[scaleAfter]! / 2);
  }
  // Pence, a hundredth of a pound: "18p", "65 pence" (the check reads 0.18 and 0.65 pounds).
  for (const m of lower.matchAll(PENCE)) found.push(Number(m[1]) / 100);
  // Cents, a hundredth of a dollar or a euro: "73 cents", "95 cent", "50¢".
  for (const m of lower.matchAll(CENTS)) found.push(Number(m[1]) / 100);
  // The other end of a range of pence or cents, written without the unit again: "from 63 cents to 66".
  for (const m of lower.matchAll(HUNDREDTHS_RANGE_END)) found.push(Number(m[1]) / 100);
  // A share written as a ratio: "nine in ten", "1 out of 3" (the check reads it as one fraction).
  for (const m of lower.matchAll(RATIO)) {
    const part = ratioCount(m[1]!);
    const whole = ratioCount(m[2]!);
    if (part !== undefined && whole !== undefined && whole > 0) found.push(part / whole);
  }
  return found;
}

/** A sum in pence: digits and "p" with no letter or digit after it, or "pence". */
const PENCE = /(?<![\d.,])(\d+(?:\.\d+)?)(?:p(?![\p{L}\d])|\s+pence\b)/gu;

/** A sum in cents: digits and "¢", or "cent(s)" ("per cent" is no sum: it follows a word, not digits). */
const CENTS = /(?<![\d.,])(\d+(?:\.\d+)?)(?:\s?¢|\s+(?:euro\s+)?cents?\b)/gu;

/** The bare number that ends a range opened in pence or cents: "63 cents to 66", "85p and 87". */
const HUNDREDTHS_RANGE_END = /(?<![\d.,])\d+(?:\.\d+)?(?:p|\s?¢|\s+pence|\s+(?:euro\s+)?cents?)\s+(?:to|and)\s+(\d+(?:\.\d+)?)(?!\d|[.,]\d|\s*(?:%|¢|per\s*cent|percent|cents?\b|pence\b|p\b|thousand|million|billion|trillion|bn\b|m\b|k\b))/gu;

/** Two counts joined by "in" or "out of". */
const RATIO = /(?<![\p{L}\d])(\p{L}+|\d+)\s+(?:in|out\s+of)\s+(\p{L}+|\d+)(?![\p{L}\d])/gu;

/** A count of a ratio, in digits or in words. */
function ratioCount(written: string): number | undefined {
  return /^\d+$/.test(written) ? Number(written) : cardinalWord(written);
}

/** The cardinal a compound opens with: "two-percentage-point", "forty-five-year" (the longest such start). */
function leadingCardinal(word: string): number | undefined {
  const parts = word.split('-');
  for (let k = parts.length - 1; k >= 1; k--) {
    const cardinal = cardinalWord(parts.slice(0, k).join('-'));
    if (cardinal !== undefined) return cardinal;
  }
  return undefined;
}

/** True when `value` is one of the numbers read in `text`; fractions compare to three decimals. */
export function numberAppearsInText(value: number, text: string, unit?: Fact['unit']): boolean {
  if (writtenPlainly(value, text)) return true;
  const tolerance = unit === 'fraction' ? 0.0005 : Math.abs(value) * 1e-9;
  const numbers = readNumbers(text);
  if (numbers.some((n) => Math.abs(n - value) <= tolerance)) return true;
  // A table row quoted without its header ("| Acme | 718.2 |" under "£m"): the value's digits at a header's
  // scale. The digits still have to match, so a typo in the value is still caught.
  return unit !== undefined && scalesInTables(unit) && bareNumbers(text).some((n) => TABLE_SCALES.some((scale) => Math.abs(n * scale - value) <= tolerance));
}

/** The numbers written in digits with no scale word after them: "718.2" in "| Acme | 718.2 |", not "5.8 million". */
function bareNumbers(text: string): number[] {
  const found: number[] = [];
  for (const m of text.toLowerCase().matchAll(DIGITS)) if (!m[3]) found.push(Number((m[1]! + (m[2] ?? '')).replace(/[,\u00A0\u202F\u2009 ]/g, '')));
  return found;
}

/** The scales a table header gives its columns: "(thousands)", "£m", "$bn". */
const TABLE_SCALES = [1e3, 1e6, 1e9];

/** Counts and money may be given in a table at a header's scale; shares, ranks and rates are not. */
function scalesInTables(unit: Fact['unit']): boolean {
  return unit === 'count' || /^[A-Z]{3}$/.test(unit);
}

/**
 * The common case, found without reading every number: the integer written with commas or without
 * grouping ("18,166", "18166") and not part of a longer number. Saves most of the load time of large
 * datasets.
 */
function writtenPlainly(value: number, text: string): boolean {
  if (!Number.isInteger(value) || value < 0) return false;
  const plain = String(value);
  const grouped = groupDigits(plain, ',');
  return (grouped !== plain && standsAlone(grouped, text)) || standsAlone(plain, text);
}

/** A scale word right after a number's digits ("5 million"), not a unit's letters ("624,000 m³/d"). */
const SCALE_WORD_AFTER = new RegExp(`^\\s*(?:thousand|million|mln|billion|trillion|bn|tn|k|m|b)(?!${NOT_A_SCALE_AFTER})`, 'iu');

/** True when `form` occurs in `text` and not as part of a longer number. */
function standsAlone(form: string, text: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const end = at + form.length;
    // A digit, or a separator after a digit, before it; a digit, or a separator and a digit, after it.
    if (at >= 2 && isDigitOrSeparator(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at - 2))) continue;
    const after = text.charCodeAt(end);
    if (isDigit(after) || ((after === 0x2e || after === 0x2c) && isDigit(text.charCodeAt(end + 1)))) continue;
    // "5 million" is not 5; a scale word after the digits changes the value.
    if (!SCALE_WORD_AFTER.test(text.slice(end, end + 12))) return true;
  }
  return false;
}

/** 0-9 (NaN, past the end of a text, is none). */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** 0-9, '.' or ','. */
function isDigitOrSeparator(code: number): boolean {
  return isDigit(code) || code === 0x2e || code === 0x2c;
}

/** True when the fact's value can be read in its quote (18166 in "18,166", 5800000 in "$5.8 million"). */
export function valueAppearsInQuote(fact: Pick<Fact, 'value' | 'unit' | 'quote' | 'change'>): boolean {
  // A change is written by its size: "fell by 58 percent" is -58.
  return numberAppearsInText(fact.change ? Math.abs(fact.value) : fact.value, fact.quote, fact.unit);
}

// Hand-written matchers for the ways of writing a period (src/core/periods.ts), one per form. Each does
// what the form's regular expression, with the flags `gi`, does at one position: the expressions stay
// beside the forms as their specification, and a test compares both on every corpus and on random text.
// Compiling the 15 forms as one expression cost a cold start ~5 ms (the CLI, which compiles straight to
// machine code) to ~13 ms (an editor's extension host, which interprets a pattern before compiling it).

import { isAsciiWordCode, isSpaceCode, MAX_WORD_GAP } from './regex';
import { NUMBER_WORDS } from './wordLists';

/** Where a form matched: the end of the match and its captured groups, in order. */
export interface FormMatch {
  end: number;
  groups: string[];
}

/** A form's matcher: the match starting at `at`, or null. */
export type FormMatcher = (text: string, at: number) => FormMatch | null;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isAsciiWordCode(text.charCodeAt(i));
}

/** `\b`. */
function boundary(text: string, i: number): boolean {
  return isWordAt(text, i - 1) !== isWordAt(text, i);
}

/**
 * `\s{1,MAX_WORD_GAP}` at `i` (periods.ts's GAP): the position after the run, or -1. Greedy, as the
 * pattern is: what follows the gap in every form never starts with white space, so no shorter run matches.
 */
function space(text: string, i: number): number {
  const end = optionalSpace(text, i);
  return end > i ? end : -1;
}

/** `\s{0,MAX_WORD_GAP}` at `i` (periods.ts's GAP_OPTIONAL): the position after the run, `i` when there is none. */
function optionalSpace(text: string, i: number): number {
  if (i < 0) return i;
  let k = i;
  while (k < text.length && k - i < MAX_WORD_GAP && isSpaceCode(text.charCodeAt(k))) k++;
  return k;
}

/**
 * `word` (lower-case ASCII letters, digits or spaces) at `i`, ignoring case as `i` does without `u`:
 * only ASCII letters fold. The position after it, or -1.
 */
function literal(text: string, i: number, word: string): number {
  if (i < 0 || i + word.length > text.length) return -1;
  for (let k = 0; k < word.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return -1;
  }
  return i + word.length;
}

/**
 * Alternative words (lower-case ASCII), tried in order at a position; the first that is there wins. The
 * order is the alternation's, with a word that extends another before it (the greedy choice), so the
 * lists hold only where what follows a word is never a letter. Indexed by first letter: the scan asks
 * at every word that starts like a form.
 */
class Words {
  private readonly byFirst = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    for (const word of words) {
      const first = word.charCodeAt(0);
      const list = this.byFirst.get(first);
      if (list) list.push(word);
      else this.byFirst.set(first, [word]);
    }
  }

  /** The position after the first of the words at `i`, or -1. */
  at(text: string, i: number): number {
    if (i < 0 || i >= text.length) return -1;
    const c = text.charCodeAt(i);
    const words = this.byFirst.get(c >= 65 && c <= 90 ? c + 32 : c);
    if (words === undefined) return -1;
    for (const word of words) {
      const end = literal(text, i, word);
      if (end >= 0) return end;
    }
    return -1;
  }
}

/** One character of `chars` at `i` (no letters among them): the position after it, or -1. */
function charIn(text: string, i: number, chars: string): number {
  return i >= 0 && i < text.length && chars.includes(text[i]) ? i + 1 : -1;
}

function digitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isDigitCode(text.charCodeAt(i));
}

/** `(1[9]\d\d|20\d\d|2100)` at `i`: the position after it, or -1. */
function year(text: string, i: number): number {
  if (i < 0 || i + 4 > text.length || !digitAt(text, i + 2) || !digitAt(text, i + 3)) return -1;
  const two = text.slice(i, i + 2);
  if (two === '19' || two === '20') return i + 4;
  return text.startsWith('2100', i) ? i + 4 : -1;
}

/** `(\d\d)` at `i`. */
function twoDigits(text: string, i: number): number {
  return digitAt(text, i) && digitAt(text, i + 1) ? i + 2 : -1;
}

// The month names of periods.ts's MONTH, each with its optional endings as one alternative, longest
// first: the regular expression's greedy choice. A shorter one is never the match when a longer one is
// there, since what follows a month is never a letter.
const MONTH_WORDS = new Words([
  'january', 'jan', 'february', 'feb', 'march', 'mar', 'april', 'apr', 'may', 'june', 'jun', 'july', 'jul',
  'august', 'aug', 'september', 'sept', 'sep', 'october', 'oct', 'november', 'nov', 'december', 'dec',
]);

/** `MONTH` (a name, then an optional "."): the name's end (its group) and the position after the dot. */
function month(text: string, i: number): { nameEnd: number; end: number } | null {
  const nameEnd = MONTH_WORDS.at(text, i);
  if (nameEnd < 0) return null;
  return { nameEnd, end: text[nameEnd] === '.' ? nameEnd + 1 : nameEnd };
}

const ORDINALS = new Words(['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th']);
const HALVES = new Words(['first', 'second']);
const UNTIL = new Words(['to', 'until', 'through', 'till']);
const DAY_SUFFIXES = new Words(['st', 'nd', 'rd', 'th']);
const DASHES = '-–';
const LONG_DASHES = '-–—';
const QUOTES = '\'’';

/** True when a match may end at `end`: it is one (≥ 0) and `\b` holds there. */
function endsWord(text: string, end: number): boolean {
  return end >= 0 && boundary(text, end);
}

/** Where `(?:the\s)?` may end at `at`, article first, as the greedy `?` tries it. */
function afterOptionalThe(text: string, at: number): number[] {
  const the = space(text, literal(text, at, 'the'));
  return the >= 0 ? [the, at] : [at];
}

/** `(?:of\s)?` at `i`: taken when there (a year or quote follows, never "o"). */
function optionalOf(text: string, i: number): number {
  const of = space(text, literal(text, i, 'of'));
  return of >= 0 ? of : i;
}

export const between: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  const a = space(text, literal(text, at, 'between'));
  const aEnd = year(text, a);
  const b = space(text, literal(text, space(text, aEnd), 'and'));
  const end = year(text, b);
  return endsWord(text, end) ? { end, groups: [text.slice(a, aEnd), text.slice(b, end)] } : null;
};

export const fromTo: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  const a = space(text, literal(text, at, 'from'));
  const aEnd = year(text, a);
  const b = space(text, UNTIL.at(text, space(text, aEnd)));
  const end = year(text, b);
  return endsWord(text, end) ? { end, groups: [text.slice(a, aEnd), text.slice(b, end)] } : null;
};

/** "2017 to 2024" with no "from" (the average "for 2017 to 2024"): `\bYEARGAP(?:to|until|through|till)GAPYEAR\b`. */
export const yearToYear: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  const aEnd = year(text, at);
  const b = space(text, UNTIL.at(text, space(text, aEnd)));
  const end = year(text, b);
  return endsWord(text, end) ? { end, groups: [text.slice(at, aEnd), text.slice(b, end)] } : null;
};

/** `(?:GAP|[<chars>])` at `i`: the position after it, or -1. */
function spaceOr(text: string, i: number, chars: string): number {
  const s = space(text, i);
  return s >= 0 ? s : charIn(text, i, chars);
}

export const quarterWords: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  for (const from of afterOptionalThe(text, at)) {
    const ordinalEnd = ORDINALS.at(text, from);
    const afterQuarter = space(text, literal(text, spaceOr(text, ordinalEnd, '-'), 'quarter'));
    if (afterQuarter < 0) continue;
    const y = optionalOf(text, afterQuarter);
    const end = year(text, y);
    if (endsWord(text, end)) return { end, groups: [text.slice(from, ordinalEnd), text.slice(y, end)] };
  }
  return null;
};

export const halfWords: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  for (const from of afterOptionalThe(text, at)) {
    const which = HALVES.at(text, from);
    const y = space(text, literal(text, space(text, literal(text, space(text, which), 'half')), 'of'));
    const end = year(text, y);
    if (endsWord(text, end)) return { end, groups: [text.slice(from, which), text.slice(y, end)] };
  }
  return null;
};

const MONTH_COUNTS = new Words(NUMBER_WORDS.slice(2, 12));

/** `(two|…|eleven|[2-9]|1[01])` at `i`: the position after it, or -1. */
function monthCount(text: string, i: number): number {
  const word = MONTH_COUNTS.at(text, i);
  if (word >= 0) return word;
  if (i < 0 || i >= text.length) return -1;
  const c = text.charCodeAt(i);
  if (c >= 50 && c <= 57) return i + 1; // 2-9
  return c === 49 && charIn(text, i + 1, '01') >= 0 ? i + 2 : -1;
}

/**
 * A count of months at one end of a year: `\b(?:theGAP)?OPENERGAP(count)GAPmonthsGAPofGAP(year)\b`, the opener
 * "first" ("the first seven months of 2023") or "last"/"final" ("the last three months of 2022").
 */
function monthsOfAYear(opener: Words): FormMatcher {
  return (text, at) => {
    if (!boundary(text, at)) return null;
    for (const from of afterOptionalThe(text, at)) {
      const count = space(text, opener.at(text, from));
      const countEnd = monthCount(text, count);
      const y = space(text, literal(text, space(text, literal(text, space(text, countEnd), 'months')), 'of'));
      const end = year(text, y);
      if (count >= 0 && countEnd >= 0 && endsWord(text, end)) return { end, groups: [text.slice(count, countEnd), text.slice(y, end)] };
    }
    return null;
  };
}

export const firstMonths = monthsOfAYear(new Words(['first']));
export const lastMonths = monthsOfAYear(new Words(['last', 'final']));

/** "year", "twelve": how a span of twelve months opens ("12" is matched on its own). */
const YEAR_TO_OPENERS = new Words(['year', 'twelve']);
/** What joins the twelve months to the month they end in. */
const YEAR_TO_JOINS = new Words(['to', 'through', 'ending', 'ended']);

/**
 * Twelve months to a month: "year to June 2022", "12 months ending September 30, 2024", "year that ended in
 * June 2022": `\b(?:year|(?:12|twelve)GAPmonths)GAP(?:thatGAP)?(?:to|through|ending|ended)GAP(?:inGAP)?` and
 * then the month form's pattern.
 */
export const yearTo: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  let opened = YEAR_TO_OPENERS.at(text, at);
  if (opened < 0) opened = literal(text, at, '12');
  if (opened < 0) return null;
  // "year" stands alone; "twelve" and "12" count months.
  if (text.slice(at, opened).toLowerCase() !== 'year') opened = literal(text, space(text, opened), 'months');
  return toAMonth(text, opened);
};

/**
 * Some months to a month: "six months to October 2023", "the three months ending 30 June 2024":
 * `\b(count)GAPmonthsGAP` and then year-to's words after "months". The groups: the count, the month, the year.
 */
export const monthsTo: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  const countEnd = monthCount(text, at);
  const found = toAMonth(text, literal(text, space(text, countEnd), 'months'));
  return countEnd >= 0 && found ? { end: found.end, groups: [text.slice(at, countEnd), ...found.groups] } : null;
};

/** After the months' words: "(?:thatGAP)?(?:to|through|ending|ended)GAP(?:inGAP)?" and a month with its year. */
function toAMonth(text: string, opened: number): FormMatch | null {
  if (opened < 0) return null;
  // "the year that ended in June 2022": "that" before the joining word and "in" after it may be written.
  const that = literal(text, space(text, opened), 'that');
  const joined = YEAR_TO_JOINS.at(text, space(text, that >= 0 ? that : opened));
  if (joined < 0) return null;
  const afterIn = literal(text, space(text, joined), 'in');
  const dayAt = space(text, afterIn >= 0 ? afterIn : joined);
  if (dayAt < 0) return null;
  // "the year to 30 June 2024": a day may stand before the month.
  for (const monthAt of dayEnds(text, dayAt)) {
    const found = monthDay(text, monthAt);
    if (found) return found;
  }
  return null;
}

export const quarter: FormMatcher = (text, at) => {
  if (!boundary(text, at) || literal(text, at, 'q') < 0 || charIn(text, at + 1, '1234') < 0) return null;
  let y = optionalOf(text, optionalSpace(text, at + 2));
  if (charIn(text, y, QUOTES) >= 0) y++;
  const end = year(text, y);
  return endsWord(text, end) ? { end, groups: [text[at + 1], text.slice(y, end)] } : null;
};

/**
 * A quarter's or half's letter and number, then a year of two digits after an apostrophe ("Q3 '23",
 * "H1 ’24"): `\b<letter>(<digits>)\s{0,n}['’](\d\d)\b(?!['’])`.
 */
function partShortYear(text: string, at: number, letter: string, digits: string): FormMatch | null {
  if (!boundary(text, at) || literal(text, at, letter) < 0 || charIn(text, at + 1, digits) < 0) return null;
  const y = charIn(text, optionalSpace(text, at + 2), QUOTES);
  const end = twoDigits(text, y);
  if (end < 0 || !boundary(text, end) || charIn(text, end, QUOTES) >= 0) return null;
  return { end, groups: [text[at + 1], text.slice(y, end)] };
}

export const quarterShortYear: FormMatcher = (text, at) => partShortYear(text, at, 'q', '1234');

export const halfShortYear: FormMatcher = (text, at) => partShortYear(text, at, 'h', '12');

export const yearQuarter: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  const yEnd = year(text, at);
  if (yEnd < 0) return null;
  let q = optionalSpace(text, yEnd);
  if (text[q] === '-') q++;
  if (literal(text, q, 'q') < 0 || charIn(text, q + 1, '1234') < 0 || !boundary(text, q + 2)) return null;
  return { end: q + 2, groups: [text.slice(at, yEnd), text[q + 1]] };
};

export const half: FormMatcher = (text, at) => {
  if (!boundary(text, at) || literal(text, at, 'h') < 0 || charIn(text, at + 1, '12') < 0) return null;
  const y = optionalSpace(text, at + 2);
  const end = year(text, y);
  return endsWord(text, end) ? { end, groups: [text[at + 1], text.slice(y, end)] } : null;
};

/**
 * Two month names joined by a dash or by "to", and the space after them (`MONTH(?:\s?[-–]\s?|\s+to\s+)MONTH\s+`,
 * both forms of a month range): the names as written and where the year starts, or null.
 */
function monthPair(text: string, at: number): { names: [string, string]; yearAt: number } | null {
  if (!boundary(text, at)) return null;
  const first = month(text, at);
  if (!first) return null;
  const secondAt = monthPairJoin(text, first.end);
  if (secondAt < 0) return null;
  const second = month(text, secondAt);
  if (!second) return null;
  const yearAt = space(text, second.end);
  return yearAt < 0 ? null : { names: [text.slice(at, first.nameEnd), text.slice(secondAt, second.nameEnd)], yearAt };
}

/** After a range's first month: a dash with optional space either side, or "to" between spaces; where the second month starts, or -1. */
function monthPairJoin(text: string, firstEnd: number): number {
  const dash = charIn(text, optionalSpace(text, firstEnd), DASHES);
  if (dash >= 0) return optionalSpace(text, dash);
  return space(text, literal(text, space(text, firstEnd), 'to'));
}

/**
 * Two months, the first perhaps with its own year, after "between" and joined by "and" ("between March 2022 and
 * July 2023", "between April and October 2023"), or after "from" and joined by "to", "until", "through" or
 * "till": the groups are the first month, its year or "", the second month and its year.
 */
function monthsOpened(opener: string, joiners: Words): FormMatcher {
  return (text, at) => {
    if (!boundary(text, at)) return null;
    const firstAt = space(text, literal(text, at, opener));
    const first = firstAt < 0 ? null : month(text, firstAt);
    if (!first) return null;
    const ownYearAt = space(text, first.end);
    const ownYearEnd = year(text, ownYearAt);
    const withYear = endsWord(text, ownYearEnd);
    const secondAt = space(text, joiners.at(text, space(text, withYear ? ownYearEnd : first.end)));
    const second = secondAt < 0 ? null : month(text, secondAt);
    if (!second) return null;
    const yearAt = space(text, second.end);
    const end = year(text, yearAt);
    if (!endsWord(text, end)) return null;
    return { end, groups: [text.slice(firstAt, first.nameEnd), withYear ? text.slice(ownYearAt, ownYearEnd) : '', text.slice(secondAt, second.nameEnd), text.slice(yearAt, end)] };
  };
}

export const betweenMonths = monthsOpened('between', new Words(['and']));
export const fromMonths = monthsOpened('from', UNTIL);

export const monthRange: FormMatcher = (text, at) => {
  const pair = monthPair(text, at);
  const end = pair ? year(text, pair.yearAt) : -1;
  return pair && endsWord(text, end) ? { end, groups: [...pair.names, text.slice(pair.yearAt, end)] } : null;
};

/** `['’](\d\d)\b(?!['’])` at `i`: the end of a short year written after an apostrophe, or -1. */
function shortYearAt(text: string, i: number): number {
  if (charIn(text, i, QUOTES) < 0) return -1;
  const end = twoDigits(text, i + 1);
  return end >= 0 && boundary(text, end) && charIn(text, end, QUOTES) < 0 ? end : -1;
}

/** A month range and a short year: "Jan–Apr '23". */
export const monthRangeShortYear: FormMatcher = (text, at) => {
  const pair = monthPair(text, at);
  const end = pair ? shortYearAt(text, pair.yearAt) : -1;
  return pair && end >= 0 ? { end, groups: [...pair.names, text.slice(pair.yearAt + 1, end)] } : null;
};

/** A month and a short year: "Mar '23". */
export const monthShortYear: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  const name = month(text, at);
  if (!name) return null;
  const y = space(text, name.end);
  const end = y < 0 ? -1 : shortYearAt(text, y);
  return end < 0 ? null : { end, groups: [text.slice(at, name.nameEnd), text.slice(y + 1, end)] };
};

/** `(?:\d{1,2}(?:st|nd|rd|th)?,?\s)?` at `i`: where it may end, in the order the expression tries them. */
function dayEnds(text: string, i: number): number[] {
  const ends: number[] = [];
  for (const digits of [2, 1]) {
    if (!digitAt(text, i) || (digits === 2 && !digitAt(text, i + 1))) continue;
    let k = i + digits;
    const suffix = DAY_SUFFIXES.at(text, k);
    if (suffix >= 0) k = suffix;
    if (text[k] === ',') k++;
    const end = space(text, k);
    if (end >= 0) ends.push(end);
  }
  ends.push(i);
  return ends;
}

export const monthDay: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  const name = month(text, at);
  if (!name) return null;
  const afterName = space(text, name.end);
  if (afterName < 0) return null;
  for (const dayEnd of dayEnds(text, afterName)) {
    const y = optionalOf(text, dayEnd);
    const end = year(text, y);
    if (endsWord(text, end)) return { end, groups: [text.slice(at, name.nameEnd), text.slice(y, end)] };
  }
  return null;
};

/** `YEAR\s?[-–—]\s?` at `at`: the first year's end and where the second part starts, or null. */
function yearAndDash(text: string, at: number): { firstEnd: number; second: number } | null {
  if (!boundary(text, at)) return null;
  const firstEnd = year(text, at);
  if (firstEnd < 0) return null;
  const dash = charIn(text, optionalSpace(text, firstEnd), LONG_DASHES);
  return dash < 0 ? null : { firstEnd, second: optionalSpace(text, dash) };
}

export const yearRange: FormMatcher = (text, at) => {
  const parts = yearAndDash(text, at);
  const end = parts ? year(text, parts.second) : -1;
  return parts && endsWord(text, end) ? { end, groups: [text.slice(at, parts.firstEnd), text.slice(parts.second, end)] } : null;
};

/** `YEAR/YEAR` or `YEAR/\d\d`, not followed by another separator: a season ("2022/23"), not a date. */
export const season: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  const firstEnd = year(text, at);
  const second = charIn(text, firstEnd, '/');
  if (second < 0) return null;
  for (const end of [year(text, second), twoDigits(text, second)]) {
    if (endsWord(text, end) && charIn(text, end, '-–/') < 0) return { end, groups: [text.slice(at, firstEnd), text.slice(second, end)] };
  }
  return null;
};

export const yearRangeShort: FormMatcher = (text, at) => {
  const parts = yearAndDash(text, at);
  if (!parts) return null;
  const end = twoDigits(text, parts.second);
  if (!endsWord(text, end) || charIn(text, end, '-–/') >= 0) return null;
  return { end, groups: [text.slice(at, parts.firstEnd), text.slice(parts.second, end)] };
};

export const shortYearRange: FormMatcher = (text, at) => {
  if (charIn(text, at, QUOTES) < 0) return null;
  const aEnd = twoDigits(text, at + 1);
  const dash = charIn(text, optionalSpace(text, aEnd), LONG_DASHES);
  if (aEnd < 0 || dash < 0) return null;
  let b = optionalSpace(text, dash);
  if (charIn(text, b, QUOTES) >= 0) b++;
  const end = twoDigits(text, b);
  return endsWord(text, end) ? { end, groups: [text.slice(at + 1, aEnd), text.slice(b, end)] } : null;
};

/** The lookbehind of "short-year", kept as a one-class pattern: with `i`, its range folds beyond ASCII. */
const LETTER_OR_DIGIT_BEFORE_SHORT_YEAR = /[A-Za-z\u00C0-\u024F\d]/i;

export const shortYear: FormMatcher = (text, at) => {
  if (charIn(text, at, QUOTES) < 0 || (at > 0 && LETTER_OR_DIGIT_BEFORE_SHORT_YEAR.test(text[at - 1]))) return null;
  const end = twoDigits(text, at + 1);
  if (end < 0 || !boundary(text, end) || charIn(text, end, `${QUOTES}0123456789`) >= 0) return null;
  return { end, groups: [text.slice(at + 1, end)] };
};

export const since: FormMatcher = (text, at) => {
  if (!boundary(text, at)) return null;
  const y = space(text, literal(text, at, 'since'));
  const end = year(text, y);
  return endsWord(text, end) ? { end, groups: [text.slice(y, end)] } : null;
};

/** `\s+` at `i`: the position after all of it, or -1. */
function spaces(text: string, i: number): number {
  let k = i;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  return k > i ? k : -1;
}

/** One of `words` at `i`, followed by `\b`. */
function wordAt(text: string, i: number, words: readonly string[]): boolean {
  if (i < 0) return false;
  for (const word of words) {
    const end = literal(text, i, word);
    if (end >= 0 && boundary(text, end)) return true;
  }
  return false;
}

const MONEY_WORDS = ['dollars', 'euros', 'prices', 'usd', 'eur'];

/**
 * The year form's lookahead: not part of a number ("2023.5", "2023-24" is another form's), a
 * percentage, or prices counted in a year's money ("2017 dollars", "2017 US dollars").
 */
function yearIsNotAPeriod(text: string, end: number): boolean {
  if (charIn(text, end, ',.0123456789') >= 0 && digitAt(text, end + 1)) return true;
  if (charIn(text, end, '-–/') >= 0 && digitAt(text, end + 1)) return true;
  if (text[end] === '%') return true;
  const percentAt = text[end] === ' ' ? end + 1 : end;
  if (wordAt(text, percentAt, ['percent', 'per cent'])) return true;
  const after = spaces(text, end);
  if (after < 0) return false;
  const us = spaces(text, literal(text, after, 'us'));
  return (us >= 0 && wordAt(text, us, MONEY_WORDS)) || wordAt(text, after, MONEY_WORDS);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export const plainYear: FormMatcher = (text, at) => {
  // A hyphen after a word joins it to the year ("end-2022", "mid-2023"); after anything else it is a
  // range's or a sign ("2018-2022", "-2022").
  if (at > 0 && '0123456789,.$€£'.includes(text[at - 1])) return null;
  if (at > 0 && text[at - 1] === '-' && !(at > 1 && isAsciiLetter(text.charCodeAt(at - 2)))) return null;
  if (!boundary(text, at)) return null;
  const end = year(text, at);
  if (end < 0 || !boundary(text, end) || yearIsNotAPeriod(text, end)) return null;
  return { end, groups: [text.slice(at, end)] };
};

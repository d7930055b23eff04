// Finds the periods in a sentence (years, year ranges, months, quarters, halves) and binds each figure
// to the one it speaks of. Periods are counted in months from year 0, so that "June 2022" lies inside
// 2022 and after "March 2022".
import * as match from './periodMatch';
import type { FormMatcher } from './periodMatch';
import { isSuperlativeInEst } from './superlatives';
import { fromRightBefore, isAsciiWordCode, MAX_WORD_GAP, textAfter, textBefore } from './regex';
import { MONTH_NAMES, NUMBER_WORDS } from './wordLists';

/** A period as months counted from year 0, both ends included: 2023 is 24276..24287. */
export interface MonthSpan {
  from: number;
  to: number;
}

/** A period found in text, with where it was written. */
export interface PeriodSpan extends MonthSpan {
  /** Offsets of the phrase in the scanned text. */
  start: number;
  end: number;
}

/** The first and last month a dataset's period point covers: 2023 → Jan..Dec 2023, "2024-Q3" → Jul..Sep. */
export function monthsOf(point: number | string): [number, number] {
  if (typeof point === 'number') return [point * 12, point * 12 + 11];
  const year = Number(point.slice(0, 4));
  if (point[5] === 'Q') {
    const quarter = Number(point[6]) - 1;
    return [year * 12 + quarter * 3, year * 12 + quarter * 3 + 2];
  }
  const month = year * 12 + Number(point.slice(5, 7)) - 1;
  return [month, month];
}

/** The months a dataset's period covers, from its first point's first month to its last point's last. */
export function periodMonths(period: { from: number | string; to: number | string }): MonthSpan {
  return { from: monthsOf(period.from)[0], to: monthsOf(period.to)[1] };
}

/** The months of whole years. */
export function yearsSpan(from: number, to: number): MonthSpan {
  return { from: from * 12, to: to * 12 + 11 };
}

/** Twelve months: the span of a year in the months periods are counted in. */
export const MONTHS_IN_A_YEAR = 12;

/** The span is one calendar quarter. */
export function isAQuarter(span: MonthSpan): boolean {
  return span.to - span.from === 2 && span.from % 3 === 0;
}

/** The span is two calendar years, January of one to December of the next: "2022-23", "FY2022-23". */
export function isTwoWholeYears(span: MonthSpan): boolean {
  return span.from % MONTHS_IN_A_YEAR === 0 && span.to - span.from === 2 * MONTHS_IN_A_YEAR - 1;
}

/** The span is one calendar year, January to December. */
export function isWholeYear(span: MonthSpan): boolean {
  return span.to - span.from === MONTHS_IN_A_YEAR - 1 && span.from % MONTHS_IN_A_YEAR === 0;
}

/**
 * A month, a quarter or a run of months a figure names with no year ("in March", "in the second quarter",
 * "January to November"), 0-based months of a year.
 */
export interface TimeWithoutYear {
  monthWithoutYear?: number;
  quarterWithoutYear?: number;
  monthsWithoutYear?: { from: number; to: number };
}

/**
 * The span is a single month or quarter other than the one the figure names with no year; or, for a run of
 * months named so, any span of other months (a whole year is another time than "January to November"); never
 * a fact of several whole years, which holds in each of their months.
 */
export function anotherMonthOrQuarter(named: TimeWithoutYear, span: MonthSpan | null): boolean {
  // A fact that held over several whole years (a fee "since 2015") holds in each of their months and seasons.
  if (!span || (span.from % MONTHS_IN_A_YEAR === 0 && span.to - span.from >= 2 * MONTHS_IN_A_YEAR - 1)) return false;
  const months = named.monthsWithoutYear;
  if (months !== undefined) return span.from % MONTHS_IN_A_YEAR !== months.from || span.to - span.from !== months.to - months.from;
  if (named.monthWithoutYear !== undefined && span.from === span.to && span.from % MONTHS_IN_A_YEAR !== named.monthWithoutYear) return true;
  return named.quarterWithoutYear !== undefined && isAQuarter(span) && Math.floor((span.from % MONTHS_IN_A_YEAR) / 3) !== named.quarterWithoutYear;
}

/** "2023", "2018–2023", "June 2022", "Q3 2024", "March–June 2022". */
export function formatSpan(span: MonthSpan): string {
  const fromYear = Math.floor(span.from / 12);
  const toYear = Math.floor(span.to / 12);
  const fromMonth = span.from % 12;
  const toMonth = span.to % 12;
  if (fromMonth === 0 && toMonth === 11) return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
  if (fromYear === toYear && fromMonth % 3 === 0 && toMonth === fromMonth + 2) return `Q${fromMonth / 3 + 1} ${fromYear}`;
  const month = (m: number, y: number): string => `${MONTH_NAMES[m]} ${y}`;
  if (span.from === span.to) return month(fromMonth, fromYear);
  return fromYear === toYear ? `${MONTH_NAMES[fromMonth]}–${month(toMonth, toYear)}` : `${month(fromMonth, fromYear)}–${month(toMonth, toYear)}`;
}

const YEAR = '(1[9]\\d\\d|20\\d\\d|2100)';
/**
 * The white space between a period's words: a run, not one space, so that a wrapped line, an indented
 * list continuation or blanked emphasis ("*November* 2014") reads as the period it is (regex.ts).
 */
const GAP = `\\s{1,${MAX_WORD_GAP}}`;
const GAP_OPTIONAL = `\\s{0,${MAX_WORD_GAP}}`;
/** A month's name, in full or short, as a capturing group. */
export const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH = `${MONTH_NAME}\\.?`;
const ORDINAL_PART = '(first|second|third|fourth|1st|2nd|3rd|4th)';

/**
 * One way of writing a period: its matcher, how to read the match into months, and the pattern the
 * matcher implements (with the flags `gi`), as its specification: the tests compare the two. The
 * patterns are never compiled at run time (src/core/periodMatch.ts says why).
 */
export interface PeriodForm {
  id: string;
  /** The characters a match can start with, letters in lower case: the scan tries no other form at a position. */
  starts: string;
  pattern: string;
  match: FormMatcher;
  read(groups: string[], currentYear: number): MonthSpan | null;
}

function monthIndex(name: string): number {
  return MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase());
}

/** A text that is a month's name alone, markup aside ("Nov", "*December*"). */
const MONTH_ALONE = new RegExp(`^[\\s*_]*${MONTH}[\\s*_]*$`, 'i');

/** The month (0–11) a text names alone, with no year ("Nov" heading a table's column), or undefined. */
export function monthNamedAlone(text: string): number | undefined {
  const m = MONTH_ALONE.exec(text);
  return m ? monthIndex(m[1]) : undefined;
}

/** 0–3 for "first"–"fourth" or "1st"–"4th". */
export function ordinalIndex(word: string): number {
  return ['first', 'second', 'third', 'fourth'].indexOf(word.toLowerCase()) >= 0
    ? ['first', 'second', 'third', 'fourth'].indexOf(word.toLowerCase())
    : Number(word[0]) - 1;
}

/** "'23" is 2023 and "'98" 1998: notes write the years near them. */
function shortYear(two: string): number {
  const n = Number(two);
  return n <= 60 ? 2000 + n : 1900 + n;
}

function quarter(year: number, q: number): MonthSpan {
  return { from: year * 12 + q * 3, to: year * 12 + q * 3 + 2 };
}

const MONTH_COUNT_WORDS = NUMBER_WORDS.slice(2, 12);

/** "seven" or "7": how many months "the first … months" are. */
export function monthCountOf(n: string): number {
  const k = MONTH_COUNT_WORDS.indexOf(n.toLowerCase());
  return k >= 0 ? k + 2 : Number(n);
}

function half(year: number, h: number): MonthSpan {
  return { from: year * 12 + h * 6, to: year * 12 + h * 6 + 5 };
}

const MONTH_STARTS = 'jfmasond';
const QUOTE_STARTS = '\'’';

// Longest forms first: "between 2018 and 2023" must not be read as two years.
export const FORMS: readonly PeriodForm[] = [
  { id: 'between', starts: 'b', match: match.between, pattern: `\\bbetween${GAP}${YEAR}${GAP}and${GAP}${YEAR}\\b`, read: ([a, b]) => yearsSpan(+a, +b) },
  { id: 'from-to', starts: 'f', match: match.fromTo, pattern: `\\bfrom${GAP}${YEAR}${GAP}(?:to|until|through|till)${GAP}${YEAR}\\b`, read: ([a, b]) => yearsSpan(+a, +b) },
  { id: 'quarter-words', starts: 'tfs1234', match: match.quarterWords, pattern: `\\b(?:the${GAP})?${ORDINAL_PART}(?:${GAP}|-)quarter${GAP}(?:of${GAP})?${YEAR}\\b`, read: ([q, y]) => quarter(+y, ordinalIndex(q)) },
  { id: 'half-words', starts: 'tfs', match: match.halfWords, pattern: `\\b(?:the${GAP})?(first|second)${GAP}half${GAP}of${GAP}${YEAR}\\b`, read: ([h, y]) => half(+y, h.toLowerCase() === 'first' ? 0 : 1) },
  {
    id: 'first-months',
    starts: 'tf',
    match: match.firstMonths,
    pattern: `\\b(?:the${GAP})?first${GAP}(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])${GAP}months${GAP}of${GAP}${YEAR}\\b`,
    read: ([n, y]) => ({ from: +y * 12, to: +y * 12 + monthCountOf(n) - 1 }),
  },
  {
    id: 'last-months',
    starts: 'tlf',
    match: match.lastMonths,
    pattern: `\\b(?:the${GAP})?(?:last|final)${GAP}(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])${GAP}months${GAP}of${GAP}${YEAR}\\b`,
    read: ([n, y]) => ({ from: +y * 12 + 12 - monthCountOf(n), to: +y * 12 + 11 }),
  },
  // "the year to June 2022", "the year to 30 June 2024", "the 12 months ending September 30, 2024": the twelve months up to that month's end.
  {
    id: 'year-to',
    starts: 'yt1',
    match: match.yearTo,
    pattern: `\\b(?:year|(?:12|twelve)${GAP}months)${GAP}(?:that${GAP})?(?:to|through|ending|ended)${GAP}(?:in${GAP})?(?:\\d{1,2}(?:st|nd|rd|th)?${GAP})?${MONTH}${GAP}(?:\\d{1,2}(?:st|nd|rd|th)?,?${GAP})?(?:of${GAP})?${YEAR}\\b`,
    read: ([m, y]) => ({ from: +y * 12 + monthIndex(m) - 11, to: +y * 12 + monthIndex(m) }),
  },
  // "six months to October 2023", "the three months ending 30 June 2024": the months up to that month's end.
  {
    id: 'months-to',
    starts: 'tfsen123456789',
    match: match.monthsTo,
    pattern: `\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])${GAP}months${GAP}(?:that${GAP})?(?:to|through|ending|ended)${GAP}(?:in${GAP})?(?:\\d{1,2}(?:st|nd|rd|th)?${GAP})?${MONTH}${GAP}(?:\\d{1,2}(?:st|nd|rd|th)?,?${GAP})?(?:of${GAP})?${YEAR}\\b`,
    read: ([n, m, y]) => ({ from: +y * 12 + monthIndex(m) - monthCountOf(n) + 1, to: +y * 12 + monthIndex(m) }),
  },
  { id: 'quarter', starts: 'q', match: match.quarter, pattern: `\\bQ([1-4])${GAP_OPTIONAL}(?:of${GAP})?['’]?${YEAR}\\b`, read: ([q, y]) => quarter(+y, +q - 1) },
  // Notes write a quarter's year short: "Q3 '23", "H1 ’24".
  { id: 'quarter-short-year', starts: 'q', match: match.quarterShortYear, pattern: `\\bQ([1-4])${GAP_OPTIONAL}['’](\\d\\d)\\b(?!['’])`, read: ([q, y]) => quarter(shortYear(y), +q - 1) },
  { id: 'half-short-year', starts: 'h', match: match.halfShortYear, pattern: `\\bH([12])${GAP_OPTIONAL}['’](\\d\\d)\\b(?!['’])`, read: ([h, y]) => half(shortYear(y), +h - 1) },
  { id: 'year-quarter', starts: '12', match: match.yearQuarter, pattern: `\\b${YEAR}${GAP_OPTIONAL}-?Q([1-4])\\b`, read: ([y, q]) => quarter(+y, +q - 1) },
  { id: 'half', starts: 'h', match: match.half, pattern: `\\bH([12])${GAP_OPTIONAL}${YEAR}\\b`, read: ([h, y]) => half(+y, +h - 1) },
  // "between March 2022 and July 2023", "between April and October 2023", "from May 2023 to June 2024".
  {
    id: 'between-months',
    starts: 'b',
    match: match.betweenMonths,
    pattern: `\\bbetween${GAP}${MONTH}${GAP}(?:${YEAR}${GAP})?and${GAP}${MONTH}${GAP}${YEAR}\\b`,
    read: monthsBetween,
  },
  {
    id: 'from-months',
    starts: 'f',
    match: match.fromMonths,
    pattern: `\\bfrom${GAP}${MONTH}${GAP}(?:${YEAR}${GAP})?(?:to|until|through|till)${GAP}${MONTH}${GAP}${YEAR}\\b`,
    read: monthsBetween,
  },
  {
    id: 'month-range',
    starts: MONTH_STARTS,
    match: match.monthRange,
    pattern: `\\b${MONTH}(?:${GAP_OPTIONAL}[-–]${GAP_OPTIONAL}|${GAP}to${GAP})${MONTH}${GAP}${YEAR}\\b`,
    read: ([a, b, y]) => ({ from: +y * 12 + monthIndex(a), to: +y * 12 + monthIndex(b) }),
  },
  // Notes write a month's year short: "Jan–Apr '23", "Mar '23".
  {
    id: 'month-range-short-year',
    starts: MONTH_STARTS,
    match: match.monthRangeShortYear,
    pattern: `\\b${MONTH}(?:${GAP_OPTIONAL}[-–]${GAP_OPTIONAL}|${GAP}to${GAP})${MONTH}${GAP}['’](\\d\\d)\\b(?!['’])`,
    read: ([a, b, y]) => ({ from: shortYear(y) * 12 + monthIndex(a), to: shortYear(y) * 12 + monthIndex(b) }),
  },
  { id: 'month-short-year', starts: MONTH_STARTS, match: match.monthShortYear, pattern: `\\b${MONTH}${GAP}['’](\\d\\d)\\b(?!['’])`, read: ([m, y]) => ({ from: shortYear(y) * 12 + monthIndex(m), to: shortYear(y) * 12 + monthIndex(m) }) },
  // "June 2022", "30 June 2022", "June 30, 2022": the day changes nothing at this grain.
  { id: 'month', starts: MONTH_STARTS, match: match.monthDay, pattern: `\\b${MONTH}${GAP}(?:\\d{1,2}(?:st|nd|rd|th)?,?${GAP})?(?:of${GAP})?${YEAR}\\b`, read: ([m, y]) => ({ from: +y * 12 + monthIndex(m), to: +y * 12 + monthIndex(m) }) },
  {
    id: 'season',
    starts: '12',
    match: match.season,
    pattern: `\\b${YEAR}/((?:1[9]\\d\\d|20\\d\\d|2100)|\\d\\d)\\b(?![-–/])`,
    read: ([a, b]) => yearsSpan(+a, b.length === 2 ? Math.floor(+a / 100) * 100 + +b : +b),
  },
  { id: 'year-to-year', starts: '12', match: match.yearToYear, pattern: `\\b${YEAR}${GAP}(?:to|until|through|till)${GAP}${YEAR}\\b`, read: ([a, b]) => yearsSpan(+a, +b) },
  { id: 'year-range', starts: '12', match: match.yearRange, pattern: `\\b${YEAR}${GAP_OPTIONAL}[-–—]${GAP_OPTIONAL}${YEAR}\\b`, read: ([a, b]) => yearsSpan(+a, +b) },
  { id: 'year-range-short', starts: '12', match: match.yearRangeShort, pattern: `\\b${YEAR}${GAP_OPTIONAL}[-–—]${GAP_OPTIONAL}(\\d\\d)\\b(?![-–/])`, read: ([a, b]) => yearsSpan(+a, Math.floor(+a / 100) * 100 + +b) },
  // Notes write years short: "'18–'23", "in '23".
  { id: 'short-year-range', starts: QUOTE_STARTS, match: match.shortYearRange, pattern: `['’](\\d\\d)${GAP_OPTIONAL}[-–—]${GAP_OPTIONAL}['’]?(\\d\\d)\\b`, read: ([a, b]) => yearsSpan(shortYear(a), shortYear(b)) },
  { id: 'short-year', starts: QUOTE_STARTS, match: match.shortYear, pattern: `(?<![A-Za-z\\u00C0-\\u024F\\d])['’](\\d\\d)\\b(?!['’\\d])`, read: ([a]) => yearsSpan(shortYear(a), shortYear(a)) },
  { id: 'since', starts: 's', match: match.since, pattern: `\\bsince${GAP}${YEAR}\\b`, read: ([a], current) => yearsSpan(+a, current) },
  // Not "in constant 2017 dollars": the year prices are counted in.
  { id: 'year', starts: '12', match: match.plainYear, pattern: `(?<![\\d,.$€£])(?<!(?:^|[^A-Za-z])-)\\b${YEAR}\\b(?![\\d,.]\\d|[-–/]\\d|%| ?(?:percent|per cent)\\b|\\s+(?:US\\s+)?(?:dollars|euros|prices|USD|EUR)\\b)`, read: ([a]) => yearsSpan(+a, +a) },
];

/** Two months, the first in its own year or the second's: [first month, its year or "", second month, year]. */
function monthsBetween([a, ya, b, y]: string[]): MonthSpan {
  return { from: +(ya || y) * 12 + monthIndex(a), to: +y * 12 + monthIndex(b) };
}

/** Every period names a year: four digits, or two after an apostrophe. */
const YEAR_MARKS = /(?:19|20|21)\d\d|['’]\d\d/g;

/**
 * How far before its first year mark a period can start: "twelve months that ended in September 30, 2024"
 * (year-to: 36 characters and seven gaps of white space, each at most MAX_WORD_GAP), ahead of "the second
 * quarter of 2023" (18 and four). The scan tries the forms only from this far before each year mark.
 */
const LONGEST_LEAD = 36 + 7 * MAX_WORD_GAP;

/**
 * Every period in the text, in order: at each position the first form that matches, and the scan goes
 * on after it, as the global alternation of the forms' patterns would find them.
 */
/**
 * "fiscal 2025", "financial year 2024", "FY 2025": an organisation's own year, which ends in a month of
 * its choosing, names no calendar months (Nvidia's fiscal 2025 ran from February 2024 to January 2025).
 */
const FISCAL_BEFORE = /\b(?:fiscal|financial)\s+(?:year\s+)?$|\bFY\s?$/i;

/** The year a fiscal year's name gives: "24" of "FY24" is 2024. */
export function fiscalYearNamed(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

export function namesAFiscalYear(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  return (before.includes('cal') || before.includes('cial') || before.includes('FY') || before.includes('fy')) && FISCAL_BEFORE.test(before);
}

/**
 * "the 2030 goal", "its 2050 target", "a 2030 deadline": a year that names when a goal falls due is no
 * time the figures around it are of.
 */
const GOAL_AFTER = /^[\s-]+(?:goals?|targets?|deadlines?|pledges?|ambitions?|objectives?|agenda)\b/i;

/**
 * "until April 2013", "before 2020", "after 2024", "after the 2009 slump": a moment something is measured
 * against, not a time anything is of. So is the end of a stretch the text names otherwise ("the third quarter
 * of fiscal 2024, which ended in October 2023").
 */
const MOMENT_ONLY_BEFORE = /\b(?:until|till|before|after|(?:ended|ending|ends)\s+(?:in|on))\s+(?:the\s+end\s+of\s+)?$/i;
/** How far before a period its "until" or "before" (and "the end of") may stand. */
const MOMENT_REACH = 22;

/** "after the " or "before the " right before a year that names an event ("after the 2009 slump"). */
const EVENT_MOMENT_BEFORE = /\b(?:after|before)\s+the\s+$/i;
/** What may end the text before a phrase that opens its sentence or clause: nothing, or a stop, a colon or a semicolon. */
const OPENING_AFTER = /(?:^|[.:;!?])\s*$/;
/** The event's noun, in one to three words, then the comma that ends the opening phrase. */
const EVENT_THEN_COMMA_AFTER = /^(?:\s+[\p{L}-]+){1,3},/u;

export function marksAMoment(text: string, period: { start: number; end: number }): boolean {
  return MOMENT_ONLY_BEFORE.test(textBefore(text, period, MOMENT_REACH)) || opensWithAnEvent(text, period);
}

/**
 * "After the 2009 slump, exports …": a phrase opening the sentence or a clause after a colon places what
 * follows after the event. ("87 seats after the 2019 vote" is that vote's result, and "after the 1988
 * stoppage, which lasted 153 days" goes on about the event: neither opens its sentence.)
 */
function opensWithAnEvent(text: string, period: { start: number; end: number }): boolean {
  const before = textBefore(text, period, MOMENT_REACH);
  const phrase = EVENT_MOMENT_BEFORE.exec(before);
  if (!phrase || !EVENT_THEN_COMMA_AFTER.test(textAfter(text, period, 40))) return false;
  const phraseStart = period.start - before.length + phrase.index;
  return OPENING_AFTER.test(text.slice(Math.max(0, phraseStart - 8), phraseStart));
}

export function namesAGoal(text: string, end: number): boolean {
  return GOAL_AFTER.test(text.slice(end, end + 14));
}

/**
 * "the first national estimate, published in April 2025", "figures released on 6 May": when a count or
 * report came out, not the time its figures are of.
 */
const PUBLISHED_BEFORE = /\b(?:published|released|issued|unveiled)\s+(?:(?:on|in|at\s+the\s+end\s+of|at\s+the\s+start\s+of)\s+)?$/i;
/** How far before the period its verb of publishing may stand: the verb and "in" or "on". */
const PUBLISHED_REACH = 40;

export function namesAPublicationDate(text: string, start: number): boolean {
  return PUBLISHED_BEFORE.test(text.slice(Math.max(0, start - PUBLISHED_REACH), start));
}

/**
 * A year right before a word for a document, after a determiner or a possessive ("its 2024 report",
 * "ThredUp's 2024 report", "a 2019 survey", "a 2010 paper"): the edition. The datasets date an edition's figures by it, so it
 * dates them unless its sentence names their time too (editionBesideItsTime).
 */
export function namesAnEdition(text: string, period: { start: number; end: number }): boolean {
  return EDITION_AFTER_YEAR.test(textAfter(text, period, EDITION_REACH)) && qualifiesANoun(text, period);
}

/**
 * A period after a determiner or a possessive qualifies the noun after it ("the 2019 elections", "its 2024
 * report"): it names a thing, not the time of a sentence's figures, as "in 2023" does.
 */
export function qualifiesANoun(text: string, period: { start: number }): boolean {
  return EDITION_DETERMINER_BEFORE.test(textBefore(text, period, EDITION_REACH));
}
const EDITION_AFTER_YEAR = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:study|report|survey|yearbook|bulletin|outlook|paper|analysis|review|edition)\b/iu;
const EDITION_DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|\p{L}['’]s)\s+$/iu;
/** How far around the year its determiner and its document's word may stand. */
const EDITION_REACH = 30;

/**
 * A year that ends a title of two capitalised words or more ("The State of World Fisheries and Aquaculture
 * 2024", "World Malaria Report 2023") names an edition, not the time of the figures beside it. A month's name
 * right before the year ("Since March 2024") is a date.
 */
const TITLE_BEFORE_YEAR = /(?:\p{Lu}[\p{L}-]*\s+(?:(?:of|and|the|on|in|for|&)\s+)*)+\p{Lu}[\p{L}-]*\s+$/u;
const MONTH_BEFORE_YEAR = new RegExp(`\\b${MONTH_NAME}\\.?\\s+$`, 'i');
/** How far before the year its title is read: enough for six words. */
const TITLE_REACH = 60;

export function endsATitle(text: string, period: { start: number; end: number }): boolean {
  if (!/^(?:19|20)\d\d$/.test(text.slice(period.start, period.end))) return false;
  const before = textBefore(text, period, TITLE_REACH);
  return TITLE_BEFORE_YEAR.test(before) && !MONTH_BEFORE_YEAR.test(before);
}

/** The year a stretch of time open to the present ends in when no year is given as the present ("since 2018"). */
export const OPEN_END_YEAR = 2100;

export function scanPeriods(text: string, currentYear = OPEN_END_YEAR): PeriodSpan[] {
  const spans: PeriodSpan[] = [];
  let at = 0;
  YEAR_MARKS.lastIndex = 0;
  for (let mark = YEAR_MARKS.exec(text); mark; mark = YEAR_MARKS.exec(text)) {
    // A mark that overlaps the one found (the search skips it) starts within this one: its own window
    // ends at most at this mark's last character.
    const last = mark.index + mark[0].length - 1;
    for (let p = Math.max(at, mark.index - LONGEST_LEAD); p <= last; p++) {
      const found = firstFormAt(text, p);
      if (!found) continue;
      const span = found.form.read(found.groups, currentYear);
      if (span && span.from <= span.to) spans.push({ from: span.from, to: span.to, start: p, end: found.end });
      // A match is never empty: the scan goes on after it.
      at = found.end;
      p = at - 1;
    }
    at = Math.max(at, last + 1);
  }
  return spans;
}

/** The forms that may match from each first character (letters in lower case), in the forms' order. */
const FORMS_BY_START = new Map<number, PeriodForm[]>();
for (const form of FORMS) {
  for (const c of form.starts) {
    const code = c.charCodeAt(0);
    const list = FORMS_BY_START.get(code);
    if (list) list.push(form);
    else FORMS_BY_START.set(code, [form]);
  }
}

/**
 * The first form that matches at `at`, as the alternation of the forms' patterns would find it. Every
 * form starts with a quote or, after `\b`, a letter or digit: positions inside a word try none.
 */
function firstFormAt(text: string, at: number): { form: PeriodForm; end: number; groups: string[] } | null {
  const c = text.charCodeAt(at);
  if (isAsciiWordCode(c) && at > 0 && isAsciiWordCode(text.charCodeAt(at - 1))) return null;
  const forms = FORMS_BY_START.get(c >= 65 && c <= 90 ? c + 32 : c);
  if (forms === undefined) return null;
  for (const form of forms) {
    const m = form.match(text, at);
    if (m) return { form, end: m.end, groups: m.groups };
  }
  return null;
}

// Words around a figure and a period that decide whether the period is the figure's.
/**
 * A year or a season given relative to when the piece was written, in the figure's own stretch: "81m last
 * year", "a year ago", "89,543 places last summer". Not past a comma and a conjunction that opens the
 * next clause: in "a victory in 2023 worth $3.42m, and last year …", the later clause's time is its own.
 */
const RELATIVE_YEAR_AFTER = /^(?:(?!,\s*(?:and|but|while|whereas|yet)\s)[^.;:]){0,40}?\b(?<!\b(?:the|its|their|that|his|her)\s)(?:last|this|next)\s+(?:year|summer|winter|spring|autumn)\b|^(?:(?!,\s*(?:and|but|while|whereas|yet)\s)[^.;:]){0,40}?\b(?:a|one)\s+year\s+ago\b/i;
const BY_THE_END_OF = /\b(?:by|at)\s+the\s+end\s+of\s+$/i;

const BY_BEFORE = /\bby\s+(?:the\s+end\s+of\s+)?$/i;
/** How far before a period its "by" (or "by the end of") may stand. */
const BY_REACH = 22;
/** A clause of its own between a "by" period and a figure: "by October 2022, 21 had one, and the report counts 24". */
const ANOTHER_CLAUSE_BETWEEN = /[;:—–]|,\s*(?:and|but|while|whereas|though|although)\b/i;
/** Words of a goal, a plan or a forecast: "by 2030" in their sentence is a horizon, not a time reached. */
const FUTURE_IN_SENTENCE = /\b(?:will|would|shall|aims?|aiming|target(?:s|ed)?|goals?|objectives?|ambitions?|expects?|expected|forecasts?|projected|projections?|plans?|planned|should|could|may|might|pledged?|promised?|vow(?:s|ed)?|intends?|hopes?|wants?|seeks?|commit(?:s|ted)?|to\s+(?:reach|cut|halve|double|triple|fall|rise|grow))\b/i;
/**
 * "had fallen to 3,170 by 2022", "By 2015 farmers were spending at least £30m a year": a level reached by a
 * time, in the figure's own clause, is of that time's end (a fact of a later time is another year's); null for
 * a goal, a plan or a forecast, whose "by 2030" is a horizon.
 */
function reachedBy(text: string, span: PeriodSpan, place: FigurePlace): PeriodSpan | null {
  if (!BY_BEFORE.test(textBefore(text, span, BY_REACH))) return null;
  if (FUTURE_IN_SENTENCE.test(text.slice(place.sentenceStart, place.sentenceEnd))) return null;
  const gap = span.end <= place.figureStart ? text.slice(span.end, place.figureStart) : text.slice(place.figureEnd, span.start);
  if (ANOTHER_CLAUSE_BETWEEN.test(gap)) return null;
  return { ...span, from: span.to };
}

/** "By the end of 2024" in a piece written after 2024: the period's last month; null for anything else. */
function pastEndOf(text: string, span: PeriodSpan, writtenIn: number | undefined): PeriodSpan | null {
  if (writtenIn === undefined || !BY_THE_END_OF.test(textBefore(text, span, 22))) return null;
  if (Math.floor(span.to / MONTHS_IN_A_YEAR) >= writtenIn) return null;
  return { ...span, from: span.to };
}
const CLAUSE_BREAK = /[,;:—–(]/;
/** A comma between digits: a thousands separator. */
const DIGIT_GROUP_COMMA = /(\d),(?=\d{3}\b)/g;
const OPENING_PARENTHESIS_AFTER_FIGURE = /^\s*\($/;
/**
 * "138 megatonnes, in 2014.": a period after one comma that ends the sentence or its clause is the figure's,
 * added as an afterthought. So is one after a participle that says when it was set or taken, right after the
 * figure and its unit ("the record of 7.6 million hectares, set in 1995."), or after a present participle's
 * aside ("peaked at 9.5 percent, counting exports, in 2014."); after more words, the participle
 * is of a later noun ("1.03 million km² below the previous record low, set in 1986").
 */
const AFTERTHOUGHT_PERIOD = /^[^,;:—–()]*,\s+(?:in|during)\s+$|^[^,;:—–()]*,\s+\p{Ll}+ing\s[^,;:—–()]{1,40},\s+(?:in|during)\s+$/u;
const CLAUSE_ENDS_AFTER = /^\s*(?:[.;:!?)]|$)/;
/**
 * A participle that says when the figure was reached, right after it and its noun: "a record of $1.83 billion,
 * set in 2018-19". The phrase may be followed by an apposition ("…, set in 2018-19, the last full season").
 */
const WHEN_REACHED_PERIOD = /^\s*(?:[^\s,;:—–()]+\s*)?,\s+(?:set|recorded|reached|registered|posted|seen|hit|achieved|measured|counted|logged)\s+(?:in|during)\s+$/u;
const PHRASE_ENDS_AFTER = /^\s*(?:[.,;:!?)]|$)/;

/** A span [start, end) of a block's text. */
interface TextSpan {
  start: number;
  end: number;
}

/** Where a figure stands, for binding it to a period: offsets in its block's text. */
export interface FigurePlace {
  figureStart: number;
  figureEnd: number;
  /** The next figure's start, outside the asides: a period after it is that figure's. */
  nextFigureStart: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** Asides of the sentence that do not hold the figure (reading/context.ts): their periods are not its own. */
  asides?: readonly TextSpan[];
  /** The aside that holds the figure, if one does: nothing outside it dates the figure. */
  ownAside?: TextSpan;
  /** The ends of the figures before it in the text, in order: a period right after one of them is that one's. */
  previousFigureEnds?: readonly number[];
  /** The year the piece was written, where it says: "by the end of" a year before it is a past moment, not a target. */
  writtenIn?: number;
  /** The figure is a change ("rose 5%"): "over" a time names what it is measured from, not when it was counted. */
  change?: boolean;
}

/**
 * The period a figure speaks of: the first period after it and before the next figure ("$3.4 million in
 * 2018"), else the nearest period before it in the same sentence ("In 2023 alone, ... 139 units").
 * An aside between them is read past ("received 44% (up from …) in 2023").
 */
const LABEL_COLON_AFTER = /^\s?:/;
/** "2022 at 5.2%": "at" and a figure right after a period. */
const LABEL_AT_AFTER = /^\s+at\s+(?:(?:about|around|nearly|almost|just|roughly)\s+)?[-+−$€£]?\d/;
/** "behind 2022 (10.30C), 2023 (9.97C)": a period with a parenthesis opening on a figure labels that figure. */
const LABEL_PARENTHESIS_AFTER = /^\s?\(\s*[-+−$€£]?\d/;

/** What may stand round a period in an aside that only dates: brackets, dashes, commas and "in", "as of". */
const ONLY_A_DATE_ASIDE = /^[\s()[\],—–-]*(?:(?:in|as\s+of)\s+)?$/i;

/**
 * The aside holds the period and nothing else ("(September 2023)", "— in 2023 —"), or says that a report
 * named before covers that time.
 */
function onlyThePeriod(text: string, aside: { start: number; end: number }, span: PeriodSpan): boolean {
  const rest = text.slice(span.end, aside.end);
  if (ONLY_A_DATE_ASIDE.test(text.slice(aside.start, span.start)) && /^[\s()[\],—–-]*$/.test(rest)) return true;
  // ", which covered the 2022/23 season,": the time a report or a survey named before covers, which its figures are of.
  return COVERAGE_ASIDE.test(text.slice(aside.start, span.start)) && COVERED_TIME_ENDS.test(rest);
}

/** An aside that says what time a report covers: ", which covered the", "(covering". */
const COVERAGE_ASIDE = /^[\s(,—–-]*(?:(?:which|that)\s+(?:covers|covered)|covering)\s+(?:the\s+)?(?:(?:whole|full|first|second)\s+(?:of\s+)?)?$/i;
/** After the covered time, only its noun and the aside's end: " season,", " financial year)". */
const COVERED_TIME_ENDS = /^\s*(?:(?:financial|fiscal|calendar)?\s*(?:season|year|quarter|period|campaign)s?)?[\s()[\],—–-]*$/i;

/**
 * A period alone in parentheses right after a name or a title ("Magritte's *L'empire des lumières* (1954)",
 * "Acme Tower (2019)") dates what is named, not the sentence's figures after it.
 */
function datesANamedThing(text: string, span: PeriodSpan): boolean {
  return NAME_OR_TITLE_THEN_PARENTHESIS.test(textBefore(text, span, NAME_REACH)) && CLOSING_PARENTHESIS.test(textAfter(text, span, 2));
}
// The prose text blanks emphasis marks (src/core/prose.ts), so an italic title's closing "*" is a second blank.
const NAME_OR_TITLE_THEN_PARENTHESIS = /(?:\p{Lu}[\p{L}'’-]*\s*|\S\s{2,}|[*_]\s*)\(\s*$/u;
const CLOSING_PARENTHESIS = /^\s*\)/;
/** How far before a parenthesis the name or title it follows may start. */
const NAME_REACH = 30;

/**
 * A noun's past participle of coming into being, right before "in" and a year: "the locks opened in 2016".
 * Not after "when", which makes the same words a clause of time: "cost $599 when the service launched in
 * 2020" is 2020's price.
 */
const ORIGIN_OF_A_THING_BEFORE = /^(?![^]*\bwhen\s)[^]*\s\p{L}+\s+(?:opened|built|founded|launched|inaugurated|established|constructed|commissioned)\s+in\s+$/u;

export function bindPeriod(text: string, periods: readonly PeriodSpan[], place: FigurePlace): PeriodSpan | null {
  const { figureStart, figureEnd, nextFigureStart, sentenceStart, sentenceEnd } = place;
  const asides = place.asides ?? [];
  let before: PeriodSpan | null = null;
  // "up from 41%": the value a change started from is of an earlier time than the sentence's period.
  const startingPoint = fromRightBefore(text, figureStart, sentenceStart);
  // A figure inside an aside ("Ruritania (a country of 9.6 million people) had … in 2024") is dated by
  // nothing outside it: the sentence's period is its main clause's.
  const ownAside = place.ownAside;
  for (const written of periods) {
    let span = written;
    if (ownAside && (span.start < ownAside.start || span.end > ownAside.end)) continue;
    // Only a period of the figure's own sentence can be its period (both tests below ask for that).
    // A period in an aside is the aside's, unless the aside holds nothing else: "At the peak (September 2023) …".
    if (span.start < sentenceStart || span.start >= sentenceEnd || (asides.length > 0 && asides.some((a) => span.start >= a.start && span.end <= a.end && !onlyThePeriod(text, a, span)))) continue;
    // "By the end of 2024", written after it, is the moment a count was taken: the period's last month. ("until
    // April 2013" and "before 2020" date nothing: marksAMoment keeps them out of the dating periods.)
    if (BY_BEFORE.test(textBefore(text, written, BY_REACH))) {
      const pastEnd = pastEndOf(text, written, place.writtenIn) ?? reachedBy(text, written, place);
      if (pastEnd === null) continue;
      span = pastEnd;
    }
    // A period after the figure is its own only within the same clause: "1,000 units, …, and in 2023" is not.
    // A period after the figure in parentheses right after it is its own: "$5.4m ('23)".
    // A thousands separator ("per 1,000 people in 2022/23") is no clause's comma.
    const gap = (asides.length > 0 ? withoutAsides(text, figureEnd, span.start, asides) : text.slice(figureEnd, span.start)).replace(DIGIT_GROUP_COMMA, '$1');
    const afterthought = (AFTERTHOUGHT_PERIOD.test(gap) && CLAUSE_ENDS_AFTER.test(textAfter(text, span, 2))) || (WHEN_REACHED_PERIOD.test(gap) && PHRASE_ENDS_AFTER.test(textAfter(text, span, 2)));
    if (span.start >= figureEnd && span.start < Math.min(nextFigureStart, sentenceEnd) && (!CLAUSE_BREAK.test(gap) || OPENING_PARENTHESIS_AFTER_FIGURE.test(gap) || afterthought)) {
      // "8.3% (2022: 6.9%)": a period with a colon after it labels what follows it, not the figure before.
      if (LABEL_COLON_AFTER.test(textAfter(text, span, 2))) continue;
      // "puts 2023 at 4.9% and 2022 at 5.2%": a period with "at" and a figure after it labels that figure.
      if (LABEL_AT_AFTER.test(textAfter(text, span, 24)) || LABEL_PARENTHESIS_AFTER.test(textAfter(text, span, 6))) continue;
      // "up 1.6 points on 2019", "a gain of 211 on its 2019 result": the year the figure is measured from.
      if (comparedWith(text, span, sentenceStart) && !(place.change !== true && overForALevel(text, span))) continue;
      // "up 23.9% on the MOP183.06 billion of 2023": the period of the base the figure is compared with.
      if (BASE_FIGURE_BETWEEN.test(gap)) continue;
      // "23.6% higher than the toll it puts on the summer of 2023": a year in the noun phrase after a
      // comparison's "than" is the base's.
      if (THAN_A_NOUN_PHRASE_BETWEEN.test(gap)) continue;
      // "92% of the 2019 total", "80% of its pre-pandemic 2019 level": the year of the whole a share is taken of.
      if (SHARE_OF_THE.test(gap) && WHOLE_AFTER_ITS_YEAR.test(textAfter(text, span, WHOLE_REACH))) continue;
      // "2,856 used the wider locks opened in 2016": the year a thing after the figure came into being dates that thing.
      if (ORIGIN_OF_A_THING_BEFORE.test(gap)) continue;
      // "£61.5 million and the 2018 race £63.7 million": a period that opens the next figure's parallel clause is that figure's.
      if (opensTheNextFigure(text, span, figureEnd, nextFigureStart, sentenceEnd)) continue;
      // "It cost $1.67 billion and held the title … from 2004": a second predicate's time is that predicate's.
      if (SECOND_PREDICATE_AFTER_FIGURE.test(gap)) continue;
      return span;
    }
    if (span.end <= figureStart && span.start >= sentenceStart && !ownOfEarlierFigure(text, span, place) && !nounsFigureInAnEarlierClause(text, span, place) && !isBaseline(text, span, sentenceStart) && !PRESENT.test(text.slice(span.end, figureStart)) && !PRESENT_CLAUSE_TO_FIGURE.test(text.slice(span.end, figureStart)) && !datesANamedThing(text, span)) {
      before = span;
    } else if (span.end <= figureStart && span.start >= sentenceStart && (place.previousFigureEnds ?? []).some((end) => dayOfTheDate(text, end, span))) {
      // A date of a day that does not date the figure ("on 21 February 2022", read as the day's own figure's)
      // is still the latest time named before it: a time named earlier in the sentence is not the figure's.
      before = null;
    }
  }
  // "77m in 2024, after around 81m last year": a figure its own words date relative to when the piece was
  // written is not of a year named before it.
  return startingPoint || RELATIVE_YEAR_AFTER.test(text.slice(figureEnd, Math.min(nextFigureStart, sentenceEnd))) ? null : before;
}

/** An adverb or none, then no word in -ed that is not a verb ("need", "hundred"): what opens a verb in the past tense. */
const ADVERB_THEN_NOT_A_VERB = String.raw`(?:\p{Ll}+ly\s+)?(?!(?:indeed|need|speed|seed|feed|bed|red|shed|hundred|led)\b)`;
/** A verb in the past tense, an adverb before it or none; shared by the readings of second predicates. */
const PAST_TENSE_VERB = String.raw`${ADVERB_THEN_NOT_A_VERB}(?:\p{Ll}+ed|sent|paid|spent|made|took|saw|had|lost|won|sold|gave|put|cut|hit|got|drew|brought|kept|built|caught|held|bought|found)`;

/**
 * A period that stands after an earlier figure of the sentence in that figure's clause is that figure's:
 * in "up from 43% in 2019, while coal sank to 10%", 2019 dates the 43%, not the 10%. Unless a clause
 * that follows it speaks of that time: "90% more than in 2023, when about eight were approved", or it labels
 * the figure after it: "2023 at 4.9% and 2022 at 5.2%".
 */
/**
 * A phrase of a past participle after a comma, up to the period ("£47m for Yorkshire Water, originally floated
 * in the summer of 2023, and £17m …"): it describes what the earlier figure is of, and its time is that
 * figure's, not the figures' after it; only the phrase's comma stands between. Words in -ed that are no
 * participles are left out.
 */
const PARTICIPLE_PHRASE_TAIL = new RegExp(String.raw`^[^,;:—–()]*,\s+${ADVERB_THEN_NOT_A_VERB}(?:\p{Ll}+ed|set|made|put|paid|cut|won|given|taken|seen|held|sold|built|begun|brought)\s+[^,;:()—–]*$`, 'u');

/**
 * A second predicate of the same subject, from an earlier figure's period up to the figure: "killed 11
 * people in 2024 and sent an estimated [14,200] to hospital". The first predicate's time is its time too.
 * Only a verb in the past tense, perhaps its noun and "of" ("and took orders of"), and words that qualify an
 * amount: "and aims for", "and hopes for" look ahead, and "another", "a further" move on in time.
 */
export const SECOND_PREDICATE_TO_FIGURE = new RegExp(String.raw`^\s*,?\s*and\s+${PAST_TENSE_VERB}\s+(?:\p{Ll}+\s+of\s+)?(?:(?:an?|the|some|about|around|roughly|nearly|almost|more\s+than|over|under|just\s+(?:over|under)|an\s+estimated|a\s+total\s+of|at\s+least|close\s+to)\s+)*$`, 'u');

/**
 * A second predicate of the figure's subject after the figure, its verb in the past tense: "cost [$1.67
 * billion] and held the title of world's tallest building from 2004". (The noun of the figure may stand between.)
 * A verb whose object is the time itself ("added 350,000 and ended 2023 with …") dates the whole sentence.
 */
const SECOND_PREDICATE_AFTER_FIGURE = new RegExp(String.raw`^(?:\s+\p{Ll}[\p{L}-]*){0,2}\s*,?\s+and\s+${PAST_TENSE_VERB}\s+\S`, 'u');

/**
 * What stands between a figure and a part of it: "305 destinations, of which [126]", "350 staff, including
 * [40]" (two words may name the whole). Shared with the reading of wholes (src/core/reading/whole.ts).
 */
export const PART_BEFORE = /^\s*(?:[\p{L}-]+\s*){0,2}?,?\s*(?:of\s+(?:which|whom)|including|among\s+them)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|just)\s+)?$/iu;
/** A part of the figure before, written first: "[114] of which tax …". */
const PART_OF_IT_AFTER = /^\s+of\s+(?:which|whom)\b/i;

function ownOfEarlierFigure(text: string, span: PeriodSpan, place: FigurePlace): boolean {
  if (SECOND_PREDICATE_TO_FIGURE.test(text.slice(span.end, place.figureStart))) return false;
  // "Attendance dipped 2.8% in 2016, to 14.8 million": the level a change reached is of the change's time.
  // (Not after a starting level: "from 3% in 2021, to 33%".)
  if (LEVEL_REACHED_AFTER.test(text.slice(span.end, place.figureStart)) && !DATED_STARTING_LEVEL.test(textBefore(text, span, DATED_STARTING_LEVEL_REACH))) return false;
  const ends = place.previousFigureEnds ?? [];
  let earlierEnd = -1;
  for (const end of ends) if (end <= span.start) earlierEnd = end;
  if (earlierEnd >= place.sentenceStart && opensTheNextFigure(text, span, earlierEnd, place.figureStart, place.sentenceEnd)) return false;
  // A part of the figure whose period it is shares that period: "116 countries as of July 2024, 114 of which tax …".
  if (!ends.some((end) => end > span.end && end <= place.figureStart) && (PART_BEFORE.test(text.slice(span.end, place.figureStart)) || PART_OF_IT_AFTER.test(text.slice(place.figureEnd, place.figureEnd + 16)))) return false;
  let last = -1;
  // A figure inside an aside owns no period of the main clause.
  const asides = place.asides ?? [];
  for (const end of ends) if (end <= span.start && end >= place.sentenceStart && !asides.some((a) => end > a.start && end <= a.end)) last = end;
  const after = textAfter(text, span, 24);
  // "1.58 (2021) → 1.41": a parenthesis right after the earlier figure is that figure's. A thousands
  // separator ("$1,400 per 1,000 cubic metres in 2022") is no clause's comma.
  const gap = last >= 0 ? text.slice(last, span.start).replace(DIGIT_GROUP_COMMA, '$1') : '';
  return last >= 0 && (!CLAUSE_BREAK.test(gap) || OPENING_PARENTHESIS_AFTER_FIGURE.test(gap) || PARTICIPLE_PHRASE_TAIL.test(gap)) && !WHEN_AFTER.test(after) && !LABEL_AT_AFTER.test(after) && !LABEL_PARENTHESIS_AFTER.test(after) && !changeOverIt(text, span, place, last);
}

/** A day of the month written as a number ("21", "3rd"), ending a text. */
const A_DAY_ENDS = /(?:^|\D)(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

/** A figure ending right before the period, only a space between, that is a day: the rest of the period's date. */
function dayOfTheDate(text: string, figureEnd: number, span: PeriodSpan): boolean {
  return figureEnd < span.start && text.slice(figureEnd, span.start).trim() === '' && A_DAY_ENDS.test(text.slice(Math.max(0, figureEnd - 5), figureEnd));
}

/**
 * "The lowest price of 2022 had been C$6.15 a pound, so harvesters faced a [64%] drop": a year that qualifies a
 * noun ("the price of 2022") dates that noun's figure, which follows it in its clause; a figure in a later
 * clause, after a comma and a conjunction, is of another time (here the change from that level).
 */
function nounsFigureInAnEarlierClause(text: string, span: PeriodSpan, place: FigurePlace): boolean {
  if (!OF_A_NOUN_BEFORE.test(textBefore(text, span, OF_A_NOUN_REACH))) return false;
  const earlier = (place.previousFigureEnds ?? []).find((end) => end > span.end && end <= place.figureStart);
  if (earlier === undefined || CLAUSE_BREAK.test(text.slice(span.end, earlier - 1).replace(DIGIT_GROUP_COMMA, '$1'))) return false;
  return CONJUNCTION_CLAUSE_BETWEEN.test(text.slice(earlier, place.figureStart));
}
/** A noun and "of" right before a year: "the lowest price of ", "the total of ". */
const OF_A_NOUN_BEFORE = /\b(?:the|its|their)\s+(?:\p{L}+\s+){0,2}\p{L}+\s+of\s+$/iu;
const OF_A_NOUN_REACH = 40;
/** A comma and a conjunction that opens a clause of its own: ", so", ", and so", ", which meant". */
const CONJUNCTION_CLAUSE_BETWEEN = /,\s+(?:and\s+)?(?:so|thus|which\s+meant|meaning)\s/;

/** ", to" or ", at" and perhaps a hedge and a sign, right before a figure: the level a change reached. */
const LEVEL_REACHED_AFTER = /^\s*,\s*(?:to|at)\s+(?:(?:about|around|nearly|almost|some|just|over|under|roughly)\s+)?[-+−~$€£¥]?\s*$/i;

/** "from 3% in ", "from 73,803 in ", "from $4.2 billion in ": a starting level and the word that dates it. */
export const DATED_STARTING_LEVEL = /\bfrom\s+[^\s,;]*\d(?:[\d.,]*\d)?[^\s,;]*(?:\s+\p{L}+)?\s+(?:in\s+)?$/u;
/** How far before a period its starting level is looked for. */
export const DATED_STARTING_LEVEL_REACH = 40;

/** A conjunction of a parallel clause, and a preposition or an article, right before a period: "and in", "but the". */
const PARALLEL_OPENS_BEFORE = /\s(?:and|but|while|whereas|against|versus|vs\.?)\s+(?:(?:in|during|for)\s+)?(?:(?:the|its|their)\s+)?$/i;
/** At most three words between the period and the next figure, no clause's break: " race ", "'s ", " it raised ". */
const WORDS_TO_THE_NEXT_FIGURE = /^(?:['’]s)?\s*(?:[\p{L}-]+,?\s+){0,3}(?:(?:about|around|nearly|almost|some|just|over|under)\s+)?[-+−~$€£¥]?$/u;

/**
 * A period right after the conjunction that follows a figure and right before the next figure opens that
 * figure's parallel clause: in "the 2017 race brought in £61.5 million and the 2018 race £63.7 million", 2018
 * dates the £63.7 million, not the £61.5 million.
 */
function opensTheNextFigure(text: string, span: PeriodSpan, figureEnd: number, nextFigureStart: number, sentenceEnd: number): boolean {
  return nextFigureStart < sentenceEnd && nextFigureStart >= span.end && PARALLEL_OPENS_BEFORE.test(text.slice(figureEnd, span.start)) && WORDS_TO_THE_NEXT_FIGURE.test(text.slice(span.end, nextFigureStart));
}

/** "from" and a figure ending where the text ends: "from 54.915 billion", "from about $3m". */
const STARTING_LEVEL_BEFORE = /\bfrom\s+(?:(?:about|around|roughly|nearly|almost|just|over|under)\s+)?[-+−$€£¥]?\d[^,;:]*$/i;
const STARTING_LEVEL_REACH = 40;

/** Change words end the text right before the figure: ", up about [3%]", "([+12%]". */
const CHANGE_WORDS_BEFORE = /(?:,\s*(?:up|down|rising|falling|growing|increasing)\b[^,;]{0,24}|\(\s*[-+−]?)$/i;

/** The figure opens with change words after a period that ends right before them ("… in 2024, up about [3%]"). */
export function changeWordsRightBefore(text: string, figureStart: number, floor: number): boolean {
  return CHANGE_WORDS_BEFORE.test(text.slice(Math.max(floor, figureStart - 32), figureStart));
}

/** The period ends where the figure's change words begin: "$17.7bn in 2024, up about [3%]". */
export function datesTheLevelBefore(text: string, span: PeriodSpan, figureStart: number): boolean {
  return span.end <= figureStart && CHANGE_OVER_IT.test(text.slice(span.end, figureStart));
}

/** The figure is the change of the earlier figure over the period between them, not measured from it. */
function changeOverIt(text: string, span: PeriodSpan, place: FigurePlace, earlierEnd: number): boolean {
  if (!datesTheLevelBefore(text, span, place.figureStart)) return false;
  // "from 54.9 billion in 2023, down 22.6%": the level a change starts from is of the time before it.
  return !STARTING_LEVEL_BEFORE.test(text.slice(Math.max(place.sentenceStart, earlierEnd - STARTING_LEVEL_REACH), earlierEnd));
}

/**
 * A change right after a level and its period ("$17.7bn in 2024, up about 3%", "… in 2023 (+12%)") is that
 * level's change over the same time.
 */
const CHANGE_OVER_IT = /^\s*(?:,\s*(?:up|down|rising|falling|growing|increasing)(?:\s+by)?\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|just\s+over|just\s+under|over)\s+)?|\(\s*)[-+−]?$/i;

/** "the same period of", "its corresponding quarter in" or nothing, up to the year of a comparison. */
const THE_SAME_PERIOD_OF = String.raw`(?:(?:its|their|the)\s+)?(?:(?:same|corresponding|equivalent)\s+(?:period|months?|weeks?|quarter|half|days?|time)\s+(?:of|in)\s+)?$`;

/**
 * The year a comparison starts from: "more than in 2023", "up 5% on 2022", "compared with 2019", "unchanged
 * from 2022", "up 55% on the same period of 2024", "fewer than in the same weeks of last year".
 */
const BASELINE_BEFORE = new RegExp(String.raw`\b(?:than|on|over|compared\s+(?:with|to)|unchanged\s+from|(?:the\s+)?same\s+as)\s+(?:in\s+)?${THE_SAME_PERIOD_OF}`, 'i');
/**
 * Between a figure and a period, another number that a comparison introduces ("on the MOP183.06 billion of",
 * "from the $30bn in"): the period is that base's.
 */
const BASE_FIGURE_BETWEEN = /\b(?:on|from|than|over|against|compared\s+(?:with|to))\s+(?:the|its|their)\s+[^\s\d]{0,4}\d[\d.,]*(?:\s*[\p{L}%]+){0,2}\s+(?:of|in|for)\s+$/u;
/**
 * Between a figure and a period, a comparison's "than" and a noun phrase ("higher than the figure for ",
 * "fewer than its total of ") or a clause of its own ("more than it handled in "): the period is the
 * base's. "than expected in" has neither, and "rather than" or "other than" compare nothing.
 */
const THAN_A_NOUN_PHRASE_BETWEEN = /^[^,;:]*?(?<!\b(?:rather|other)\s)\bthan\s+(?:(?:the|its|their|that|those|this)\s|(?:it|they|we|he|she)\s+(?:\p{L}+\s+)?(?:had|did|was|were|handled|made|earned|sold|spent|carried|served|raised|recorded|reported|posted|saw|counted)\s)[^,;:]*$/iu;
/** Between a share and a year: "% of the ", " per cent of its ". */
const SHARE_OF_THE = /^\s*(?:%|per\s*cent|percent)?\s*of\s+(?:the|its|their)\s+(?:[\p{Ll}-]+\s+)?$/u;
/** After the year, the whole it dates: "total", "level", "average", "peak". */
const WHOLE_AFTER_ITS_YEAR = /^\s*(?:total|level|average|peak|figure|volume|count|number|output|value)s?\b/i;
/** How far after the year WHOLE_AFTER_ITS_YEAR looks. */
const WHOLE_REACH = 12;
/** "on" right before a period. */
const ON_RIGHT_BEFORE = /\bon\s+$/i;
/** A period written as a month's name and a day: "March 18, 2023", "Sept. 3". */
const MONTH_THEN_DAY = /^\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/u;
/** "Over" or "On" and perhaps "the" opening the sentence, right before its period: a time, not a base. */
const OVER_OPENS_THE_SENTENCE = /^[\s*_"“(]*(?:over|on)\s+(?:the\s+)?$/i;
/** "over" and perhaps "the" right before a period. */
const OVER_BEFORE = /\bover\s+(?:the\s+)?$/i;
/** How far before the year BASELINE_BEFORE may start: "than in the corresponding months of ". */
const BASELINE_REACH = 48;

/** A period that a comparison measures from dates nothing after it: "16.2 GW, more than in 2023, taking the fleet to 93.3 GW". */
function isBaseline(text: string, span: PeriodSpan, sentenceStart: number): boolean {
  return comparedWith(text, span, sentenceStart) && !WHEN_AFTER.test(textAfter(text, span, WHEN_REACH));
}

/**
 * The period is what a comparison or a record measures from. A figure before it is measured against it even
 * when a clause about that time follows ("5% fewer than in 2023, when 25,158 failed"; "up 12% and the most
 * since fiscal 2013, when …"): the clause dates what comes after, not the figure before.
 */
function comparedWith(text: string, span: PeriodSpan, sentenceStart: number): boolean {
  const before = withoutYearKind(text.slice(Math.max(sentenceStart, span.start - BASELINE_REACH), span.start));
  // "7,948 on March 18, 2023": "on" and a day is when the figure was counted, never what it is measured from.
  if (ON_RIGHT_BEFORE.test(before) && MONTH_THEN_DAY.test(text.slice(span.start, span.end))) return false;
  // "Over the first half of 2023 it averaged 78.7%": "over" opening the sentence says when, not from what.
  if (OVER_OPENS_THE_SENTENCE.test(before) && span.start - before.length <= sentenceStart) return false;
  // "over 2015 to 2020 it exported an average of …": "over" a stretch of years is the time the figure spans.
  if (OVER_BEFORE.test(before) && span.to - span.from >= MONTHS_IN_A_YEAR) return false;
  return BASELINE_BEFORE.test(before) || MULTIPLE_OF_BEFORE.test(before) || NAMED_EDITION_COMPARED.test(before) || (before.includes('since') && recordSince(before));
}

/** A multiple of a level a period names: "more than double its 2022 total", "three times the 2019 level". */
const MULTIPLE_OF_BEFORE = /\b(?:double|twice|triple|treble|half|(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+(?:(?:that\s+)?of\s+)?(?:its|their|the)\s+$/i;

/**
 * "2,614 shut over the same period of 2022": "over" a time after a level says when it was counted, as "during"
 * would. Only a change is measured "over" a time ("up 19% over the same period of 2022").
 */
function overForALevel(text: string, span: PeriodSpan): boolean {
  return OVER_RIGHT_BEFORE.test(withoutYearKind(textBefore(text, span, BASELINE_REACH)));
}

/** "over" and at most "the same period of" right before a period. */
const OVER_RIGHT_BEFORE = new RegExp(String.raw`\bover\s+${THE_SAME_PERIOD_OF}`, 'i');

/**
 * A comparison with an edition named by its place and year ("same as London 2012", "bettered only by Sydney
 * 2000", "more than at Rio 2016"): the year is what the figure is measured against.
 */
const NAMED_EDITION_COMPARED = /\b(?:than|same\s+as|(?:bettered|beaten|surpassed|topped|matched)\s+(?:only\s+)?by|compared\s+(?:with|to))\s+(?:in\s+|at\s+)?\p{Lu}[\p{L}'’-]+\s+$/u;

/** A record measured back to the year that follows: "the most since fiscal 2013", "the dearest month since". */
function recordSince(before: string): boolean {
  return RECORD_SINCE_BEFORE.test(before) || RECORD_SINCE_AN_EVENT_BEFORE.test(before) || superlativeSince(before);
}

/** The words of a record or an extreme, which a "since" after them dates from. */
const SUPERLATIVES = 'lowest|highest|fewest|most|least|best|worst|biggest|largest|smallest|strongest|weakest';

/**
 * A record measured back to an event a clause of its own dates: "the best since the company was listed in
 * 1995", "the most since the survey moved online in 2020". The year is the event's.
 */
const RECORD_SINCE_AN_EVENT_BEFORE = new RegExp(String.raw`\b(?:${SUPERLATIVES}|record)\b[\p{L}\s,-]{0,30}?\bsince\s+(?:[\p{L}'’-]+\s+){2,5}?in\s+$`, 'u');

/** Words that set a figure in the present, after an earlier year: "3rd in 2019, now 4th". */
export const PRESENT = /\b(?:now|currently|today|at present|these days)\b/i;
/**
 * A clause of its own in the present tense that a joining word opens before the figure: "…, in 2023, and the
 * industry employs 120,000 people". An earlier clause's time does not date what still holds.
 */
export const PRESENT_CLAUSE_TO_FIGURE = /(?:,|;)\s+(?:and|but|while)\s+(?:(?:the|its|their)\s+)?\p{L}+(?:['’]s)?(?:\s+\p{L}+){0,3}\s+(?:is|are|has|have|(?!(?:was|has|its|this|thus|plus|less)\b)\p{Ll}{2,}[^s\s]s)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/u;

/** A clause about the time just named: ", when …", after a word for the time at most ("the 2022-23 season, when …"). */
/**
 * What opens a clause about the time just named: "when", or an apposition that names the time again for such a
 * clause ("a year in which", "the season during which", "the year when").
 */
export const WHEN_OPENER = String.raw`(?:(?:a|the)\s+(?:(?:season|year|quarter|month|winter|summer)\s+(?:in|during)\s+which|(?:season|year|quarter|month|winter|summer)\s+when)|when)\b`;
/** The word for the time right after a period, if any: " season", " years". */
export const TIME_NOUN_AFTER = String.raw`(?:\s+(?:season|year|quarter|month|edition|winter|summer|spring|autumn|fall)s?)?`;
const WHEN_AFTER = new RegExp(String.raw`^${TIME_NOUN_AFTER},?\s+${WHEN_OPENER}`, 'i');
/** How far after a period its ", when" may stand: the word for the time and the comma. */
const WHEN_REACH = 24;

/** The text between two offsets with the asides in it left out. */
export function withoutAsides(text: string, from: number, to: number, asides: readonly TextSpan[]): string {
  let out = '';
  let at = from;
  for (const a of asides) {
    if (a.end <= at || a.start >= to) continue;
    out += text.slice(at, Math.max(at, a.start));
    at = Math.max(at, a.end);
  }
  return out + text.slice(at, Math.max(at, to));
}

/**
 * Words right before a year that make it what a figure is compared with: "vs 2019", "compared with
 * 2019", "against 2019", "below 2019", "short of the 2019 figure", "pre-2019", "below pre-pandemic 2019", "above the
 * level of 2019", "second only to 2012", "beaten only by 2012" (a level, figure or total named before the year is that year's, compared with). ("than", "from", "on" and "over" after a rise or fall
 * are the baseline rule's, which dates the figure a year later; after a signed change, "+18% on 2022",
 * they also keep the year from dating the other figures of the block.)
 */
const BASE_BEFORE = /(?:\b(?:vs\.?|versus|compared\s+(?:with|to)|against|below|above|short\s+of|ahead\s+of|behind|(?:second|third|fourth|fifth)\s+(?:only\s+)?to|(?:beaten|exceeded|surpassed|topped)\s+only\s+by|pre-?))\s*(?:the\s+|its\s+|their\s+)?(?:(?:[\p{L}-]+\s+)?(?:levels?|figures?|totals?|mark|peaks?|highs?|lows?|records?|averages?|years?)\s+(?:of|in|for)\s+)?(?:pre-?[\p{L}]+\s+)?(?:(?:end|mid|start|early|late)-)?$/iu;
/**
 * "of 2019 levels", "of its 2019 volume": a year naming a level or a peak is the base of a share. (A
 * total is the year's own: "44% of the 2023 total".)
 */
const LEVEL_AFTER = /^\s*(?:levels?|volumes?|peaks?)\b/i;
const OF_BEFORE = /\b(?:of|at|to|on|over)\s+(?:the\s+|its\s+|their\s+)?(?:pre-?[\p{L}]+\s+)?$/iu;
/** "80% of 2019", "94.6% of its 2019 level": a share of a year is a share of that year's level. */
const SHARE_OF_BEFORE = /(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:the\s+|its\s+|their\s+)?$/i;
const NOTHING_NAMED_AFTER = /^\s*(?:[,.;:()\]–—-]|$)/;
/**
 * "Change on 2022", "growth over 2019", "an increase over the total for all of 2024": a change named with the
 * year it is measured from (a table's header), or with that year's level.
 */
const CHANGE_ON_BEFORE = /\b(?:change|growth|increase|decrease|rise|fall|decline|gain|drop)\s+(?:on|from|over|since)\s+(?:the\s+)?(?:(?:levels?|figures?|totals?|numbers?|counts?)\s+(?:of|in|for)\s+)?(?:(?:all|the\s+whole)\s+of\s+)?(?:(?:summer|winter|spring|autumn|season)\s+(?:of\s+)?)?$/i;
const MAY_CHANGE = /change|growth|increase|decrease|rise|fall|decline|gain|drop/i;
/**
 * "an increase of 19.4% on 2022", "a fall of 3 points from 2019", "a gain of 30% on the weak 2024 season": a
 * change's noun, its figure, then the year it is measured from; after "on" or "from", maybe after "the" and a
 * few words ("over the course of 2023" is the change's own time).
 */
const CHANGE_OF_A_FIGURE_ON_BEFORE = /\b(?:change|growth|increase|decrease|rise|fall|decline|gain|drop)\s+of\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|just)\s+)?[+−–-]?\d[\d.,]*\s*(?:%|per\s?cent|pp|pts?|points?)?\s+(?:(?:on|from)\s+(?:the\s+(?:\p{Ll}[\p{L}-]*\s+){0,3})?|(?:over|since)\s+(?:the\s+)?)$/iu;
/**
 * "+0.9 on 2022", "+12 pts over 2018", "down 8% from 2022", "rose almost 50% from 2024": a signed change, or
 * one with "up", "down" or a verb of change, written with the year it is measured from.
 */
const SIGNED_CHANGE_ON_BEFORE = /(?:[+−–-]\s?|\b(?:up|down|rose|risen|grew|grown|increased|decreased|fell|fallen|dropped|declined|jumped|climbed|surged|soared|gained|slumped|plunged|slid|slipped|shrank|expanded|contracted)\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|just)\s+)?)\d[\d.,]*\s*(?:%|per\s?cent|pp|pts?|points?|years?|yrs?)?\s+(?:(?:on|from)\s+(?:the\s+(?:\p{Ll}[\p{L}-]*\s+){0,3})?|(?:over|since)\s+(?:the\s+)?)$/iu;
/**
 * "up 5% after a poor 2023", "up 15% on a dismal 2023", "from a record 2022": a year a comparison's word and
 * an article name as a whole, that the figure is measured against. ("in a record 2023" is the figure's own.)
 */
const AFTER_A_YEAR_BEFORE = /\b(?:after|on|from|over|against|versus|than)\s+an?\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A few words, then "since" and the capitalised name of a time ("since Athens in"), its group left open. */
const SINCE_A_NAMED_TIME = String.raw`[\p{L}\s,-]{0,30}?\bsince\s+(?:at\s+least\s+)?(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:in\s+)?`;

/**
 * "the lowest since 2004", "the first time since Athens 2004", "the most since fiscal 2013", "its lowest place
 * since Athens in 2004": the year a record is measured back to. A plain "since 2018" starts the figure's period instead.
 */
const RECORD_SINCE_BEFORE = new RegExp(String.raw`\b(?:${SUPERLATIVES}|first|record)\b${SINCE_A_NAMED_TIME}|(?:fiscal|financial|calendar)\s+(?:year\s+)?)?$`, 'u');
/**
 * Any superlative in -est after "the" or a possessive, before "since" ("the dearest month since April
 * 1977"); not a noun that ends so ("the forest since 2019").
 */
const SUPERLATIVE_SINCE_BEFORE = new RegExp(String.raw`\b(?:the|its|their|his|her|our|\p{L}+['’]s)\s+(\p{L}{2,}est)\b${SINCE_A_NAMED_TIME})?$`, 'u');

/** SUPERLATIVE_SINCE_BEFORE matches, with a superlative. */
function superlativeSince(before: string): boolean {
  const m = SUPERLATIVE_SINCE_BEFORE.exec(before);
  return m !== null && isSuperlativeInEst(m[1]);
}

/**
 * A year in a clause that says when a series or a count began ("since it began collecting data in 2009",
 * "since records started in 1990", "a streak that began in Athens in 2004") is where a stretch of time
 * starts, not the time of a figure. So is one in an aside that says when the thing named began (", launched in
 * November 2022,"), and the year a body was founded, wherever it stands ("the group founded in Markaryd in 1949").
 * So is the year of a founding act after "since" ("destroyed 179 million since the treaty was adopted in 2008").
 */
const SERIES_BEGAN_BEFORE = /(?:\bsince\s+(?:[\p{L}'’-]+\s+){1,4}?|\b(?:that|which)\s+)(?:began|begun|started|opened)\b(?:\s+[\p{L}'’-]+){0,3}\s+in\s+$|,\s*(?:first\s+)?(?:launched|introduced|founded|established|created|unveiled|opened|set\s+up|rolled\s+out)\s+in\s+$|\b(?:founded|established)\s+(?:in\s+\p{Lu}[\p{L}'’-]*\s+(?:\p{Lu}[\p{L}'’-]*\s+)?)?in\s+$|\bsince\s+(?:[\p{L}'’-]+\s+){1,4}?(?:adopted|signed|launched|introduced|created|ratified|agreed|enacted|took\s+effect|came\s+into\s+force|entered\s+into\s+force)\s+in\s+$/u;
/** How far before the year the "since" of SERIES_BEGAN_BEFORE may stand. */
const SERIES_BEGAN_REACH = 64;
/** A recovery's verb before a share of a year's level: "recovered", "regained", "back to", "returned to". */
const RECOVERY_BEFORE = /\b(?:recover(?:ed|ing|s)?|regain(?:ed|ing|s)?|back\s+to|return(?:ed|ing|s)?\s+to)\b/i;
/** How far before the year the recovery's verb may stand: "recovered 94.6% of its pre-pandemic 2019". */
const RECOVERY_REACH = 48;
/**
 * Words right before a year that set the figure apart from it or liken it to it: "not significantly different
 * from 2018", "in any year except 2020", "other than 2021", "twice as much as in 2000", "similar to 2019". The
 * year is another time's, named to compare, never the figure's.
 */
const SET_APART_FROM_BEFORE = /\b(?:(?:different|differed|differs|distinct|apart)\s+from|(?:similar|comparable|equal|identical)\s+to|except(?:\s+(?:in|for))?|excluding|other\s+than|as\s+(?:[\p{L}-]+\s+){1,3}as\s+(?:in|during|for))\s+(?:(?:its|their|the)\s+)?$/iu;
/** A cheap first look for SET_APART_FROM_BEFORE's words. */
const MAY_SET_APART = /from|to|except|excluding|than|as/i;
/** A cheap first look for BASE_BEFORE's words, which are tested from every place in the text before. */
const MAY_COMPARE = /vs|versus|compared|against|below|above|short|ahead|behind|pre|second|third|fourth|fifth|only/i;
/**
 * "+2.4C on the 1961–1990 baseline", "against the 1961–1990 reference", "the 1991–2020 normals": a span of
 * years that names a baseline is the norm a figure is measured from, not the figure's time. ("The 2023
 * average" may well be the figure's own.)
 */
const NORM_SPAN_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:baselines?|normals?|norms?|references?|reference\s+periods?|climatology)\b/iu;
/** How far after the span NORM_SPAN_AFTER reads: a word ("climate") and the noun. */
const NORM_SPAN_REACH = 32;
/** "beating the previous peak set in 2006": the year of an earlier record, which the figure is measured against. */
const PREVIOUS_RECORD_BEFORE = /\b(?:previous|prior|earlier|old)\s+(?:all-time\s+)?(?:records?|peaks?|highs?|lows?|best|maximum|minimum)\s*,?\s+(?:(?:set|reached|hit|recorded|of)\s+)?(?:in\s+)?$/i;
/** "2022 (10.30C)", "2019 (+1.51C)": a year, then its figure in parentheses. */
const FIGURE_IN_PARENTHESES_AFTER = /^\s*\(\s*[+\-−]?(?:[$€£¥₹]|US\$)?\d/;
/** "2019's $11.4bn": a year's possessive, then a figure. */
const POSSESSIVE_BEFORE_A_FIGURE = /^['’]s\s+(?:[$€£¥₹]|US\$)?\d/;
/**
 * "grew 155% between 2015–19 and 2020–24", "rose 109% between 2010 and the third quarter of 2024": the first of
 * two periods a change runs between is its base, the second its time. (Two single years, "between 2018 and
 * 2023", are read together as one span.)
 */
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const ANOTHER_PERIOD_AFTER_AND = /^\s+and\s+(?:the\s+)?(?:\d|Q[1-4]\b|[A-Z][a-z]{2,8}\.?\s+\d|(?:first|second|third|fourth|last|final)\s+(?:quarter|half)\b|(?:end|start|beginning|middle)\s+of\b)/;
/** How far after the first period the second's start is looked for: " and the third quarter" is 22 characters. */
const ANOTHER_PERIOD_REACH = 30;
/** How far before a year its comparison word may stand. */
const BASE_REACH = 40;

/** "fiscal", "financial year", "calendar year" right before a year: what kind of year it is, as the year reads it. */
const YEAR_KIND_BEFORE = /\b(?:fiscal|financial|calendar)\s+(?:year\s+)?$/i;

/** The words before a year without the kind of year they end on: "22.9% below fiscal" reads as "22.9% below". */
function withoutYearKind(before: string): string {
  return before.endsWith(' ') && YEAR_KIND_BEFORE.test(before) ? before.replace(YEAR_KIND_BEFORE, '') : before;
}

/** The period is a year something is compared with, not a time a figure is of. */
export function isComparisonBase(text: string, period: PeriodSpan): boolean {
  // "short of 2019's $11.4bn": a year's possessive right before a figure is that figure's time.
  if (POSSESSIVE_BEFORE_A_FIGURE.test(textAfter(text, period, 8))) return false;
  // "behind 2022 (10.30C)": a year with its own figure in parentheses dates that figure.
  if (FIGURE_IN_PARENTHESES_AFTER.test(textAfter(text, period, 8))) return false;
  const before = withoutYearKind(textBefore(text, period, BASE_REACH));
  if (MAY_COMPARE.test(before) && BASE_BEFORE.test(before)) return true;
  if (MAY_SET_APART.test(before) && SET_APART_FROM_BEFORE.test(before)) return true;
  if (BETWEEN_BEFORE.test(before) && ANOTHER_PERIOD_AFTER_AND.test(textAfter(text, period, ANOTHER_PERIOD_REACH))) return true;
  if (MAY_CHANGE.test(before) && (CHANGE_ON_BEFORE.test(before) || CHANGE_OF_A_FIGURE_ON_BEFORE.test(before))) return true;
  if (SIGNED_CHANGE_ON_BEFORE.test(before)) return true;
  if (AFTER_A_YEAR_BEFORE.test(before)) return true;
  if (PREVIOUS_RECORD_BEFORE.test(before)) return true;
  if (period.to - period.from >= MONTHS_IN_A_YEAR && NORM_SPAN_AFTER.test(textAfter(text, period, NORM_SPAN_REACH))) return true;
  // Unless a clause about that time follows: "the most since fiscal 2013, when there were 10,563" dates the 10,563.
  if (before.includes('since') && recordSince(before) && !WHEN_AFTER.test(textAfter(text, period, WHEN_REACH))) return true;
  if (SERIES_BEGAN_BEFORE.test(textBefore(text, period, SERIES_BEGAN_REACH))) return true;
  // The words after are tested first: they are anchored, the words before are not.
  const after = textAfter(text, period, 12);
  if (NOTHING_NAMED_AFTER.test(after) && SHARE_OF_BEFORE.test(before)) return true;
  // "recovered 94% of its 2019 arrivals": a share a recovery reached of a year's level is measured from it.
  if (SHARE_OF_BEFORE.test(before) && RECOVERY_BEFORE.test(textBefore(text, period, RECOVERY_REACH))) return true;
  return LEVEL_AFTER.test(after) && OF_BEFORE.test(before);
}

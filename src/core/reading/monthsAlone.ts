// Times written without their year, read as periods of the block for every figure after them that the
// sentence's own rules date, not only for the figure right beside them:
// - `period/month-of-the-sentence`: a month alone ("… 32 tonnes in November 2022 and 30 in December,
//   lifting the total to 2,101") is of the year the sentence named before it;
// - `period/that-month`: "that month" ("… passed $8,900 in September 2023. The price reached €8.45 that
//   month, up 111% on a year earlier") is the month last named before it;
// - an ordinal standing for a quarter or a half its sentence named before ("in the first quarter of 2024 it
//   took $517m, and in the second $1.24bn") is that part of the same year;
// - "that quarter", "the quarter in which" is the quarter last named before it.
import { MONTH_NAME, MONTHS_IN_A_YEAR, isAQuarter, isWholeYear, monthNamedAlone, ordinalIndex, type PeriodSpan } from '../periods';
import { sentenceAt } from '../sentences';
import { REPORTING_VERB } from './reporting';
import { textBefore } from '../regex';

/**
 * Words that compare a time with an earlier one: "from", "than", "against", "compared with", "after". The
 * "than" of a qualifier ("more than 6 million in June") compares the figure with its number, not with a time.
 */
export const LOOKS_BACK = /\b(?:from|(?<!\b(?:more|less|fewer)\s+)than|against|compared|versus|vs\.?|after|previous|prior|earlier)\b/i;

/**
 * A month's name before the noun it dates, in full: "November output", "October's sales". ("May" there is as
 * often the verb opening a sentence.) Not a contract's month: "November futures" settle at a price now.
 */
const MONTH_BEFORE_A_NOUN = '(?:(?:Jan|Febr)uary|March|April|June|July|August|(?:Septem|Octo|Novem|Decem)ber)(?=(?:[\'’]s)?\\s+[a-z])(?!\\s+(?:futures|contracts?|options|delivery)\\b)';

/**
 * A month's name after a preposition of time, with no day or year after it: "in December", "by March". Names
 * are capitalised, so "in may" is no month. A month followed by digits is part of a period the scan reads.
 */
const MONTH_WITHOUT_YEAR = new RegExp(
  `\\b(?:(?:in|by|during|through)\\s+${MONTH_NAME.replace('(', '(?:')}\\b(?!\\.?\\s*,?\\s*(?:\\d|['’]\\d))|${MONTH_BEFORE_A_NOUN})`,
  'g',
);

const DIGIT = /\d/;

/** A period of the months of one calendar year or fewer, whose year a later month may take. */
const withinOneYear = (p: PeriodSpan): boolean => Math.floor(p.from / MONTHS_IN_A_YEAR) === Math.floor(p.to / MONTHS_IN_A_YEAR);

/**
 * The months written alone in `text`, each dated by the last period of one year or less its sentence names
 * before it, before any figure of the sentence. A later month than a month named with its year is of the same
 * year, or of the year before where the words between compare with it ("in January 2024, down from 2.9% in
 * December"); an earlier month is of the same year only where the words compare ("in March 2024, up from … in
 * January"): otherwise the text may have moved on into the next year, and the month is left undated.
 */
export function monthsOfTheirSentenceYear(text: string, periods: readonly PeriodSpan[], starts: readonly number[]): PeriodSpan[] {
  if (periods.length === 0) return [];
  const found: PeriodSpan[] = [];
  MONTH_WITHOUT_YEAR.lastIndex = 0;
  for (let m = MONTH_WITHOUT_YEAR.exec(text); m; m = MONTH_WITHOUT_YEAR.exec(text)) {
    const nameStart = m.index + m[0].lastIndexOf(' ') + 1;
    const end = m.index + m[0].length;
    if (periods.some((p) => p.start < end && p.end > nameStart)) continue;
    const month = monthNamedAlone(text.slice(nameStart, end));
    if (month === undefined) continue;
    const sentenceStart = starts[sentenceAt(starts, nameStart)];
    const anchor = lastBefore(periods, sentenceStart, nameStart);
    // Only a time the sentence opens with, before any figure, is the sentence's: a year after a figure may be
    // that figure's own ("beating the previous record of 13.2 million set in 2019, and … in December").
    // Nor is a year in a parenthesis: "Magritte's *L'empire des lumières* (1954) … sold in November" dates the work.
    if (!anchor || !withinOneYear(anchor) || DIGIT.test(text.slice(sentenceStart, anchor.start)) || inParenthesis(text, sentenceStart, anchor)) continue;
    const year = yearOfMonth(anchor, month, LOOKS_BACK.test(text.slice(anchor.end, nameStart)) || dateOfSaying(text, anchor, nameStart));
    if (year === undefined) continue;
    const at = year * MONTHS_IN_A_YEAR + month;
    found.push({ from: at, to: at, start: nameStart, end });
  }
  return found;
}

/** A word of saying or showing, right before the period ("said in December 2023 that …") or between it and the month. */
const SAID = new RegExp(`\\b${REPORTING_VERB}\\b`);
const SAID_BEFORE = new RegExp(`${SAID.source}\\s+(?:in|on)\\s+$`);

/**
 * The period dates a statement about the month: a report speaks of months before it, so a month after it in the
 * calendar is of the year before ("said in January 2024 that December output …") and one before it of the same year.
 */
function dateOfSaying(text: string, anchor: PeriodSpan, monthStart: number): boolean {
  return SAID_BEFORE.test(textBefore(text, anchor, 20)) || SAID.test(text.slice(anchor.end, monthStart));
}

/** An opening parenthesis between the sentence's start and the period is not closed before it. */
function inParenthesis(text: string, sentenceStart: number, period: PeriodSpan): boolean {
  let depth = 0;
  for (let k = sentenceStart; k < period.start; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

function yearOfMonth(anchor: PeriodSpan, month: number, looksBack: boolean): number | undefined {
  const year = Math.floor(anchor.from / MONTHS_IN_A_YEAR);
  if (anchor.from !== anchor.to) return year;
  const named = anchor.from % MONTHS_IN_A_YEAR;
  if (month > named) return looksBack ? year - 1 : year;
  return month < named && !looksBack ? undefined : year;
}

function lastBefore(periods: readonly PeriodSpan[], from: number, to: number): PeriodSpan | undefined {
  let found: PeriodSpan | undefined;
  for (const p of periods) if (p.start >= from && p.end <= to) found = p;
  return found;
}

/** A month's name anywhere. */
const MONTH_NAMED = new RegExp(`\\b${MONTH_NAME}\\b`);
/** "that month", "the same month": a month named by reference to the last one named ("the same month of 2019" names its year). */
const THAT_MONTH = /\b(?:that|the\s+same)\s+month\b(?!['’]s|\s+(?:of|in)\s+(?:19|20)\d\d)/gi;

/**
 * The months "that month" (or "the same month") refers back to: the last period before it in the block that is
 * one month. ("That year" is left alone: a year after a figure is often that figure's own, a record's "set
 * in 1996", and taking it as the narrative's time made false alarms.)
 */
export function monthsReferredBack(text: string, periods: readonly PeriodSpan[]): PeriodSpan[] {
  if (periods.length === 0 || !text.includes(' month')) return [];
  return referredBack(text, periods, THAT_MONTH, (p) => p.from === p.to);
}

/**
 * The periods a phrase of reference refers back to: for each match of `reference`, the last period before it
 * in the block of the kind `ofItsKind` accepts. A month named between without a year that could be read ("…
 * in May 2024 and 1,353,000 in June; permits that month …") is the one meant, and its year is unknown.
 */
function referredBack(text: string, periods: readonly PeriodSpan[], reference: RegExp, ofItsKind: (p: PeriodSpan) => boolean): PeriodSpan[] {
  const found: PeriodSpan[] = [];
  reference.lastIndex = 0;
  for (let m = reference.exec(text); m; m = reference.exec(text)) {
    const at = m.index;
    const named = periods.filter((p) => p.end <= at && ofItsKind(p));
    const last = named[named.length - 1];
    if (last && !MONTH_NAMED.test(text.slice(last.end, at))) found.push({ from: last.from, to: last.to, start: at, end: at + m[0].trimEnd().length });
  }
  return found;
}

const MONTHS_IN_A_QUARTER = 3;
const MONTHS_IN_A_HALF = 6;
/** The span is one half of a calendar year. */
const isAHalf = (p: PeriodSpan): boolean => p.to - p.from === MONTHS_IN_A_HALF - 1 && p.from % MONTHS_IN_A_HALF === 0;

/**
 * An ordinal after a preposition of time with its noun left out: "in the second" and then a comma, the end of the
 * clause, a pronoun or a figure. Followed by any other word it qualifies that word ("in the second round").
 */
const ORDINAL_ALONE = /\b(?:in|for|during)\s+the\s+(first|second|third|fourth)\b(?=\s*[,.;:)]|\s+(?:it|they|we|he|she)\b|\s+[-+−$€£¥]?\d)/gi;

/**
 * The quarters and halves an ordinal alone stands for: the kind of part the sentence named before it with its
 * year, of that year ("in the first half of 2024 …, and in the second" is the second half of 2024).
 */
export function partsOfTheirSentenceYear(text: string, periods: readonly PeriodSpan[], starts: readonly number[]): PeriodSpan[] {
  if (periods.length === 0 || !text.includes(' the ')) return [];
  const found: PeriodSpan[] = [];
  ORDINAL_ALONE.lastIndex = 0;
  for (let m = ORDINAL_ALONE.exec(text); m; m = ORDINAL_ALONE.exec(text)) {
    const sentenceStart = starts[sentenceAt(starts, m.index)];
    const anchor = lastBefore(periods, sentenceStart, m.index);
    if (!anchor) continue;
    const size = isAQuarter(anchor) ? MONTHS_IN_A_QUARTER : isAHalf(anchor) ? MONTHS_IN_A_HALF : 0;
    const part = ordinalIndex(m[1]);
    if (size === 0 || part * size >= MONTHS_IN_A_YEAR) continue;
    const from = Math.floor(anchor.from / MONTHS_IN_A_YEAR) * MONTHS_IN_A_YEAR + part * size;
    found.push({ from, to: from + size - 1, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * "that year" a few words after a figure, its sentence having named the year before the figure: "eight deaths in
 * 2023, and an estimated 10,200 injuries that year". ("That year" elsewhere is left alone: at a sentence's start,
 * or after a record's "set in 1996", it is as often another time's.)
 */
const THAT_YEAR_AFTER_A_FIGURE = /(?<=\d[^\d.;:]{0,30}\s)that\s+year\b(?!['’]s)/g;

/** The years "that year" after a figure refers back to: the last whole year its sentence names before it. */
export function yearsReferredBack(text: string, periods: readonly PeriodSpan[], starts: readonly number[]): PeriodSpan[] {
  if (periods.length === 0 || !text.includes('that')) return [];
  const found: PeriodSpan[] = [];
  THAT_YEAR_AFTER_A_FIGURE.lastIndex = 0;
  for (let m = THAT_YEAR_AFTER_A_FIGURE.exec(text); m; m = THAT_YEAR_AFTER_A_FIGURE.exec(text)) {
    const year = lastBefore(periods, starts[sentenceAt(starts, m.index)], m.index);
    if (year && isWholeYear(year)) found.push({ from: year.from, to: year.to, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** "that quarter", "the quarter in which", "the quarter when": a quarter named by reference to the last one named. */
const THAT_QUARTER = /\bthat\s+quarter\b(?!['’]s|\s+(?:of|in)\s+(?:19|20)\d\d)|\bthe\s+quarter\s+(?=in\s+which\b|when\b)/gi;

/** The quarters "that quarter" refers back to: the last period before it in the block that is one quarter. */
export function quartersReferredBack(text: string, periods: readonly PeriodSpan[]): PeriodSpan[] {
  if (periods.length === 0 || !text.includes(' quarter')) return [];
  return referredBack(text, periods, THAT_QUARTER, isAQuarter);
}

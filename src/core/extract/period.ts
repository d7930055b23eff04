// A figure's period as the dataset writes it ({ from, to } in years, quarters or months) and the source's
// own wording of it.
import type { Period } from '../../dataset/schema';
import type { DocumentReader } from '../reading/document';
import { scanPeriods, type MonthSpan } from '../periods';

function point(month: number, end: boolean, grain: 'year' | 'quarter' | 'month'): number | string {
  const year = Math.floor(month / 12);
  if (grain === 'year') return year;
  if (grain === 'quarter') return `${year}-Q${Math.floor((month % 12) / 3) + 1}`;
  return `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
}

/** The coarsest grain both ends of the span fall on: whole years, whole quarters, else months. */
function grainOf(span: MonthSpan): 'year' | 'quarter' | 'month' {
  if (span.from % 12 === 0 && span.to % 12 === 11) return 'year';
  if (span.from % 3 === 0 && span.to % 3 === 2) return 'quarter';
  return 'month';
}

/**
 * The dataset period of a month span, with the phrase that states it when the figure's block or one of
 * its context blocks writes exactly that span ("in 2023", "2018–2023").
 */
export function periodOf(span: MonthSpan | null, reader: DocumentReader, blocks: readonly number[]): Period | null {
  if (!span) return null;
  const grain = grainOf(span);
  const period: Period = { from: point(span.from, false, grain), to: point(span.to, true, grain) };
  for (const b of blocks) {
    const text = reader.doc.blocks[b].text;
    const facts = reader.blockFacts(b);
    const periods = (facts.periods ??= scanPeriods(text));
    const same = periods.find((p) => p.from === span.from && p.to === span.to);
    if (same) {
      const wording = text.slice(same.start, same.end).replace(/\s+/g, ' ').trim();
      // A bare year says nothing a reader needs beyond `from` and `to`.
      if (!/^\d{4}$/.test(wording)) period.text = wording;
      break;
    }
  }
  return period;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15, twenty: 20 };
const LAST_YEARS = /\b(?:over|in|during|for|within|across)\s+the\s+(?:last|past|previous)\s+(\d{1,2}|[a-z]+)\s+years\b/i;
/** "over the past year", "in the last 12 months": the twelve months up to the publication. */
const PAST_TWELVE_MONTHS = /\b(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?:year|12\s+months|twelve\s+months)\b/i;
/** "last year", "this year": the year before the publication's, or its own. */
const YEAR_NAMED = /\b(last|past|previous|this)\s+year\b(?!\s+(?:in\s+a\s+row|running))/i;
const MONTH_ALONE = new RegExp(`\\bin\\s+(${MONTHS.join('|')})\\b(?!\\s*,?\\s*\\d)`, 'i');

/**
 * A period the checker's reader leaves open but the source's date settles: "over the last five years"
 * in a source of May 2024 is 2019–2023 (the last five whole years); "in January" is January 2024; a
 * sentence that names one period only ("… from 2016 to 2023") dates its figures.
 */
export function settledPeriod(
  ctx: { text: string; sentenceStart: number; sentenceEnd: number; figures: number; leadIn?: string },
  published: { year: number; month: number },
): MonthSpan | null {
  const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  const relative = relativePeriod(sentence, published);
  if (relative) return relative;
  const periods = scanPeriods(sentence);
  const distinct = new Set(periods.map((p) => `${p.from}-${p.to}`));
  // Only for the sentence's one figure: with more ("65 …, with 12, up from five in 2019") a period may be another's.
  if (distinct.size === 1 && ctx.figures === 1) return { from: periods[0].from, to: periods[0].to };
  const month = periods.length === 0 ? MONTH_ALONE.exec(sentence) : null;
  if (month) {
    const m = MONTHS.indexOf(month[1].toLowerCase());
    // A month later in the year than the publication is last year's.
    const year = m <= published.month ? published.year : published.year - 1;
    return { from: year * 12 + m, to: year * 12 + m };
  }
  // A list under a lead-in that dates it ("the progress made over the past year:") is of that time.
  return ctx.leadIn !== undefined ? relativePeriod(ctx.leadIn, published) : null;
}

/** "over the last five years", "over the past year" (the twelve months to publication), "last year". */
export function relativePeriod(text: string, published: { year: number; month: number }): MonthSpan | null {
  const last = LAST_YEARS.exec(text);
  if (last) {
    const n = /^\d+$/.test(last[1]) ? Number(last[1]) : COUNT_WORDS[last[1].toLowerCase()];
    if (n) return { from: (published.year - n) * 12, to: (published.year - 1) * 12 + 11 };
  }
  if (PAST_TWELVE_MONTHS.test(text)) {
    const now = published.year * 12 + published.month;
    return { from: now - 12, to: now };
  }
  const named = YEAR_NAMED.exec(text);
  if (named) {
    const year = published.year + (/^(?:last|past|previous)$/i.test(named[1]) ? -1 : 0);
    return { from: year * 12, to: year * 12 + 11 };
  }
  return null;
}

/** "a 2023 RFE/RL investigation", "a 2021 survey": the year dates the report the figure comes from. */
const REPORT_YEAR = /\b(?:a|an)\s+((?:19|20)\d\d)\s+(?:[\p{L}/&.-]+\s+){0,2}?(?:investigation|survey|report|study|analysis|poll|census|audit|review)\b/iu;
/** "after the country's 2019 elections", "since 2016": from that year up to the publication. */
const OPEN_START = /\b(?:after|since)\s+(?:the\s+)?(?:[\p{L}’']+\s+){0,3}?((?:19|20)\d\d)\b/iu;

/**
 * Corrects a period the reader bound to a year that is not the figure's own span: the year of the
 * report that gives the figure (none), or the start of an open span ("after 2019": 2019 to the
 * publication year).
 */
export function correctedPeriod(span: MonthSpan | null, sentence: string, publishedYear: number): { span: MonthSpan | null; corrected: boolean } {
  if (!span || span.from % 12 !== 0 || span.to !== span.from + 11) return { span, corrected: false };
  const year = span.from / 12;
  const report = REPORT_YEAR.exec(sentence);
  if (report && Number(report[1]) === year) return { span: null, corrected: true };
  const open = OPEN_START.exec(sentence);
  if (open && Number(open[1]) === year && year < publishedYear) return { span: { from: year * 12, to: publishedYear * 12 + 11 }, corrected: true };
  return { span, corrected: false };
}

/** "a 0.4% decline in February": a month named right after the figure, with no year of its own. */
const MONTH_AFTER_FIGURE = new RegExp(`^[^.;,]{0,40}?\\bin\\s+(${MONTHS.join('|')})\\b(?!\\s*,?\\s*\\d)`, 'i');

/**
 * A figure dated by its context or an earlier phrase ("Retail trade, March 2017") whose own words name another month
 * ("following a 0.4% decline in February") is of that month, in the context's year (the year before,
 * when the month comes after the context's).
 */
export function ownMonth(afterFigure: string, context: MonthSpan): MonthSpan | null {
  const m = MONTH_AFTER_FIGURE.exec(afterFigure);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase());
  let year = Math.floor(context.to / 12);
  if (year * 12 + month > context.to) year--;
  const at = year * 12 + month;
  return at >= context.from && at <= context.to ? null : { from: at, to: at };
}

/**
 * The year a report's lead dates it by ("A record 227 people were killed worldwide last year"): one whole
 * year, relative to the publication or written out. A lead over several years ("over the last five
 * years") or none gives nothing.
 */
export function leadYear(lead: string, published: { year: number; month: number }): MonthSpan | null {
  const relative = relativePeriod(lead, published);
  const periods = relative ? [relative] : scanPeriods(lead);
  const distinct = new Set(periods.map((p) => `${p.from}-${p.to}`));
  if (distinct.size !== 1) return null;
  const span = periods[0];
  return span.from % 12 === 0 && span.to === span.from + 11 ? { from: span.from, to: span.to } : null;
}

// One proposed fact per figure: what the reader read about it, in the dataset's terms.
import type { Fact, Period } from '../../dataset/schema';
import type { Claim } from '../claims';
import type { DocumentReader } from '../reading/document';
import { backTo, figureContext, toNextFigure, nextFigureStart, type FigureContext } from '../reading/context';
import { scanNumbers } from '../numbers';
import { isYearToken } from '../notClaims';
import type { MonthSpan } from '../periods';
import { measureWords, type MeasureWords } from './measure';
import { correctedPeriod, ownMonth, periodOf, settledPeriod } from './period';
import { HYPOTHETICAL_NOTE } from './words';
import { dollarOf } from './dollars';
import { textAfter } from '../regex';

/** A proposed fact before ids, examples and the round trip; it remembers where its figure stands. */
export interface DraftFact {
  claim: Claim;
  ctx: FigureContext;
  entity: string;
  measure: MeasureWords;
  period: Period | null;
  quote: string;
  /** Document offsets of the quote. */
  quoteStart: number;
  quoteEnd: number;
  review: string[];
}

/** The figure's context as the reader saw it, the whole of "265 of the 325" included. */
function contextOf(reader: DocumentReader, claim: Claim): FigureContext | null {
  const block = reader.doc.blocks[claim.block];
  const tokens = scanNumbers(block.text);
  const t = tokens.findIndex((token) => token.start === claim.figure.start - block.start);
  if (t < 0) return null;
  const ctx = figureContext(reader, claim.block, tokens, t);
  if (claim.whole) {
    ctx.bindEnd = claim.whole.end - block.start;
    ctx.nextStart = nextFigureStart({ tokens, text: ctx.text, names: ctx.facts.hits }, t, ctx.bindEnd);
  }
  return ctx;
}

/** The sentence as a reader sees it: the masked prose with its runs of white space made single. */
function quoteOf(ctx: FigureContext): { quote: string; start: number; end: number } {
  const raw = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  const lead = raw.length - raw.trimStart().length;
  const quote = raw.replace(/\s+/g, ' ').trim();
  return { quote, start: ctx.block.start + ctx.sentenceStart + lead, end: ctx.block.start + ctx.sentenceStart + raw.trimEnd().length };
}

export interface DraftContext {
  reader: DocumentReader;
  /** The entity for figures that name none: the --entity option, else the one the source names most. */
  fallbackEntity: string;
  /** True when the fallback was given by the user, not guessed. */
  fallbackGiven: boolean;
  /** The source's publication year and month (0–11): relative periods are read against it. */
  published: { year: number; month: number };
  /** The one year the report's lead dates it by, for figures with no period of their own. */
  lead: MonthSpan | null;
}

/** "the two towns", "these three": a number that points back at things already named. */
const POINTS_BACK = /\b(?:the|these|those|both|its|their)\s+$/i;
/** "the 25th anniversary", "its third annual report": an ordinal that numbers an occasion or an edition. */
const OCCASION = /^[\s-]*(?:anniversary|annual|edition|birthday|session|congress|summit|round|term|wave)\b/i;

/** Figures a source states that are no measure of anything, beyond those the checker's reader skips. */
function notAMeasure(claim: Claim, ctx: FigureContext): boolean {
  const figure = claim.figure;
  // "first" is an order in time ("their first contracts") far more often than a ranking.
  if (figure.unit === 'rank' && figure.value === 1 && figure.style.form !== 'digits') return true;
  if (figure.unit === 'rank' && OCCASION.test(textAfter(ctx.text, ctx.token, 20))) return true;
  const before = backTo(ctx, ctx.sentenceStart, 8);
  return figure.unit === 'count' && figure.style.form === 'words' && figure.value <= 12 && POINTS_BACK.test(before);
}

/** The proposed fact of one figure, or null when its context cannot be found again. */
export function draftFact(claim: Claim, dc: DraftContext): DraftFact | null {
  const ctx = contextOf(dc.reader, claim);
  if (!ctx) return null;
  if (notAMeasure(claim, ctx)) return null;
  const review: string[] = [];
  if (!claim.entity && !dc.fallbackGiven) review.push(`no place or body is named near the figure; "${dc.fallbackEntity}" is a guess`);
  if (claim.hypothetical) review.push(HYPOTHETICAL_NOTE);
  const measure = measureWords(ctx);
  if (measure.keywords.length === 0) review.push('no word next to the figure says what it measures');
  const { quote, start, end } = quoteOf(ctx);
  return {
    claim,
    ctx,
    entity: claim.entity ?? dc.fallbackEntity,
    measure,
    period: periodOf(spanOf(claim, ctx, dc), dc.reader, [claim.block, ...ctx.context]),
    quote,
    quoteStart: start,
    quoteEnd: end,
    review,
  };
}

/** The months a figure covers: as the reader bound them, corrected, or settled by the source's date. */
function spanOf(claim: Claim, ctx: FigureContext, dc: DraftContext): MonthSpan | null {
  const sentence = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  if (claim.period) {
    const own = ownMonth(toNextFigure(ctx, ctx.sentenceEnd), claim.period);
    if (own) return own;
  }
  const { span, corrected } = correctedPeriod(claim.period, sentence, dc.published.year);
  const figures = ctx.tokens.filter((t) => t.start >= ctx.sentenceStart && t.end <= ctx.sentenceEnd && !isYearToken(t)).length;
  const leadIn = ctx.block.leadIn >= 0 ? dc.reader.doc.blocks[ctx.block.leadIn].text : undefined;
  if (span || corrected) return span;
  return settledPeriod({ ...ctx, figures, ...(leadIn !== undefined ? { leadIn } : {}) }, dc.published) ?? dc.lead;
}

/** Two figures state the same fact: the source repeats it (a summary, then the details). */
export function sameFact(a: DraftFact, b: DraftFact): boolean {
  const fa = a.claim.figure;
  const fb = b.claim.figure;
  return (
    a.entity === b.entity &&
    fa.value === fb.value &&
    fa.unit === fb.unit &&
    fa.qualifier === fb.qualifier &&
    (fa.change ?? false) === (fb.change ?? false) &&
    a.claim.vendors.join() === b.claim.vendors.join() &&
    JSON.stringify(a.period) === JSON.stringify(b.period)
  );
}

/** The fact as the dataset stores it (examples and review are added later). */
export function toFact(draft: DraftFact, id: string, source: string, via: string, countryOf: (id: string) => string): Fact {
  const figure = draft.claim.figure;
  const keywords = draft.measure.keywords.length > 0 ? draft.measure.keywords : [draft.measure.countedWord ?? 'figure'];
  const fact: Fact = {
    id,
    entity: draft.entity,
    vendors: [...draft.claim.vendors].sort(),
    measure: draft.measure.phrase || keywords.join(' '),
    keywords,
    value: figure.value,
    unit: dollarOf(figure.unit, figure.style.currency, countryOf(draft.entity)),
    qualifier: figure.qualifier,
    period: draft.period,
    via,
    quote: draft.quote,
    source,
    examples: [],
    counterexamples: [],
  };
  if (figure.upper !== undefined) fact.upper = figure.upper;
  if (figure.of !== undefined) fact.of = figure.of;
  if (figure.per !== undefined) fact.per = figure.per;
  if (figure.change) fact.change = true;
  return orderedFact(fact);
}

/** The fields in the order the documentation lists them, so that files read alike. */
export function orderedFact(fact: Fact): Fact {
  const order: (keyof Fact)[] = ['id', 'entity', 'vendors', 'measure', 'keywords', 'value', 'upper', 'of', 'unit', 'per', 'change', 'qualifier', 'period', 'via', 'quote', 'source', 'examples', 'counterexamples', 'review'];
  const out: Record<string, unknown> = {};
  for (const key of order) if (fact[key] !== undefined) out[key] = fact[key];
  return out as Fact;
}

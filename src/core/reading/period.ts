// The period a figure speaks of: bound in its sentence, else a timeline entry's year label, else the
// periods of the blocks that give it context.
import { LOOKS_BACK } from './monthsAlone';
import { bindPeriod, isComparisonBase, DATED_STARTING_LEVEL, DATED_STARTING_LEVEL_REACH, SECOND_PREDICATE_TO_FIGURE, TIME_NOUN_AFTER, WHEN_OPENER, changeWordsRightBefore, PRESENT, datesTheLevelBefore, MONTH_NAME, MONTHS_IN_A_YEAR, monthNamedAlone, yearsSpan, type FigurePlace, type MonthSpan, type PeriodSpan } from '../periods';
import type { ReadingRule } from './rule';
import { asideHolding, backTo, toNextFigure, headersBeforeChangeColumn, inAside, type FigureContext } from './context';
import { isYearToken } from '../notClaims';
import { fromRightBefore, textAfter, textBefore } from '../regex';
import { REPORTING_VERB } from './reporting';
import type { ProseBlock } from '../prose';
import { MONTH_NAMES, NUMBER_WORDS } from '../wordLists';

const DIGIT = /\d/;

/** A timeline entry: "**2019:** …", "2019 – …". */
const YEAR_LABEL = /^[\s*_]*((?:19|20)\d\d)[\s*_]*[:–—][\s*_]/;
/** What may stand before and after a period that labels its entry: "**December 2023:** …", "Q3 2024 – …". */
const LABEL_OPENS = /^[\s*_]*$/;
const LABEL_CLOSES = /^[\s*_]*[:–—][\s*_]/;

/**
 * A time the writer gives relative to when they write ("over the last five years", "last year", "so far",
 * "in recent years"): the figure has a period of its own that no year in the text states, so a heading's
 * or a lead-in's year would date it wrongly.
 */
const RELATIVE_TIME =
  /\b(?:(?:in|over|during|for|within|across)\s+the\s+(?:last|past|previous|coming|next)\s+(?:(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+)?(?:years?|months?|decades?)|(?:last|this|next)\s+year|(?:in\s+)?recent\s+years|so\s+far|to\s+date)\b/i;

/** "a 47% increase from 2023", "up 5% on 2022", "higher than in 2021": the year a comparison starts from. */
const BASELINE = /^[^.;]*?\b(?:increase|rise|growth|gain|jump|decrease|decline|drop|fall|up|down|more|less|higher|lower)\b[^.;]{0,20}?\b(?:from|on|over|than)\s+(?:in\s+)?((?:19|20)\d\d)\b/i;

/** A comparison with "than": "one more than in 2022", "higher than 2019". */
const THAN_BASELINE = /\bthan\s+(?:in\s+)?(?:19|20)\d\d\b/i;

const BASELINES = new RegExp(BASELINE.source.replace('^[^.;]*?', ''), 'gi');

/** The latest year a change in the sentence is measured from. */
function latestBaseline(sentence: string): number {
  let latest = 0;
  for (const m of sentence.matchAll(BASELINES)) latest = Math.max(latest, Number(m[1]));
  return latest;
}

/** The figure's place for bindPeriod, with the limit a period after it must stand before. */
function placeOf(ctx: FigureContext, nextFigureStart: number): FigurePlace {
  const previousFigureEnds: number[] = [];
  for (let p = 0; p < ctx.t; p++) {
    const token = ctx.tokens[p];
    // A spelled-out "one" is as often an article ("one report from 2021") as a figure.
    if (token.end > ctx.sentenceStart && !isYearToken(token) && !(token.value === 1 && !DIGIT.test(ctx.text.slice(token.start, token.end)))) previousFigureEnds.push(token.end);
  }
  const ownAside = asideHolding(ctx.facts, ctx.text, ctx.token.start, ctx.token.end);
  return {
    figureStart: ctx.token.start, figureEnd: ctx.token.end, nextFigureStart, sentenceStart: ctx.sentenceStart, sentenceEnd: ctx.sentenceEnd, asides: ctx.asides,
    ownAside: ownAside && describes(ctx.text, ownAside) ? ownAside : undefined,
    previousFigureEnds, writtenIn: ctx.reader.writtenIn(ctx.blockIndex), change: ctx.token.change === true,
  };
}

/** An aside's opening: punctuation, then its first word or figure. */
const ASIDE_OPENS_WITH_A_WORD = /^[\s(\[,—–-]*\p{L}/u;

/**
 * An aside that opens with words describes what it follows ("Ruritania (a country of 9.6 million people)"):
 * its figures are of another time than the sentence's. One that opens with a figure annotates the figure
 * or change before it ("258.2m (-10%)", "down slightly (-2,900 or -0.5%)"): they share its time.
 */
function describes(text: string, aside: { start: number; end: number }): boolean {
  return ASIDE_OPENS_WITH_A_WORD.test(text.slice(aside.start, aside.end));
}

/**
 * A relative clause after the figure with a subject and a past verb of its own ("… over a security breach it
 * reported in September 2018", "for a leak that was discovered in 2021"): its time is that clause's.
 */
const OWN_CLAUSE_AFTER = /\b(?:(?:that|which|who)\s+(?:[\p{Ll}-]+\s+)?|(?:it|they|he|she|we)\s+)(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:\p{Ll}+ed|began|begun)\b/gu;

/**
 * Where such a clause opens after the figure, before the next figure; not one in an aside (", which joined
 * early,"), nor one whose period is what its figures are for ("22 of the 36 countries that have reported
 * data for 2024": the time the reported figures are of, the figure's own).
 */
function ownClauseAfter(ctx: FigureContext): number | undefined {
  const stretch = ctx.text.slice(ctx.token.end, ctx.nextStart);
  OWN_CLAUSE_AFTER.lastIndex = 0;
  for (let m = OWN_CLAUSE_AFTER.exec(stretch); m; m = OWN_CLAUSE_AFTER.exec(stretch)) {
    const at = ctx.token.end + m.index;
    if (inAside(ctx.asides, at, at + m[0].length)) continue;
    // A clause right after the figure and its noun describes the figure ("the 7.3% it recorded in November
    // 2022", "the 54,280 who completed its 2023 edition"): its time is the figure's.
    if (FIGURE_AND_NOUN_ONLY.test(stretch.slice(0, m.index))) return undefined;
    const period = ctx.reader.datingPeriods(ctx.blockIndex).find((p) => p.start >= at && p.start < ctx.nextStart);
    return period && PERIOD_OF_FIGURES_BEFORE.test(ctx.text.slice(Math.max(at, period.start - 12), period.start)) ? undefined : at;
  }
  return undefined;
}
/** At most two words between a figure and a clause, none a preposition or an article: the figure's noun ("jets", "deficit"). */
const FIGURE_AND_NOUN_ONLY = /^[\s*_]*(?:(?!(?:over|for|in|on|of|at|by|to|from|with|into|after|before|since|a|an|the|and|or|but|as)\b)[\p{L}-]+\s+){0,2}$/iu;
/** A figure right after: "(2021) 1.26". */
const FIGURE_RIGHT_AFTER = /^\s*[-+−~≈$€£¥]?\d/;
/** "for 2024", "for the year": the time figures are for, not when something happened. */
const PERIOD_OF_FIGURES_BEFORE = /\bfor\s+(?:the\s+)?$/i;

/**
 * "61% a year earlier", "€7.1bn the year before", "in the previous year": a year before the time just named.
 * Not "the previous year's" after the figure ("377 orders, a fraction of the previous year's haul"), which
 * names another quantity of that year.
 */
const YEAR_EARLIER = /^[^.;:]{0,40}?\b(?<!\b(?:with|than|on|over|from|against)\s)(?:(?:a|one)\s+(?:year|season)\s+(?:earlier|before)|the\s+(?:year|yr|season)\s+before(?!\s+last)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(?:financial\s+|fiscal\s+)?(?:year|season)(?!['’]s))\b/i;
/**
 * A verb of forecasting between the figure and "a year earlier" ("the $2.1bn the IAB had predicted a year
 * earlier"): the words date the forecast, not the time it was of.
 */
const FORECAST_A_YEAR_EARLIER = /^[^.;:]{0,40}?\b(?:predicted|forecast|forecasted|projected|expected|anticipated|budgeted|targeted)\s+(?:(?:a|one)\s+year\s+(?:earlier|before)|the\s+year\s+before)\b/i;
/** The rule that reads a time as when what holds the figure was said or found, not the figure's own. */
export const REPORT_PERIOD = 'period/of-the-report';

/** A verb of saying or finding right before the time: "calculated in ", "said on ", "reported last ". */
const SAYING_BEFORE = new RegExp(`\\b(?:${REPORTING_VERB}|found|calculated|showed|concluded)\\s+(?:(?:in|on|last)\\s+)?$`, 'i');
/** How far before the time its verb may stand. */
const SAYING_REACH = 24;
/** "that" right after the time, opening what was said. */
const THAT_OPENS = /^,?\s+that\s/i;
/** A "that" anywhere before the figure: the cheap first look. */
const THAT_BEFORE = /\bthat\s/i;

/**
 * The time stands between a verb of saying or finding and the "that" that opens the clause holding the
 * figure: "calculated in 2022 that …". (A time before the verb, "PISA 2018 found that", may be the data's.)
 */
function datesTheReport(ctx: FigureContext, span: PeriodSpan): boolean {
  if (span.end > ctx.token.start) return false;
  return THAT_OPENS.test(ctx.text.slice(span.end, ctx.token.start)) && SAYING_BEFORE.test(ctx.text.slice(Math.max(ctx.sentenceStart, span.start - SAYING_REACH), span.start));
}

/** The same words opening the figure's clause: "; a year earlier the rate was 6.8%", "The year before, it had 69". */
const YEAR_EARLIER_OPENING = /^[\s,*_"“(]*(?:and\s+|but\s+|while\s+)?(?:(?:a|one)\s+year\s+(?:earlier|before)|the\s+(?:year|yr)\s+before(?!\s+last)|in\s+the\s+(?:previous|prior|preceding)\s+(?:financial\s+|fiscal\s+)?year)\b/i;
/** A cheap first look for the phrases above and COMPARED_WITH_YEAR_EARLIER, each of which has one of the words. */
const YEAR_WORD = /year|yr|season/i;
/**
 * "an increase of 21% on the previous year", "up from the year before", "roughly the same as a year
 * earlier", "more than double a year earlier", "19% more than in the previous year": the year a comparison
 * is made with, not the figure's.
 */
const COMPARED_WITH_YEAR_EARLIER = /\b(?:on|over|from|than|since|above|below|compared\s+(?:with|to)|versus|vs\.?|ahead\s+of|behind|(?:the\s+)?same\s+as|as\s+(?:many|much|high|low)\s+as|double|doubled|twice|triple|tripled|half)\s+(?:in\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:(?:a|one)\s+(?:year|season)\s+(?:earlier|before)|the\s+(?:year|yr|season)\s+before|the\s+(?:previous|prior|preceding)\s+(?:year|season))\b/iu;

/** COMPARED_WITH_YEAR_EARLIER, tried only where its words can be: most figures' words hold none. */
function comparedWithAYearEarlier(after: string): boolean {
  return YEAR_WORD.test(after) && COMPARED_WITH_YEAR_EARLIER.test(after);
}


/**
 * A column header that names the year before the table's time: "Previous year", "Prior year", "Year earlier",
 * "Previous period" or "Previous season" beside a row's period; or only "Previous" or "Prior" beside a row's
 * "Latest", which tables of yearly figures mean the same way.
 */
const YEAR_BEFORE_HEADER = /^[\s*_]*(?:(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:year|period|season)|(?:a\s+)?year\s+(?:earlier|before)|previous|prior)[\s*_]*$/i;
/** A row label that names the year before the column's: "Calf crop of the previous year", "Exports (prior year)". */
const YEAR_BEFORE_ROW_LABEL = /(?:\b(?:of|in|for|during)\s+the|\()\s*(?:previous|prior|preceding)\s+(?:year|season)\)?[\s*_:]*$/i;

/** The figure stands in a column headed as the year before (YEAR_BEFORE_HEADER), or in a row labelled so. */
function inColumnOfTheYearBefore(ctx: FigureContext): boolean {
  const cell = ctx.block.cell;
  if (cell === undefined) return false;
  const header = ctx.reader.columnHeader(ctx.blockIndex);
  if (header >= 0 && YEAR_BEFORE_HEADER.test(ctx.reader.doc.blocks[header].text)) return true;
  const label = ctx.reader.rowLabel(ctx.blockIndex);
  return label >= 0 && YEAR_BEFORE_ROW_LABEL.test(ctx.reader.doc.blocks[label].text);
}

/**
 * The time a figure "a year earlier" is a year before: the last period named before it in its block, else
 * the periods of its nearest context block that has any.
 */
function timeJustNamed(ctx: FigureContext): MonthSpan | null {
  return timeNamedInItsBlock(ctx) ?? contextPeriods(ctx, () => true);
}

/** The time last named, as timeJustNamed reads it, leaving out the years changes in its block were measured from. */
function timeJustNamedBesidesBases(ctx: FigureContext): MonthSpan | null {
  const before = ctx.reader.datingPeriods(ctx.blockIndex).filter((p) => p.end <= ctx.token.start);
  const last = before[before.length - 1];
  if (!last || !isComparisonBase(ctx.text, last)) return timeJustNamed(ctx);
  const others = before.filter((p) => !isComparisonBase(ctx.text, p));
  return others.length > 0 ? others[others.length - 1] : contextPeriods(ctx, () => true);
}

/**
 * The time last named, leaving out the time of a level a change started from ("12.4%, up from 10.7% in 2011,
 * while 10.4% …, compared with 8.1% a decade earlier"): "a decade earlier" counts back from the time the text is
 * about, not from that earlier level's.
 */
function timeJustNamedBesidesStartingLevels(ctx: FigureContext): MonthSpan | null {
  const before = ctx.reader.datingPeriods(ctx.blockIndex).filter((p) => p.end <= ctx.token.start && !DATED_STARTING_LEVEL.test(textBefore(ctx.text, p, DATED_STARTING_LEVEL_REACH)));
  return before.length > 0 ? before[before.length - 1] : contextPeriods(ctx, () => true);
}

/** A period of the block stands between the two offsets of its text. */
function timeWrittenBetween(ctx: FigureContext, from: number, to: number): boolean {
  return ctx.reader.datingPeriods(ctx.blockIndex).some((p) => p.start >= from && p.end <= to);
}

/** A period of the block stands in the figure's stretch after it, before the next figure and the sentence's end. */
function periodInOwnStretch(ctx: FigureContext): boolean {
  // Only up to a break in the clause: in "exported 403.3 million liters, almost the volume it shipped in 2023"
  // the year is the comparison's, as bindPeriod reads it.
  const end = Math.min(ctx.nextStart, ctx.sentenceEnd);
  const cut = ctx.text.slice(ctx.token.end, end).search(CLAUSE_BREAK_AFTER);
  return timeWrittenBetween(ctx, ctx.token.end, cut < 0 ? end : ctx.token.end + cut);
}

/** A mark that ends the figure's clause after it: a comma, colon, semicolon or dash before a space. */
const CLAUSE_BREAK_AFTER = /[,;:—–]\s/;

/**
 * The time its own paragraph last names before the figure. A change "on a year earlier" is of that time; one
 * named in a block before may be any event's ("Apple changed its app in 2023"), not the survey's the change
 * compares.
 */
function timeNamedInItsBlock(ctx: FigureContext): MonthSpan | null {
  const before = ctx.reader.datingPeriods(ctx.blockIndex).filter((p) => p.end <= ctx.token.start);
  return before.length > 0 ? before[before.length - 1] : null;
}

/**
 * December of the year last named, for a figure "at the end of the year" after it, with no time of its own in
 * its stretch. Null when that time already ends in December: it dates the figure as well.
 */
function endOfTheYear(ctx: FigureContext): MonthSpan | null {
  if (!END_OF_THE_YEAR_AFTER.test(toNextFigure(ctx, ctx.sentenceEnd)) || periodInOwnStretch(ctx)) return null;
  const named = timeJustNamed(ctx);
  if (!named || named.to % MONTHS_IN_A_YEAR === MONTHS_IN_A_YEAR - 1) return null;
  const december = named.to - (named.to % MONTHS_IN_A_YEAR) + MONTHS_IN_A_YEAR - 1;
  return { from: december, to: december };
}

/** "at the end of the year", "by the end of the year", "at year-end", in the figure's stretch. */
const END_OF_THE_YEAR_AFTER = /^[^.;:]{0,40}?\b(?:at|by)\s+(?:the\s+)?(?:end\s+of\s+(?:the|that)\s+year|year[-\s]end)\b/i;

/** "… rose 73% to 1,538,621, from [1,123,444]": not a range's end ("from 5 to 10"). */
const RANGE_END_AFTER = /^\s*(?:to|–|-)\s*[-+−$€£]?\d/;

/**
 * The figure is where a change started ("…, from [1,123,444]"): a value of an earlier time than the one its
 * heading or lead-in names, so a context block does not date it.
 */
function startsFromIt(ctx: FigureContext): boolean {
  if (!fromRightBefore(ctx.text, ctx.token.start, ctx.sentenceStart)) return false;
  // "from 1,442 to 1,492" after a verb of change ("they rose 2.3%, from …") is the change's start, not a range.
  return !RANGE_END_AFTER.test(textAfter(ctx.text, ctx.token, 12)) || CHANGED_FROM.test(ctx.text.slice(ctx.sentenceStart, ctx.token.start));
}

/** A verb of change, then "from" at the end: "rose 2.3%, from", "edged up from", "were down 4% from", "lifted exports from". */
const CHANGED_FROM = /\b(?:rose|risen|rises|grew|grown|increased|climbed|jumped|surged|soared|fell|fallen|falls|dropped|declined|decreased|slipped|slid|plunged|edged\s+(?:up|down)|up|down|lifted|raised|pushed|boosted|lowered|reduced|cut)\b(?:[^.;:]|\.(?=\d)){0,40}\bfrom\s+[~≈]?$/i;

/** A period is written in the figure's sentence before the figure. */
function timeInItsSentence(ctx: FigureContext): boolean {
  return ctx.reader.datingPeriods(ctx.blockIndex).some((p) => p.start >= ctx.sentenceStart && p.end <= ctx.token.start);
}

/** A figure, not a year, stands before this one in its sentence. */
function earlierFigureInItsSentence(ctx: FigureContext): boolean {
  for (let p = 0; p < ctx.t; p++) {
    const token = ctx.tokens[p];
    if (token.start >= ctx.sentenceStart && !isYearToken(token)) return true;
  }
  return false;
}

/**
 * The figure's words place it a year before another time: "61% a year earlier", "the previous year's 1.83
 * billion", "; a year earlier the rate was 6.8%", a column headed "Previous year". Not a change compared
 * with the year before ("up 9.8% on the year before"), which is of the later time.
 */
/** ", and", ", but", ", while": another clause begins, whose words of time are its own ("…, and the year before that it was worth"). */
const JOINED_CLAUSE = /,\s+(?:and|but|while|whereas)\s/i;

/** The words after a figure up to a clause joined to its own. */
function beforeAJoinedClause(after: string): string {
  const joined = JOINED_CLAUSE.exec(after);
  return joined ? after.slice(0, joined.index) : after;
}

export function saysAYearEarlier(ctx: FigureContext): boolean {
  if (levelSaysAYearEarlier(ctx)) return true;
  // Each of the phrases has "year" in it: most figures' sentences have none, and skip the patterns.
  const from = Math.min(ctx.clauseStart, Math.max(ctx.sentenceStart, ctx.token.start - YEAR_EARLIER_BEFORE_REACH));
  if (!YEAR_WORD.test(ctx.text.slice(from, Math.min(ctx.nextStart, ctx.sentenceEnd)))) return inColumnOfTheYearBefore(ctx);
  const after = beforeAJoinedClause(toNextFigure(ctx, ctx.sentenceEnd));
  if (YEAR_EARLIER.test(after) && !COMPARED_WITH_YEAR_EARLIER.test(after) && !FORECAST_A_YEAR_EARLIER.test(after)) return true;
  const before = backTo(ctx, ctx.sentenceStart, YEAR_EARLIER_BEFORE_REACH);
  return YEAR_EARLIER_BEFORE.test(before) || opensWithAYearEarlier(ctx) || inColumnOfTheYearBefore(ctx);
}

/**
 * The figure's table row dates it by its label, and the label names something besides the time ("| Ruritania
 * (Bolt fault), Mar 2025 | 3,085 |"): the month is when that thing happened, which the row's counts follow.
 */
export function datedByItsRowLabel(ctx: FigureContext): boolean {
  const own = ctx.block.cell;
  if (own === undefined || own.column === 0) return false;
  const block = contextDatingBlock(ctx);
  const label = block >= 0 ? ctx.reader.doc.blocks[block].cell : undefined;
  return label !== undefined && label.table === own.table && label.row === own.row && label.column === 0 && !onlyAPeriod(ctx, block);
}

/** No other figure stands in the figure's clause before it. */
function firstInClause(ctx: FigureContext): boolean {
  return !ctx.figureBefore || ctx.figureBefore.end <= ctx.clauseStart;
}

/** Only "to" or "at" between a change and the level it reached: "falling 7% to $876bn". */
const CHANGE_TO_LEVEL = /^\s*(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$/i;

/**
 * A change whose level follows it ("after falling 7% to $876bn the year before"): the year-earlier words after
 * the level date the change as they date the level, for both state one movement.
 */
function levelSaysAYearEarlier(ctx: FigureContext): boolean {
  if (!ctx.token.change) return false;
  const level = ctx.tokens[ctx.t + 1];
  if (!level || level.start >= ctx.sentenceEnd || level.change || !CHANGE_TO_LEVEL.test(ctx.text.slice(ctx.token.end, level.start))) return false;
  const following = ctx.tokens[ctx.t + 2];
  const after = beforeAJoinedClause(ctx.text.slice(level.end, following && following.start < ctx.sentenceEnd ? following.start : ctx.sentenceEnd));
  return YEAR_EARLIER.test(after) && !COMPARED_WITH_YEAR_EARLIER.test(after);
}

/**
 * The figure's clause opens with YEAR_EARLIER_OPENING, and writes no time of its own after it ("a year
 * before that, in September 2022, …", "at the end of fiscal 2023"), read as a period or not.
 */
function opensWithAYearEarlier(ctx: FigureContext): boolean {
  const opening = YEAR_EARLIER_OPENING.exec(ctx.text.slice(ctx.clauseStart, ctx.token.start));
  return opening !== null && !A_YEAR.test(ctx.text.slice(ctx.clauseStart + opening[0].length, ctx.token.start));
}
const A_YEAR = /\b(?:19|20)\d\d\b/;

/** A level-1 heading: the piece's title, or a part of it as long. */
function isTitle(block: ProseBlock): boolean {
  return block.kind === 'heading' && block.level === 1;
}

/** The nearest context block that `accept`s and has periods, or -1. */
function nearestDatingBlock(ctx: FigureContext, accept: (block: number) => boolean): number {
  for (const c of ctx.context) if (accept(c) && ctx.reader.datingPeriods(c).length > 0) return c;
  return -1;
}

/** A block's periods as one span, from the earliest to the latest: "compares 2023 with 2019" is 2019–2023. */
function spanOf(ctx: FigureContext, block: number): MonthSpan {
  const periods = ctx.reader.datingPeriods(block);
  let from = periods[0].from;
  let to = periods[0].to;
  for (const p of periods) {
    if (p.from < from) from = p.from;
    if (p.to > to) to = p.to;
  }
  return { from, to };
}

/** The periods of the nearest context block that `accept`s and has any, as one span. */
function contextPeriods(ctx: FigureContext, accept: (block: number) => boolean): MonthSpan | null {
  const block = nearestDatingBlock(ctx, accept);
  return block < 0 ? null : spanOf(ctx, block);
}

/**
 * The block that dates a figure from its context, as period/title, period/paragraph and period/context
 * choose it: none for a sentence that gives its time relative to when it was written; only a table cell
 * for a block that dates things itself (a heading or a question above it does not). Read once per figure,
 * for the three rules.
 */
/** What may stand round a period that fills a cell: white space, emphasis, "in", "from", "as of". */
const ONLY_A_PERIOD_AROUND = /^[\s*_]*(?:(?:in|from|since|as\s+of)\s+)?$|^[\s*_.,]*$/i;

/** The cell holds one period and nothing else but ONLY_A_PERIOD_AROUND. */
function onlyAPeriod(ctx: FigureContext, b: number): boolean {
  const periods = ctx.reader.datingPeriods(b);
  if (periods.length !== 1) return false;
  const text = ctx.reader.doc.blocks[b].text;
  return ONLY_A_PERIOD_AROUND.test(text.slice(0, periods[0].start)) && ONLY_A_PERIOD_AROUND.test(text.slice(periods[0].end));
}

function datingRow(ctx: FigureContext): MonthSpan | null {
  const cell = ctx.block.cell;
  if (cell === undefined || cell.column === 0 || cell.row === 0) return null;
  const blocks = ctx.reader.doc.blocks;
  // The rows above, nearest first; a table's cells are blocks in reading order.
  let byRow: Map<number, number[]> | undefined;
  for (let b = ctx.blockIndex - 1; b >= 0 && blocks[b].cell?.table === cell.table; b--) {
    const other = blocks[b].cell!;
    if (other.row >= cell.row || other.column === 0) continue;
    if (other.row === 0 && other.column === cell.column && ctx.reader.datingPeriods(b).length > 0) return null;
    byRow ??= new Map();
    const row = byRow.get(other.row);
    if (row) row.push(b);
    else byRow.set(other.row, [b]);
  }
  if (byRow === undefined) return null;
  const rows = [...byRow.keys()].filter((r) => r > 0).sort((x, y) => y - x);
  for (const r of rows) {
    const cells = byRow.get(r)!;
    if (cells.length < 2 || !cells.every((b) => onlyAPeriod(ctx, b))) continue;
    const own = cells.find((b) => blocks[b].cell!.column === cell.column);
    return own === undefined ? null : spanOf(ctx, own);
  }
  return null;
}

/**
 * A cell of the figure's row that holds only a period ("| Meta (2018 breach) | €251m | Dec 2024 |"): it dates
 * the row, before a year that a label's words hold.
 */
function dateCellOfTheRow(ctx: FigureContext, accept: (block: number) => boolean): number | undefined {
  const own = ctx.block.cell;
  if (own === undefined) return undefined;
  const dateCells = ctx.context.filter((c) => {
    const other = ctx.reader.doc.blocks[c].cell;
    return other?.table === own.table && other.row === own.row && accept(c) && onlyAPeriod(ctx, c);
  });
  if (dateCells.length < 2) return dateCells[0];
  // Two dates in a row ("| 2025 edition | 2024 |"): the one a time word heads ("Reference year") is the data's;
  // the other dates something else, a report's edition or a publication.
  const headedByTime = dateCells.filter((c) => {
    const header = ctx.reader.columnHeader(c);
    return header >= 0 && header !== c && TIME_WORD.test(ctx.reader.doc.blocks[header].text);
  });
  return headedByTime.length === 1 ? headedByTime[0] : dateCells[0];
}

/** A word in a column's header that says its cells are times: "Reference year", "Period covered", "Survey date". */
const TIME_WORD = /\b(?:years?|periods?|dates?|quarters?|months?|seasons?)\b/i;

function contextDatingBlock(ctx: FigureContext): number {
  if (ctx.datingBlock === undefined) {
    // A dateline's date dates none of the block's figures, but the block is dated: no title's time is its.
    const ownPeriods = ctx.reader.datingPeriods(ctx.blockIndex).length > 0 || ctx.reader.datelineEnd(ctx.blockIndex) >= 0;
    const accept = (c: number): boolean => (!ownPeriods || ctx.reader.doc.blocks[c].cell !== undefined) && !datesItsOwnFigure(ctx, c);
    ctx.datingBlock = RELATIVE_TIME.test(ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd))
      ? -1
      : (dateCellOfTheRow(ctx, accept) ?? nearestDatingBlock(ctx, accept));
  }
  return ctx.datingBlock;
}

/**
 * A figure, then its period in parentheses ("1,701 severe (2023)", "408 (2024)"), or a period that labels
 * the figure after it with a colon ("2022: 10.3C").
 */
const FIGURE_THEN_PERIOD = /\d[\d,.]*\s*(?:[%\p{L}]+\s*){0,3}\((?:[^()]*\b)?(?:19|20)\d\d\b[^()]*\)|\b(?:19|20)\d\d\s*:\s*[-+−~]?\d/u;

/**
 * Another cell of the figure's row, past the row's label, that holds a figure of its own with its period
 * in parentheses or before a colon ("| 131 | 1,701 severe (2023) |", "| 9.97C | 2022: 10.3C |"): that
 * period is its figure's, not the row's.
 */
function datesItsOwnFigure(ctx: FigureContext, c: number): boolean {
  const own = ctx.block.cell;
  const other = ctx.reader.doc.blocks[c].cell;
  if (own === undefined || other === undefined || other.table !== own.table || other.row !== own.row || other.column === 0) return false;
  return FIGURE_THEN_PERIOD.test(ctx.reader.doc.blocks[c].text) || isAYearValue(ctx, c);
}

/**
 * A header that says only that its column holds the rows' times: "Year", "Year(s)", "Date", "Period", "Season",
 * the kind of year the data refer to ("Reference year", "Fiscal year", "Period covered"), or the time a
 * forecast or target is for ("By", "Until", "Target year").
 */
const TIME_HEADER = /^[\s*_]*(?:(?:(?:(?:reference|data|survey|reporting|fiscal|financial|calendar|crop|marketing|school|academic|tax|budget)\s+)?years?|year\(s\)|(?:years?|periods?)\s+(?:covered|of\s+data)|dates?|periods?|seasons?|months?|quarters?|as\s+of|when|time|by|until|through|target\s+(?:years?|dates?)|horizon)[\s*_/,&()-]*)*$/i;

/**
 * Another cell of the row under a header that says what its years are ("| Record year |" over "2022",
 * "Founded", "Opened"), not that they are the rows' times: a year there is what the column records.
 */
function isAYearValue(ctx: FigureContext, c: number): boolean {
  const header = ctx.reader.columnHeader(c);
  return header >= 0 && header !== c && !TIME_HEADER.test(ctx.reader.doc.blocks[header].text) && ctx.reader.datingPeriods(header).length === 0;
}

/** What a parenthesis holding a period may hold besides it: "in", "as of", markup. */
const ONLY_A_PERIOD = /^[\s*_]*(?:(?:in|as\s+of|for|from)\s+)?[\s*_]*$/i;

/**
 * What may stand between a period and the figure it labels: a colon and white space, a soft line break
 * among it ("2012\n  588,388" in a wrapped list item reads as "2012 588,388").
 */
const ONLY_A_COLON = /^:?\s+$/;


/**
 * A month's name with no year right after the figure ("2.4% in November", "467,500 yuan in late April") or right
 * before it ("Nov: 2.4%").
 */
const MONTH_AFTER = new RegExp(`^\\s*(?:in|for|during)\\s+(?:(?:early|mid|late)[-\\s]+)?${MONTH_NAME}\\b(?!\\.?\\s*[,]?\\s*(?:\\d|['’]\\d))`);
const MONTH_BEFORE = new RegExp(`\\b${MONTH_NAME}\\.?\\s*:?\\s*$`);
/**
 * A month alone opening the figure's clause, then a subject and its verb: "…, and in December Cruise laid off
 * [900] people". No year may follow the month, nor another figure stand before this one (firstInClause).
 */
const MONTH_OPENING = new RegExp(`^[\\s,;*_]*(?:and\\s+|but\\s+|then\\s+)?(?:in|by|during)\\s+${MONTH_NAME}\\b(?!\\.?\\s*[,]?\\s*(?:\\d|['’]\\d))`);

/**
 * The month a figure is dated by its name alone, in the year of the last period its sentence names before it: "2.9% in
 * December 2023, up from 2.4% in November" is November 2023. A later month than one named with its year, in a
 * comparison with it ("January 2024 …, from 2.9% in December"), is of the year before.
 */
const DIGIT_IN = /\d/;

function monthOfSentenceYear(ctx: FigureContext): MonthSpan | null {
  const end = Math.min(ctx.nextStart, ctx.sentenceEnd);
  const after = MONTH_AFTER.exec(ctx.text.slice(ctx.token.end, end));
  const before = after ? null : MONTH_BEFORE.exec(backTo(ctx, ctx.sentenceStart, 14));
  const opening = after || before || ctx.clauseStart <= ctx.sentenceStart || !firstInClause(ctx) ? null : MONTH_OPENING.exec(ctx.text.slice(ctx.clauseStart, ctx.token.start));
  const word = after?.[1] ?? before?.[1] ?? opening?.[1];
  const month = word === undefined ? undefined : monthNamedAlone(word);
  if (month === undefined) return null;
  // A month the words "this year" or "last year" follow ("in January-March this year") is of the year they
  // count from the piece's date (period/relative-year), not of a year named earlier in the sentence.
  if (after && RELATIVE_YEAR_AFTER_FIGURE.test(ctx.text.slice(ctx.token.end, end))) return null;
  // A month that opens a run of months with a year ("in January–February 2025") is no month alone.
  const monthAt = after ? ctx.token.end + after[0].length - after[1].length : -1;
  if (after && ctx.reader.datingPeriods(ctx.blockIndex).some((p) => p.start <= monthAt && p.end > monthAt + after[1].length)) return null;
  // The period that frames the month is named before it ("in December 2023, up from … in November"); one
  // after it is another comparison ("… far below the peaks of 2022").
  // A month read with no year written ("by July", which the document reader dates itself) names no year.
  const named = ctx.reader.datingPeriods(ctx.blockIndex).filter((p) => p.start >= ctx.sentenceStart && p.end <= ctx.token.start && Math.floor(p.from / MONTHS_IN_A_YEAR) === Math.floor(p.to / MONTHS_IN_A_YEAR) && DIGIT_IN.test(ctx.text.slice(p.start, p.end)));
  if (named.length === 0) return null;
  const reference = named[named.length - 1];
  let year = Math.floor(reference.from / MONTHS_IN_A_YEAR);
  // A later month looks back a year only where the sentence compares with it ("January 2024, down from 2.9%
  // in December"); in a run forward ("33.9 at the end of July 2024 and 35.3 in November") it is the same year.
  // Only past any figure between: in "to 47.5 feet from the permitted 50 feet, and by July it was holding them to
  // 44" the "from" is the 50's, and the run goes forward.
  const looksBack = LOOKS_BACK.test(ctx.text.slice(Math.max(reference.end, ctx.figureBefore?.end ?? 0), ctx.token.start));
  if (reference.from === reference.to && month > reference.from % MONTHS_IN_A_YEAR && looksBack) year--;
  // A clause that opens with an earlier month of the calendar than the one just named ("on 29 December 2023
  // …, and by January the index had spiked") may have moved on into the next year: its year is unsure.
  if (opening && reference.from === reference.to && month < reference.from % MONTHS_IN_A_YEAR) return null;
  const dated = year * MONTHS_IN_A_YEAR + month;
  return { from: dated, to: dated };
}

/**
 * "the previous year's 1.83 billion": the year before the time last named, in the possessive right before
 * the figure. ("Last year's" counts from the day of writing, which the text may not give.)
 */
const YEAR_EARLIER_BEFORE = /\b(?:previous|prior|preceding)\s+year['’]s\s+(?:[~≈]\s*|(?:about|around|some|nearly|almost)\s+)?$/i;
const YEAR_EARLIER_BEFORE_REACH = 40;

/**
 * "a decade earlier", "10 years before": how many years back a figure is from the time last named. ("Five
 * years ago" counts from when the piece was written, not from the time last named: not read here.)
 */
const YEARS_EARLIER = /\b(?:(a|one)\s+decade|(two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})\s+years)\s+(?:earlier|before)\b/i;
const YEARS_EARLIER_AFTER = new RegExp(`^[^.;:]{0,40}?${YEARS_EARLIER.source}`, 'i');
/**
 * The same phrase right after the figure, its count of years being the next number ("the £648.4m of two years
 * earlier"): the stretch up to that number holds none of it.
 */
const YEARS_EARLIER_RIGHT_AFTER = new RegExp(`^\\s*(?:(?:of|from|in)\\s+)?${YEARS_EARLIER.source}`, 'i');
/** The phrase opening the figure's clause: "; a decade earlier it was one every [95] hours". */
const YEARS_EARLIER_OPENING = new RegExp(`^[\\s,]*(?:and\\s+|but\\s+)?${YEARS_EARLIER.source}`, 'i');
const YEAR_COUNT_WORDS = NUMBER_WORDS.slice(2, 11);

/**
 * "a year later", "two years on", "a decade later", "the following year": how many years forward a figure is
 * from the time its block last named.
 */
const YEARS_LATER = /\b(?:(?:(a|one)\s+decade|(a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,2})\s+years?)\s+(?:later\b|on(?=\s*(?:[,.;:)]|$)|\s+(?:from|since)\b))|the\s+(following|next)\s+year\b)/i;
/** After the figure in its own stretch, before any comma: ", and a year later …" opens another clause. */
const YEARS_LATER_AFTER = new RegExp(`^[^.;:,]{0,40}?${YEARS_LATER.source}`, 'i');
/** The phrase opening the figure's clause, or between its opening and the figure with no period written: "and a year later put their wealth at [$14 trillion]". */
const YEARS_LATER_BEFORE = new RegExp(`${YEARS_LATER.source}[^.;:]*$`, 'i');

/** The years a YEARS_LATER match counts on. */
function yearsOn(m: RegExpExecArray): number {
  if (m[1] !== undefined) return 10;
  if (m[3] !== undefined) return 1;
  const word = m[2].toLowerCase();
  if (word === 'a' || word === 'one') return 1;
  if (word === 'twenty') return 20;
  const k = YEAR_COUNT_WORDS.indexOf(word);
  return k >= 0 ? k + 2 : Number(word);
}

/** The time of a figure "a year later" than a year or less its block names before the phrase, with no period between. */
function yearsLater(ctx: FigureContext): MonthSpan | null {
  const after = YEARS_LATER_AFTER.exec(toNextFigure(ctx, ctx.sentenceEnd));
  const before = after ? null : YEARS_LATER_BEFORE.exec(ctx.text.slice(ctx.clauseStart, ctx.token.start));
  const m = after ?? before;
  if (!m) return null;
  const phraseStart = after ? ctx.token.end : ctx.clauseStart + m.index;
  // "put at $581m two years later and is now [$642m]": a word for the present after the phrase sets the
  // figure at the time of writing, not at the phrase's time.
  if (before && PRESENT.test(m[0])) return null;
  const periods = ctx.reader.datingPeriods(ctx.blockIndex);
  // A period written between the phrase and the figure, or in the figure's own stretch, is the figure's own:
  // in "€39.43 a year later and €38.35 in the first half of 2025" the phrase before €38.35 is the €39.43's.
  const stretchEnd = after ? ctx.token.end + m[0].length : Math.min(ctx.nextStart, ctx.sentenceEnd);
  if (periods.some((p) => (p.start >= phraseStart && p.end <= ctx.token.start) || (p.start >= ctx.token.end && p.start < stretchEnd))) return null;
  const named = periods.filter((p) => p.end <= Math.min(phraseStart, ctx.token.start));
  const time = named.length > 0 ? named[named.length - 1] : onlyTimeOfTheParagraphBefore(ctx);
  if (!time || time.to - time.from >= MONTHS_IN_A_YEAR) return null;
  const shift = yearsOn(m) * MONTHS_IN_A_YEAR;
  return { from: time.from + shift, to: time.to + shift };
}

/**
 * The one time the paragraph right before names, for a paragraph that opens "a year later" with no time of
 * its own before the phrase: "In 2023 it booked €7.9bn. ¶ Turnover held at €7.9bn the following year". A
 * paragraph that names several times leaves open which one the phrase counts from.
 */
function onlyTimeOfTheParagraphBefore(ctx: FigureContext): PeriodSpan | undefined {
  const before = ctx.reader.paragraphBefore(ctx.blockIndex);
  if (before < 0) return undefined;
  const periods = ctx.reader.datingPeriods(before);
  const first = periods[0];
  return first && periods.every((p) => p.from === first.from && p.to === first.to) ? first : undefined;
}

/** The years a YEARS_EARLIER match counts back. */
function yearsBack(m: RegExpExecArray): number {
  if (m[1] !== undefined) return 10;
  const word = m[2].toLowerCase();
  if (word === 'twenty') return 20;
  const k = YEAR_COUNT_WORDS.indexOf(word);
  return k >= 0 ? k + 2 : Number(word);
}

/**
 * "last year", "this year", "next year" in the figure's own stretch, before any comma: a comma ends the stretch
 * (", and it fell again this year"). "Last year's" only after a preposition of time or occasion ("up from 29
 * during last year's trial", "150,335 for last year's running", "at this year's race"): "above last year's
 * level" names another quantity of that year.
 */
const RELATIVE_YEAR_AFTER_FIGURE = /^[^.;:,]{0,40}?\b(?<!\b(?:the|its|their|that|his|her)\s)(last|this|next)\s+year\b(?:(?!['’]s)|(?<=\b(?:during|in|over|throughout|for|at)\s+(?:last|this|next)\s+year))/i;
/** The same words opening the figure's clause: "Last year, …", "This year the agency …". */
const RELATIVE_YEAR_OPENING = /^[\s,*_"“]*(?:and\s+|but\s+)?(?:(?:by|in|during)\s+)?(last|this|next)\s+year\b(?!['’]s)/i;
const YEARS_FROM_WRITING: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };
/** "killed 11 people last year and sent an estimated [14,200]": a relative year before a second predicate of the same subject. */
const RELATIVE_YEAR_BEFORE_SECOND_PREDICATE = new RegExp(String.raw`\b(?<!\b(?:the|its|their|that|his|her)\s)(last|this|next)\s+year\b` + SECOND_PREDICATE_TO_FIGURE.source.slice(1), 'iu');
/** A month's name written in full ("May" is a word too, but "last May" is a month). */
const FULL_MONTH = `(${MONTH_NAMES.join('|')})`;
/** "last November", "this March" in the figure's stretch (not "the last November" of a series); "next" names no figure yet. */
const RELATIVE_MONTH_AFTER_FIGURE = new RegExp(`^[^.;:,]{0,40}?\\b(?<!\\b(?:the|its|their|that)\\s)(last|this)\\s+${FULL_MONTH}\\b`, 'i');
/** The same words opening the figure's clause: "Last November, heads reported …". */
const RELATIVE_MONTH_OPENING = new RegExp(`^[\\s,*_"“]*(?:and\\s+|but\\s+)?(last|this)\\s+${FULL_MONTH}\\b`, 'i');
/** A comparison word right before the relative year: "more than last year", "up on last year", "than in the same weeks of last year". */
const COMPARED_WITH_RELATIVE_YEAR = /\b(?:than|on|over|from|since|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:in\s+)?the\s+(?:same|corresponding|equivalent)\s+(?:period|months?|weeks?|quarter|half|days?|time)\s+(?:of|in)\s+)?(?:last|this)\s+year\b/i;

/**
 * "three months later", "a month earlier", "six months on": a time that many months after or before the one
 * named before the phrase.
 */
const MONTH_COUNT_WORDS = NUMBER_WORDS.slice(1, 12);
/** A count of months in words or digits, and "months": MONTHS_AWAY's and MONTHS_AWAY_RIGHT_AFTER's opening. */
const MONTH_COUNT = `(a|${MONTH_COUNT_WORDS.join('|')}|\\d{1,2})\\s+months?\\s+`;
const MONTHS_AWAY = new RegExp(`\\b${MONTH_COUNT}(earlier|before|later|after|on)\\b`, 'gi');
/** A cheap first look for MONTHS_AWAY. */
const MONTH_WORD = /months?\s/i;
/** MONTHS_AWAY's words that count back: the others count on. */
const BACKWARD_WORDS: ReadonlySet<string> = new Set(['earlier', 'before']);
/** Only a time of a quarter or less moves by months: "three months later" than a year names no month. */
const MONTHS_AWAY_LONGEST_SPAN = 3;

/**
 * "three months earlier" right after the figure, ending its clause ("up from 5.63 million three months earlier"):
 * how many months it moves the figure from the time its sentence names before it; null without one.
 */
export function monthsAwayRightAfter(ctx: FigureContext): number | null {
  // The phrase's own number is the next figure: the text is read to the sentence's end.
  const m = MONTHS_AWAY_RIGHT_AFTER.exec(ctx.text.slice(ctx.token.end, ctx.sentenceEnd));
  return m ? monthsOfThePhrase(m[1], m[2]) : null;
}

/** The phrase right after a figure, a unit's word or two between at most, with its clause ending after it. */
const MONTHS_AWAY_RIGHT_AFTER = new RegExp(`^\\s*(?:\\p{L}+\\s+){0,2}?${MONTH_COUNT}(earlier|before|later|on)(?=\\s*(?:[.,;:)]|$))`, 'iu');

/** The signed count of months a phrase's number and direction name: "three … earlier" is -3. */
function monthsOfThePhrase(number: string, direction: string): number {
  const word = number.toLowerCase();
  const count = word === 'a' ? 1 : MONTH_COUNT_WORDS.includes(word) ? MONTH_COUNT_WORDS.indexOf(word) + 1 : Number(word);
  return BACKWARD_WORDS.has(direction.toLowerCase()) ? -count : count;
}

/** The time a "three months later" before the figure in its sentence names, counted from a time its sentence names before. */
function monthsAway(ctx: FigureContext): MonthSpan | null {
  const right = monthsAwayRightAfter(ctx);
  if (right !== null) {
    const periods = ctx.reader.datingPeriods(ctx.blockIndex).filter((p) => p.start >= ctx.sentenceStart && p.end <= ctx.token.start);
    const time = periods[periods.length - 1];
    return time && time.to - time.from < MONTHS_AWAY_LONGEST_SPAN ? { from: time.from + right, to: time.to + right } : null;
  }
  const before = ctx.text.slice(ctx.sentenceStart, ctx.token.start);
  if (!MONTH_WORD.test(before)) return null;
  let last: RegExpExecArray | null = null;
  MONTHS_AWAY.lastIndex = 0;
  for (let m = MONTHS_AWAY.exec(before); m; m = MONTHS_AWAY.exec(before)) last = m;
  if (!last) return null;
  const phraseStart = ctx.sentenceStart + last.index;
  if (PRESENT.test(ctx.text.slice(phraseStart + last[0].length, ctx.token.start))) return null;
  const periods = ctx.reader.datingPeriods(ctx.blockIndex);
  if (periods.some((p) => p.start >= phraseStart && p.end <= ctx.token.start)) return null;
  // Only a time of the same sentence: one a sentence before may be a clause's aside ("a breach it reported
  // in September 2018. Three months earlier Meta had been fined …" counts from the fine's December).
  const named = periods.filter((p) => p.start >= ctx.sentenceStart && p.end <= phraseStart);
  const time = named[named.length - 1];
  if (!time || time.to - time.from >= MONTHS_AWAY_LONGEST_SPAN) return null;
  const shift = monthsOfThePhrase(last[1], last[2]);
  return { from: time.from + shift, to: time.to + shift };
}

/**
 * ", when" opening a clause, after a period and perhaps its noun ("2019, when", "the 2022 season, when"), or
 * an apposition that names the period again for such a clause ("of 2023, a year in which", "2022, the season
 * during which").
 */
const WHEN_OPENS = new RegExp(String.raw`^${TIME_NOUN_AFTER},\s+${WHEN_OPENER}`, 'i');
/** "since" right before a period: a stretch of time from then to the present. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
const SINCE_REACH = 10;
const SINCE_OPENS = /^since\s/i;
/** What may not stand between "when" and the figure: another clause or list item, or another figure. */
const OUT_OF_THE_WHEN_CLAUSE = /[;:()—–]|,(?!\d)|\d/;

/**
 * A change on the year before ("$19,804m in 2023, 9.8% up on the year before") is of the time last named,
 * when that is a year or less: a change is no stretch of years ("the lowest since 2010").
 */
function changeOnTheYearBefore(ctx: FigureContext): MonthSpan | null {
  if (!ctx.token.change || !comparedWithAYearEarlier(toNextFigure(ctx, ctx.sentenceEnd))) return null;
  const named = timeNamedInItsBlock(ctx);
  if (!named || named.to - named.from >= MONTHS_IN_A_YEAR) return null;
  // "… in 2024. Acme shipped 6.7 million in the fourth quarter, [8.4%] fewer than a year earlier": the change is
  // of the part of the year its sentence names, not of the whole year named before.
  const wholeYear = named.to - named.from === MONTHS_IN_A_YEAR - 1;
  return wholeYear && PART_OF_A_YEAR.test(ctx.text.slice(ctx.sentenceStart, ctx.token.start)) ? null : named;
}

/** A quarter or a half written without its year: "in the fourth quarter", "the first half". */
const PART_OF_A_YEAR = /\b(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\b(?!\s+(?:of\s+)?\d)/i;

/** The period right before the ", when" whose clause holds the figure, if any. */
/** "a year before", "a year earlier" in a clause of time: a year before the time the clause names. */
const A_YEAR_BACK = /\ba\s+year\s+(?:before|earlier)\b/i;

function periodBeforeItsWhenClause(ctx: FigureContext): MonthSpan | null {
  const before = ctx.text.slice(ctx.sentenceStart, ctx.token.start);
  if (!before.includes('when')) return null;
  for (const span of ctx.reader.periods(ctx.blockIndex)) {
    if (span.start < ctx.sentenceStart || span.end > ctx.token.start) continue;
    const when = WHEN_OPENS.exec(ctx.text.slice(span.end, ctx.token.start));
    if (!when || OUT_OF_THE_WHEN_CLAUSE.test(ctx.text.slice(span.end + when[0].length, ctx.token.start))) continue;
    // "a decrease since 2011, when 562,000 …": the clause is of the time the stretch started, not the stretch.
    if (SINCE_BEFORE.test(textBefore(ctx.text, span, SINCE_REACH)) || SINCE_OPENS.test(ctx.text.slice(span.start, span.end))) return span.from % MONTHS_IN_A_YEAR === 0 ? { from: span.from, to: span.from + MONTHS_IN_A_YEAR - 1 } : { from: span.from, to: span.from };
    // "in mid-2023, when a year before they had hovered around $1.81": the clause steps a year back.
    const back = A_YEAR_BACK.test(ctx.text.slice(span.end + when[0].length, ctx.token.start)) ? MONTHS_IN_A_YEAR : 0;
    return { from: span.from - back, to: span.to - back };
  }
  return null;
}

/**
 * The rule that dates a figure "a year later" than a time named before it: a guess among the facts, never
 * alone a wrong year ("14.9% at the end of 2024 and 14.9% again a year later" may be right).
 */
export const YEARS_LATER_RULE = 'period/years-later';

/**
 * The rule that dates a change "on the year before" by a time an earlier sentence of its block names: the
 * last time named may be another clause's ("… in the same period of 2024. June alone brought 3.83 million,
 * up 7.6% on a year earlier"), so it is a guess among the facts, never alone a wrong year.
 */
export const CHANGE_ON_AN_EARLIER_TIME_RULE = 'period/change-on-the-year-before';

/** The rule that dates a change by the level right before it: the sentence's time, as the level's. */
export const LEVEL_BEFORE = 'period/level-before';

export const PERIOD_RULES: ReadingRule<MonthSpan>[] = [
  {
    id: 'period/years-earlier',
    doc: 'A figure "a decade earlier" or "ten years before", after it or opening its clause, is of that many years before the time last named: never the fact of that time.',
    example: 'The world now averages a launch every 34 hours in 2024; a decade earlier it was one every [95] hours.',
    read(ctx) {
      const after = YEARS_EARLIER_AFTER.exec(toNextFigure(ctx, ctx.sentenceEnd)) ?? YEARS_EARLIER_RIGHT_AFTER.exec(ctx.text.slice(ctx.token.end, ctx.sentenceEnd));
      const m = after ?? YEARS_EARLIER_OPENING.exec(ctx.text.slice(ctx.clauseStart, ctx.token.start));
      if (!m) return null;
      // A time written after the opening phrase restates it ("two years earlier, in 2022, output fell to …"): the
      // figure is of that time, which the sentence's own rule reads.
      if (!after && timeWrittenBetween(ctx, ctx.clauseStart + m.index + m[0].length, ctx.token.start)) return null;
      const named = timeJustNamedBesidesStartingLevels(ctx);
      const back = yearsBack(m) * MONTHS_IN_A_YEAR;
      return named ? { from: named.from - back, to: named.to - back } : null;
    },
  },
  {
    id: YEARS_LATER_RULE,
    doc: 'A figure "a year later" (or "two years on", "a decade later", "the following year"), after it or before it in its clause with no period between, is of that many years after the year or less its block last named.',
    example: 'In 2023 UBS counted 2,682 billionaires, and a year later put their wealth at [$14 trillion].',
    read: (ctx) => yearsLater(ctx),
  },
  {
    id: 'period/months-away',
    doc: 'A figure after "three months later" (or "a month earlier", "six months on") in its sentence, with no period between, is of that many months after or before the month or quarter the sentence names before the phrase.',
    example: 'At the end of March 2024 the total was 117,450; three months later it stood at [123,100].',
    read: (ctx) => monthsAway(ctx),
  },
  {
    id: CHANGE_ON_AN_EARLIER_TIME_RULE,
    doc: 'A change "on the year before" (or "than a year earlier") whose sentence names no time before it is of the time its block last named.',
    example: 'In 2024 the port handled 3.1 million containers. December alone brought 280,000, [4%] more than a year earlier.',
    read: (ctx) => (timeInItsSentence(ctx) ? null : changeOnTheYearBefore(ctx)),
  },
  {
    id: 'period/year-earlier',
    doc: 'A figure "a year earlier" (or "the year before", "in the previous year", "the previous year\'s"), or in a column headed so ("Previous year"), is of the year before the time last named; a change "on the year before" is of the time last named.',
    example: 'reached 78% in 2023, against [61%] a year earlier',
    read(ctx) {
      const after = toNextFigure(ctx, ctx.sentenceEnd);
      // A change on the year before whose sentence names its time (the rule before takes the others).
      if (ctx.token.change && comparedWithAYearEarlier(after)) return changeOnTheYearBefore(ctx);
      if (!saysAYearEarlier(ctx)) return null;
      // "The eurozone came in at 40.6% after 41.4% the year before", its sentence naming no time: the year
      // before the earlier figure's, not before the last year an earlier sentence named ("down from 40.7% in
      // 2022"). Left undated here, the sentence's figures date it (sentenceMates.ts).
      // A clause that opens "A year earlier, …" counts from the time last named, as before.
      if (YEAR_EARLIER.test(after) && !timeInItsSentence(ctx) && earlierFigureInItsSentence(ctx)) return null;
      // "… an increase of 19.4% on 2022. That compares with 3.8m the year before": a year a change was measured
      // from is no time the text moved to; the year before counts from the one it was compared with.
      const named = timeJustNamedBesidesBases(ctx);
      return named ? { from: named.from - MONTHS_IN_A_YEAR, to: named.to - MONTHS_IN_A_YEAR } : null;
    },
  },
  {
    id: 'period/after-baseline',
    doc: 'A figure compared with an earlier year ("a 47% increase from 2023") is of the year after it.',
    example: 'reached [EUR 10 billion], a 47% increase from 2023',
    read(ctx) {
      const baseline = BASELINE.exec(ctx.text.slice(ctx.token.end, ctx.sentenceEnd));
      // A level "…, one more than in 2022" is only of a later time, not which: any year may be compared. A
      // change "37% more than in 2022" is, as a change usually is, of the year after.
      if (!baseline || (!ctx.token.change && THAN_BASELINE.test(baseline[0]))) return null;
      // Its own year, when the clause gives one before the comparison, wins.
      const own = bindPeriod(ctx.text, ctx.reader.datingPeriods(ctx.blockIndex), placeOf(ctx, ctx.token.end + baseline.index));
      if (own) return null;
      // Changes against several years in one sentence ("12.6% more than in 2022 and 2.9% more than in
      // 2019") are of one time, after the latest of them.
      const year = latestBaseline(ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd)) + 1;
      return yearsSpan(year, year);
    },
  },
  {
    id: 'period/parenthesis',
    doc: 'A parenthesis after the figure, before the next one, that holds only a period ("138 Mt of carbon (2014)", "(in 2021)") dates the figure, though a parenthesis is an aside.',
    example: "Canada's previous record: [138] Mt (2014)",
    read(ctx) {
      const end = Math.min(ctx.nextStart, ctx.sentenceEnd);
      const open = ctx.text.indexOf('(', ctx.token.end);
      if (open < 0 || open >= end) return null;
      const close = ctx.text.indexOf(')', open);
      if (close < 0 || close > end) return null;
      const period = ctx.reader.datingPeriods(ctx.blockIndex).find((p) => p.start > open && p.end <= close);
      if (!period || !ONLY_A_PERIOD.test(ctx.text.slice(open + 1, period.start) + ctx.text.slice(period.end, close))) return null;
      // "TFR 1.20, prev. yr (2021) 1.26": after a comma, a parenthesis right before a figure labels that one.
      if (/[,;]/.test(ctx.text.slice(ctx.token.end, open)) && FIGURE_RIGHT_AFTER.test(ctx.text.slice(close + 1, close + 8))) return null;
      return { from: period.from, to: period.to };
    },
  },
  {
    id: 'period/end-of-the-year',
    doc: 'A figure "at the end of the year" (or "by the end of the year", "at year-end"), after it in its stretch, is of December of the year last named, when that time ends earlier in the year: the sentence\'s month dates another event.',
    example: 'The unit was sold in September 2024, and debt stood at [€30 billion] at the end of the year.',
    read: (ctx) => endOfTheYear(ctx),
  },
  {
    id: 'period/label-before',
    doc: 'A period written right before the figure, with a colon at most between ("2019 €56.7bn → 2020 €25.8bn", "(2022: 79%)", "Q3 2023: 5%"), labels it, whatever period follows it.',
    example: 'receipts: 2019 [€56.7bn] → 2020 €25.8bn',
    read(ctx) {
      const label = ctx.reader.datingPeriods(ctx.blockIndex).find((p) => p.end <= ctx.token.start && p.start >= ctx.sentenceStart && ONLY_A_COLON.test(ctx.text.slice(p.end, ctx.token.start)));
      return label ? { from: label.from, to: label.to } : null;
    },
  },
  {
    id: 'period/month-alone',
    doc: 'A month named with no year right by the figure ("2.4% in November", "Nov: 2.4%"), or opening its clause ("…, and in December Acme laid off [900]"), is of the year of the last period its sentence names before the figure; a later month than one named with its year, compared with it ("down from 2.9% in December"), is of the year before; an earlier month opening a clause is left undated; one "this year" follows is relative-year\'s.',
    example: '2.9% in December 2023, up from [2.4%] in November',
    read: (ctx) => monthOfSentenceYear(ctx),
  },
  {
    id: 'period/relative-month',
    doc: 'A figure "last November" or "this March" (in its own stretch, or opening its clause) in a piece dated to a month under its title is of the latest such month before that date, or of the date\'s year.',
    example: '# Schools\n\n*LONDON, 30 July 2024*\n\nHeads reported [2,330] vacant posts last November.',
    read(ctx) {
      const m = RELATIVE_MONTH_AFTER_FIGURE.exec(toNextFigure(ctx, ctx.sentenceEnd)) ?? RELATIVE_MONTH_OPENING.exec(ctx.text.slice(ctx.clauseStart, ctx.token.start));
      if (!m) return null;
      const written = ctx.reader.writtenInMonth(ctx.blockIndex);
      const month = monthNamedAlone(m[2]);
      if (written === undefined || month === undefined) return null;
      const sameYear = written - (written % MONTHS_IN_A_YEAR) + month;
      const at = m[1].toLowerCase() === 'this' ? sameYear : sameYear < written ? sameYear : sameYear - MONTHS_IN_A_YEAR;
      return { from: at, to: at };
    },
  },
  {
    id: 'period/relative-year',
    doc: 'A figure "last year", "this year" or "next year" (in its own stretch, opening its clause, or closing the predicate before a second one of the same subject: "killed 11 people last year and sent an estimated [14,200] to hospital") in a piece dated under its title (a date line, a dateline with a year) is of the year before, of or after that date.',
    example: '# Smoking\n\n*Health desk – December 2024*\n\nIndonesia had [70 million] smokers this year.',
    read(ctx) {
      const stretch = toNextFigure(ctx, ctx.sentenceEnd);
      let after = RELATIVE_YEAR_AFTER_FIGURE.exec(stretch);
      // "5.7 million visitors in 2023 and slipped last year": a time written between the figure and the words is its own.
      if (after !== null && timeWrittenBetween(ctx, ctx.token.end, ctx.token.end + after[0].lastIndexOf(after[1]))) after = null;
      const word = (after ?? RELATIVE_YEAR_OPENING.exec(ctx.text.slice(ctx.clauseStart, ctx.token.start)) ?? RELATIVE_YEAR_BEFORE_SECOND_PREDICATE.exec(ctx.text.slice(ctx.sentenceStart, ctx.token.start)))?.[1];
      if (word === undefined) return null;
      // "Last year the agency counted … 1.4 GW at the end of 2023": a time written in the figure's own stretch
      // is its own; the clause's opening words date when it was counted.
      if (after === null && periodInOwnStretch(ctx)) return null;
      // Nor does the clause's opening ("by this year the share had risen to 18.3%, up from 12.5%") date the
      // level a change started from.
      if (after === null && startsFromIt(ctx)) return null;
      const written = ctx.reader.writtenIn(ctx.blockIndex);
      if (written === undefined) return null;
      // A change "9% more than last year" is measured from that year: it is of the year after it.
      const base = after !== null && ctx.token.change && COMPARED_WITH_RELATIVE_YEAR.test(after[0]) ? 1 : 0;
      const year = written + YEARS_FROM_WRITING[word.toLowerCase()] + base;
      return yearsSpan(year, year);
    },
  },
  {
    id: 'period/when-clause',
    doc: 'A figure in a clause opened by ", when" right after a period ("22% below 2019, when the box office reached $11.4bn"), or by an apposition that names the period again ("2023, a year in which ordering fell 18.7%"), is of that period, even one the sentence compares with.',
    example: 'Sales remain 22% below 2019, when they reached [$11.4bn].',
    // Not the level a change starts from: "2022, when high prices lifted exports from [SEK 109 billion] to SEK 136 billion".
    read: (ctx) => (startsFromIt(ctx) ? null : periodBeforeItsWhenClause(ctx)),
  },
  {
    id: LEVEL_BEFORE,
    doc: 'A change right after a level and its period ("$17.7bn in 2024, up about 3%", "… in 2023 (+12%)") is that level\'s change over the same time, and the time of the sentence; not after a level a change starts from ("from 54.9 billion in 2023, down 22.6%").',
    example: 'Revenues reached $17.7bn in 2024, up about [3%]',
    read(ctx) {
      if (!changeWordsRightBefore(ctx.text, ctx.token.start, ctx.sentenceStart)) return null;
      const span = bindPeriod(ctx.text, ctx.reader.datingPeriods(ctx.blockIndex), placeOf(ctx, ownClauseAfter(ctx) ?? ctx.nextStart));
      return span && datesTheLevelBefore(ctx.text, span, ctx.token.start) ? { from: span.from, to: span.to } : null;
    },
  },
  {
    id: REPORT_PERIOD,
    doc: 'A time between a verb of saying or finding and the "that" that opens the figure\'s clause ("Researchers calculated in 2022 that the Arctic has been heating [3.8] times faster") is when it was said: like a title\'s, it chooses among the facts but never, alone, makes a wrong year.',
    example: 'Researchers calculated in 2022 that the region warmed [3.8] times faster',
    read(ctx) {
      // Most sentences hold no "that" before the figure: the period is then bound once, by period/sentence.
      if (!THAT_BEFORE.test(ctx.text.slice(ctx.sentenceStart, ctx.token.start))) return null;
      const span = bindPeriod(ctx.text, ctx.reader.datingPeriods(ctx.blockIndex), placeOf(ctx, ownClauseAfter(ctx) ?? ctx.nextStart));
      return span && datesTheReport(ctx, span) ? { from: span.from, to: span.to } : null;
    },
  },
  {
    id: 'period/sentence',
    doc: 'The first period after the figure in its clause, before the next figure and before a relative clause with a subject and verb of its own ("over a breach it reported in September 2018"); else the nearest one before it in its sentence.',
    example: 'from [$3.4 million] in 2018 to $5.4 million in 2023',
    read(ctx) {
      const span = bindPeriod(ctx.text, ctx.reader.datingPeriods(ctx.blockIndex), placeOf(ctx, ownClauseAfter(ctx) ?? ctx.nextStart));
      return span ? { from: span.from, to: span.to } : null;
    },
  },
  {
    id: 'period/timeline-label',
    doc: "A timeline entry's label, a year or any other period, dates every figure in the entry but the level a change starts from.",
    example: '- **December 2023:** sales fell. Ruritania sold [67,400] units',
    read(ctx) {
      // "- 2023: 12,638 transits, down from 13,003": the level a change starts from is of the time before.
      if (startsFromIt(ctx)) return null;
      const label = YEAR_LABEL.exec(ctx.text);
      if (label) return yearsSpan(Number(label[1]), Number(label[1]));
      const first = ctx.reader.datingPeriods(ctx.blockIndex)[0];
      return first && LABEL_OPENS.test(ctx.text.slice(0, first.start)) && LABEL_CLOSES.test(textAfter(ctx.text, first, 8)) ? { from: first.from, to: first.to } : null;
    },
  },
  {
    id: 'period/change-column',
    doc: 'A figure in a column headed only as a change ("Change", "y/y") is of the later of the times the two columns before it are headed with.',
    example: '| Country | 2024 | 2025 | Change |\n| Ruritania | 3,700 | 4,050 | [+9.5%] |',
    read(ctx) {
      // The change is of the later of the two columns before it: "| 2024 | 2025 | Change |" and "| 2023 | 2022 | Change |".
      let latest: MonthSpan | null = null;
      for (const header of headersBeforeChangeColumn(ctx.reader, ctx.blockIndex)) {
        if (ctx.reader.datingPeriods(header).length === 0) continue;
        const span = spanOf(ctx, header);
        if (!latest || span.to > latest.to) latest = span;
      }
      return latest;
    },
  },
  {
    id: 'period/title',
    doc: "The periods of a level-1 heading, when it is the nearest context block that dates anything: a title frames the whole piece (\"what the 2024 edition tells us\", \"what it means for 2026\"), so its time chooses among the facts but never, alone, makes a wrong year.",
    example: '# Election 2024: what it means for 2026\n\nThe party won [412] seats.',
    read(ctx) {
      if (startsFromIt(ctx)) return null;
      const block = contextDatingBlock(ctx);
      return block >= 0 && isTitle(ctx.reader.doc.blocks[block]) ? spanOf(ctx, block) : null;
    },
  },
  {
    id: 'period/paragraph',
    doc: "The periods of a paragraph before the figure's block (a lead-in, a question, the paragraph a sentence refers back to), when it is the nearest context block that dates anything: like a title's, its time chooses among the facts but never, alone, makes a wrong year (\"… covered July 29 to October 27, 2024\" above a table of other places' figures).",
    example: 'Its count ended on October 27, 2024.\n\n| Place | Units |\n|---|---|\n| Ruritania | [1,200] |',
    read(ctx) {
      if (startsFromIt(ctx)) return null;
      const block = contextDatingBlock(ctx);
      return block >= 0 && ctx.reader.doc.blocks[block].kind === 'paragraph' ? spanOf(ctx, block) : null;
    },
  },
  {
    id: 'period/dating-row',
    doc: 'A cell of a table in which a row above holds nothing but one period in each cell past its label ("| New prices from | 2026 | 2027 |") is of its column\'s period, where its column header dates nothing.',
    example: '| | First | Second |\n|---|---|---|\n| Year | 2026 | 2027 |\n| Savings | $6bn | [$12bn] |',
    read: (ctx) => datingRow(ctx),
  },
  {
    id: 'period/context',
    doc: "The periods of the nearest context block that has any, from the first to the last; only table cells date a block that names periods of its own, and none dates a sentence that gives its time relative to when it was written (\"over the last five years\").",
    example: '| Country | 2023 |\n| Georgia | [10,000] |',
    read(ctx) {
      if (startsFromIt(ctx)) return null;
      const block = contextDatingBlock(ctx);
      return block >= 0 ? spanOf(ctx, block) : null;
    },
  },
];

// The whole a figure is a part of: "265 of the 325 units". The whole is a figure of its own, since it
// can be wrong while the part is right, and the words after it describe the part too.
import type { Figure } from '../types';
import type { ReadingRule } from './rule';
import { isYearToken } from '../notClaims';
import { backTo } from './context';
import { PART_BEFORE } from '../periods';
import { textAfter } from '../regex';

export interface Whole {
  /** The whole's figure, or null when the whole is named, not counted ("8 of its titles"). */
  figure: Figure | null;
  /** Block offset just past the whole ("of the 325"): the part's describing words start there. */
  end: number;
}

/** What stands between a part and its whole: "of", "out of", "of the", "of all". */
const OF_GAP = /^\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?$/;


/** The figure as a Figure of the block (for a whole read from a token). */
function wholeFigure(ctx: Parameters<ReadingRule<Whole>['read']>[0], token: (typeof ctx.tokens)[number]): Figure {
  const { text, block } = ctx;
  return {
    start: block.start + token.start,
    end: block.start + token.end,
    text: text.slice(token.start, token.end),
    value: token.value,
    unit: 'count',
    qualifier: 'exact',
    precision: token.precision,
    style: token.style,
  };
}

const PART_WORD = /which|whom|including|among/;

/** "a gap of just over three million", "a margin of 12": the difference between two figures, not either. */
/** "17,000 votes behind the Tories", "12 seats short of a majority", "3 points ahead of Labour": a difference. */
const DIFFERENCE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:behind|ahead\s+of|short\s+of|adrift\s+of|clear\s+of)\s/u;
/** "…, which is 17 more.", "six more than the 10 it won": how many more or fewer, with nothing counted after it. */
const MORE_OR_FEWER_AFTER = /^\s+(?:more|fewer|less)(?:\s*(?:[.,;:)!?]|$)|\s+than\s+(?:the|its|their)\b)/;
/** DIFFERENCE_AFTER, after a cheap look for its words. */
function differenceAfter(after: string): boolean {
  return ((after.includes('behind') || after.includes(' of ')) && DIFFERENCE_AFTER.test(after)) || MORE_OR_FEWER_AFTER.test(after);
}
const DIFFERENCE_BEFORE = /\b(?:gap|difference|margin|lead)\s+of\s+(?:(?:just|about|around|some|nearly|almost|over|under|roughly|more\s+than|less\s+than)\s+){0,2}[$€£]?$/i;

/** "fewer than the 613 it sent to Tokyo": the figure a comparison is made with ("than 613" is a qualifier). */
const COMPARED_BEFORE = /\bthan\s+(?:the|its|their|his|her|last\s+year's)\s+(?:[$€£]\s*)?$/i;
/** "more than diesel cars, which took 13.6%": the figure of what is compared with, in a clause about it. */
const COMPARED_RELATIVE_BEFORE = /\bthan\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3},\s+(?:which|who)\s+(?:[\p{L}-]+\s+){1,3}(?:(?:about|around|just|only|nearly|almost)\s+)?$/u;

/** "8 of its titles", "three of those golds": a part of a whole named by a possessive or demonstrative. */
const PARTITIVE_AFTER = /^\s+of\s+(?:its|their|his|her|these|those|them)\b/;
/**
 * "five golds in each", "two medals apiece", "40 per club": a count for each of several, not their total.
 * "per" before a capital means "according to" ("20 yrs per MK").
 */
const EACH_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:each|apiece|in\s+each|for\s+each|per\s+(?!cent\b)\p{Ll}+)\b/u;
/**
 * "that each cost at least [$1bn]", "which each hold 40", "every one of them worth at least [$1 million]":
 * "each" (or "every one", "each of them") and one verb or adjective right before the figure.
 */
const EACH_BEFORE = /\b(?:each|every\s+one)(?:\s+of\s+(?:them|these|those))?\s+\p{Ll}+\s+(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|up\s+to)\s+)?[$€£¥]?$/u;
/** How far before the figure EACH_BEFORE may start: "every one of them worth at least $". */
const EACH_BEFORE_REACH = 40;

type Context = Parameters<ReadingRule<Whole>['read']>[0];

/**
 * The text right before the figure, within its sentence and `reach`, ends with `pattern`; `word`, which
 * the pattern needs, is looked for first, as the cheap test that fails for most figures.
 */
function endsBefore(ctx: Context, reach: number, word: string, pattern: RegExp): boolean {
  const before = backTo(ctx, ctx.sentenceStart, reach);
  return before.includes(word) && pattern.test(before);
}

/** A whole the text names but does not count, when `named` holds. */
function namedWholeIf(ctx: Context, named: boolean): Whole | null {
  return named ? { figure: null, end: ctx.token.end } : null;
}

/** How far a sum of parts may stray from their total beyond their rounding: half a per cent of it. */
const SUM_SLACK = 0.005;
/** A total under ten times its rounding is written with one significant digit ("€200m"). */
const ONE_DIGIT_TOTAL = 10;
/** A part may be rounded to at most 2% of the total ("71m" of 92.5m): a coarser one adds up by chance. */
const PART_PRECISION = 0.02;
/**
 * A total and its parts lie within this many figures of the figure on each side: enough for any list a
 * writer breaks a total into, and it keeps a long row of numbers from costing its length cubed.
 */
const MAX_PARTS = 5;

/**
 * The figures of one unit in a row within the figure's sentence, as indices into tokens; a year between
 * them ("92.5m t in 2023: 71m …") does not break the row, and is left out.
 */
function runOfSameUnit(ctx: Context): number[] {
  const { tokens, t, token } = ctx;
  const inSentence = (k: number): boolean => tokens[k].start >= ctx.sentenceStart && tokens[k].end <= ctx.sentenceEnd;
  const sameKind = (k: number): boolean => tokens[k].unit === token.unit && tokens[k].value > 0 && inSentence(k);
  const before: number[] = [];
  for (let k = t - 1; k >= 0 && before.length < MAX_PARTS && inSentence(k) && (isYearToken(tokens[k]) || sameKind(k)); k--) if (!isYearToken(tokens[k])) before.unshift(k);
  const after: number[] = [];
  for (let k = t + 1; k < tokens.length && after.length < MAX_PARTS && inSentence(k) && (isYearToken(tokens[k]) || sameKind(k)); k++) if (!isYearToken(tokens[k])) after.push(k);
  return [...before, t, ...after];
}

/**
 * The figure is one of two or more that add up to another figure of the same unit just before or after
 * them in its sentence ("92.5m t, of it maritime 71m t and river 22m t"): a part of that total.
 */
function partOfASum(ctx: Context): boolean {
  if (ctx.token.value <= 0) return false;
  const run = runOfSameUnit(ctx);
  if (run.length < 3) return false;
  const { tokens, t } = ctx;
  const adds = (total: number, parts: number[]): boolean => {
    // A total written with one significant digit ("€200m") rounds too widely for parts to add up to it by its
    // rounding (€90m and €58m): only parts that make its very number do ("$4bn, paid as $1.25bn and $2.75bn").
    const oneDigit = tokens[total].value < tokens[total].precision * ONE_DIGIT_TOTAL;
    let sum = 0;
    let rounding = oneDigit ? 0 : tokens[total].precision;
    for (const k of parts) {
      // A part rounded coarsely ("more than seven thousand") adds up to too much by chance.
      if (tokens[k].precision > PART_PRECISION * tokens[total].value) return false;
      sum += tokens[k].value;
      rounding += tokens[k].precision;
    }
    return Math.abs(sum - tokens[total].value) <= rounding / 2 + SUM_SLACK * tokens[total].value;
  };
  const at = run.indexOf(t);
  // The total before its parts, which run on to the figure or past it.
  for (let i = 0; i < at; i++) for (let j = Math.max(at, i + 2); j < run.length; j++) if (adds(run[i], run.slice(i + 1, j + 1))) return true;
  // The total after its parts.
  for (let j = at + 1; j < run.length; j++) for (let i = Math.min(at, j - 2); i >= 0; i--) if (adds(run[j], run.slice(i, j))) return true;
  return false;
}

export const WHOLE_RULES: ReadingRule<Whole>[] = [
  {
    id: 'whole/x-of-y',
    doc: 'A count followed by "of", "out of" or "of the" and another count is a part of that whole.',
    example: 'so far put up [265] of the 325 planned',
    read(ctx) {
      const { token, tokens, t, text } = ctx;
      const next = tokens[t + 1];
      if (!next || token.unit !== 'count' || next.unit !== 'count' || !OF_GAP.test(text.slice(token.end, next.start))) return null;
      return { figure: wholeFigure(ctx, next), end: next.end };
    },
  },
  {
    id: 'whole/part-of-previous',
    doc: 'A count right after "of which", "including" or "among them" is a part of the count before it: a subset, not what that count measures.',
    example: '305 destinations, of which [126] intercontinental',
    read(ctx) {
      const { token, tokens, t, text } = ctx;
      const previous = tokens[t - 1];
      if (!previous || token.unit !== 'count' || previous.unit !== 'count' || previous.end < ctx.sentenceStart) return null;
      const gap = text.slice(previous.end, token.start);
      if (!PART_WORD.test(gap) || !PART_BEFORE.test(gap)) return null;
      return { figure: wholeFigure(ctx, previous), end: token.end };
    },
  },
  {
    id: 'whole/partitive',
    doc: 'A count followed by "of its", "of their", "of those": a part of a whole the text names, not the whole.',
    example: '[8] of its titles came on the wrestling mat',
    read: (ctx) => namedWholeIf(ctx, ctx.token.unit === 'count' && PARTITIVE_AFTER.test(textAfter(ctx.text, ctx.token, 20))),
  },
  {
    id: 'whole/difference',
    doc: 'A figure after "a gap of", "a difference of", "a margin of" or "a lead of", or before "behind", "ahead of", "short of", or a "more" or "fewer" that ends its clause or compares it with "the" figure, is the difference between two figures, neither of them.',
    example: '79.2 million passengers to 76 million – a gap of just over [three million]',
    read: (ctx) => namedWholeIf(ctx, endsBefore(ctx, 50, 'of', DIFFERENCE_BEFORE) || differenceAfter(textAfter(ctx.text, ctx.token, 40))),
  },
  {
    id: 'whole/compared',
    doc: 'A figure after "than the", "than its", or in a clause about what "than" names ("more than diesel cars, which took …"): what another figure is compared with, stated in passing.',
    example: 'a few fewer than the [613] it sent to Tokyo',
    read: (ctx) => namedWholeIf(ctx, endsBefore(ctx, 30, 'than', COMPARED_BEFORE) || endsBefore(ctx, 80, 'than', COMPARED_RELATIVE_BEFORE)),
  },
  {
    id: 'whole/each',
    doc: 'A count followed by "each", "apiece", "in each" or "per …", or any figure after "each" and its verb ("disasters that each cost at least $1bn"): the figure of each of several, not their total.',
    example: 'with [five] golds in each',
    // A fraction per each ("1.38 births per woman") is an average, a measure of its own, not a part.
    read: (ctx) => namedWholeIf(ctx, (ctx.token.unit === 'count' && Number.isInteger(ctx.token.value) && EACH_AFTER.test(textAfter(ctx.text, ctx.token, 40))) || EACH_BEFORE.test(backTo(ctx, ctx.sentenceStart, EACH_BEFORE_REACH))),
  },
  {
    id: 'whole/sum-of-parts',
    doc: 'Two or more figures of one unit that add up, within their rounding, to a figure of that unit right before or after them in the sentence are its parts, not what the total measures.',
    example: 'the 92.5m t includes river traffic (maritime [71m] t, river 22m t)',
    read: (ctx) => namedWholeIf(ctx, partOfASum(ctx)),
  },
];

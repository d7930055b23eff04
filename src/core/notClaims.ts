// Numbers that are never claims: years, dates, times, labels, versions, phone numbers, codes and
// names that contain numbers ("Canton 10", "5G", "Section 889"). These never get a finding.
import type { NumberToken } from './numbers';
import type { Vocabulary } from './vocabulary';
import { MONTH_NAME } from './periods';
import { textAfter, textBefore } from './regex';
import { isShareUnit } from './types';

/** A month's name, in full or short, with its full stop or none (the regexes below only test). */
const MONTH = `${MONTH_NAME}\\.?`;
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s+$`);
const MONTH_AFTER = new RegExp(`^\\s+${MONTH}\\b`);
/** "24 and 25 June", "3 or 4 May": the first day of a pair whose second one the month follows. */
const MONTH_AFTER_NEXT_DAY = new RegExp(`^\\s+(?:and|or|&|to|through)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b`);
const LAST_DAY = 31;
const LABEL_BEFORE =
  /\b(?:page|pages|p\.|pp\.|chapter|section|article|figure|fig\.|table|step|item|version|ver\.|level|phase|grade|number|no\.|nos\.|episode|part|volume|vol\.|line|paragraph|rule|clause|act|route|district|sector|zone|stage|round|season|class|category|tier|room|floor|gate|platform|flight|bus|tram|channel|option|question|week|issue|appendix|annex|footnote|note|exhibit|slide|block|lot|unit|building|apartment|suite|box|code|id|model)\s$/i;
// "the last five years", "a 10-year contract": a duration, not a count.
const DURATION_AFTER = /^(?:-|\s+)(years?|months?|weeks?|days?|decades?|hours?|minutes?|centuries|century)\b/i;
/** "roughly five devices for each device", "two for every one". */
const RATIO_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:for\s+(?:each|every)|to\s+(?:each|every))\b/u;

/** RATIO_AFTER, tried only where "each" or "every" is written: its letter classes are slow to fail. */
function isRatioAfter(after: string): boolean {
  return (after.includes('each') || after.includes('every')) && RATIO_AFTER.test(after);
}
const OUT_OF_BEFORE = /\bout\s+of\s+(?:the\s+|all\s+)?(?:(?:roughly|about|around|some|nearly|approximately)\s+)?$/i;
// The whole in "10 of 42" belongs to the figure before it.
const DENOMINATOR_GAP = /^\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?$/;
/**
 * "Bardella, 28, chairs the group", "Lena Hartmann, 52, a former economist": a bare whole number between
 * commas right after a capitalised name, before a word in lower case, is the person's age.
 */
const AGE_APPOSITION_BEFORE = /\p{Lu}[\p{L}'’.-]+,\s$/u;
const AGE_APPOSITION_AFTER = /^,\s+\p{Ll}/u;
/** The ages written so: an adult's, below a century. */
const MIN_AGE_IN_APPOSITION = 16;
const MAX_AGE = 110;
/**
 * "beat guidance by 1 million", "missed forecasts by 0.2 points", "topped the estimate by $300m": the margin
 * between two figures, neither of which it is.
 */
const MARGIN_BEFORE = /\b(?:beat|beats|beating|exceeded|exceeds|topped|tops|missed|misses|surpassed|surpasses|outstripped|outpaced)\b(?:\s+[\p{L}'’-]+){0,4}\s+by\s+(?:(?:about|around|some|nearly|almost|just|roughly)\s+)?$/iu;
/** How far back the margin's verb may stand: the verb and up to four words of what it beat. */
const MARGIN_REACH = 60;
/** "children aged 10 and 11", "ages 5 to 14", "at age 65": people's ages, not counts. */
const AGE_BEFORE = /\b(?:aged|ages|at\s+age)\s+(?:(?:between|under|over|from)\s+)?(?:\d+\s*(?:,|and|or|to|-|–)\s*)?$/i;
const TIME_AFTER = /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|h\b|hrs\b|GMT|UTC|CET)/i;
// Sentence-initial words that are capitalised for grammar only, so the number after them is no name.
export const GRAMMAR_CAPITALS = new Set([
  'In', 'On', 'At', 'By', 'For', 'From', 'With', 'About', 'Around', 'Over', 'Under', 'Nearly', 'Almost',
  'Some', 'Only', 'Just', 'More', 'Fewer', 'Less', 'Roughly', 'Approximately', 'Exactly', 'Up', 'Of', 'And',
  'But', 'Since', 'Until', 'To', 'The', 'A', 'An', 'All', 'Another', 'Among', 'Between', 'After', 'Before',
  'There', 'These', 'Those', 'That', 'Of', 'Total', 'Still', 'Yet', 'Another', 'Below', 'Above', 'Than',
]);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

const LETTER = /\p{L}/u;
const HYPHENATED_WORD = /^-([\p{L}]+)/u;
const YEAR_DIGITS = /^(?:19|20)\d\d$/;
const LEADING_ZERO = /^0\d/;
const BLANK = /\s/;
const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}]*)\s$/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/**
 * A bare whole number from 1 to 31 next to a month's name ("18 March 2023", "March 18, 2023"): the day of a
 * date, part of a period and no figure of its own. It ends no figure's stretch: in "7,948 on 18 March 2023"
 * the date is the 7,948's.
 */
export function isDayOfDate(token: NumberToken, text: string): boolean {
  if (!token.bare || token.style.form !== 'digits' || token.digits.length > 2 || token.value < 1 || token.value > LAST_DAY) return false;
  return MONTH_AFTER.test(textAfter(text, token, DAY_MONTH_REACH)) || MONTH_BEFORE.test(textBefore(text, token, DAY_MONTH_REACH));
}

/** How far from a day its month's name is read: the longest name and a dot and a space. */
const DAY_MONTH_REACH = 12;

/** A bare four-digit number that reads as a year: 1500..2100, nothing attached. */
export function isYearToken(token: NumberToken): boolean {
  return token.bare && token.style.form === 'digits' && token.digits.length === 4 && token.value >= 1500 && token.value <= 2100;
}

export interface NotClaimContext {
  text: string;
  /** Where the sentence that holds the token starts. */
  sentenceStart: number;
  isHeading: boolean;
  /** Previous and next number tokens in the block, if any. */
  previous?: NumberToken;
  next?: NumberToken;
  /** True when the token lies inside a catalogue name ("Canton 10"). */
  insideName: boolean;
  /** True when the capitalised word before the token is a catalogue name ("Acme 3,567"). */
  afterKnownName: boolean;
  /** True when a catalogue name stands right before the token's parenthesis: "the Philippines (29)". */
  nameBeforeParen?: boolean;
  vocabulary: Vocabulary;
}

const SUPERLATIVES = new Set(['highest', 'largest', 'biggest', 'most', 'greatest', 'lowest', 'smallest']);

/**
 * A figure joined by a hyphen to what it counts is still a figure: "a 4,030-school network", "the
 * eighth-highest number". Other compounds ("a 10-year plan", "3-D") are not claims.
 */
function countsByHyphen(token: NumberToken, text: string, vocabulary: Vocabulary): boolean {
  const word = HYPHENATED_WORD.exec(textAfter(text, token, 24))?.[1]?.toLowerCase();
  if (!word) return false;
  return token.unit === 'rank' ? SUPERLATIVES.has(word) : vocabulary.isCountedNoun(vocabulary.conceptOf(word));
}

/** "first" or "second" right before "half": "the second half of 2024". */
const HALF_OF_A_PERIOD_BEFORE = /\b(?:first|second)[\s-]$/i;
/** "top" right before a count: "the top five", "top-10". */
const TOP_BEFORE = /\btop[\s-]$/i;
/** "the richest 10%", "the bottom 50%": a share of people that names a group, not a figure of it. */
const GROUP_OF_PEOPLE_BEFORE = /\b(?:richest|poorest|wealthiest|top|bottom)\s$/i;

/** Why a number is not a claim, or null when it may be one. */
export function notClaimReason(token: NumberToken, ctx: NotClaimContext): string | null {
  const { text } = ctx;
  const before = text[token.start - 1];
  const before2 = text[token.start - 2];
  const after = text[token.end];
  const after2 = text[token.end + 1];
  if (isYearToken(token)) return 'year';
  // "in constant 2017 dollars": the year prices are counted in.
  if (YEAR_DIGITS.test(token.digits) && !token.style.currency && token.style.suffix) return 'price year';
  // "'23", "'18–'23": a year written short.
  if ((before === "'" || before === '’') && token.bare && token.digits.length === 2) return 'short year';
  if (ctx.insideName) return 'name';
  if (token.style.form === 'digits' && LEADING_ZERO.test(token.digits)) return 'code with a leading zero';
  if (token.style.form === 'words' && token.value === 1 && token.unit === 'count') return 'the word one';
  if ((isLetter(after) && !ctx.vocabulary.scaledUnitAfter(text, token.end) && !ctx.vocabulary.unitGluedAfter(text, token.end)) || (after === '-' && isLetter(after2) && !countsByHyphen(token, text, ctx.vocabulary))) return 'attached to a word';
  // A slash before a power of ten is "per" (numbers.ts has read "343/100k" as a rate).
  if ((after === '-' || after === '–' || (after === '/' && token.unit !== 'rate') || after === ':' || after === '.') && isDigit(after2)) return 'date, time, range or version';
  if ((before === '-' || before === '/' || before === ':' || before === '.') && (isDigit(before2) || isLetter(before2))) return 'code or date';
  // A single tilde means "about" ("~$320m"); two open struck-out text.
  if (before === '#' || before === '^' || (before === '~' && before2 === '~')) return 'label';
  if (before === '[' && after === ']') return 'bracketed label';
  if (before === '(' && after === ')' && token.bare && token.value < 100 && !ctx.nameBeforeParen) return 'numbered label';
  const head = text.slice(Math.max(ctx.sentenceStart, token.start - 16), token.start);
  const tail = textAfter(text, token, 16);
  if (MONTH_BEFORE.test(head) || MONTH_AFTER.test(tail)) return 'date';
  if (token.bare && Number.isInteger(token.value) && token.value >= 1 && token.value <= LAST_DAY && MONTH_AFTER_NEXT_DAY.test(textAfter(text, token, 24))) return 'date';
  if (TIME_AFTER.test(tail)) return 'time';
  if (AGE_BEFORE.test(head)) return 'age';
  // "the second half of 2024", "the first half": a period, not a share.
  if (HALF_OF_A_PERIOD_BEFORE.test(head) && /^half$/i.test(text.slice(token.start, token.end))) return 'period';
  // "outside the top five", "the top-10 producers": the size of a group ranked, not a count of anything.
  if (token.unit === 'count' && !token.style.scale && TOP_BEFORE.test(head)) return 'group size';
  if (token.unit === 'percent' && GROUP_OF_PEOPLE_BEFORE.test(head)) return 'group size';
  if (MARGIN_BEFORE.test(text.slice(Math.max(ctx.sentenceStart, token.start - MARGIN_REACH), token.start))) return 'margin';
  if (token.bare && token.value >= MIN_AGE_IN_APPOSITION && token.value < MAX_AGE && AGE_APPOSITION_BEFORE.test(head) && AGE_APPOSITION_AFTER.test(tail)) return 'age';
  // Unless a dataset counts that unit ("a 20-year term" of a contract). A share is never a duration:
  // "rose 12% year on year".
  const duration = isShareUnit(token.unit) ? null : DURATION_AFTER.exec(tail);
  if (duration && !ctx.vocabulary.isCountedNoun(ctx.vocabulary.conceptOf(duration[1]))) return 'duration';
  if (ctx.previous && DENOMINATOR_GAP.test(text.slice(ctx.previous.end, token.start))) return 'denominator';
  // "150 km long, out of roughly 350 km": a whole, stated to frame the figure before it.
  if (OUT_OF_BEFORE.test(head)) return 'whole';
  // A label's number is never grouped in thousands: "the full figure 18,410,197" is a quantity.
  if (LABEL_BEFORE.test(head) && !token.style.grouping) return 'label';
  // "five of them for each one sold", "three to every one": a ratio, not a count.
  // A rate's base is no ratio: "46 people died for every million inhabitants" (numbers.ts reads it).
  if (token.unit !== 'rate' && isRatioAfter(textAfter(text, token, 60))) return 'ratio';
  if (ctx.isHeading && token.start - ctx.sentenceStart <= 2 && (after === '.' || after === ')')) return 'heading number';
  if (isDigitSequence(token, ctx)) return 'digit sequence';
  if (!ctx.afterKnownName && isNameNumber(text, token, ctx.sentenceStart)) return 'name with a number';
  return null;
}

/** "+1 202 555 0100": numbers separated only by a space from another bare number are codes. */
function isDigitSequence(token: NumberToken, ctx: NotClaimContext): boolean {
  const { previous, next } = ctx;
  const glued = (a: NumberToken, b: NumberToken): boolean =>
    b.start - a.end === 1 && BLANK.test(ctx.text[a.end]) && a.style.form === 'digits' && b.style.form === 'digits';
  if (previous && glued(previous, token) && !isYearToken(previous)) return true;
  if (next && glued(token, next) && !isYearToken(next) && next.bare && token.bare) return true;
  return false;
}

/**
 * A number a name holds ("PlayStation 5 consoles", "Windows 11"), after no catalogue name ("Acme 3,567" is a
 * figure): no figure, so no figure's stretch ends at it.
 */
export function numberOfAName(text: string, token: NumberToken, sentenceStart: number, names: readonly { start: number; end: number }[]): boolean {
  return !names.some((h) => h.end === token.start - 1) && isNameNumber(text, token, sentenceStart);
}

/** "Section 889", "Windows 11": a capitalised word right before a bare number, not at sentence start. */
function isNameNumber(text: string, token: NumberToken, sentenceStart: number): boolean {
  // A share or a sum is no name's number: "Core 5.3%" is core inflation, "Canton 10" a place. Nor is an
  // amount grouped in thousands or scaled ("Births 229,790", "Eindhoven 2.2m"): names number plainly.
  if (token.style.form !== 'digits' || token.style.currency || token.unit === 'percent' || token.style.grouping || token.style.scale) return false;
  // Any white space stands between the name and its number, a line break of a wrapped line too.
  const space = text.charCodeAt(token.start - 1);
  if (!(space === 32 || space === 10 || space === 9 || space === 13) || !isLetter(text[token.start - 2])) return false;
  const head = text.slice(Math.max(sentenceStart, token.start - 30), token.start);
  const m = CAPITALISED_WORD_BEFORE.exec(head);
  if (!m) return false;
  const word = m[1];
  if (GRAMMAR_CAPITALS.has(word)) return false;
  // An all-capitals word such as "USD" or "NATO" is no name.
  if (word.length > 1 && word === word.toUpperCase()) return false;
  return true;
}

// Text put into a regular expression as itself: names, ids and keywords from datasets.
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `\w` without the u flag: ASCII letters, digits and the underscore, for scans that stand in for a pattern. */
export function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * The most white space read between a number and its scale, unit or currency code ("5.8\n  million"): a
 * line break and the indentation of a list item continued on the next line, or markup blanked around a
 * word ("**5.8** million" is read as "  5.8   million").
 */
export const MAX_WORD_GAP = 12;
/** That white space in a pattern: none, one character or a run of up to MAX_WORD_GAP. */
export const WORD_GAP = `\\s{0,${MAX_WORD_GAP}}`;

/**
 * "from" right before a figure, maybe with an approximate sign: "up from 3.9%", "From ~2,000"; or a word
 * that sets the figure against the one before as its base: "at 3,016 against 2,247", "compared with 2,247". ("vs" may set two places side by side.)
 */
const FROM_RIGHT_BEFORE = /\b(?:from|against|compared\s+(?:with|to))\s+[~≈]?$/i;
/** How far back "from" is looked for: the longest word, a space and a sign, with room for a wrapped line. */
const FROM_WINDOW = 20;

/**
 * Whether "from" stands right before the figure at `start` (never before `floor`, its sentence's start), or
 * "from" and the level the figure gives ("down from a 2022 low of"): the figure is where a change or a range
 * starts, a value of an earlier time than the one it moved to.
 */
export function fromRightBefore(text: string, start: number, floor = 0): boolean {
  return FROM_RIGHT_BEFORE.test(text.slice(Math.max(floor, start - FROM_WINDOW), start)) || FROM_A_LEVEL_BEFORE.test(text.slice(Math.max(floor, start - FROM_A_LEVEL_WINDOW), start));
}

/** "down from a 2022 low of", "from its peak of about": "from" and the level the figure gives, named. */
const FROM_A_LEVEL_BEFORE = /\bfrom\s+(?:an?|the|its|their)\s+(?:[\p{L}\d'’-]+\s+){0,3}(?:low|high|peak|level|record|total)\s+of\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?[~≈]?$/iu;
/** How far back FROM_A_LEVEL_BEFORE looks: "from", an article, three words, the noun, "of" and a hedge. */
const FROM_A_LEVEL_WINDOW = 72;

const WHITE_RUN = /\s+/g;

/**
 * The text with one space for each run of white space, for patterns written with spaces ("more than",
 * "according to") read over prose whose lines may be wrapped. Offsets change: only for yes-or-no tests.
 */
export function singleSpaced(text: string): string {
  return hasOtherWhiteSpace(text) ? text.replace(WHITE_RUN, ' ') : text;
}

/**
 * The last `length` characters of the text as singleSpaced reads it: a window before a figure that a
 * wrapped line or a blanked link target ("[fewer than](https://…) 300") does not use up.
 */
export function singleSpacedTail(text: string, length: number): string {
  const plain = text.slice(-length);
  if (!hasOtherWhiteSpace(plain)) return plain;
  const out: string[] = [];
  for (let i = text.length - 1, count = 0; i >= 0 && count < length; i--) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) out.push(text[i]);
    else if (out.length > 0 && out[out.length - 1] === ' ') continue;
    else out.push(' ');
    count++;
  }
  return out.reverse().join('');
}

/**
 * How far apart two places of a text are for a reader: each run of white space counts as one character,
 * so that a wrapped line, blanked markup or a blanked link target ("[Ruritania](https://…)") moves no
 * name farther from a figure.
 */
export function proseDistance(text: string, from: number, to: number): number {
  let distance = 0;
  let inSpace = false;
  for (let i = from; i < to; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space || !inSpace) distance++;
    inSpace = space;
  }
  return distance;
}

/**
 * White space other than single spaces: a line break inside a paragraph, a tab, blanked markup ("**").
 * A scan, not a pattern: it runs twice for every figure, on a few dozen characters.
 */
function hasOtherWhiteSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i + 1 < text.length && text.charCodeAt(i + 1) === 32 : isSpaceCode(c)) return true;
  }
  return false;
}

/** `\s`: ECMAScript's white space and line terminators, for scans that stand in for a pattern. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where a name may not touch: letters only, or letters and digits ("G5" is not "G"). */
export type WordEdge = 'letters' | 'letters-and-digits';

const EDGE_CLASS: Record<WordEdge, string> = { letters: '\\p{L}', 'letters-and-digits': '\\p{L}\\p{N}' };

/**
 * A pattern that finds `name` as whole words, not inside a longer word (the fact sheet removes names
 * from a measure with it). To ask only whether a text holds a name, containsWholeName is cheaper.
 */
export function wholeNamePattern(name: string, edge: WordEdge, flags = 'u'): RegExp {
  const cls = EDGE_CLASS[edge];
  return new RegExp(`(?<![${cls}])${escapeRegExp(name)}(?![${cls}])`, flags.includes('u') ? flags : `${flags}u`);
}

/** One letter-or-digit test per edge kind, shared: a pattern with \\p{…} classes is costly to compile. */
const EDGE_CHARACTER: Record<WordEdge, RegExp> = { letters: /^\p{L}$/u, 'letters-and-digits': /^[\p{L}\p{N}]$/u };

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The code point that ends just before `at`, as a string ('' at the start). */
function characterBefore(text: string, at: number): string {
  if (at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2))) return text.slice(at - 2, at);
  return at >= 1 ? text[at - 1] : '';
}

/** The code point that starts at `at`, as a string ('' at the end). */
function characterAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * True when `text` holds `name` as whole words: what `wholeNamePattern(name, edge).test(text)` says,
 * found with indexOf and one shared test of the characters on either side, so that the many names a
 * dataset has do not each compile a Unicode pattern (a millisecond apiece on a cold start).
 */
export function containsWholeName(text: string, name: string, edge: WordEdge): boolean {
  if (name === '') return wholeNamePattern(name, edge).test(text);
  const inWord = EDGE_CHARACTER[edge];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!inWord.test(characterBefore(text, at)) && !inWord.test(characterAt(text, at + name.length))) return true;
  }
  return false;
}

/** The text right before `span`, `reach` characters at most: where the words that lead up to it are looked for. */
export function textBefore(text: string, span: { readonly start: number }, reach: number): string {
  return text.slice(Math.max(0, span.start - reach), span.start);
}

/** The text right after `span`, `reach` characters at most. */
export function textAfter(text: string, span: { readonly end: number }, reach: number): string {
  return text.slice(span.end, span.end + reach);
}

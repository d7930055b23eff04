// A figure's measure in the source's own words: the phrase that says what it counts, and the keywords
// that signal it in a draft. Both come from the figure's own stretch of its clause, which is where the
// checker looks for a specific keyword next to a figure.
import type { FigureContext } from '../reading/context';
import { STOPWORDS } from './words';

export interface MeasureWords {
  /** What is counted, as the source words it ("Acme units operating in the town"). */
  phrase: string;
  /** Content words next to the figure, nearest first. */
  keywords: string[];
  /** The first lower-case content word after a count: what it counts ("widgets" in "139 Acme widgets"). */
  countedWord: string | null;
}

/** At most this many keywords per fact: enough to tell its measure apart, few enough to read. */
const MAX_KEYWORDS = 6;
/** The measure phrase keeps at most this many words. */
const MAX_PHRASE_WORDS = 8;

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    words.push({ text: m[0].replace(/['’]s$/, ''), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

function isContent(word: Word, ctx: FigureContext): boolean {
  const lower = word.text.toLowerCase();
  if (lower.length < 3 || STOPWORDS.has(lower)) return false;
  // Names are the entity's and the parties' slots, not the measure's.
  return !ctx.facts.hits.some((h) => h.start <= word.start && word.end <= h.end);
}

/** The measure words of a figure, read from its context. */
export function measureWords(ctx: FigureContext): MeasureWords {
  const windowEnd = Math.min(ctx.nextStart, Math.max(ctx.clauseEnd, ctx.bindEnd));
  const from = Math.max(ctx.windowStart, ctx.clauseStart);
  const after = wordsIn(ctx.text, ctx.bindEnd, windowEnd).filter((w) => isContent(w, ctx));
  // The words right after the previous figure are what that one counts ("the two manufacturers,
  // acquiring … 800 units"): they tell this figure's measure apart from it, not its own.
  const previousNoun = ctx.windowStart > ctx.sentenceStart ? nounRunEnd(ctx.text, ctx.windowStart) : from;
  const before = wordsIn(ctx.text, Math.max(from, previousNoun), ctx.token.start).filter((w) => isContent(w, ctx)).reverse();
  // A figure that shares its stretch with another ("from $3.4 million in 2018 to [$5.4 million]") takes
  // the words of its clause before the stretch.
  if (after.length === 0 && before.length === 0) {
    before.push(...wordsIn(ctx.text, ctx.clauseStart, ctx.windowStart).filter((w) => isContent(w, ctx)).reverse());
  }
  // Nearest first, alternating after and before: "operating … devices" both sit next to "18,166".
  const near: Word[] = [];
  for (let k = 0; k < Math.max(after.length, before.length); k++) {
    if (after[k]) near.push(after[k]);
    if (before[k]) near.push(before[k]);
  }
  const keywords: string[] = [];
  const seen = new Set<string>();
  for (const word of near) {
    const key = word.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    keywords.push(word.text);
    if (keywords.length >= MAX_KEYWORDS) break;
  }
  const countedWord = ctx.token.unit === 'count' ? countedNoun(ctx, windowEnd) : null;
  return { phrase: phraseOf(ctx, windowEnd), keywords, countedWord };
}

/** Words as the phrase keeps them: no function word at its end, and with `lead`, none (nor a name) at its start. */
function trimmed(words: Word[], ctx: FigureContext, lead: boolean): Word[] {
  let from = 0;
  let to = words.length;
  const weak = (w: Word): boolean => STOPWORDS.has(w.text.toLowerCase()) || ctx.facts.hits.some((h) => h.start <= w.start && w.end <= h.end);
  while (lead && from < to && weak(words[from])) from++;
  while (to > from && STOPWORDS.has(words[to - 1].text.toLowerCase())) to--;
  return words.slice(from, to);
}

/**
 * What the figure measures in the source's words: the words after it up to a comma or the end of its
 * stretch ("units operating in the town"); when they say too little, the clause's words before it joined
 * with them ("spent … on new trams" becomes "spent on new trams").
 */
function phraseOf(ctx: FigureContext, windowEnd: number): string {
  const stop = /[,;:()—–]|\s-\s/g;
  stop.lastIndex = ctx.bindEnd;
  const firstStop = stop.exec(ctx.text);
  const afterEnd = firstStop && firstStop.index < windowEnd ? firstStop.index : windowEnd;
  const join = (words: Word[]): string => (words.length > 0 ? ctx.text.slice(words[0].start, words[words.length - 1].end).replace(/\s+/g, ' ') : '');
  const after = trimmed(wordsIn(ctx.text, ctx.bindEnd, afterEnd).slice(0, MAX_PHRASE_WORDS), ctx, false);
  const content = (words: Word[]): number => words.filter((w) => !STOPWORDS.has(w.text.toLowerCase())).length;
  if (content(after) >= 2) return join(after);
  const before = trimmed(wordsIn(ctx.text, Math.max(ctx.windowStart, ctx.clauseStart), ctx.token.start).slice(-MAX_PHRASE_WORDS), ctx, true);
  if (content(before) + content(after) >= 1) return [join(before), join(after)].filter(Boolean).join(' ');
  return ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd).replace(/\s+/g, ' ').trim();
}

/**
 * What a count counts: the last word of the run of words right after it, up to a function word or a
 * punctuation mark ("28 storage depots in" → depots; "4,177 Acme widgets." → widgets).
 */
function countedNoun(ctx: FigureContext, windowEnd: number): string | null {
  const words = wordsIn(ctx.text, ctx.bindEnd, windowEnd);
  let last: Word | null = null;
  let at = ctx.bindEnd;
  for (const word of words) {
    if (!/^\s*$/.test(ctx.text.slice(at, word.start)) || STOPWORDS.has(word.text.toLowerCase())) break;
    last = word;
    at = word.end;
  }
  return last && /^\p{Ll}/u.test(last.text) && last.text.length > 2 ? last.text.toLowerCase() : null;
}

/** The end of the run of words right after a figure, up to a function word or a punctuation mark. */
function nounRunEnd(text: string, from: number): number {
  let at = from;
  for (const word of wordsIn(text, from, Math.min(text.length, from + 80))) {
    if (!/^\s*$/.test(text.slice(at, word.start)) || STOPWORDS.has(word.text.toLowerCase())) break;
    at = word.end;
  }
  return at;
}

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
  const before = wordsIn(ctx.text, from, ctx.token.start).filter((w) => isContent(w, ctx)).reverse();
  // Nearest first, alternating after and before: "operating … devices" both sit next to "18,166".
  const near: Word[] = [];
  for (let k = 0; k < Math.max(after.length, before.length); k++) {
    if (after[k]) near.push(after[k]);
    if (before[k]) near.push(before[k]);
  }
  // A figure that shares its stretch with another ("from $3.4 million in 2018 to [$5.4 million]") takes
  // the words of its clause before the stretch.
  if (after.length === 0 && before.length === 0) {
    before.push(...wordsIn(ctx.text, ctx.clauseStart, ctx.windowStart).filter((w) => isContent(w, ctx)).reverse());
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

/**
 * The words after the figure up to the end of its stretch ("Acme units operating in the town"); when
 * they say too little, the clause's words before it ("spent on widgets").
 */
function phraseOf(ctx: FigureContext, windowEnd: number): string {
  const tidy = (s: string): string => s.replace(/[\s*_"“”]+/g, ' ').replace(/^[\s,.;:()-]+|[\s,.;:()-]+$/g, '').trim();
  const afterWords = wordsIn(ctx.text, ctx.bindEnd, windowEnd).slice(0, MAX_PHRASE_WORDS);
  const after = afterWords.length > 0 ? tidy(ctx.text.slice(afterWords[0].start, afterWords[afterWords.length - 1].end)) : '';
  const contentAfter = afterWords.filter((w) => !STOPWORDS.has(w.text.toLowerCase())).length;
  if (contentAfter >= 2) return after;
  const beforeWords = wordsIn(ctx.text, Math.max(ctx.windowStart, ctx.clauseStart), ctx.token.start).slice(-MAX_PHRASE_WORDS);
  const before = beforeWords.length > 0 ? tidy(ctx.text.slice(beforeWords[0].start, beforeWords[beforeWords.length - 1].end)) : '';
  return tidy(`${before} … ${after}`.replace(/^\s*…\s*|\s*…\s*$/g, '')) || tidy(ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd));
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

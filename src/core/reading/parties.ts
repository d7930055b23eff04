// The named parties a figure is about (makers, banks, buyers: the catalogue's `vendors`). Named right
// after the figure ("3,567 Acme and 18,166 Bolt"), else later in its stretch, else before it, else in
// the blocks that give it context.
import { overlapsName, type NameHit } from '../names';
import { namesNextFigure, type FigureContext } from './context';
import type { ReadingRule } from './rule';
import { textAfter, textBefore } from '../regex';
import { MONTH_NAMES } from '../wordLists';
import { isShareUnit } from '../types';

export interface Parties {
  ids: string[];
  /** The parties come only from a section heading: a weak hint, never a contradiction. */
  fromHeading: boolean;
  /** Parties named as no dataset names them ("Zenith"): the figure is someone else's. */
  unknown?: string[];
}

const JOINERS = /^(?:\s*(?:,|and|or|&|\/)\s*)+$/;
/**
 * At most one word may stand between a figure and the party named right after it ("3,567 new Acme"),
 * and not "of": in "85% of Acme's contract" Acme owns the whole, not the share; nor a joining word: in
 * "Acme sold $11.54bn and Bolt $4.9bn" Bolt is the next figure's.
 */
const FIRST_GAP = /^\s*(?:(?!(?:of|for|to|with|against|and|or|but|while|whereas)\s)[\p{L}-]+\s+)?$/u;
const FIRST_GAP_MAX = 24;

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function answer(ids: string[], fromHeading = false): Parties | null {
  return ids.length > 0 ? { ids: unique(ids), fromHeading } : null;
}

function rightAfter(hits: NameHit[], from: number, text: string, limit: number): string[] {
  const found: string[] = [];
  let at = from;
  for (const h of hits) {
    if (h.start < at || h.start >= limit) continue;
    const gap = text.slice(at, h.start);
    // The length first: most names stand too far from the figure for the pattern to be worth running.
    const allowed = found.length === 0 ? gap.length <= FIRST_GAP_MAX && FIRST_GAP.test(gap) : JOINERS.test(gap);
    if (!allowed) break;
    found.push(h.id);
    at = h.end;
  }
  return found;
}

const OPENS_PARENTHESIS = /\(\s*$/;
const CLOSES_PARENTHESIS = /^\s*\)/;
/** What may stand between a party's name and its figure: a colon, one word, a qualifier sign. */
const PARTY_FIGURE_GAP = /^[\s:]*(?:[\p{L}-]+[\s:]+)?[~≈<>≥≤]?\s*$/u;
const OF_OR_FOR = /\s(?:of|for)\s/;

/**
 * A clause of its own that a comma and a subordinating word open after the figure ("its share dipped to 76.3%,
 * after Bolt launched a new model"): it tells when or why, about its own subject, not whose the figure is.
 */
const SUBORDINATE_CLAUSE_AFTER = /,\s+(?:after|before|when|while|as|since|because|although|though|until|once|whereas)\s/i;

/** "Bolt units in Moldova (15,133)": the figure stands in parentheses right after what it counts. */
function parenthesised(ctx: FigureContext): boolean {
  const { text, token } = ctx;
  return OPENS_PARENTHESIS.test(textBefore(text, token, 3)) && CLOSES_PARENTHESIS.test(textAfter(text, token, 3));
}

/**
 * A capitalised word right after a figure, with at most one word between that is no preposition, article
 * or conjunction, and a lower-case word after it: "3,567 Zenith units", "3,000 new Zenith units".
 */
const CAPITALISED_AFTER = /\s+(?:(?!(?:of|for|to|with|against|in|on|at|by|from|since|during|until|and|or|the|an?|per)\s)[\p{Ll}-]+\s+)?(\p{Lu}\p{Ll}{2,})\s+\p{Ll}/uy;

/** Capitalised words that name a time, not a party or a place. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [...MONTH_NAMES,
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
);

/**
 * A party no dataset names: such a capitalised word that is no name of the catalogue, nor a month or a
 * day. The figure is that party's, so a fact of the datasets' parties is not its fact.
 */
function unknownPartyAfter(ctx: FigureContext): Parties | null {
  CAPITALISED_AFTER.lastIndex = ctx.bindEnd;
  const m = CAPITALISED_AFTER.exec(ctx.text);
  if (!m || m.index + m[0].length > Math.min(ctx.nextStart, ctx.sentenceEnd) || CALENDAR_WORDS.has(m[1])) return null;
  const word = m[1];
  const start = m.index + m[0].lastIndexOf(word);
  // A name of the catalogue, or a typo of one, is a known entity or party: the other rules read it.
  if (overlapsName(ctx.facts.hits, start, start + word.length)) return null;
  return { ids: [], fromHeading: false, unknown: [word] };
}

export const PARTY_RULES: ReadingRule<Parties>[] = [
  {
    id: 'parties/parenthesised',
    doc: 'A figure in parentheses belongs to the party named just before the parentheses.',
    example: 'Bolt units in Moldova ([15,133])',
    read(ctx) {
      if (!parenthesised(ctx)) return null;
      const before = ctx.vendorHits.filter((h) => h.start >= ctx.windowStart && h.end <= ctx.token.start);
      return before.length > 0 ? answer([before[before.length - 1].id]) : null;
    },
  },
  {
    id: 'parties/right-after',
    doc: 'Parties named right after the figure, at most one word between, joined by "and", "or" or commas.',
    example: '[3,567] Acme and 18,166 Bolt devices',
    read: (ctx) => (parenthesised(ctx) ? null : answer(rightAfter(ctx.vendorHits, ctx.bindEnd, ctx.text, ctx.nextStart))),
  },
  {
    id: 'parties/unknown-right-after',
    doc: 'A capitalised word no dataset names, right after the figure and before a lower-case word: a party the datasets do not cover.',
    example: '[3,567] Zenith units in Ruritania',
    read: (ctx) => (parenthesised(ctx) ? null : unknownPartyAfter(ctx)),
  },
  {
    id: 'parties/right-before',
    doc: 'A party named right before the figure, at most one word or a colon between.',
    example: 'MD bolt [15,133] / acme 4,177',
    read(ctx) {
      const before = ctx.vendorHits.filter((h) => h.end <= ctx.token.start && h.start >= ctx.windowStart);
      const last = before[before.length - 1];
      if (!last) return null;
      const gap = ctx.text.slice(last.end, ctx.token.start);
      return PARTY_FIGURE_GAP.test(gap) && gap.length <= FIRST_GAP_MAX ? answer([last.id]) : null;
    },
  },
  {
    id: 'parties/later-in-stretch',
    doc: "Parties named after the figure, before the next figure and the sentence's end; for a share, before its \"of\" (the whole's parties are the whole's).",
    example: '[139] units in 2023, all of them from Acme',
    read(ctx) {
      let end = Math.min(ctx.nextStart, ctx.sentenceEnd);
      if (isShareUnit(ctx.token.unit)) {
        const of = OF_OR_FOR.exec(ctx.text.slice(ctx.bindEnd, end));
        if (of) end = ctx.bindEnd + of.index;
      }
      const subordinate = SUBORDINATE_CLAUSE_AFTER.exec(ctx.text.slice(ctx.bindEnd, end));
      if (subordinate) end = ctx.bindEnd + subordinate.index;
      // A party nearer the next figure is that one's: "put the Bolt count at [81,166] and said Acme had 4,177".
      return answer(ctx.vendorHits.filter((h) => h.start >= ctx.bindEnd && h.end <= end && !namesNextFigure(ctx, h)).map((h) => h.id));
    },
  },
  {
    id: 'parties/before-in-stretch',
    doc: 'Parties named before the figure, after the previous figure.',
    example: 'Acme: [3,567]; Bolt: 18,166',
    read: (ctx) => answer(ctx.vendorHits.filter((h) => h.start >= ctx.windowStart && h.end <= ctx.token.start).map((h) => h.id)),
  },
  {
    id: 'parties/before-in-sentence',
    doc: "Parties named earlier in the figure's sentence.",
    example: 'Bolt leads with 18,166, and Acme follows with [3,567]',
    read: (ctx) => answer(ctx.vendorHits.filter((h) => h.start >= ctx.sentenceStart && h.end <= ctx.token.start).map((h) => h.id)),
  },
  {
    id: 'parties/referred-back',
    doc: 'For a sentence that opens with "It" or "They": the party its paragraph named last before the sentence, which the pronoun stands for.',
    example: 'Acme trails Bolt. It shipped [3,567] units',
    read(ctx) {
      if (!ctx.refersBack) return null;
      let last: NameHit | undefined;
      for (const h of ctx.vendorHits) if (h.end <= ctx.sentenceStart) last = h;
      return last ? answer([last.id]) : null;
    },
  },
  {
    id: 'parties/context',
    doc: 'Parties named in the nearest context block that names any: a question, table header or row, lead-in, heading.',
    example: '| Country | Bolt |\n| Hungary | [18,166] |',
    read(ctx) {
      for (const c of ctx.context) {
        const hits = ctx.reader.blockFacts(c).hits.filter((h) => h.kind === 'vendor');
        if (hits.length > 0) return answer(hits.map((h) => h.id), ctx.reader.doc.blocks[c].kind === 'heading');
      }
      return null;
    },
  },
];

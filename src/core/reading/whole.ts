// The whole a figure is a part of: "265 of the 325 units". The whole is a figure of its own, since it
// can be wrong while the part is right, and the words after it describe the part too.
import type { Figure } from '../types';
import type { ReadingRule } from './rule';

export interface Whole {
  figure: Figure;
  /** Block offset just past the whole ("of the 325"): the part's describing words start there. */
  end: number;
}

/** What stands between a part and its whole: "of", "out of", "of the", "of all". */
const OF_GAP = /^\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?$/;

export const WHOLE_RULES: ReadingRule<Whole>[] = [
  {
    id: 'whole/x-of-y',
    doc: 'A count followed by "of", "out of" or "of the" and another count is a part of that whole.',
    example: 'so far put up [265] of the 325 planned',
    read(ctx) {
      const { token, tokens, t, text, block } = ctx;
      const next = tokens[t + 1];
      if (!next || token.unit !== 'count' || next.unit !== 'count' || !OF_GAP.test(text.slice(token.end, next.start))) return null;
      const figure: Figure = {
        start: block.start + next.start,
        end: block.start + next.end,
        text: text.slice(next.start, next.end),
        value: next.value,
        unit: 'count',
        qualifier: 'exact',
        precision: next.precision,
        style: next.style,
      };
      return { figure, end: next.end };
    },
  },
];

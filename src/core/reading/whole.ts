// The whole a figure is a part of: "265 of the 325 units". The whole is a figure of its own, since it
// can be wrong while the part is right, and the words after it describe the part too.
import type { Figure } from '../types';
import type { ReadingRule } from './rule';

export interface Whole {
  figure: Figure;
  /** Block offset just past the whole ("of the 325"): the part's describing words start there. */
  end: number;
}

const OF_WHOLE = /^\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b/;

export const WHOLE_RULES: ReadingRule<Whole>[] = [
  {
    id: 'whole/x-of-y',
    doc: 'A count followed by "of", "out of" or "of the" and another count is a part of that whole.',
    example: 'so far put up [265] of the 325 planned',
    read(ctx) {
      const { token, text, block } = ctx;
      const m = OF_WHOLE.exec(text.slice(token.end, token.end + 30));
      if (!m || token.unit !== 'count') return null;
      const start = token.end + m[0].length - m[1].length;
      const figure: Figure = {
        start: block.start + start,
        end: block.start + start + m[1].length,
        text: m[1],
        value: Number(m[1].replace(/,/g, '')),
        unit: 'count',
        qualifier: 'exact',
        precision: 1,
        style: { grouping: m[1].includes(',') ? ',' : '', currency: '', scale: '', percent: '', form: 'digits', suffix: '' },
      };
      return { figure, end: token.end + m[0].length };
    },
  },
];

// The period a figure speaks of: bound in its sentence, else a timeline entry's year label, else the
// periods of the blocks that give it context.
import { bindPeriod, scanPeriods, yearsSpan, type MonthSpan } from '../periods';
import type { ReadingRule } from './rule';

/** A timeline entry: "**2019:** …", "2019 – …". */
const YEAR_LABEL = /^[\s*_]*((?:19|20)\d\d)[\s*_]*[:–—][\s*_]/;

export const PERIOD_RULES: ReadingRule<MonthSpan>[] = [
  {
    id: 'period/sentence',
    doc: 'The first period after the figure in its clause, before the next figure; else the nearest one before it in its sentence.',
    example: 'from [$3.4 million] in 2018 to $5.4 million in 2023',
    read(ctx) {
      ctx.facts.periods ??= scanPeriods(ctx.text);
      const span = bindPeriod(ctx.text, ctx.facts.periods, ctx.token.start, ctx.token.end, ctx.nextStart, ctx.sentenceStart, ctx.sentenceEnd);
      return span ? { from: span.from, to: span.to } : null;
    },
  },
  {
    id: 'period/timeline-label',
    doc: "A timeline entry's year label dates every figure in the entry.",
    example: '- **2019:** the ministry bought [139] units',
    read(ctx) {
      const label = YEAR_LABEL.exec(ctx.text);
      return label ? yearsSpan(Number(label[1]), Number(label[1])) : null;
    },
  },
  {
    id: 'period/context',
    doc: "The periods of the nearest context block that has any, from the first to the last; only table cells date a block that names periods of its own.",
    example: '| Country | 2023 |\n| Georgia | [10,000] |',
    read(ctx) {
      // A block that dates things itself is not dated by a heading or a question above it; a table's
      // header and row still date its cells.
      const ownPeriods = (ctx.facts.periods ??= scanPeriods(ctx.text)).length > 0;
      for (const c of ctx.context) {
        if (ownPeriods && ctx.reader.doc.blocks[c].cell === undefined) continue;
        const facts = ctx.reader.blockFacts(c);
        const periods = (facts.periods ??= scanPeriods(ctx.reader.doc.blocks[c].text));
        if (periods.length > 0) return { from: periods[0].from, to: periods[periods.length - 1].to };
      }
      return null;
    },
  },
];

// A table's column holds one measure: the cells its figures verify say which. A wrong-value warning in that
// column against a fact of another measure is a guess at a figure the datasets do not hold for that row
// ("| India | … | 97.86 |" under "Solar installed", where India's only solar fact is what it added).
import type { ProseDocument } from './prose';
import type { Claim } from './claims';
import type { Verdict } from './verdict';
import { noSlipExplains } from './verdict';

/**
 * How many cells of a column must verify facts of one measure, and of no other, before that measure is the
 * column's: one could be a cell the writer filled from another measure.
 */
const MIN_VERIFIED_CELLS = 2;

interface Warned {
  start: number;
  measure: string;
}

export class ColumnMeasures {
  private readonly verified = new Map<string, Map<string, number>>();
  private readonly warned = new Map<string, Warned[]>();

  constructor(private readonly doc: ProseDocument) {}

  /** Notes a judged figure of a table cell: the measure it verified, or a warning no slip explains. */
  learn(claim: Claim, verdict: Verdict): void {
    const cell = this.doc.blocks[claim.block].cell;
    if (!cell || !verdict.link) return;
    const column = `${cell.table}:${cell.column}`;
    const measure = measureKey(verdict);
    if (verdict.code === 'figure-verified') {
      let counts = this.verified.get(column);
      if (!counts) this.verified.set(column, (counts = new Map()));
      counts.set(measure, (counts.get(measure) ?? 0) + 1);
    } else if (verdict.code === 'figure-mismatch' && noSlipExplains(verdict.link)) {
      let list = this.warned.get(column);
      if (!list) this.warned.set(column, (list = []));
      list.push({ start: claim.figure.start, measure });
    }
  }

  /** Where figures start whose warnings name another measure than the one their column's cells verify. */
  offColumn(): Set<number> {
    const starts = new Set<number>();
    for (const [column, list] of this.warned) {
      const counts = this.verified.get(column);
      // A column whose cells verify several measures lists indicators by row ("| Unemployed | 6.7 million |"):
      // its rows, not its header, say what each figure is.
      if (!counts || counts.size !== 1 || [...counts.values()][0] < MIN_VERIFIED_CELLS) continue;
      for (const w of list) if (!counts.has(w.measure)) starts.add(w.start);
    }
    return starts;
  }
}

function measureKey(verdict: Verdict): string {
  const fact = verdict.link!.indexed.fact;
  return `${fact.unit}\u0000${fact.measure}`;
}

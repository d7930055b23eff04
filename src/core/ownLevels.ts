// A change that the two levels written before it compute ("| €12.41 | €12.82 | +3.3% |", "from 4,242 to
// 4,666 zlotys, up 10%") is the change between those levels, whatever else it may look like. A fact of
// the same measure over another stretch (two steps, from another base) is another change, not this one.
import type { Claim } from './claims';
import type { Figure } from './types';
import type { ProseDocument } from './prose';
import type { DocumentReader } from './reading/document';
import { sentenceAt } from './sentences';

/** How much of the change's last written digit the computed change may differ by: half of it, as rounding does. */
const ROUNDING_SHARE = 0.5;

/** A little more than nothing, for sums in binary floating point. */
const FLOAT_SLACK = 1e-9;

/**
 * Reads the claims of a document in the order they are written and remembers the levels of the current
 * sentence or table row: a change after two of them in the same unit is tested against their ratio.
 */
export class OwnLevels {
  private scope = '';
  private levels: Figure[] = [];

  constructor(
    private readonly doc: ProseDocument,
    private readonly reader: DocumentReader,
  ) {}

  /** True when the claim is a change in per cent that the two levels before it in its sentence or row compute. */
  computes(claim: Claim): boolean {
    const scope = this.scopeOf(claim);
    if (scope !== this.scope) {
      this.scope = scope;
      this.levels = [];
    }
    const figure = claim.figure;
    if (!figure.change) {
      this.levels.push(figure);
      return false;
    }
    if (figure.unit !== 'percent' || this.levels.length < 2) return false;
    const [from, to] = this.levels.slice(-2);
    if (from.unit !== to.unit || from.unit === 'percent' || from.value <= 0 || to.value <= 0) return false;
    // A table may put the later year first ("| 2023 | 2022 | Change |"): either order is the levels' change.
    const slack = figure.precision * ROUNDING_SHARE + FLOAT_SLACK;
    return [to.value / from.value, from.value / to.value].some((ratio) => Math.abs((ratio - 1) * 100 - figure.value) <= slack);
  }

  /** A table row's cells are read together; elsewhere, a sentence. */
  private scopeOf(claim: Claim): string {
    const block = this.doc.blocks[claim.block];
    if (block.cell) return `row ${block.cell.table} ${block.cell.row}`;
    return `sentence ${claim.block} ${sentenceAt(this.reader.blockFacts(claim.block).starts, claim.figure.start - block.start)}`;
  }
}

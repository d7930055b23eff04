// The figures of one sentence or table row may compute each other: a change in per cent between two levels
// ("rose 10% to 103.9 million from 94.5 million", "| €12.41 | €12.82 | +3.3% |"). Two readings follow.
// - A change its own levels compute is the change between them, whatever else it looks like: a fact of the
//   same measure over another stretch is another change, not this one (check.ts).
// - A writer who mistypes one of the three rarely mistypes another to match, so a fact whose value the
//   others compute, where the figure's own value does not fit, is the fact the figure states, wrongly
//   (verdict.ts).
import type { Claim } from './claims';
import type { ProseDocument } from './prose';
import type { DocumentReader } from './reading/document';
import type { Figure } from './types';
import { isShareUnit } from './types';
import { sentenceAt } from './sentences';
import { POINTS_SUFFIX } from './numbers';

/** The values a figure may have for its sentence's other figures to compute it, each as rounded as written. */
export interface Interval {
  lowBound: number;
  highBound: number;
}

/** How much a written figure may differ from the value it rounds: half its last written digit. */
const ROUNDING_SHARE = 0.5;

/** A little more than nothing, for sums in binary floating point. */
const FLOAT_SLACK = 1e-9;


/** The figure's sentence computes the value for it, and not the figure's own value: the value is what it should say. */
export function computedInstead(claim: Claim, value: number): boolean {
  const computed = claim.computedValues;
  const fits = (v: number): boolean => v >= computed!.lowBound && v <= computed!.highBound;
  return computed !== undefined && fits(value) && !fits(claim.figure.value);
}

/** Half the figure's last written digit: how far the value it rounds may lie. */
function slack(figure: Figure): number {
  return figure.precision * ROUNDING_SHARE;
}

/**
 * A change in per cent after the two levels before it in its scope, whose ratio (either way: a table may
 * put the later year first) it states within its own rounding.
 */
function changeOfTheLevelsBefore(change: Figure, levels: readonly Figure[]): boolean {
  if (levels.length < 2) return false;
  const [from, to] = levels.slice(-2);
  if (from.unit !== to.unit || from.unit === 'percent' || from.value <= 0 || to.value <= 0) return false;
  const allowed = slack(change) + FLOAT_SLACK;
  return [to.value / from.value, from.value / to.value].some((ratio) => Math.abs((ratio - 1) * 100 - change.value) <= allowed);
}

/** An exact figure that is no part of a whole: a hedge ("about", "more than") or a range gives no bounds. */
function oneExactValue(figure: Figure): boolean {
  return figure.qualifier === 'exact' && figure.of === undefined;
}

/**
 * A change in per cent between a level with "from" before it and one without, three figures in a row of one
 * scope ("rose 16.5% to $3.8bn from $2.8bn", "from 900 to 1,000 francs, up 11%"): each gets the values the
 * other two compute for it. Three in a row only: across another figure, which change is between which
 * levels is a guess.
 */
function computeChangeBetweenLevels(three: readonly Claim[]): void {
  const changes = three.filter((c) => c.figure.change && isShareUnit(c.figure.unit));
  const levels = three.filter((c) => !c.figure.change && !isShareUnit(c.figure.unit));
  const from = levels.find((c) => c.startingPoint);
  const to = levels.find((c) => !c.startingPoint);
  // A figure another three already read is read once: two readings of it would be a guess between them.
  if (changes.length !== 1 || !from || !to || from.figure.unit !== to.figure.unit || three.some((c) => c.computedValues)) return;
  const change = changes[0];
  const c = change.figure;
  // A change in points ("a rise of 2 points", "3 percentage points") is between shares, not these levels.
  if (c.style.percent === '' || POINTS_SUFFIX.test(c.style.percent) || c.fromANorm || ![c, from.figure, to.figure].every(oneExactValue)) return;
  const [a, aSlack, b, bSlack, cSlack] = [from.figure.value, slack(from.figure), to.figure.value, slack(to.figure), slack(c)];
  const low = 1 + (c.value - cSlack) / 100;
  const high = 1 + (c.value + cSlack) / 100;
  if (a - aSlack <= 0 || low <= 0) return;
  to.computedValues = { lowBound: (a - aSlack) * low, highBound: (a + aSlack) * high };
  from.computedValues = { lowBound: (b - bSlack) / high, highBound: (b + bSlack) / low };
  change.computedValues = { lowBound: ((b - bSlack) / (a + aSlack) - 1) * 100, highBound: ((b + bSlack) / (a - aSlack) - 1) * 100 };
}

/** Reads each sentence's or table row's figures together: Claim.computedValues and Claim.ofItsLevels. */
export function readStatedArithmetic(claims: readonly Claim[], doc: ProseDocument, reader: DocumentReader): void {
  let scope: Claim[] = [];
  let levels: Figure[] = [];
  let key = '';
  for (const claim of claims) {
    const block = doc.blocks[claim.block];
    const cell = block.cell;
    const at = cell ? `row ${cell.table} ${cell.row}` : `${claim.block} ${sentenceAt(reader.blockFacts(claim.block).starts, claim.figure.start - block.start)}`;
    if (at !== key) [scope, levels, key] = [[], [], at];
    scope.push(claim);
    if (scope.length >= 3) computeChangeBetweenLevels(scope.slice(-3));
    const figure = claim.figure;
    if (!figure.change) levels.push(figure);
    else if (figure.unit === 'percent' && changeOfTheLevelsBefore(figure, levels)) claim.ofItsLevels = true;
  }
}

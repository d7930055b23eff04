// The verdict on one figure, from the facts it is linked to and how its value relates to theirs. A
// warning needs the link to be nearly certain (THRESHOLDS.warn); a verification needs it likely and the
// value to agree; anything else stays silent.
import type { FactIndex, IndexedFact } from './factIndex';
import type { Claim } from './claims';
import type { FindingCode } from './types';
import { scoreAsOwned, scoreCandidates, type Scored } from './evidence/model';
import type { ClaimEvidence } from './evidence/features';
import { significantDigits, mantissa } from './evidence/values';
import { THRESHOLDS } from './evidence/weights';

export interface Verdict {
  code: FindingCode;
  /** The fact the figure states, with the evidence that linked them. */
  link: Scored | null;
  /** For a misattributed figure or a wrong period: the fact whose value the figure gives. */
  related?: IndexedFact;
  /** The part of "265 of the 352" is right and the whole is not: the whole gets its own mismatch. */
  wrongWhole?: boolean;
}

/** Counts this small are everywhere: only the same body's own figure is recognisably theirs. */
const MIN_DISTINCTIVE = 10;

const sure = (s: Scored): boolean => s.probability >= THRESHOLDS.warn.value;

function has(s: Scored, feature: string): boolean {
  return (s.features as readonly string[]).includes(feature);
}

/**
 * Whether a figure equal to another fact's value is recognisably that fact's: a precise number (15,133,
 * $5.8 million, 2,300), the same whole ("10 of 42"), or a round one with that fact's own qualifier and
 * parties ("nearly 80 percent").
 */
function recognisablyTheirs(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  const value = owner.fact.value;
  if (claim.entity !== owner.fact.entity && Math.abs(value) < MIN_DISTINCTIVE && owner.fact.unit === 'count') return false;
  if (significantDigits(value) >= 3) return true;
  if (claim.figure.of !== undefined && claim.figure.of === owner.fact.of) return true;
  const named = claim.vendorsFromHeading ? [] : claim.vendors;
  const partiesFit = named.length === 0 ? owner.vendorSet.size === 0 : named.some((v) => owner.vendorSet.has(v) || index.vendor(v)?.group === true);
  // "$5.8 million" or "2,300" is no number one rounds to; "$25 million" or "1,500" may be anyone's.
  if (significantDigits(value) === 2) return Number(mantissa(value)) % 5 !== 0 || partiesFit || owner.vendorSet.size > 0;
  return partiesFit && owner.fact.qualifier !== 'exact' && claim.figure.qualifier === owner.fact.qualifier;
}

/** Some measure word of the owner's (not a generic one) is around the figure. */
function sharesMeasure(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  for (const concept of owner.conceptSet) if (!index.vocabulary.isGeneric(concept) && claim.concepts.has(concept)) return true;
  return false;
}

/** The same entity and named parties as the claim's (a collective such as "makers from China" names none). */
function sameOwner(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  const entity = claim.entity!;
  const sameEntity =
    index.countryOf(entity) === entity ? index.countryOf(owner.fact.entity) === entity : owner.fact.entity === entity || owner.fact.entity === index.countryOf(entity);
  const named = claim.vendors.filter((v) => index.vendor(v)?.group !== true);
  return sameEntity && named.every((v) => owner.vendorSet.has(v));
}

/** A value no one rounds to: three significant digits or more, or two that are no multiple of five (2,300, $5.8m). */
function distinctive(value: number): boolean {
  const digits = significantDigits(value);
  return digits >= 3 || (digits === 2 && Number(mantissa(value)) % 5 !== 0);
}

/**
 * The fact whose exact value the figure gives, when it is recognisably that fact's. With a sure link
 * the owner may be of any measure when its value is distinctive; otherwise it must share a measure word.
 */
function ownerOf(index: FactIndex, claim: Claim, link: Scored | null, perClaim: ClaimEvidence): IndexedFact | null {
  for (const owner of perClaim.sameValue) {
    if (link && owner === link.indexed) continue;
    if (!recognisablyTheirs(index, claim, owner)) continue;
    if (!sharesMeasure(index, claim, owner) && !(link && sure(link) && distinctive(owner.fact.value))) continue;
    return owner;
  }
  return null;
}

function samePeriod(a: IndexedFact, b: IndexedFact): boolean {
  return a.span?.from === b.span?.from && a.span?.to === b.span?.to;
}

/** Relations in which the figure is a slip of the linked fact's own value: a typo, not a borrowed number. */
const SLIPS: ReadonlySet<string> = new Set(['transposed', 'one-digit', 'digit-count', 'scale-slip']);

/** The verdict when the value disagrees with the linked fact's. */
function disagreement(index: FactIndex, claim: Claim, link: Scored, scored: Scored[], perClaim: ClaimEvidence): Verdict | null {
  if (!sure(link)) return null;
  const owner = SLIPS.has(link.relation) ? null : ownerOf(index, claim, link, perClaim);
  if (owner) {
    // The same owner and measure in another period: a right number on the wrong year.
    if (sameOwner(index, claim, owner) && !samePeriod(owner, link.indexed) && link.indexed.fact.measure === owner.fact.measure) {
      return { code: 'period-mismatch', link, related: owner };
    }
    if (!sameOwner(index, claim, owner)) return { code: 'figure-misattributed', link, related: owner };
  }
  // A figure for another period is another figure, not a wrong value of this one.
  if (has(link, 'period.different')) return null;
  // When another fact with another value fits almost as well, the figure could be either: stay silent.
  const rival = scored.find((s) => s !== link && s.indexed.fact.value !== link.indexed.fact.value && link.probability - s.probability < THRESHOLDS.ambiguity.value);
  if (rival) return null;
  return { code: 'figure-mismatch', link };
}

/**
 * A figure whose own entity has no such fact, but whose distinctive value is another entity's: said of
 * what is, with that fact's measure words next to it, it would state that fact.
 */
function movedValue(index: FactIndex, claim: Claim, link: Scored | null, perClaim: ClaimEvidence): Verdict | null {
  if (!claim.entity || !claim.onTopic || claim.hypothetical) return null;
  for (const owner of perClaim.sameValue) {
    if (!distinctive(owner.fact.value) || sameOwner(index, claim, owner) || !recognisablyTheirs(index, claim, owner)) continue;
    const asOwned = scoreAsOwned(index, claim, owner);
    if (asOwned && sure(asOwned) && has(asOwned, 'measure.specific-near')) {
      return { code: 'figure-misattributed', link: link && sure(link) ? link : null, related: owner };
    }
  }
  return null;
}

/** The verdict on a figure, or null when the evidence does not link it to any fact well enough. */
export function judgeClaim(index: FactIndex, claim: Claim): Verdict | null {
  const { scored, perClaim } = scoreCandidates(index, claim);
  const link = scored[0];
  if (link) {
    const fact = link.indexed.fact;
    switch (link.relation) {
      case 'agrees':
        if (has(link, 'period.different')) return sure(link) ? { code: 'period-mismatch', link } : null;
        if (link.probability < THRESHOLDS.verify.value) return null;
        if (claim.whole && fact.of !== undefined && claim.figure.of !== fact.of && sure(link)) return { code: 'figure-verified', link, wrongWhole: true };
        return { code: 'figure-verified', link };
      case 'qualifier-flipped':
      case 'sign-flipped':
        return sure(link) ? { code: 'qualifier-mismatch', link } : null;
      case 'loose':
        return null;
      default: {
        const verdict = disagreement(index, claim, link, scored, perClaim);
        if (verdict) return verdict;
      }
    }
  }
  return movedValue(index, claim, link ?? null, perClaim);
}

// Links a figure to the facts it may state: each candidate gets the log-odds of its features and the
// probability that follows, against the alternative that the figure states something outside the
// datasets. The evidence that decided is kept for the writer.
import type { FactIndex, IndexedFact } from '../factIndex';
import type { Claim } from '../claims';
import type { Evidence, EvidenceItem } from '../types';
import { comparable, measureWordsAround, pairEvidence, sameValueFacts, statedClaim, factStated, type ClaimEvidence, type Feature, type PairEvidence } from './features';
import { logOdds, weightOf } from './weights';
import { DIGIT_SLIPS, RELATION_WORDS } from './values';
import { formatNumber } from '../describe';
import { anotherMonthOrQuarter } from '../periods';
import { computedInstead } from '../statedArithmetic';

/** The rule that dates a figure by the piece's title alone. */
export const TITLE_PERIOD = 'period/title';

export interface Scored extends PairEvidence {
  logit: number;
  probability: number;
}

/**
 * Every fact the figure may state, most probable first. The candidates compete: each gets
 * exp(log-odds) / (1 + the sum over all candidates), the 1 standing for "something the datasets do not
 * hold" (a conditional logit). A second fact that fits as well halves the probability of both.
 */
export function scoreCandidates(index: FactIndex, claim: Claim): { scored: Scored[]; perClaim: ClaimEvidence } {
  const perClaim: ClaimEvidence = { sameValue: sameValueFacts(index, claim) };
  const pairs: PairEvidence[] = [];
  if (claim.entity && claim.onTopic) {
    const candidates = index.candidatesFor(claim.entity, claim.figure.unit, claim.figure.value).filter((indexed) => comparable(index, claim, indexed));
    // A place no dataset names has no facts of its own.
    const own = claim.otherPlace ? [] : candidates.filter((indexed) => indexed.entity === claim.entity);
    perClaim.ownEntityFacts = own.length;
    if (own.length >= 2) perClaim.ownFacts = own;
    let ownMeasureFacts = 0;
    for (const indexed of own) if (measureWordsAround(index, claim, indexed)) ownMeasureFacts++;
    perClaim.ownMeasureFacts = ownMeasureFacts;
    for (const indexed of candidates) {
      // A fact of another month or quarter than the one the figure names ("into the second quarter"),
      // beside a fact of that very time with the same value, is not what the figure states: it would only
      // halve the probability of the one it does.
      if (ruledOutByItsTime(claim, indexed, candidates)) continue;
      const pair = pairEvidence(index, claim, indexed, perClaim);
      if (pair) pairs.push(pair);
    }
    dropSlipsOfAnExactSeries(pairs);
    // The piece's title chooses among the facts by its time ("… and what it means for 2026"); where it
    // chooses none of them, it says nothing of the figure's time.
    // Only the period's feature changes: an undated figure against a dated fact is 'period.fact-only'.
    if (claim.rules.period === TITLE_PERIOD && pairs.length > 0 && pairs.every((p) => p.features.includes('period.different'))) {
      for (const pair of pairs) pair.features = pair.features.map((f): Feature => (f === 'period.different' ? 'period.fact-only' : f));
    }
  }
  // Equal log-odds are ordered by how far the values lie apart: worked out only for a tie, which is rare
  // (the sort is stable and the distance the same at every call, so the order is that of a key per pair).
  // Then the latest period first: a figure that dates itself no more than a series' equal values (46 deaths
  // per million in 2022 and in 2023) is most likely the newest, which is what news reports.
  const distance = (s: Scored): number => {
    const value = statedClaim(claim, s.indexed).value;
    return Math.abs(Math.log((Math.abs(value) + 1) / (Math.abs(s.indexed.value) + 1)));
  };
  const scored = withScores(pairs);
  scored.sort((a, b) => b.logit - a.logit || distance(a) - distance(b) || (b.indexed.span?.to ?? 0) - (a.indexed.span?.to ?? 0));
  return { scored, perClaim };
}

/**
 * The figure names a month or quarter the fact is not of, and another candidate of that time has its value;
 * or a run of months ("January to November") the fact is not of, and the entity has that measure for it.
 */
function ruledOutByItsTime(claim: Claim, indexed: IndexedFact, candidates: readonly IndexedFact[]): boolean {
  if (claim.monthWithoutYear === undefined && claim.quarterWithoutYear === undefined && claim.monthsWithoutYear === undefined) return false;
  if (!anotherMonthOrQuarter(claim, indexed.span)) return false;
  const run = claim.monthsWithoutYear !== undefined;
  return candidates.some((other) => other !== indexed && other.entity === indexed.entity && (other.value === indexed.value || (run && other.fact.measure === indexed.fact.measure)) && !anotherMonthOrQuarter(claim, other.span));
}

/**
 * A slip of one time of a series ("62.5%" of 2022's 65.2%), in a time that is not that fact's, beside another
 * time of the same series whose value the figure gives exactly (2024's 62.5%): the exact value is the simpler
 * explanation, a time mixed up, and the slip would only take its probability.
 */
function dropSlipsOfAnExactSeries(pairs: PairEvidence[]): void {
  const exact = pairs.filter((p) => p.relation === 'agrees');
  if (exact.length === 0) return;
  for (let i = pairs.length - 1; i >= 0; i--) {
    const pair = pairs[i];
    if (!DIGIT_SLIPS.has(pair.relation) || !pair.features.includes('period.different')) continue;
    const fact = pair.indexed.fact;
    if (exact.some((p) => p.indexed.fact.entity === fact.entity && p.indexed.fact.measure === fact.measure)) pairs.splice(i, 1);
  }
}

/** Log-odds and competing probabilities of a figure's candidate facts. */
function withScores(pairs: readonly PairEvidence[]): Scored[] {
  const logits = pairs.map((pair) => logOdds(pair.features));
  let top = 0;
  for (const logit of logits) if (logit > top) top = logit;
  const none = Math.exp(-top);
  const total = none + logits.reduce((sum, l) => sum + Math.exp(l - top), 0);
  // Built field by field: an object spread here was a tenth of a check's time in the profile.
  return pairs.map(({ indexed, features, relation, measureWords, nearWords }, i) => ({
    indexed, features, relation, measureWords, nearWords, logit: logits[i], probability: Math.exp(logits[i] - top) / total,
  }));
}

/** The same figure as if it were about the fact's own entity and parties: would it then state the fact? */
export function scoreAsOwned(index: FactIndex, claim: Claim, indexed: IndexedFact): Scored | null {
  const owned: Claim = { ...claim, entity: indexed.fact.entity, otherPlace: null, otherEntities: [], vendors: [...indexed.fact.vendors], vendorsFromHeading: false, otherParties: [], rules: { ...claim.rules, entity: 'entity/clause' } };
  if (!comparable(index, owned, indexed)) return null;
  const pair = pairEvidence(index, owned, indexed, { sameValue: [] });
  return pair ? withScores([pair])[0] : null;
}

const FEATURE_WORDS: Partial<Record<Feature, (claim: Claim, s: Scored, index: FactIndex) => string>> = {
  'entity.same': (c, s, i) => `same ${kindOf(i, s.indexed.fact.entity)} (${i.displayName(s.indexed.fact.entity)})`,
  'entity.country-for-place': (c, s, i) => `${placeNamed(c, i)} named for ${i.displayName(s.indexed.fact.entity)}`,
  'entity.place-for-country': (c, s, i) => `${placeNamed(c, i)} named for ${i.displayName(s.indexed.fact.entity)}`,
  'entity.sibling': (c, s, i) => `${placeNamed(c, i)}, not ${i.displayName(s.indexed.fact.entity)}`,
  'entity.far': () => 'entity named outside the sentence',
  'parties.same': (c, s, i) => `${c.vendors.map((v) => i.displayName(v)).join(' and ')} named`,
  'parties.overlap': (c, s, i) => `${c.vendors.map((v) => i.displayName(v)).join(' and ')} named`,
  'parties.group': (c, s, i) => `${c.vendors.map((v) => i.displayName(v)).join(' and ')} named`,
  'parties.contradict': (c, s, i) => `${partiesNamed(c, i)} named, not ${s.indexed.fact.vendors.map((v) => i.displayName(v)).join(' and ')}`,
  'parties.unnamed': () => 'no party named',
  'measure.specific-near': (c, s) => `${quoteWords(s.nearWords)} next to the figure`,
  'measure.specific-sentence': (c, s) => `${quoteWords(s.measureWords)} in the sentence`,
  'measure.specific-context': (c, s) => `${quoteWords(s.measureWords)} in a heading or table`,
  'measure.generic-only': (c, s) => `only ${quoteWords(s.measureWords)} around the figure`,
  'measure.none': () => 'no word of this measure around the figure',
  'measure.other-near': () => 'a word of another measure next to the figure',
  'measure.series-mate': () => 'the sentence states another time of this series exactly',
  'noun.other': (c) => `counts ${c.countedNoun}`,
  'period.same': () => 'same period',
  'period.different': () => 'another period',
  'whole.agrees': () => 'same whole',
  'claim.hypothetical': () => 'spoken of as possible or planned',
  'value.anothers': () => 'the value of another sourced figure',
};

/** The place the figure is about: one no dataset names as written, else the entity's name. */
function placeNamed(claim: Claim, index: FactIndex): string {
  return claim.otherPlace ?? index.displayName(claim.entity!);
}

/** The parties the figure names, known ones by their names and others as written. */
function partiesNamed(claim: Claim, index: FactIndex): string {
  return [...claim.vendors.map((v) => index.displayName(v)), ...claim.otherParties].join(' and ');
}

function kindOf(index: FactIndex, id: string): string {
  return index.entity(id)?.kind ?? 'entity';
}

function quoteWords(words: readonly string[]): string {
  return words.map((w) => `“${w}”`).join(', ');
}

/** The value's side of the evidence: "81,166 is 18,166 with two digits swapped". */
function valueWords(claim: Claim, s: Scored): string {
  const fact = s.indexed.fact;
  return `${claim.figure.text} ${RELATION_WORDS[s.relation]}${s.relation === 'agrees' ? '' : ` (${formatNumber(factStated(s.indexed).value, fact.unit)})`}`;
}

/** The evidence that linked a figure to a fact, for JSON output and hovers. */
export function explain(index: FactIndex, claim: Claim, s: Scored): Evidence {
  const items: EvidenceItem[] = s.features
    .filter((f) => f !== 'bias')
    .map((f) => ({ feature: f, weight: weightOf(f) }));
  const phrases: string[] = [];
  for (const f of s.features) {
    const phrase = FEATURE_PHRASES.get(f)?.(claim, s, index);
    if (phrase) phrases.push(phrase);
  }
  phrases.push(valueWords(claim, s));
  if (computedInstead(claim, s.indexed.value)) phrases.push(`its sentence computes ${formatNumber(factStated(s.indexed).value, s.indexed.fact.unit)}`);
  return { probability: Math.round(s.probability * 1000) / 1000, summary: phrases.join('; '), features: items, rules: copyRules(claim.rules) };
}

/** The same table as a Map: its keys are no identifiers, so indexing it by a feature is a slow lookup. */
const FEATURE_PHRASES = new Map(Object.entries(FEATURE_WORDS) as [Feature, (claim: Claim, s: Scored, index: FactIndex) => string][]);

/**
 * A copy of a claim's rules in their order. A spread of objects of many shapes (each figure's rules are
 * a different subset) took the slow path.
 */
function copyRules(rules: Claim['rules']): Claim['rules'] {
  const copy: Claim['rules'] = {};
  for (const slot in rules) copy[slot as keyof Claim['rules']] = rules[slot as keyof Claim['rules']];
  return copy;
}

export { statedClaim, factStated };

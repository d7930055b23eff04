// Chooses the fact a claim speaks about, by entity, vendors, measure words, unit and period.
// A claim that fits no fact well enough is no claim we can judge, and stays silent.
import type { FactIndex, IndexedFact, KeywordConcepts } from './factIndex';
import type { Claim } from './claims';
import type { Unit } from '../dataset/schema';

export interface Candidate {
  indexed: IndexedFact;
  score: number;
  entityScore: number;
  vendorScore: number;
  measureWords: string[];
  periodAgrees: boolean | null;
}

/** The least evidence for judging a figure: its entity or country, and one measure word. */
const MIN_ENTITY = 1;

/** The draft's value in the fact's unit, or null when the units cannot be compared. */
export function valueInUnit(value: number, from: Unit, to: Unit): number | null {
  if (from === to) return value;
  if (from === 'percent' && to === 'fraction') return value / 100;
  if (from === 'fraction' && to === 'percent') return value * 100;
  return null;
}

function entityScore(index: FactIndex, claimEntity: string, factEntity: string): number {
  if (claimEntity === factEntity) return 4;
  const claimCountry = index.countryOf(claimEntity);
  const factCountry = index.countryOf(factEntity);
  if (claimCountry !== factCountry) return 0;
  // A country named for one of its places or bodies, or the reverse: the writer may speak broadly.
  if (claimEntity === claimCountry || factEntity === factCountry) return 2.5;
  return 1;
}

/** How well the claim's vendors fit the fact's; null when they contradict. */
export function vendorScore(index: FactIndex, claimVendors: readonly string[], factVendors: Set<string>): number | null {
  if (claimVendors.length === 0) return factVendors.size === 0 ? 1 : 0.5;
  if (factVendors.size === 0) return 0;
  const claimSet = new Set(claimVendors);
  const isGroup = (id: string): boolean => index.vendor(id)?.group === true;
  let shared = 0;
  for (const v of claimSet) if (factVendors.has(v)) shared++;
  if (shared === claimSet.size && shared === factVendors.size) return 3;
  if (shared > 0) return 1.5;
  // "Chinese cameras" fits a fact about Dahua and Hikvision, and the reverse.
  if ([...claimSet].some(isGroup) || [...factVendors].some(isGroup)) return 1;
  return null;
}


/**
 * True when the claim speaks of another measure: no specific keyword of the fact occurs, but the
 * sentence does use a measure word of some other fact ("bought 30 cameras" is no Shodan count).
 */
function speaksOfAnotherMeasure(index: FactIndex, claim: Claim, indexed: IndexedFact, measureWords: string[]): boolean {
  const own = indexed.conceptSet;
  const specificMatch = indexed.keywordConcepts.some((k) => measureWords.includes(k.keyword) && k.parts.some((p) => !index.vocabulary.isGeneric(p)));
  if (specificMatch) return false;
  // Only measures of the same unit compete: "the deal was for 10,000 cameras" names a money measure.
  const vocabulary = index.measureConcepts.get(indexed.fact.unit);
  if (!vocabulary) return false;
  for (const concept of claim.nearConcepts) {
    if (!index.vocabulary.isGeneric(concept) && !own.has(concept) && vocabulary.has(concept)) return true;
  }
  return false;
}

/** True when the figure counts something the fact does not ("9,855,745 inhabitants"). */
function countsSomethingElse(index: FactIndex, claim: Claim, indexed: IndexedFact): boolean {
  const noun = claim.countedNoun;
  if (!noun || indexed.fact.unit !== 'count') return false;
  return !index.vocabulary.isGenericNoun(noun) && !indexed.conceptSet.has(noun);
}

/** The fact's keywords present in the claim, one per concept: "bought" and "purchased" count once. */
function measureMatch(claim: Claim, indexed: IndexedFact): KeywordConcepts[] {
  const matched: KeywordConcepts[] = [];
  const seen = new Set<string>();
  for (const k of indexed.keywordConcepts) {
    const key = k.parts.join(' ');
    if (!seen.has(key) && k.parts.every((p) => claim.concepts.has(p))) {
      seen.add(key);
      matched.push(k);
    }
  }
  return matched;
}

function periodAgreement(claim: Claim, indexed: IndexedFact): boolean | null {
  const p = indexed.span;
  if (!claim.period || !p) return null;
  return claim.period.from <= p.to && p.from <= claim.period.to;
}

function samePeriod(claim: Claim, indexed: IndexedFact): boolean {
  const p = indexed.span;
  return !!claim.period && !!p && claim.period.from === p.from && claim.period.to === p.to;
}

/** Scores one fact for a claim; null when the fact cannot be what the claim speaks of. */
export function scoreCandidate(index: FactIndex, claim: Claim, indexed: IndexedFact): Candidate | null {
  if (!claim.entity) return null;
  if (valueInUnit(claim.figure.value, claim.figure.unit, indexed.fact.unit) === null) return null;
  const e = entityScore(index, claim.entity, indexed.fact.entity);
  if (e < MIN_ENTITY) return null;
  const strict = vendorScore(index, claim.vendors, indexed.vendorSet);
  // Vendors named only in a heading far above hint; they do not exclude a fact.
  const v = claim.vendorsFromHeading ? (vendorScore(index, [], indexed.vendorSet) ?? 0) + (strict !== null && strict >= 1.5 ? 0.5 : 0) : strict;
  if (v === null) return null;
  const matched = measureMatch(claim, indexed);
  // In running prose the sentence itself must name the measure; headings only support it.
  if (!claim.inStructure && !matched.some((k) => k.parts.every((p) => claim.sentenceConcepts.has(p)))) return null;
  const measureWords = matched.map((k) => k.keyword);
  // A specific word ("planned", "Shodan") says more about the measure than "cameras" does, and a word
  // near the figure more than one elsewhere in the sentence or in a heading.
  const m = matched.reduce((sum, k) => {
    const weight = k.parts.every((p) => index.vocabulary.isGeneric(p)) ? 1 : 2;
    return sum + weight * (k.parts.every((p) => claim.nearConcepts.has(p)) ? 1 : 0.5);
  }, 0);
  if (measureWords.length === 0) return null;
  if (countsSomethingElse(index, claim, indexed) || speaksOfAnotherMeasure(index, claim, indexed, measureWords)) return null;
  const periodAgrees = periodAgreement(claim, indexed);
  // The period weighs less than the entity: a right number on the wrong year should still find its fact.
  // A claim for exactly the fact's years fits better than one for a year inside them: "in 2023 alone" is
  // Belgrade's 2023 spending rather than five years of municipal spending.
  const p = periodAgrees === null ? 0 : periodAgrees ? (samePeriod(claim, indexed) ? 1 : 0.5) : -1;
  // "10 of 42" fits facts stated as a part of a whole.
  const of = claim.figure.of !== undefined ? (indexed.fact.of !== undefined ? 2 : -2) : indexed.fact.of !== undefined ? -1 : 0;
  return { indexed, score: e + v + m + p + of, entityScore: e, vendorScore: v, measureWords, periodAgrees };
}

/** Candidates for a claim, best first; ties go to the fact whose value is closest to the draft's. */
export function rankCandidates(index: FactIndex, claim: Claim): Candidate[] {
  if (!claim.entity || !claim.onTopic) return [];
  const scored: Candidate[] = [];
  for (const indexed of index.candidatesFor(claim.entity, claim.concepts)) {
    const candidate = scoreCandidate(index, claim, indexed);
    if (candidate) scored.push(candidate);
  }
  const distance = (c: Candidate): number => {
    const value = valueInUnit(claim.figure.value, claim.figure.unit, c.indexed.fact.unit) ?? 0;
    return Math.abs(Math.log((Math.abs(value) + 1) / (Math.abs(c.indexed.fact.value) + 1)));
  };
  scored.sort((a, b) => b.score - a.score || distance(a) - distance(b));
  return scored;
}

// The evidence that a figure states a fact, as named yes/no features: how the entity, the parties, the
// measure words, the counted noun, the period, the whole and the value of the figure relate to the
// fact's. The model (model.ts) weighs them; the weights and their reasons live in weights.ts.
import { isTwoWholeYears, MONTHS_IN_A_YEAR, type MonthSpan } from '../periods';
import type { FactIndex, IndexedFact, KeywordConcepts } from '../factIndex';
import { ordinalVariantsOfFact, yearInMeasure } from '../factIndex';
import type { Claim } from '../claims';
import type { Unit } from '../../dataset/schema';
import { agree, sameNumber, type Stated } from '../judge';
import { FAR_ENTITY_RULES, IMPLICIT_WORLD } from '../reading/entity';
import { containsWholeName } from '../regex';
import { PER_PERSON_WORDS, SCALES } from '../numbers';
import { DIGIT_SLIPS, significantDigits, valueRelation, type ValueRelation } from './values';

export const FEATURES = [
  'bias',
  'entity.same',
  'entity.same-place',
  'entity.country-for-place',
  'entity.place-for-country',
  'entity.sibling',
  'entity.far',
  'entity.only-fact',
  'entity.own-elsewhere',
  'parties.same',
  'parties.overlap',
  'parties.group',
  'parties.none-none',
  'parties.unnamed',
  'parties.extra',
  'parties.contradict',
  'parties.heading',
  'measure.specific-near',
  'measure.specific-near-2',
  'measure.specific-sentence',
  'measure.specific-context',
  'measure.generic-only',
  'measure.none',
  'measure.other-near',
  'measure.conflict',
  'measure.series-mate',
  'measure.list-mate',
  'noun.same',
  'noun.generic',
  'noun.other',
  'period.same',
  'period.within',
  'period.different',
  'period.claim-only',
  'period.fact-only',
  'whole.agrees',
  'whole.differs',
  'whole.claim-only',
  'whole.fact-only',
  'value.agrees',
  'value.qualifier-flipped',
  'value.loose',
  'value.hedged',
  'value.transposed',
  'value.finer-transposed',
  'value.one-digit',
  'value.digit-count',
  'value.scale-slip',
  'value.round-scale-slip',
  'value.near',
  'value.moderate',
  'value.far',
  'value.anothers',
  'claim.hypothetical',
  'claim.structure',
] as const;

export type Feature = (typeof FEATURES)[number];

/** The features of one figure and one fact, with what the writer is shown about them. */
export interface PairEvidence {
  indexed: IndexedFact;
  features: Feature[];
  relation: ValueRelation;
  /** The fact's keywords found around the figure. */
  measureWords: readonly string[];
  /** Those found in the figure's own stretch of sentence, table or lead-in. */
  nearWords: readonly string[];
}

/** What is computed once per claim for all its candidate facts. */
export interface ClaimEvidence {
  /** Facts, other than a candidate, whose value the figure states exactly. */
  sameValue: IndexedFact[];
  /** How many comparable candidates are about the figure's own entity. */
  ownEntityFacts?: number;
  /** How many of those have a measure word of their own near the figure or in its sentence. */
  ownMeasureFacts?: number;
  /**
   * The entity's own candidates, when it has several: their measure concepts are the words that tell them
   * apart. A concept is looked for in their sets once per figure (ownFactsSay), which costs less than a
   * union of the sets made for every figure: few concepts stand near a figure.
   */
  ownFacts?: readonly IndexedFact[];
  /** What ownFactsSay found, by concept. */
  ownSays?: Map<string, boolean>;
  /**
   * The concepts near the figure that are not generic and that some fact's keywords use: only those can
   * name another measure (conflictsWithOtherMeasures, speaksOfAnotherMeasure read nothing else).
   */
  nearSpecific?: string[];
  /** The measure side of the evidence by keyword list and unit: a large dataset's facts share both. */
  measures?: Map<KeywordConcepts[], MeasureSide[]>;
}

/** The draft's value in the fact's unit, or null when the units cannot be compared. */
function valueInUnit(value: number, from: Unit, to: Unit): number | null {
  if (from === to) return value;
  if (from === 'percent' && to === 'fraction') return value / 100;
  if (from === 'fraction' && to === 'percent') return value * 100;
  return null;
}

/** A measure stated per person: "emissions per capita", "tonnes per head", "per inhabitant". */
const PER_PERSON_MEASURE = new RegExp(`\\bper\\s+(?:${PER_PERSON_WORDS})\\b`, 'i');
const perPersonMeasures = new WeakMap<IndexedFact, number | null>();

/**
 * A figure read as a rate per person ("| t per capita |" heads its column) and a fact counted per
 * person (a count whose measure says "per capita"), or per as many people ("32.1 donations per 1,000
 * people" and a count of "donations per 1,000 people"): the same quantity, whichever way a dataset stores it.
 */
function perPersonCount(claim: Claim, indexed: IndexedFact): boolean {
  if (claim.figure.unit !== 'rate' || indexed.unit !== 'count') return false;
  let known = perPersonMeasures.get(indexed);
  if (known === undefined) perPersonMeasures.set(indexed, (known = baseOfACountedRate(indexed.fact.measure)));
  return known === claim.figure.per;
}

/** "per 1,000 people", "per million population": the base a count's measure says it is a rate of. */
const PER_BASE_MEASURE = /\bper\s+(1,000,000|1,000|10,000|100,000|1000|100000|a\s+million|one\s+million|million|thousand|hundred\s+thousand)\s+(?:people|population|inhabitants|residents|persons)\b/i;
const WRITTEN_BASES: Readonly<Record<string, number>> = { 'million': 1e6, 'a million': 1e6, 'one million': 1e6, 'thousand': 1e3, 'hundred thousand': 1e5 };

/**
 * The base of a rate a dataset stores as a count, from its measure's words: 1 for "per capita", 1,000 for
 * "per 1,000 people". Null for a plain count.
 */
function baseOfACountedRate(measure: string): number | null {
  if (PER_PERSON_MEASURE.test(measure)) return 1;
  const m = PER_BASE_MEASURE.exec(measure);
  if (!m) return null;
  const written = m[1].toLowerCase().replace(/\s+/g, ' ');
  return WRITTEN_BASES[written] ?? Number(written.replace(/,/g, ''));
}

/**
 * True when a figure and a fact are the same kind of quantity: unit, change or level, a rate's base, and
 * what a count counts when both say (kilometres are never miles, workers never tonnes).
 */
export function comparable(index: FactIndex, claim: Claim, indexed: IndexedFact): boolean {
  const perPerson = perPersonCount(claim, indexed);
  const bareRate = !perPerson && bareRateOf(index, claim, indexed);
  // "its 14th increase since May 2022" counts increases.
  const countedByOrdinal = claim.ordinalCount === true && indexed.unit === 'count';
  if (!perPerson && !bareRate && !countedByOrdinal && valueInUnit(claim.figure.value, claim.figure.unit, indexed.unit) === null) return false;
  // A rise may state a fact whose level is an increase ("grew by 20 GW", "capacity added"), a fall one whose
  // level is a decrease ("a cut of 2m bpd" of a "cut in the output target").
  if (Boolean(claim.figure.change) !== indexed.change && !statesALevelOfChange(claim, indexed)) return false;
  // A difference from a norm or an expectation ("17% below plan") is no change over time ("17% fewer than a
  // year earlier"), nor the other way round.
  if (claim.figure.fromANorm && indexed.change && !indexed.fromANorm) return false;
  if (claim.figure.per !== indexed.per && !perPerson && !bareRate) return false;
  // A change measured from a year the figure names ("+1.9% vs 2019") is another change than one from
  // another year: the fact's own, or the year before its period.
  if (claim.baseYear !== undefined && indexed.change) {
    const base = indexed.baseYear ?? (indexed.span ? Math.floor(indexed.span.from / MONTHS_IN_A_YEAR) - 1 : undefined);
    if (base !== undefined && base !== claim.baseYear) return false;
  }
  // "The first-round figure was 27.99%" names another variant of a measure than a fact of the second round.
  if (claim.ordinalVariants && anotherVariant(claim.ordinalVariants, indexed)) return false;
  const noun = claim.countedNoun;
  const vocabulary = index.vocabulary;
  // "More than four times the emissions from air travel" multiplies another quantity: it states only a fact
  // that is itself a multiple, whose words name one ("…, in times").
  if (noun !== null && noun === vocabulary.conceptOf(MULTIPLE_NOUN) && !indexed.measureSet.has(noun) && !indexed.conceptSet.has(noun) && !indexed.nounSet.has(noun)) return false;
  // A passive's participle counts its own noun and the one before it: "262 cyclists were killed" counts deaths
  // and cyclists, so it is a count of either fact's noun.
  if (noun && vocabulary.isCountedNoun(noun) && !vocabulary.isGenericNoun(noun) && indexed.nounSet.size > 0) {
    const other = claim.nounBeforePassive;
    return indexed.nounSet.has(noun) || indexed.conceptSet.has(noun) || personsOfTheFactsNoun(index, claim, indexed) || (other !== undefined && (indexed.nounSet.has(other) || indexed.conceptSet.has(other)));
  }
  return true;
}

/** The noun of a multiple ("2.5 times those of May"), as the counted-noun reading keeps it. */
const MULTIPLE_NOUN = 'times';

/** Nouns that count persons whatever happened to them: the words of their sentence say what that was. */
const PERSON_NOUNS = ['people', 'persons'];

/**
 * "1.5 million people across 47 countries died with a resistant infection": a count of persons is a count of
 * the fact's noun when its sentence says that of them ("died" of deaths), as a fact counts its people by
 * what happened to them.
 */
function personsOfTheFactsNoun(index: FactIndex, claim: Claim, indexed: IndexedFact): boolean {
  if (!PERSON_NOUNS.some((word) => index.vocabulary.conceptOf(word) === claim.countedNoun)) return false;
  for (const noun of indexed.nounSet) if (claim.concepts.has(noun)) return true;
  return false;
}

/**
 * A bare number by the words of a rate ("incidence 94.60", "the EU/EEA rate had been 27.2", "(9.1 in 2023)"
 * after "74.7 per million"): a rate whose base the text gives elsewhere, or leaves to the reader. Only a
 * number that counts nothing of its own, with no scale word, next to the fact's own measure words.
 */
function bareRateOf(index: FactIndex, claim: Claim, indexed: IndexedFact): boolean {
  const figure = claim.figure;
  return figure.unit === 'count' && indexed.unit === 'rate' && figure.per === undefined && claim.countedNoun === null &&
    !figure.style.scale && measureWordsAround(index, claim, indexed);
}

/** The fact's keywords name a variant of a noun ("second round") that the figure names only otherwise ("first round"). */
function anotherVariant(variants: readonly string[], indexed: IndexedFact): boolean {
  const own = ordinalVariantsOfFact(indexed.fact.keywords);
  return own.some((variant) => {
    const noun = variant.slice(variant.indexOf(' ') + 1);
    return !variants.includes(variant) && variants.some((v) => v.endsWith(` ${noun}`));
  });
}

/**
 * A change written as a rise of a fact that is an increase, or as a fall of one that is a decrease. A figure
 * with a sign of its own ("+1.26C") and no words of change states a difference as well: an anomaly's.
 */
function statesALevelOfChange(claim: Claim, indexed: IndexedFact): boolean {
  const figure = claim.figure;
  if (figure.fromANorm || (figure.style.sign !== undefined && indexed.fromANorm)) return indexed.fromANorm;
  return Boolean(figure.change) && ((indexed.growth && figure.value >= 0) || (indexed.reduction && figure.value <= 0));
}

/** The figure as a stated value in the fact's unit: a fall of a decrease by its size. */
export function statedClaim(claim: Claim, indexed: IndexedFact): Stated {
  const figure = claim.figure;
  // A decrease, or a shortfall below a norm, given by its size: "a cut of 2m bpd", "34% below average".
  const bySize = (indexed.reduction && figure.change) || (indexed.belowANorm && figure.fromANorm);
  const size = bySize && figure.value < 0 ? -1 : 1;
  // A fact whose measure counts "in million imperial gallons" holds 670 for the draft's "670 MIGD": the
  // figure is compared in the measure's unit when its scale is the one the measure names.
  const measureScale = scaleOfTheMeasure(indexed);
  const inMeasureUnit = measureScale !== null && writtenScale(figure) === measureScale ? 1 / measureScale : 1;
  const value = size * inMeasureUnit * (valueInUnit(figure.value, figure.unit, indexed.unit) ?? figure.value);
  const scale = value / (figure.value || 1);
  const stated: Stated = { value, qualifier: figure.qualifier, precision: figure.precision * (Math.abs(scale) || 1) };
  if (figure.upper !== undefined) stated.upper = figure.upper * scale;
  if (figure.qualifierWritten) stated.qualifierWritten = true;
  return stated;
}

/** The scale words a measure may count in, written out. */
const SCALE_WORD = 'thousand|million|billion';
/** "in million imperial gallons", "in thousand cubic feet": a measure that counts in a scale word's units. */
const MEASURE_IN_A_SCALE = new RegExp(`\\bin\\s+(${SCALE_WORD})s?\\b`, 'i');
/** The figure's scale written out as one of those words. */
const WRITTEN_OUT_SCALE = new RegExp(`^(?:${SCALE_WORD})$`);
const measureScales = new WeakMap<IndexedFact, number | null>();

function scaleOfTheMeasure(indexed: IndexedFact): number | null {
  let known = measureScales.get(indexed);
  if (known === undefined) {
    const m = MEASURE_IN_A_SCALE.exec(indexed.fact.measure);
    measureScales.set(indexed, (known = m ? SCALES[m[1].toLowerCase()]! : null));
  }
  return known;
}

/** The scale a figure's own words gave it: a unit's abbreviation ("MIGD") or a scale word ("million"). */
function writtenScale(figure: Claim['figure']): number {
  if (figure.style.unitScale) return figure.style.unitScale;
  const word = figure.style.scale.trim().toLowerCase();
  return WRITTEN_OUT_SCALE.test(word) ? SCALES[word]! : 1;
}

/** The fact as a stated value (made with its IndexedFact). Read-only. */
export function factStated(indexed: IndexedFact): Stated {
  return indexed.stated;
}

/** Entity relations, strongest first. */
const ENTITY_STRENGTH: readonly Feature[] = ['entity.same-place', 'entity.same', 'entity.country-for-place', 'entity.place-for-country', 'entity.sibling'];

const entityRelations = new WeakMap<FactIndex, Map<string, Map<string, Feature | null>>>();

/** How the figure's entity relates to the fact's; fixed by the index, so worked out once per pair of entities. */
function entityFeature(index: FactIndex, claimEntity: string, factEntity: string): Feature | null {
  let known = entityRelations.get(index);
  if (!known) entityRelations.set(index, (known = new Map()));
  let ofClaim = known.get(claimEntity);
  if (!ofClaim) known.set(claimEntity, (ofClaim = new Map()));
  let relation = ofClaim.get(factEntity);
  if (relation === undefined) {
    relation = entityRelation(index, claimEntity, factEntity);
    ofClaim.set(factEntity, relation);
  }
  return relation;
}

function entityRelation(index: FactIndex, claimEntity: string, factEntity: string): Feature | null {
  // A place or body narrows the figure down far more than a country does.
  if (claimEntity === factEntity) return (index.entity(factEntity)?.kind ?? 'country') === 'country' ? 'entity.same' : 'entity.same-place';
  const claimCountry = index.countryOf(claimEntity);
  if (claimCountry !== index.countryOf(factEntity)) return null;
  if (claimEntity === claimCountry) return 'entity.country-for-place';
  if (factEntity === claimCountry) return 'entity.place-for-country';
  // A body named after its place ("Sofia public transport", "the Republika Srpska Interior Ministry")
  // is that place's, narrower: as a country's place is the country's. A body named after another body
  // ("Air France-KLM" after "Air France") is a group of its own, with figures of its own.
  if (namedAfter(index, factEntity, claimEntity) && index.entity(claimEntity)?.kind !== 'body') return 'entity.country-for-place';
  if (namedAfter(index, claimEntity, factEntity) && index.entity(factEntity)?.kind !== 'body') return 'entity.place-for-country';
  return 'entity.sibling';
}

/**
 * How a place no dataset names, inside the claim's entity, relates to the fact's entity: a part of the
 * fact's country or place, else another place of the same country.
 */
function unknownPlaceRelation(index: FactIndex, claimEntity: string, factEntity: string): Feature | null {
  const country = index.countryOf(claimEntity);
  if (country !== index.countryOf(factEntity)) return null;
  return factEntity === claimEntity || factEntity === country ? 'entity.place-for-country' : 'entity.sibling';
}

/**
 * Another entity's fact whose measure names the figure's entity in its words ("total National Lottery
 * sales" of the lottery's operator, "exports to France" of Germany): the name the writer gave the figure is
 * how the fact's measure describes it. A name of several words is one concept nowhere, so the text is read.
 */
export function measureNamesEntity(index: FactIndex, indexed: IndexedFact, entityId: string): boolean {
  const entity = index.entity(entityId);
  if (!entity || indexed.entity === entityId) return false;
  const measure = indexed.fact.measure.toLowerCase();
  return [entity.name, ...entity.aliases, ...entity.demonyms].some((name) => name.length > MIN_NAME_IN_MEASURE && namedInMeasure(measure, name.toLowerCase()));
}

/**
 * A name in a measure as a whole word, or as the plural of the thing it names when the measure counts it
 * ("bitcoins held by the company" names Bitcoin): a name used as a common noun counts that thing.
 */
function namedInMeasure(measure: string, name: string): boolean {
  return containsWholeName(measure, name, 'letters') || containsWholeName(measure, `${name}s`, 'letters');
}

/** Shorter names ("UK", "EU") stand in too many measures as words of their own ("EU share"). */
const MIN_NAME_IN_MEASURE = 2;

/** True when an entity's name or an alias contains another's name as whole words. */
function namedAfter(index: FactIndex, id: string, place: string): boolean {
  const entity = index.entity(id);
  const name = index.entity(place)?.name;
  if (!entity || !name) return false;
  return [entity.name, ...entity.aliases].some((n) => containsWholeName(n, name, 'letters'));
}

function partiesFeature(index: FactIndex, claim: Claim, factParties: Set<string>): Feature {
  // A party no dataset knows is none of the fact's parties.
  if (claim.otherParties.length > 0) return factParties.size === 0 ? 'parties.extra' : 'parties.contradict';
  const named = claim.vendors;
  if (claim.vendorsFromHeading) {
    if (named.length === factParties.size && named.every((v) => factParties.has(v))) return 'parties.heading';
    return factParties.size === 0 ? 'parties.none-none' : 'parties.unnamed';
  }
  if (named.length === 0) return factParties.size === 0 ? 'parties.none-none' : 'parties.unnamed';
  if (factParties.size === 0) return 'parties.extra';
  const shared = named.filter((v) => factParties.has(v)).length;
  if (shared === named.length && shared === factParties.size) return 'parties.same';
  if (shared > 0) return 'parties.overlap';
  // A collective ("makers from one country") covers each of its members, and the reverse.
  const isGroup = (id: string): boolean => index.vendor(id)?.group === true;
  if (named.some(isGroup) || [...factParties].some(isGroup)) return 'parties.group';
  return 'parties.contradict';
}

/** The fact's keywords present around the figure, one per concept: "bought" and "purchased" count once. */
function measureMatch(claim: Claim, indexed: IndexedFact): readonly KeywordConcepts[] {
  // A fact has few keywords: a scan of those matched so far costs less than a Set made per fact. A
  // candidate that matches none shares one empty list.
  let matched: KeywordConcepts[] | undefined;
  for (const k of indexed.keywordConcepts) {
    const seen = matched !== undefined && matched.some((m) => m.key === k.key);
    if (!seen && named(k, claim.concepts)) (matched ??= []).push(k);
  }
  return matched ?? NO_KEYWORDS;
}

const NO_KEYWORDS: readonly KeywordConcepts[] = [];
/** The words of a measure side that matched nothing: shared, and only read (by explain). */
const NO_WORDS: readonly string[] = [];

/**
 * Every part is in the set. These tests run for each keyword of each candidate fact: plain loops, where a
 * callback made per keyword was a share of a check's allocations.
 */
/** The keyword stands among the concepts: all its parts, or its whole synonym group ("LE" for "life expectancy"). */
function named(k: KeywordConcepts, concepts: { has(concept: string): boolean }): boolean {
  return (k.whole !== undefined && concepts.has(k.whole)) || allIn(k.parts, concepts);
}

function allIn(parts: readonly string[], concepts: { has(concept: string): boolean }): boolean {
  for (const part of parts) if (!concepts.has(part)) return false;
  return true;
}

/** Some part is a specific measure word, not a generic one. */
function hasSpecificPart(vocabulary: FactIndex['vocabulary'], parts: readonly string[]): boolean {
  for (const part of parts) if (!vocabulary.isGeneric(part)) return true;
  return false;
}

/** A keyword that tells this fact apart: a specific word, or any word of a fact whose keywords are all generic. */
function specificFor(vocabulary: FactIndex['vocabulary'], indexed: IndexedFact, parts: readonly string[]): boolean {
  return indexed.onlyGenericKeywords || hasSpecificPart(vocabulary, parts);
}

/** A specific measure word of the fact stands near the figure or in its sentence. */
export function measureWordsAround(index: FactIndex, claim: Claim, indexed: IndexedFact): boolean {
  const around = (concept: string): boolean => claim.nearConcepts.has(concept) || claim.sentenceConcepts.has(concept);
  return indexed.keywordConcepts.some((k) => specificFor(index.vocabulary, indexed, k.parts) && ((k.whole !== undefined && around(k.whole)) || k.parts.every(around)));
}

interface MeasureReading {
  features: readonly Feature[];
  words: readonly string[];
  nearWords: readonly string[];
}

/** The readings of a fact none of whose keywords stands around the figure: shared, and only read. */
const NONE: MeasureReading = { features: ['measure.none'], words: NO_WORDS, nearWords: NO_WORDS };
const NONE_BUT_ANOTHER_NEAR: MeasureReading = { features: ['measure.none', 'measure.other-near'], words: NO_WORDS, nearWords: NO_WORDS };

/** What the fact's keywords and unit say about a figure: the same for every fact with those keywords. */
interface MeasureSide {
  unit: Unit;
  reading: MeasureReading;
  conflict: boolean;
}

/**
 * The measure side of a pair, worked out once per keyword list and unit for a claim's candidates: it
 * reads nothing else of the fact (keywordsOf shares the list, and its concept set, between facts).
 */
function measureSide(index: FactIndex, claim: Claim, indexed: IndexedFact, perClaim: ClaimEvidence): MeasureSide {
  const known = (perClaim.measures ??= new Map());
  // Facts with one keyword list nearly always share one unit: a short list, not a Map per list.
  const sides = known.get(indexed.keywordConcepts);
  if (sides) for (const side of sides) if (side.unit === indexed.unit) return side;
  // The concepts near the figure that may name a measure: the same for all its candidates, so read once.
  // Most words near a figure are in no fact's keywords, and each would be looked up for every candidate.
  const near = (perClaim.nearSpecific ??= claim.nearConcepts.filter((concept) => index.isSpecificMeasureConcept(concept)));
  const side: MeasureSide = {
    unit: indexed.unit,
    reading: measureFeatures(index, claim, indexed, near),
    conflict: conflictsWithOtherMeasures(index, indexed, near, perClaim),
  };
  if (sides) sides.push(side);
  else known.set(indexed.keywordConcepts, [side]);
  return side;
}

/** How many different non-generic concepts some keywords name, counting up to two. */
function distinctSpecificConcepts(vocabulary: FactIndex['vocabulary'], keywords: readonly KeywordConcepts[]): number {
  let first: string | undefined;
  for (const k of keywords) {
    for (const part of k.parts) {
      if (vocabulary.isGeneric(part)) continue;
      if (first === undefined) first = part;
      else if (part !== first) return 2;
    }
  }
  return first === undefined ? 0 : 1;
}

function measureFeatures(index: FactIndex, claim: Claim, indexed: IndexedFact, nearSpecific: readonly string[]): MeasureReading {
  const vocabulary = index.vocabulary;
  const matched = measureMatch(claim, indexed);
  if (matched.length === 0) {
    // No keyword of the fact around the figure: nothing to list or to sort out, one of two shared readings.
    return speaksOfAnotherMeasure(index, indexed, nearSpecific) ? NONE_BUT_ANOTHER_NEAR : NONE;
  }
  const specific = matched.filter((k) => specificFor(vocabulary, indexed, k.parts));
  const near = specific.filter((k) => named(k, claim.nearConcepts));
  const words = matched.map((k) => k.keyword);
  const nearWords = near.map((k) => k.keyword);
  const features: Feature[] = [];
  if (near.length > 0) {
    features.push('measure.specific-near');
    if (distinctSpecificConcepts(vocabulary, near) >= 2) features.push('measure.specific-near-2');
  } else if (specific.some((k) => named(k, claim.sentenceConcepts))) features.push('measure.specific-sentence');
  else if (specific.length > 0) features.push('measure.specific-context');
  else if (matched.length > 0) features.push('measure.generic-only');
  else features.push('measure.none');
  if (near.length === 0 && speaksOfAnotherMeasure(index, indexed, nearSpecific)) features.push('measure.other-near');
  return { features, words, nearWords };
}

/**
 * A word of another measure of the same unit stands near the figure, even beside words of this one:
 * "capacity" by a figure of output, "EV-related" by a share of all sales.
 */
function conflictsWithOtherMeasures(index: FactIndex, indexed: IndexedFact, nearSpecific: readonly string[], perClaim: ClaimEvidence): boolean {
  const vocabulary = index.measureConcepts.get(indexed.unit);
  // The engine's own verbs (buy, install, plan) are shared by too many measures to tell them apart here.
  for (const concept of nearSpecific) {
    // A word of the fact's own measure (its last word in "solar's share of EU electricity generation")
    // names this measure, whichever keywords the dataset lists.
    if (indexed.conceptSet.has(concept) || indexed.measureSet.has(concept) || index.vocabulary.isNeutral(concept)) continue;
    if (ownFactsSay(perClaim, concept) || vocabulary?.has(concept)) return true;
    // A change's words name what changed: "Revenue climbed 18%" is no change of the volume carried, though
    // the entity's revenue is counted in another unit than the change.
    if (indexed.change && entityConcepts(index, indexed.entity).has(concept)) return true;
  }
  return false;
}

/** The concepts of every fact's keywords of an entity, whatever its unit, made once per index and entity. */
const conceptsOfEntities = new WeakMap<FactIndex, Map<string, ReadonlySet<string>>>();

function entityConcepts(index: FactIndex, entity: string): ReadonlySet<string> {
  let byEntity = conceptsOfEntities.get(index);
  if (!byEntity) conceptsOfEntities.set(index, (byEntity = new Map()));
  let concepts = byEntity.get(entity);
  if (!concepts) {
    const all = new Set<string>();
    for (const fact of index.factsAbout(entity)) {
      const other = fact.entity === entity ? index.indexedFact(fact.id) : undefined;
      if (other) for (const concept of other.conceptSet) all.add(concept);
    }
    byEntity.set(entity, (concepts = all));
  }
  return concepts;
}

/** Some of the entity's own candidates (when it has several) has the concept among its measure words. */
function ownFactsSay(perClaim: ClaimEvidence, concept: string): boolean {
  const own = perClaim.ownFacts;
  if (own === undefined) return false;
  const known = (perClaim.ownSays ??= new Map());
  let says = known.get(concept);
  if (says === undefined) {
    says = own.some((fact) => fact.conceptSet.has(concept));
    known.set(concept, says);
  }
  return says;
}

/** A specific measure word of another fact of the same unit stands near the figure ("bought 30" is no online count). */
function speaksOfAnotherMeasure(index: FactIndex, indexed: IndexedFact, nearSpecific: readonly string[]): boolean {
  const vocabulary = index.measureConcepts.get(indexed.unit);
  if (!vocabulary) return false;
  for (const concept of nearSpecific) {
    if (!indexed.conceptSet.has(concept) && vocabulary.has(concept)) return true;
  }
  return false;
}

/** The reading of a change whose changed quantity is named next to it. */
const CHANGED_QUANTITY_NEAR: readonly Feature[] = ['measure.specific-near'];

/**
 * A signed change ("+61", "−9.9") of a fact that is a change, next to a specific word of what the fact's
 * measure says changes ("+/- seats" by a change in seats won): the change's keywords are often its verbs
 * only ("gained", "lost"), which a table's signed figures never write.
 */
function changedQuantityNear(index: FactIndex, claim: Claim, indexed: IndexedFact, perClaim: ClaimEvidence, reading: readonly Feature[]): string | undefined {
  if (!indexed.change || !claim.figure.change || reading.includes('measure.specific-near')) return undefined;
  const near = (perClaim.nearSpecific ??= claim.nearConcepts.filter((concept) => index.isSpecificMeasureConcept(concept)));
  // A word of the fact's keywords is read by the keywords' own rules, which ask for all of a phrase.
  // Nor is a word of change itself ("growth", "rise") what changes.
  return near.find((concept) => indexed.measureSet.has(concept) && !indexed.conceptSet.has(concept) && !index.vocabulary.isNeutral(concept));
}

/**
 * The noun the figure counts is a specific measure word of this fact and of none of the entity's facts
 * measured otherwise ("16 silvers"): a word of another measure elsewhere in its stretch ("the team also
 * won 16 silvers") names the subject, not the measure. A noun two measures share ("30 municipalities",
 * counted by two surveys) tells nothing apart, and the conflict stands.
 */
function nounNamesTheMeasure(index: FactIndex, claim: Claim, indexed: IndexedFact, perClaim: ClaimEvidence): boolean {
  const noun = claim.countedNoun;
  if (noun === null || !indexed.conceptSet.has(noun) || !index.isSpecificMeasureConcept(noun)) return false;
  return !(perClaim.ownFacts ?? []).some((other) => other.keywordConcepts !== indexed.keywordConcepts && other.conceptSet.has(noun));
}

function nounFeature(index: FactIndex, claim: Claim, indexed: IndexedFact): Feature | null {
  const noun = claim.countedNoun;
  if (!noun || indexed.unit === 'rank' || indexed.unit === 'rate') return null;
  // The noun may be one its measure names without a keyword for it: "17% of EU electricity" and a fact
  // measuring "solar's share of EU electricity generation".
  // A fact counted in a unit its measure names ("stock held, in crates") counts no other counted noun,
  // whatever its keywords' synonyms bring in ("122 vans" of a stock).
  if (indexed.unitNouns !== null && !indexed.unitNouns.has(noun) && index.vocabulary.isCountedNoun(noun)) return 'noun.other';
  if (indexed.conceptSet.has(noun) || indexed.nounSet.has(noun) || indexed.measureSet.has(noun)) return 'noun.same';
  // A word the datasets call generic ("power" for a subject of power shares) names the subject's whole,
  // not another measure's: "10% of the EU's power" may be any share of it.
  return index.vocabulary.isGenericNoun(noun) || index.vocabulary.isGeneric(noun) ? 'noun.generic' : 'noun.other';
}

/**
 * How many years before an edition's year its data may be of: studies and reports publish surveys, censuses
 * and long series years after they were gathered ("the 2011 study" of deaths in 2001–2003).
 */
const EDITION_DATA_LAG_YEARS = 10;

/** The fact's time ends in or before the edition's year, within EDITION_DATA_LAG_YEARS of it. */
function precedesItsEdition(edition: MonthSpan, fact: MonthSpan): boolean {
  return fact.to < edition.from + MONTHS_IN_A_YEAR && fact.to >= edition.from - EDITION_DATA_LAG_YEARS * MONTHS_IN_A_YEAR;
}

/** The fact spans exactly the years the figure's words give as its own span ("12-year average"). */
function spansItsYears(claim: Claim, fact: MonthSpan): boolean {
  return claim.spanYears !== undefined && fact.to - fact.from + 1 === claim.spanYears * MONTHS_IN_A_YEAR;
}

function periodFeature(index: FactIndex, claim: Claim, indexed: IndexedFact): Feature | null {
  let c = claim.period;
  const f = indexed.span;
  if (c && f) {
    if (c.from === f.from && c.to === f.to) return 'period.same';
    // "2024/25" read as two whole years is the season the datasets count in, where they count in seasons
    // across two years: October 2024 to September 2025 for a cocoa year.
    const writtenOverTwoYears = isTwoWholeYears(c);
    // Whatever month the datasets' seasons mostly start in, a fact of twelve months from the first of the two
    // years into the second is the one "2024-25" names: Brazil's cane year runs from April, a cocoa year from October.
    if (writtenOverTwoYears && isTwelveMonthsFrom(f, c.from)) return 'period.same';
    // A season over two years and a fact of the calendar year it starts in ("a 2024/25 crop" and the 2024
    // harvest): the same crop counted two ways, which share that year.
    if (writtenOverTwoYears && f.from === c.from && f.to === c.from + MONTHS_IN_A_YEAR - 1) return 'period.within';
    const seasonStart = writtenOverTwoYears ? index.seasonStartMonth() : undefined;
    if (seasonStart !== undefined) {
      c = { from: c.from + seasonStart, to: c.from + seasonStart + MONTHS_IN_A_YEAR - 1 };
      if (c.from === f.from && c.to === f.to) return 'period.same';
    }
    if (c.from > f.to || f.from > c.to) {
      // Words that give the figure its own span of years ("the 12-year average of 39.6%") make that span its time.
      if (spansItsYears(claim, f)) return 'period.same';
      // An edition's year ("In the 2011 study, 97% …") is when the document came out, not when its data are of:
      // the figure's own time is unsaid, as with the year of a measure.
      return yearOfTheMeasure(claim.period!, indexed) || (claim.datedByAnEdition === true && precedesItsEdition(c, f)) ? 'period.fact-only' : 'period.different';
    }
    // A season written over two years ("2021/22") that shares at most half of the fact's time is the season
    // before or after it. Seasons counted from other months (September, October) share more.
    return writtenOverTwoYears && sharesAtMostHalf(c, f) ? 'period.different' : 'period.within';
  }
  if (c) return 'period.claim-only';
  return f ? 'period.fact-only' : null;
}

/**
 * The figure's time is the one year the fact's measure names ("4% of that country's 2021 GDP", of a share
 * of 2021 GDP): the year says what is measured, not when, and the figure's own time is unsaid.
 */
function yearOfTheMeasure(period: MonthSpan, indexed: IndexedFact): boolean {
  // A change's year is its base ("up 16% from 2023"), the time a wrong period most often gives instead.
  const year = indexed.change ? undefined : yearInMeasure(indexed);
  return year !== undefined && period.from === year * MONTHS_IN_A_YEAR && period.to === period.from + MONTHS_IN_A_YEAR - 1;
}

/** Two overlapping spans share at most half of the shorter one's months. */
function sharesAtMostHalf(a: MonthSpan, b: MonthSpan): boolean {
  const shared = Math.min(a.to, b.to) - Math.max(a.from, b.from) + 1;
  const shorter = Math.min(a.to - a.from, b.to - b.from) + 1;
  return 2 * shared <= shorter;
}

/** Twelve months that start in the year that begins at the month given and end in the next. */
function isTwelveMonthsFrom(span: MonthSpan, yearStart: number): boolean {
  return span.to - span.from === MONTHS_IN_A_YEAR - 1 && span.from > yearStart && span.from < yearStart + MONTHS_IN_A_YEAR;
}

function wholeFeature(claim: Claim, indexed: IndexedFact): Feature | null {
  const claimOf = claim.figure.of;
  const factOf = indexed.fact.of;
  if (claimOf !== undefined) return factOf === undefined ? 'whole.claim-only' : claimOf === factOf ? 'whole.agrees' : 'whole.differs';
  return factOf !== undefined ? 'whole.fact-only' : null;
}

const RELATION_FEATURE: Record<ValueRelation, Feature> = {
  agrees: 'value.agrees',
  'qualifier-flipped': 'value.qualifier-flipped',
  'sign-flipped': 'value.qualifier-flipped',
  loose: 'value.loose',
  hedged: 'value.hedged',
  transposed: 'value.transposed',
  'finer-transposed': 'value.finer-transposed',
  'one-digit': 'value.one-digit',
  'digit-count': 'value.digit-count',
  'scale-slip': 'value.scale-slip',
  'round-scale-slip': 'value.round-scale-slip',
  near: 'value.near',
  moderate: 'value.moderate',
  far: 'value.far',
};

/**
 * Facts whose value the figure states: exactly as written (15,133 is 15133; 15,000 is not), or as a
 * fair rounding of a precise value ("eighteen thousand" is 18,166 rounded; two digits of a five-digit
 * value still name it).
 */
export function sameValueFacts(index: FactIndex, claim: Claim): IndexedFact[] {
  const { unit, value, precision } = claim.figure;
  const units: Unit[] = unit === 'percent' ? ['percent', 'fraction'] : [unit];
  const found: IndexedFact[] = [];
  for (const u of units) {
    const v = valueInUnit(value, unit, u)!;
    const spread = Math.abs(valueInUnit(precision, unit, u)!);
    for (const indexed of index.factsNearValue(u, v, spread, SAME_VALUE_LOOKUPS)) {
      if (!comparable(index, claim, indexed)) continue;
      const draft = statedClaim(claim, indexed);
      const fact = factStated(indexed);
      const rounding = significantDigits(draft.value) >= 2 && significantDigits(fact.value) >= 3 && agree(draft, fact) === 'verified';
      if (sameNumber(draft, fact) || rounding) found.push(indexed);
    }
  }
  return found;
}

/**
 * The fact the figure states exactly is of the slipped fact's entity and is another measure, or another time
 * of the series that the figure's own time does not contradict. A figure that is a digit slip of one fact and
 * exactly such another ("sales rose 63%" beside a 36% rise of grants and a 63% one of sales) is most simply
 * that other fact: the exact value is no sign of a mix-up here, as it is for a value no slip explains.
 * (Dated to the slipped fact's time, "44.1 in 2024" of 2025's 44.1 is a mix-up of times.)
 */
function statedInstead(index: FactIndex, claim: Claim, other: IndexedFact, indexed: IndexedFact): boolean {
  if (other.fact.entity !== indexed.fact.entity) return false;
  return other.fact.measure !== indexed.fact.measure || periodFeature(index, claim, other) !== 'period.different';
}

/** How many facts with the figure's value are looked at: a large dataset holds many values nearby. */
const SAME_VALUE_LOOKUPS = 24;

/**
 * The evidence for one figure and one fact of the same kind of quantity (the caller has checked that
 * they are `comparable`); null when their places are unrelated.
 */
/**
 * An earlier figure of the figure's sentence states exactly another fact of this fact's entity and measure
 * ("fell from 4.1 billion in 2022 to [3.6 billion] in 2023"): the sentence follows one series through time.
 * The measure is told by the mate's exact value, where the words around this figure may be few.
 */
function seriesMateOf(claim: Claim, indexed: IndexedFact): boolean {
  const mates = claim.statedByMates;
  if (!mates) return false;
  for (const mate of mates) if (mate !== indexed && mate.entity === indexed.entity && mate.fact.measure === indexed.fact.measure) return true;
  return false;
}

/**
 * An earlier figure of the sentence states exactly this measure of another entity, at this fact's time and
 * in its unit ("France came next with 5.5%, ahead of Poland on 4.4%"): the sentence lists one measure across
 * entities, and the figure is an item of that list.
 */
function listMateOf(claim: Claim, indexed: IndexedFact): boolean {
  const mates = claim.listItemMates;
  if (!mates) return false;
  for (const mate of mates) {
    if (mate.entity !== indexed.entity && mate.unit === indexed.unit && mate.fact.measure === indexed.fact.measure && samePeriod(mate, indexed)) return true;
  }
  return false;
}

/** The two facts are of the same time, or both undated. */
export function samePeriod(a: IndexedFact, b: IndexedFact): boolean {
  return a.span?.from === b.span?.from && a.span?.to === b.span?.to;
}

export function pairEvidence(index: FactIndex, claim: Claim, indexed: IndexedFact, perClaim: ClaimEvidence): PairEvidence | null {
  if (!claim.entity) return null;
  // The entity read for the figure, or another named in its clause when that one fits the fact better.
  let entity = claim.otherPlace ? unknownPlaceRelation(index, claim.entity, indexed.entity) : entityFeature(index, claim.entity, indexed.entity);
  if (entity === 'entity.sibling' && measureNamesEntity(index, indexed, claim.entity)) entity = 'entity.same-place';
  // A figure of a place no dataset names is that place's: the names that say where it lies are no alternative.
  for (const other of claim.otherPlace ? [] : claim.otherEntities) {
    const alternative = entityFeature(index, other, indexed.entity);
    if (alternative && (!entity || ENTITY_STRENGTH.indexOf(alternative) < ENTITY_STRENGTH.indexOf(entity))) entity = alternative;
  }
  // A body named for a fact it publishes about another entity ("according to the WHO, … deaths" of the
  // world's) is as weak a link as a place named for its country's fact.
  if (!entity && index.publishes(claim.entity, indexed)) entity = 'entity.place-for-country';
  if (!entity) return null;
  const features: Feature[] = ['bias', entity];
  if (claim.rules.entity && FAR_ENTITY_RULES.has(claim.rules.entity)) features.push('entity.far');
  // The entity named has one figure of this kind: there is nothing else the writer could mean by it.
  // Not for a world the figure leaves implicit: the writer named nothing that could mean only this.
  if (entity === 'entity.same-place' && perClaim.ownEntityFacts === 1 && claim.rules.entity !== IMPLICIT_WORLD) features.push('entity.only-fact');
  // A fact of a broader or neighbouring entity, when the entity named has figures of this kind of its own.
  if (entity !== 'entity.same' && entity !== 'entity.same-place' && (perClaim.ownMeasureFacts ?? 0) > 0) features.push('entity.own-elsewhere');
  features.push(partiesFeature(index, claim, indexed.vendorSet));
  const { reading: measure, conflict } = measureSide(index, claim, indexed, perClaim);
  // The word of the changed quantity is the evidence the writer is shown ("“seats” next to the figure").
  const changed = changedQuantityNear(index, claim, indexed, perClaim, measure.features);
  const measureFeatures = changed !== undefined ? CHANGED_QUANTITY_NEAR : measure.features;
  for (const feature of measureFeatures) features.push(feature);
  if (conflict && !nounNamesTheMeasure(index, claim, indexed, perClaim)) features.push('measure.conflict');
  const noun = nounFeature(index, claim, indexed);
  if (noun) features.push(noun);
  const period = periodFeature(index, claim, indexed);
  if (period) features.push(period);
  // Only where the figure's own time agrees or is unsaid: a figure dated otherwise ("since 2014, when 192
  // died") is another time of the series than the fact's.
  if ((period === 'period.same' || period === 'period.fact-only') && seriesMateOf(claim, indexed)) features.push('measure.series-mate');
  // Only for the figure's own entity's fact, with no word of another measure beside the figure.
  if ((entity === 'entity.same' || entity === 'entity.same-place') && !measureFeatures.includes('measure.other-near') && listMateOf(claim, indexed)) features.push('measure.list-mate');
  const whole = wholeFeature(claim, indexed);
  if (whole) features.push(whole);
  // Two swapped digits of a count under a hundred ("75" bites of 57) are a typing slip only in digits (a
  // number in words is never mistyped so), stated plainly (a hedged "roughly 37 a month" is worked out), and
  // where no fact holds the figure's own number: 17 deaths beside a typical year's 71 is more likely the fact
  // of 17 deaths elsewhere.
  const swapByChance = indexed.unit === 'count' && (claim.figure.style.form !== 'digits' || claim.figure.qualifier === 'approximately' || perClaim.sameValue.some((other) => other !== indexed));
  const relation = valueRelation(statedClaim(claim, indexed), factStated(indexed), swapByChance);
  features.push(RELATION_FEATURE[relation]);
  if (relation !== 'agrees' && relation !== 'hedged' && perClaim.sameValue.some((other) => other !== indexed && !(DIGIT_SLIPS.has(relation) && statedInstead(index, claim, other, indexed)))) features.push('value.anothers');
  if (claim.hypothetical) features.push('claim.hypothetical');
  if (claim.inStructure) features.push('claim.structure');
  return { indexed, features, relation, measureWords: measure.words, nearWords: changed !== undefined ? [changed] : measure.nearWords };
}

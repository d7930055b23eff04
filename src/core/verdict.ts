// The verdict on one figure, from the facts it is linked to and how its value relates to theirs. A
// warning needs the link to be nearly certain (THRESHOLDS.warn); a verification needs it likely and the
// value to agree; anything else stays silent.
import type { FactIndex, IndexedFact } from './factIndex';
import { BY_YEAR_RULE, EARLY_ESTIMATE_WORDS, REVISED_ESTIMATE, type Claim } from './claims';
import { isShareUnit, type Fact, type Figure, type FindingCode } from './types';
import { anotherMonthOrQuarter, MONTHS_IN_A_YEAR, yearsSpan, type MonthSpan } from './periods';
import { factStated, scoreAsOwned, scoreCandidates, statedClaim, TITLE_PERIOD, type Scored } from './evidence/model';
import { sameNumber, sidesARoundHedge } from './judge';
import { containsWholeName, textBefore } from './regex';
import { measureNamesEntity, samePeriod, type ClaimEvidence } from './evidence/features';
import { DIGIT_SLIPS, significantDigits, mantissa } from './evidence/values';
import { THRESHOLDS } from './evidence/weights';
import { measureFamily, words } from './factSheet/family';
import { CARRIED_ENTITY_RULES, IMPLICIT_WORLD, LEDE } from './reading/entity';
import { CHANGE_ON_AN_EARLIER_TIME_RULE, REPORT_PERIOD, YEARS_LATER_RULE } from './reading/period';
import { isCurrency } from './currencies';
import { foreignCountryNames } from './worldCountries';
import { scanNumbers } from './numbers';
import { computedInstead } from './statedArithmetic';

export interface Verdict {
  code: FindingCode;
  /** The fact the figure states, with the evidence that linked them. */
  link: Scored | null;
  /** For a misattributed figure or a wrong period: the fact whose value the figure gives. */
  related?: IndexedFact;
  /** The part of "265 of the 352" is right and the whole is not: the whole gets its own mismatch. */
  wrongWhole?: boolean;
  /** The probability that the verdict is right: of the candidates that lead to it. */
  probability?: number;
}

/** The entity rule that carries a name from an earlier sentence of the paragraph. */
const EARLIER_SENTENCE = 'entity/earlier-sentence';
/** The entity rule that reads the subject a question above the answer names: the answer may speak of others. */
const QUESTION_SUBJECT = 'entity/question';
/** The entity rule that reads whom a pronoun opening the clause ("Its total …") stands for: a guess at the subject. */
const PRONOUN_SUBJECT = 'entity/pronoun-subject';
/** The entity rule that reads the nearest name of the figure's sentence outside its clause. */
const OTHER_CLAUSE = 'entity/sentence';
/** A moved value is looked for only when no fact of the figure's own entity has this probability. */
const MOVED_VALUE_MAX_OWN = 0.2;

/** Counts this small are everywhere: only the same body's own figure is recognisably theirs. */
const MIN_DISTINCTIVE = 10;
/** Whole numbers under this are too common in prose for the value alone to say whose a count is. */
const MIN_DISTINCTIVE_COUNT = 100;
/**
 * How close, as a share of its value, another fact of the same measure must lie for a value to be no
 * fingerprint: test scores 1.7% apart (527, 536) are everyday neighbours; amounts of money rarely are.
 */
const CROWDING_SPREAD = 0.02;
/** Enough neighbours in value order to tell whether one of them has the same measure. */
const CROWDING_LOOKUP = 8;
/** A value under ten times its rounding unit has one significant digit ("500", "20,000"). */
const ONE_DIGIT_SPAN = 10;
/** A growth rate is another's by its value alone only with three significant digits ("12.6%"), not two ("4.6%"). */
const DISTINCTIVE_GROWTH_DIGITS = 3;
/** Two swapped digits of a two-digit value (71% for 17%) may be another figure; of three or more, a typing slip. */
const MIN_SWAPPED_DIGITS = 3;
/**
 * A figure written to this many significant digits ("59,662", "$21.65") was copied from somewhere: near
 * the fact's value but no slip of it, it is another precise number, not a wrong copy of this one.
 */
const PRECISE_FIGURE_DIGITS = 4;

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
  // A figure for part of the owner's period ("in the first seven months of 2023") is another measurement.
  if (forPartOf(claim, owner)) return false;
  const value = owner.value;
  if ((claim.entity !== owner.entity || claim.otherPlace) && Math.abs(value) < MIN_DISTINCTIVE && owner.unit === 'count') return false;
  if (distinctive(owner)) return true;
  if (claim.figure.of !== undefined && claim.figure.of === owner.fact.of) return true;
  const named = claim.vendorsFromHeading ? [] : claim.vendors;
  const partiesFit =
    claim.otherParties.length === 0 && (named.length === 0 ? owner.vendorSet.size === 0 : named.some((v) => owner.vendorSet.has(v) || index.vendor(v)?.group === true));
  // "$25 million" or "15%" may be anyone's, unless the figure names the owner's own parties.
  if (significantDigits(value) === 2) return named.length > 0 && partiesFit;
  return partiesFit && owner.fact.qualifier !== 'exact' && claim.figure.qualifier === owner.fact.qualifier;
}

/** The figure is dated to part of a year (months, a quarter, a half) within the fact's year or years. */
function forPartOf(claim: Claim, fact: IndexedFact): boolean {
  return forPartOfAYear(claim, fact) && claim.period!.from >= fact.span!.from && claim.period!.to <= fact.span!.to;
}

/**
 * The figure's words make it a quarter's with no year ("Q3") or the month's or quarter's just named ("in the
 * month"). (A month's name alone may date a level at the year's end, "by the end of December", or an aside.)
 */
function ofAMonthOrQuarter(claim: Claim): boolean {
  return claim.quarterWithoutYear !== undefined || claim.ofTheMonth === true;
}

/**
 * Another figure of the figure's table row gives the same value under the fact's own time ("| Ruritania |
 * 17 | 17 |", the fact of the second year): the row states the fact there, and this cell is another time's
 * value that happens to be equal, not the fact moved to the wrong column. Only a value many times share (a
 * small count, one or two round digits) recurs so; a distinctive one repeated ("$88.5bn | $88.5bn") is copied.
 * The times are the columns' or the row's, not written in the cells.
 */
function statedAtItsTimeInItsRow(claim: Claim, fact: IndexedFact): boolean {
  const span = fact.span;
  // A time the cell's own words give ("a 2020 order worth $45m") makes no series of the row.
  if (!claim.rowMates || span === null || distinctive(fact) || claim.rules.period === 'period/sentence') return false;
  return claim.rowMates.some((mate) => mate.rules.period !== 'period/sentence' && mate.figure.value === claim.figure.value && mate.figure.unit === claim.figure.unit && mate.period !== null && mate.period.from === span.from && mate.period.to === span.to);
}

/** Months within a year of one another: an event's month and the month its count was given in. */
const EVENT_TO_COUNT_MONTHS = 11;

/**
 * A month the figure's table row gives beside a name ("| Ruritania (Bolt fault), Mar 2025 | 3,085 |") is
 * when that thing happened; a count or a bill given a few months on (3,085 as of April) is no
 * wrong month.
 */
function eventMonthOfItsRow(claim: Claim, fact: IndexedFact): boolean {
  const c = claim.period;
  const f = fact.span;
  return claim.datedByItsRowLabel === true && c !== null && f !== null && c.from === c.to && f.from === f.to && Math.abs(f.from - c.from) <= EVENT_TO_COUNT_MONTHS;
}

/** The fact is for a year or more. */
function spansAYear(fact: IndexedFact): boolean {
  return fact.span !== null && fact.span.to - fact.span.from + 1 >= MONTHS_IN_A_YEAR;
}

/** A fact's time that says it is a level set from then on: "from 7 October 2024", "effective from July 2024". */
const IN_FORCE_FROM = /^(?:from|effective(?:\s+from)?)\s+(?!.*\b(?:to|until|till)\b)/i;

/**
 * The fact is a level set from its time ("from 7 October 2024"), and the figure's time is after it with no
 * fact of its series set in between: the level still held ("| Price in December 2024 | £1.65 |").
 */
function stillInForce(index: FactIndex, claim: Claim, fact: IndexedFact): boolean {
  const c = claim.period;
  const f = fact.span;
  if (c === null || f === null || c.from < f.from || !IN_FORCE_FROM.test(fact.fact.period?.text ?? '')) return false;
  return !index.ownFacts(fact.entity).some((other) => other !== fact && other.fact.measure === fact.fact.measure && other.span !== null && other.span.from > f.from && other.span.from <= c.to);
}

/** The figure is a level set (claim.levelSet) in a time that ends before the fact's starts. */
function setBeforeItsTime(claim: Claim, fact: IndexedFact): boolean {
  const span = fact.span;
  return claim.levelSet === true && claim.period !== null && span !== null && claim.period.to < span.from;
}

/**
 * A share of a whole ("more than 70% of the world's jute", "half"): a proportion moves slowly, so an undated
 * one is read as of the fact's time, where an undated count ("employs over 5,000") may be a later one.
 */
function isShare(claim: Claim): boolean {
  return isShareUnit(claim.figure.unit);
}

/** The figure is for months of a year, of any year, and the fact for a year or more. */
function forPartOfAYear(claim: Claim, fact: IndexedFact): boolean {
  const c = claim.period;
  return c !== null && c.to - c.from + 1 < MONTHS_IN_A_YEAR && spansAYear(fact);
}

/** Some measure word of the owner's (not a generic one) is around the figure. */
function sharesMeasure(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  for (const concept of owner.conceptSet) if (!index.vocabulary.isGeneric(concept) && claim.concepts.has(concept)) return true;
  return false;
}

/**
 * The very entity and named parties of the claim (a collective such as "makers from Ruritania" names none):
 * a country's figure given to one of its cities, or a city's to its country, has another owner.
 */
function sameOwner(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  const named = claim.vendors.filter((v) => index.vendor(v)?.group !== true);
  return owner.entity === claim.entity && !claim.otherPlace && claim.otherParties.length === 0 && named.every((v) => owner.vendorSet.has(v));
}

/**
 * Whether the figure's entity was read where the figure stands (its sentence, table row, list, heading or
 * the sentence "It" refers back to), not carried over from earlier paragraphs. Only then is another
 * entity's value given to it a misattribution: a paragraph that names no one may well be about the
 * value's owner, whom the writer left implicit ("Rome's debt fell to 137.3%" after a paragraph on Poland).
 * Nor is a name that stands only past the sentence's next figure, whose it more likely is.
 */
function entityStatedHere(claim: Claim): boolean {
  return !CARRIED_ENTITY_RULES.has(claim.rules.entity ?? '') && !claim.entityOnlyPastNextFigure;
}

/**
 * The figure's entity is named by a measure word of the value's owner: "Ruritania: 191,800" of a
 * company's deliveries in Ruritania. The name says which of the owner's figures it is, not whose.
 */
function entityInOwnersMeasure(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  if (!claim.entity) return false;
  const vocabulary = index.vocabulary;
  const named = (names: readonly string[]): boolean => names.some((name) => owner.conceptSet.has(vocabulary.conceptOf(name.toLowerCase())));
  const entity = index.entity(claim.entity);
  // A country no dataset names is named in a measure by one of its English names ("salmon exports to France").
  if (!entity) return named(foreignCountryNames(claim.entity));
  return named([entity.name, ...entity.aliases, ...entity.demonyms]) || measureNamesEntity(index, owner, entity.id);
}

/** The place the figure is about is a group that names the owner among its members ("Acme, Zenith and Bolt together"). */
function ownerInGroup(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  const entity = claim.otherPlace ? index.entity(owner.entity) : undefined;
  return entity !== undefined && [entity.name, ...entity.aliases].some((name) => claim.otherPlace!.includes(name));
}

/**
 * The owner opens the clause before the name read for the figure, itself or by one of its places standing
 * for its government ("Berlin reported spending of €90.6bn to NATO").
 */
function subjectBeforeScope(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  return claim.subjectsBeforeScope?.some((id) => id === owner.entity || index.countryOf(id) === owner.entity) === true;
}

/** Whether a figure whose value is another entity's is said of its own entity plainly enough to be misattributed. */
/**
 * A heading's name over a table or list whose rows name no one ("## Revenue: the ElecLink effect" over a year's
 * group revenue): the heading says what the section is about, not whose each row's figure is, so another
 * entity's value there is no misattribution.
 */
function headingOverRows(claim: Claim): boolean {
  return claim.rules.entity === 'entity/heading' && claim.inStructure;
}

/** A keyword of the fact is among the words that give the figure its bound ("first topped"). */
function boundWordIsTheFacts(claim: Claim, fact: Fact): boolean {
  const words = claim.figure.qualifierWords;
  return words !== undefined && fact.keywords.some((k) => BOUND_WORD.test(k) && containsWholeName(words, k.toLowerCase(), 'letters'));
}
/**
 * A keyword that is a verb of passing a mark, not of a measure: "topped", "exceeded", "passed", "surpassed".
 * ("More than" and "nearly" among keywords are often the source's hedge of another of its numbers.)
 */
const BOUND_WORD = /^(?:topp|exceed|pass|surpass|crossed|broke|beat)/i;

function misattributable(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  if (index.onlyASource(claim.entity) || headingOverRows(claim)) return false;
  // A part of a whole the sentence gives ("77 of the 99 deaths recorded worldwide"): the name read is the
  // whole's, not the part's.
  if (claim.rules.whole === X_OF_Y) return false;
  // A name given only as where a thing came from (movedValue) is no plain statement of whose the figure is.
  if (claim.entityOnlyAnOrigin) return false;
  // The level an undated change started from ("rose to 4.0% from 3.9%") is of a time nobody names: another
  // entity's fact of that value is as likely a coincidence as a figure moved.
  if (claim.startingPoint && !claim.period) return false;
  // A figure spoken of as possible or planned ("which would leave the rate close to 4.75%") states no one's
  // fact: the value another entity's fact has is a coincidence, unless that fact measures an intention.
  if (claim.hypothetical && !statesAnIntention(owner.fact)) return false;
  if (countsAPlace(index, claim, owner)) return false;
  if (hedgeRoundsOnly(claim, owner)) return false;
  // The owner named in the label that opens the figure's sentence is whom the writer means:
  // "Syrians, above all: 183,000 … in the EU".
  // The owner named earlier in the clause, where the entity read is only where it happened ("Ruritania took
  // the lion's share of the money spent in Europe, … 44% of the total"), may be the figure's subject.
  return entityStatedHere(claim) && !entityInOwnersMeasure(index, claim, owner) && !ownerInGroup(index, claim, owner) && !claim.labelEntities.includes(owner.entity) && !subjectBeforeScope(index, claim, owner) && !ownsTheWhole(claim, owner) && !bodyOfThePlace(index, claim.entity, owner.entity) && !foreignNameInOwners(index, claim, owner);
}

/**
 * A country no dataset holds whose name is a part of the owner's ("Congo" of "DR Congo", "Democratic Republic
 * of the Congo"): the press shortens the owner's name so, and the value is more likely the owner's, named
 * short, than moved to a neighbour that shares its name.
 */
function foreignNameInOwners(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  const names = claim.entity === null ? [] : foreignCountryNames(claim.entity);
  if (names.length === 0) return false;
  const entity = index.entity(owner.entity);
  if (!entity) return false;
  const ownerNames = [entity.name, ...entity.aliases].map((n) => ` ${n.toLowerCase()} `);
  return names.some((name) => ownerNames.some((n) => n !== ` ${name.toLowerCase()} ` && n.includes(` ${name.toLowerCase()} `)));
}

/**
 * The owner is another kind of entity than the figure's (a market's or an institution's value beside a
 * country, a country's beside a region): the writer more often speaks of the owner without its name, and
 * the name read is only where or whose part of it happened ("in the run-up to the Utopian vote,
 * topping out at $2,790.01"). A value moved between two of a kind (two countries, two bodies) is the misattribution.
 */
function ofAnotherKind(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  // A country no dataset holds ("~RU") is a country all the same.
  const kind = claim.entity === null ? undefined : foreignCountryNames(claim.entity).length > 0 ? 'country' : index.entity(claim.entity)?.kind;
  return kind !== undefined && kind !== index.entity(owner.entity)?.kind;
}

/**
 * A hedge that only rounds to another entity's value ("around 2.8 million" of about 2.75 million) is no sign
 * the writer moved that figure to a subject with a fact of that measure: hedged round numbers are everywhere.
 * (A subject with no such fact may still take it, with the owner's measure named plainly: movedValue.)
 */
function hedgeRoundsOnly(claim: Claim, owner: IndexedFact): boolean {
  return claim.figure.qualifier === 'approximately' && !writtenExactly(claim, owner);
}

/**
 * The figure is a range that does not restate the fact: neither end is the fact's value, or, for a fact that
 * is a range itself ("38–79%"), the ends are not its ends ("38–85%").
 */
function insideARange(claim: Claim, fact: IndexedFact): boolean {
  const { qualifier, value, upper, precision } = claim.figure;
  if (qualifier !== 'range' || upper === undefined) return false;
  const stated = statedClaim(claim, fact);
  const scale = value === 0 ? 1 : stated.value / value;
  const isEnd = (end: number, of: number): boolean => Math.abs(end * scale - of) <= (precision * Math.abs(scale)) / 2;
  const factUpper = fact.fact.upper;
  if (factUpper !== undefined) return !(isEnd(value, fact.value) && isEnd(upper, factUpper));
  return !isEnd(value, fact.value) && !isEnd(upper, fact.value);
}

/**
 * A single value in a fact that is a range ("fell about 5%" of a "5% to 10%" decline): at another time, it
 * restates nothing of the range; one end of it is any figure's value.
 */
function oneValueOfARange(claim: Claim, fact: IndexedFact): boolean {
  return fact.fact.upper !== undefined && claim.figure.qualifier !== 'range';
}

/** A body that counts or reports the figure ("CLIA counted 34.6 million passengers") gives a place's count, not its own. */
function countsAPlace(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  return claim.entityCounts === true && index.entity(owner.entity)?.kind !== 'body';
}

/**
 * A body whose name holds the place's ("New York City subway" of New York City, "Transport for London" of
 * London) is that place's: its figure said of the place is named for the body it runs, not borrowed.
 */
function bodyOfThePlace(index: FactIndex, place: string | null, body: string): boolean {
  const owner = index.entity(body);
  const of = place ? index.entity(place) : undefined;
  if (owner?.kind !== 'body' || !of || of.kind === 'body') return false;
  const bodyNames = [owner.name, ...owner.aliases].map((n) => n.toLowerCase());
  return [of.name, ...of.aliases].some((name) => name.length > 2 && bodyNames.some((n) => containsWholeName(n, name.toLowerCase(), 'letters')));
}

/** A share "of EU soft wheat imports" is the EU's share, whatever name the sentence gives it before. */
function ownsTheWhole(claim: Claim, owner: IndexedFact): boolean {
  return claim.wholeOwners?.includes(owner.entity) === true;
}

/**
 * A value no one rounds to: three significant digits or more, or two that are no multiple of five (2,300,
 * $5.8m). A count under a hundred is none: such whole numbers are everywhere (ages, events, medals, days).
 */
function distinctive(fact: IndexedFact): boolean {
  return !smallCount(fact) && distinctiveDigits(fact.value);
}

function distinctiveDigits(value: number): boolean {
  const digits = significantDigits(value);
  return digits >= 3 || (digits === 2 && Number(mantissa(value)) % 5 !== 0);
}

const crowded = new WeakMap<IndexedFact, boolean>();

/**
 * Another fact of the same measure lies within 2% of this one's value (test scores of 527 and 536, say):
 * the value is no fingerprint, and a figure that repeats it may be anyone's.
 */
function crowdedValue(index: FactIndex, owner: IndexedFact): boolean {
  let answer = crowded.get(owner);
  if (answer === undefined) {
    const spread = CROWDING_SPREAD * Math.abs(owner.value);
    answer = index.factsNearValue(owner.unit, owner.value, spread, CROWDING_LOOKUP).some((other) => other !== owner && other.fact.measure === owner.fact.measure);
    crowded.set(owner, answer);
  }
  return answer;
}

/**
 * A change in per cent of two significant digits ("up 4.6%"): many places grow by as much in a year, so
 * the value alone says no one's. (A level such as a deficit of 5.1% is rarer and still says whose.)
 */
function commonGrowth(fact: IndexedFact): boolean {
  return fact.unit === 'percent' && (fact.change || fact.growth) && significantDigits(fact.value) < DISTINCTIVE_GROWTH_DIGITS;
}

function smallCount(fact: IndexedFact): boolean {
  return fact.unit === 'count' && Number.isInteger(fact.value) && Math.abs(fact.value) < MIN_DISTINCTIVE_COUNT;
}

/**
 * The fact whose exact value the figure gives, when it is recognisably that fact's: sharing a measure
 * word with the figure, or with a distinctive value (the code then only says whose the number is).
 */
function ownerOf(index: FactIndex, claim: Claim, link: Scored, perClaim: ClaimEvidence): IndexedFact | null {
  for (const owner of perClaim.sameValue) {
    if (owner === link.indexed || !recognisablyTheirs(index, claim, owner)) continue;
    // A rounding of another's value at another time than the figure's own ("Spain at 14% in March 2019"
    // beside a 2024 rate of 14.1%) is a coincidence; the value as written ("for $52 million in 2003", a
    // 2016 offer's) is still a borrowed number. (The entity's own is a wrong period, below.)
    if (!sameOwner(index, claim, owner) && ofAnotherTime(claim, owner) && !writtenExactly(claim, owner)) continue;
    // On its value alone, a figure is another's only as written: "16%" rounds Ruritania's 15.9% and many others.
    if (sharesMeasure(index, claim, owner) || (distinctive(owner) && writtenExactly(claim, owner))) return owner;
  }
  return null;
}

/** The figure's own time, a period or a month or quarter with no year, leaves out the fact's. */
function ofAnotherTime(claim: Claim, fact: IndexedFact): boolean {
  const span = fact.span;
  if (anotherMonthOrQuarter(claim, span)) return true;
  return claim.period !== null && span !== null && (claim.period.to < span.from || claim.period.from > span.to);
}

/** The figure gives the fact's value as the source wrote it, not a rounding of it. */
function writtenExactly(claim: Claim, owner: IndexedFact): boolean {
  return sameNumber(statedClaim(claim, owner), factStated(owner));
}

/** The period a figure takes from the fact an earlier figure of its sentence states (sentenceMates.ts). */
export const SENTENCE_MATE_PERIOD = 'period/sentence-mate';
/** The period a figure "the year before" takes from the fact an earlier figure of its sentence states (sentenceMates.ts). */
export const SENTENCE_MATE_YEAR_BEFORE = 'period/mate-year-before';
/** The month with no year a figure names, in the year of the one-month fact an earlier figure of its sentence states (sentenceMates.ts). */
export const SENTENCE_MATE_MONTH = 'period/mate-month';

/**
 * Rules that read a period from a block that frames the figure, not one that dates it (the title, a
 * paragraph before), or that guess it (the year after a baseline, "13 points lower than in 2018", where
 * the next round may come years later; "a year later" than a time named, which may restate a value; a change
 * "on the year before" dated by an earlier sentence's time, which may be another clause's).
 */
const WEAK_PERIOD_RULES: ReadonlySet<string | undefined> = new Set([TITLE_PERIOD, REPORT_PERIOD, 'period/paragraph', 'period/after-baseline', YEARS_LATER_RULE, CHANGE_ON_AN_EARLIER_TIME_RULE, SENTENCE_MATE_PERIOD, SENTENCE_MATE_YEAR_BEFORE, SENTENCE_MATE_MONTH]);


/**
 * A figure its sentence gives to another body than the fact's source, near the fact's value but not its
 * number ("FertilityIQ estimated $22,000 per cycle in 2019" beside another source's $21,600 of 2023), is that
 * body's own estimate for its own time: no wrong year of the fact.
 */
function anotherEstimatorsRounding(index: FactIndex, claim: Claim, indexed: IndexedFact): boolean {
  return claim.sourcesNamed !== undefined && !claim.sourcesNamed.some((id) => isFactsSource(index, id, indexed.fact)) && !writtenExactly(claim, indexed);
}

/** The body is the fact's source or the one that counted it: one of its names is in the source's publisher or title, or the fact's via. */
function isFactsSource(index: FactIndex, id: string, fact: IndexedFact['fact']): boolean {
  const body = index.entity(id);
  if (!body) return false;
  const source = index.source(fact.source);
  const behind = `${fact.via} ${source?.publisher ?? ''} ${source?.title ?? ''}`;
  return [body.name, ...body.aliases].some((name) => name.length >= 2 && containsWholeName(behind, name, 'letters-and-digits'));
}

/**
 * The fact counts the figure's time only to a date ("January to 24 May 2024" for a figure of 2024): the
 * same start, an earlier end, within one year or season. (Two years' span is a range of years the
 * sentence names, not the time of one count.)
 */
function partOfTheFiguresTime(claim: Claim, indexed: IndexedFact): boolean {
  const c = claim.period;
  const f = indexed.span;
  return c !== null && f !== null && c.to - c.from < MONTHS_IN_A_YEAR && f.from === c.from && f.to < c.to;
}

/** The figure's time, a year or less, lies inside the fact's, which spans more than a year. */
function partOfTheFactsYears(claim: Claim, indexed: IndexedFact): boolean {
  const c = claim.period;
  const f = indexed.span;
  return c !== null && f !== null && c.to - c.from < MONTHS_IN_A_YEAR && f.to - f.from >= MONTHS_IN_A_YEAR && c.from >= f.from && c.to <= f.to;
}

/** The fact's time is at least a whole year. */
function coversAWholeYear(indexed: IndexedFact): boolean {
  return indexed.span !== null && indexed.span.to - indexed.span.from >= MONTHS_IN_A_YEAR - 1;
}

/** Qualifiers that state a value, not a bound that many values agree with ("above $12,000"). */
const STATES_A_VALUE: ReadonlySet<string> = new Set(['exact', 'approximately']);

/** A fact's measure or keywords that say its money is valued at a base year's prices. */
const VALUED_AT_CONSTANT_PRICES = /\b(?:constant|real|inflation[- ]adjusted|\d{4}\s+(?:prices|dollars|euros))\b/i;

/** The scales a writer leaves out of a number when the text gives them elsewhere: thousands, millions, billions. */
const OMITTED_SCALES = [1e3, 1e6, 1e9];

/** The figure writes no scale or scaled unit, and the fact's value is its value at one of OMITTED_SCALES. */
function omitsAScale(figure: Figure, factValue: number): boolean {
  if (figure.style.scale !== '' || figure.style.unitScale !== undefined || figure.value === 0) return false;
  const ratio = Math.abs(factValue / figure.value);
  return OMITTED_SCALES.some((scale) => Math.abs(ratio / scale - 1) < 1e-9);
}

/** Relations in which the figure is a slip of the linked fact's own value: a typo, not a borrowed number. */
const SLIPS: ReadonlySet<string> = new Set(['transposed', 'finer-transposed', 'one-digit', 'digit-count', 'scale-slip']);

/** The rule that reads a figure as a part of a count written after it: "77 of the 99 deaths". */
const X_OF_Y = 'whole/x-of-y';

/** The rule that reads a figure as each one's of several ("five golds in each", "each cost at least $1bn"). */
const EACH_OF_SEVERAL = 'whole/each';

/** Rules that read the figure as a part of something (a subset, a share of a named whole, each one's count) or a difference. */
const PART_RULES: ReadonlySet<string | undefined> = new Set(['whole/part-of-previous', 'whole/partitive', EACH_OF_SEVERAL, 'whole/difference', 'whole/compared', 'whole/sum-of-parts']);

/** The rule that reads a place no dataset names, introduced by its kind, as nearer the figure than any named place. */
const UNKNOWN_NEAREST_PLACE = 'place/unknown-nearest';

/**
 * Rules that read a subject no dataset names for the figure: a name opening its clause, a label opening its
 * line or its table row, the others of a kind ("the other peaks").
 */
const UNKNOWN_SUBJECT_RULES: ReadonlySet<string | undefined> = new Set(['place/unknown-subject', 'place/unknown-label', 'place/unknown-row-label', 'place/unknown-name-before', 'place/the-others']);

/** The verdict if the figure stated this candidate, before any threshold; null for silence. */
function verdictIfLinked(index: FactIndex, claim: Claim, link: Scored, perClaim: ClaimEvidence): Verdict | null {
  const fact = link.indexed.fact;
  // A place no dataset names has no figure of its own to slip from: another place's says nothing of it.
  if (claim.otherPlace && has(link, 'entity.sibling')) return null;
  // Whose the figure is, the sentence says two ways: only the fact's own value is evidence.
  if (claim.ownedByAnotherCountry && link.relation !== 'agrees') return null;
  // A world the figure leaves implicit (entity/implicit-world) is a guess at whose it is: a value that no
  // slip of the fact's explains may be anyone's.
  if (claim.rules.entity === IMPLICIT_WORLD && noSlipExplains(link)) return null;
  // A figure dated by a month alone ("Nov" heading its column, "on 17 Dec") is of that month, and one whose
  // clause names a quarter with no year ("in the July-September quarter") of that quarter: a fact of another
  // month or quarter is not what it states; with the fact's very value it is that fact given the wrong time.
  if (anotherMonthOrQuarter(claim, link.indexed.span)) {
    const ownTimeHasIt = perClaim.sameValue.some((other) => other !== link.indexed && !anotherMonthOrQuarter(claim, other.span));
    // A number rounded to one significant digit ("passed €8,000 a tonne on 18 September" of August's €7,645)
    // agrees with too much to be the fact given the wrong month, as with a wrong year below.
    // The value alone, with no word of the fact's measure ("55,500 bitcoins for about $5.4 billion, announced on
    // 25 November" beside October's $5.4 billion of liquidations), is a coincidence, not a time moved.
    return link.relation === 'agrees' && STATES_A_VALUE.has(claim.figure.qualifier) && !ownTimeHasIt && !coarselyRounded(claim, link.indexed) && !has(link, 'measure.none') ? { code: 'period-mismatch', link } : null;
  }
  // Money at a base year's prices is another figure than the fact's at its own year's, unless the fact's
  // measure says it is valued so too.
  if (claim.constantPrices && isCurrency(fact.unit) && link.relation !== 'agrees' && !VALUED_AT_CONSTANT_PRICES.test(`${fact.measure} ${fact.keywords.join(' ')}`)) return null;
  // A yearly rate ("a run-rate of $110bn") is another measure than a quarter's or a month's figure.
  if (claim.yearlyRate && link.indexed.span && link.indexed.span.to - link.indexed.span.from + 1 < MONTHS_IN_A_YEAR) return null;
  // "305 destinations, of which 126 intercontinental": a subset may be a fact of its own ("3.24 million
  // vehicles, of which 191,800 all-electric"), but a different number is as likely another subset.
  // Two swapped digits of a value with three or more ("115,505" as 151,505) are still a slip of the fact's.
  if (PART_RULES.has(claim.rules.whole) && link.relation !== 'agrees' && link.relation !== 'qualifier-flipped' && !swappedDigitsOf(link) && !namedSwap(link)) return null;
  // A subject no dataset names ("Rotterdam The Hague handled …", "Acme, Zenith and Bolt together …") is
  // not a part of the entity read for the figure: another number is its own, not a slip of the entity's.
  if (UNKNOWN_SUBJECT_RULES.has(claim.rules.place) && link.relation !== 'agrees' && !swappedDigitsOf(link)) return null;
  // A change over months of the fact's year ("37% ahead in the first seven months of 2023") is another
  // change than the year's. (A sum agreed in a month is the year's sum: levels are left to the evidence.)
  if (claim.figure.change && forPartOf(claim, link.indexed) && link.relation !== 'agrees') return null;
  // A figure of the entity's dealings with a party the datasets name in measures ("the goods deficit with
  // Utopia was $295.4 billion") is not a wrong value of a fact whose words name no such party (the total
  // deficit), unless a slip explains it.
  if (claim.counterparts && !claim.counterparts.some((c) => link.indexed.conceptSet.has(c)) && link.relation !== 'agrees' && noSlipExplains(link)) return null;
  // A quarter's figure named with no year ("in the third quarter", "in the month") is no wrong value of a
  // fact for a year or more: it is another measure of time.
  if (ofAMonthOrQuarter(claim) && spansAYear(link.indexed) && link.relation !== 'agrees') return null;
  // A figure its own sentence gives to other parties than the fact's is theirs ("81,166 Bolt units" by
  // Acme's 18,166): only the fact's own value, said of them, is wrong, and that is a misattribution below.
  // Parties carried over from blocks before may have changed by the figure.
  if (has(link, 'parties.contradict') && link.relation !== 'agrees' && claim.rules.parties !== 'parties/context') return null;
  // A place's number with another qualifier, with no word of its measure around it, said of the whole
  // country: a country and a counted noun are not evidence enough that it restates the fact ("Ruritania will
  // put $350 million into a new line within three years" is no target of one of its places).
  if (link.relation === 'qualifier-flipped' && has(link, 'measure.none') && has(link, 'entity.country-for-place') && index.entity(claim.entity ?? '')?.kind === 'country') return null;
  // A number written with no scale whose digits are the fact's in thousands, millions or billions ("23.6" in
  // a table whose unit is "mhl" two columns away, of 23.6 million hl) leaves out a scale the text gives
  // elsewhere: it is no slip. A written wrong scale ("$5.8 billion" of $5.8 million) still is.
  if (link.relation === 'scale-slip' && omitsAScale(claim.figure, link.indexed.value)) return null;
  // A place in a ranking has no scale: 1st is no slip of 10th.
  if (claim.figure.unit === 'rank' && (link.relation === 'scale-slip' || link.relation === 'round-scale-slip')) return null;
  // Two swapped digits of a two-digit value ("16%" of 61%) are a slip only where words back the link.
  if (unbackedShortSwap(link)) return null;

  // A round value hedged at another scale ("an estimated one million" beside 1,000 laureates) is a slip only
  // where a word of the fact's own measure stands beside it: round estimates are everywhere.
  if (link.relation === 'round-scale-slip' && claim.figure.qualifier === 'approximately' && !has(link, 'measure.specific-near')) return null;
  // A share of an amount its sentence gives ("less than half of last year's figure", "more than half of the
  // 250,000 target", "well under half the 315,599 of 2019") compares two amounts: with no word of the fact's
  // measure around it, it is no share the datasets hold.
  if (claim.shareOfAnAmount && has(link, 'measure.none')) return null;
  switch (link.relation) {
    case 'agrees':
      // The fact's own value, given to other parties ("3,567 Bolt units" where 3,567 are Acme's).
      if (has(link, 'parties.contradict')) return { code: 'figure-misattributed', link: null, related: link.indexed };
      // The country's own value, said of a place of it that no dataset names and that stands nearer the
      // figure ("In Galway city, rents rose 5.7%" where 5.7% is the national rise), verifies nothing: the
      // place may have risen as much, or the writer moved the country's figure; neither is sure enough to warn.
      if (claim.rules.place === UNKNOWN_NEAREST_PLACE && has(link, 'entity.place-for-country')) return null;
      // Another place's or body's figure in the same country says nothing of this one, however equal.
      if (has(link, 'entity.sibling')) return null;
      // A place's own value given as the whole country's ("the national fertility rate fell to 1.21", Berlin's
      // rate) is that place's figure moved to the country. A hedge that only rounds to the place's value
      // ("roughly C$1 billion" of 880 million) agrees with too much to say so, or to verify the place's.
      if (claim.nationalScope && has(link, 'entity.country-for-place')) return hedgeRoundsOnly(claim, link.indexed) ? null : { code: 'figure-misattributed', link: null, related: link.indexed };
      // A year read from the piece's title chooses among the facts, but is not evidence enough of a wrong
      // year: a title frames the piece ("what it means for 2026", "the 2024 edition"). A section's
      // heading, a table's header or the figure's own sentence dates the figure itself.
      // A number the figure rounds to one significant digit where the source is more precise ("500" of 475)
      // agrees with too much to be this fact's in another year: it is as likely that year's own figure.
      // A figure for some months ("up 35% in the first three months of 2025") is no whole year's figure given
      // the wrong year: a part of a year is another measure of time, whatever the value.
      // A range the fact's value lies inside ("guided to 2025 sales of $64.1bn to $65.6bn" beside 2024's $64.2bn)
      // names neither end as that value: another time's range is no wrong year of it.
      // A hedge or a bound around another number ("about 49 million" of 47 million, "up to $8.5 billion" of
      // $7.86 billion) in another time is that time's own estimate: only the fact's very number moves it to the
      // wrong year.
      // A figure of each of several ("27 disasters that each cost at least $1bn") is a threshold or an
      // average that any time may share: the same number in another time is no wrong year.
      // A value that recurs in its table row, where another cell gives it under the fact's time, is that other
      // time's equal value; a month a row's label gives beside a name is when the thing happened, which a count
      // given months later follows.
      // A level set at a time before the fact's ("the purse was raised to $12 million in 2018" beside 2025's
      // $12 million) holds until it is set again: the later time's equal value agrees with it.
      // A price "from 7 October 2024" still holds in December 2024, unless its series changed it since.
      if (has(link, 'period.different') && stillInForce(index, claim, link.indexed)) return { code: 'figure-verified', link };
      if (has(link, 'period.different')) return WEAK_PERIOD_RULES.has(claim.rules.period) || anotherEstimatorsRounding(index, claim, link.indexed) || setBeforeItsTime(claim, link.indexed) || claim.rules.whole === EACH_OF_SEVERAL || coarselyRounded(claim, link.indexed) || qualifiedAroundAnother(claim, link.indexed) || forPartOfAYear(claim, link.indexed) || insideARange(claim, link.indexed) || oneValueOfARange(claim, link.indexed) || statedAtItsTimeInItsRow(claim, link.indexed) || eventMonthOfItsRow(claim, link.indexed) ? null : { code: 'period-mismatch', link };
      // "exactly 197 million" of the source's "about 197 million": the draft claims a precision the source
      // does not, which is a wrong qualifier of the same number.
      if (claim.precisionClaimed && fact.qualifier === 'approximately' && link.indexed.value === statedClaim(claim, link.indexed).value) return { code: 'qualifier-mismatch', link };
      return { code: 'figure-verified', link, ...(claim.whole && fact.of !== undefined && claim.figure.of !== fact.of ? { wrongWhole: true } : {}) };
    case 'qualifier-flipped':
    case 'sign-flipped':
      // A side given to a hedge on a round number needs a word of the fact's measure beside it (sidesARoundHedge),
      // and, unless it is a share, a figure of the fact's time: "employs over 5,000", undated, may be a later count
      // than 2012's "some 5,000".
      if (link.relation === 'qualifier-flipped' && (!has(link, 'measure.specific-near') || (has(link, 'period.fact-only') && !isShare(claim))) && sidesARoundHedge(statedClaim(claim, link.indexed), factStated(link.indexed))) return null;
      // A change of the fact's size in the other direction, beside another measure's words ("shares up nearly
      // 3%" of a 3% fall in net income), is as likely that other measure's own change: a reversed direction
      // needs the words to name the fact's measure alone.
      if (link.relation === 'sign-flipped' && has(link, 'measure.conflict')) return null;
      // A negated bound says the opposite side: "no teacher would earn under €2,000" is at least €2,000.
      if (link.relation === 'qualifier-flipped' && claim.negatedBound) return null;
      // A headline drops the source's bound or hedge ("Americans lost record $12.5bn" of more than $12.5bn): the
      // bare number there is its shorthand, not a claim to the exact figure.
      // The bound's own word is one the dataset lists for the fact ("topped $5.00" of a fact whose keywords hold
      // "topped"): the source speaks of the threshold so, and the figure says what the fact says.
      if (link.relation === 'qualifier-flipped' && boundWordIsTheFacts(claim, fact)) return null;
      if (link.relation === 'qualifier-flipped' && claim.inHeading && claim.figure.qualifier === 'exact' && !claim.figure.qualifierWritten) return null;
      // Another fact of the same entity holds this very number with the figure's own qualifier ("above
      // 100,000" weekly rides beside a waitlist of exactly 100,000): the figure states that fact, not this
      // one with the wrong bound.
      if (link.relation === 'qualifier-flipped' && perClaim.sameValue.some((other) => other !== link.indexed && other.entity === link.indexed.entity && other.fact.qualifier === claim.figure.qualifier)) return null;
      // Another place's or body's change, with the opposite sign, says nothing of this one: "Apple's net
      // income fell 35%" beside Meta's rise of 35%. Nor does its level with another qualifier when its
      // sentence names that place for a figure of its own: the system's dams "above 100%", and the one dam
      // "at 100%".
      if (link.relation === 'sign-flipped' ? has(link, 'entity.sibling') : has(link, 'entity.sibling') && has(link, 'entity.own-elsewhere')) return null;
      // The fact's number for another period its own sentence states is a wrong year first: "15 GW approved
      // in 2022" of 2024's "at least 15". A year from a table's row or a heading dates it less surely.
      // Another time and another bound, with no word of the fact's measure ("just five million journeys" in
      // April 2020 beside a record day's "more than 5 million" in 2018): only a round number is shared.
      if (has(link, 'period.different') && has(link, 'measure.none')) return null;
      if (has(link, 'period.different') && claim.rules.period === 'period/sentence') return { code: 'period-mismatch', link };
      return { code: 'qualifier-mismatch', link };
    case 'hedged':
      // A hedged figure that names another number than the fact's, linked beyond doubt, is a wrong value.
      return link.probability >= THRESHOLDS.hedgedWrong.value ? { code: 'figure-mismatch', link } : null;
    case 'loose':
      return null;
  }
  // A place's own figure is no slip of its country's: "England alone 492" beside the UK's 489 is England's.
  // (A body of the country, its police or its press, speaks of the country's; a place named sentences before
  // may no longer be the subject.)
  if (has(link, 'entity.place-for-country') && !has(link, 'entity.far') && isPlace(index, claim.entity) && noSlipExplains(link)) return null;
  // A country carried from outside the sentence, against a fact of one of its places: the figure may be the
  // country's own for a time the dataset lacks (a national "+82%" beside a region's +154%); only a slip says otherwise.
  if (has(link, 'entity.country-for-place') && has(link, 'entity.far') && noSlipExplains(link)) return null;
  // Nor, in a row its own name labels, is it a slip of a neighbour's figure.
  if (claim.rules.entity === 'entity/table-or-list' && has(link, 'entity.sibling') && noSlipExplains(link)) return null;
  const owner = SLIPS.has(link.relation) ? null : ownerOf(index, claim, link, perClaim);
  if (owner) {
    // The same owner and measure in another period: a right number on the wrong year. The owner is the linked
    // fact's own entity whoever the figure was read as of (a city in the dateline, a body that counts the
    // place's figures, "SART counted 10,936 cycles in 2016"): the link already says it states that series.
    const ownersSeries = sameOwner(index, claim, owner) || owner.entity === link.indexed.entity;
    if (ownersSeries && !samePeriod(owner, link.indexed) && fact.measure === owner.fact.measure) {
      return { code: 'period-mismatch', link, related: owner };
    }
    if (!sameOwner(index, claim, owner)) return misattributable(index, claim, owner) ? { code: 'figure-misattributed', link, related: owner } : null;
    // The entity's own figure of another measure, to the digit ("its deliveries of such vehicles rose
    // 34.7%", its electric deliveries' growth): the words are as likely loose as the number wrong.
    // Unless two of the fact's own measure words stand beside a figure of what is ("sold 135 million pounds
    // to processors", the exports' number) and none of the other measure's: the number is the other measure's.
    if (distinctive(owner) && writtenExactly(claim, owner)) return has(link, 'measure.specific-near-2') && !sharesMeasure(index, claim, owner) && !claim.hypothetical && !claim.namedAsATarget ? { code: 'figure-misattributed', link, related: owner } : null;
  }
  // The level the fact's own quote says it changed from, held by no fact ("grew from 1,063 feet tall to 1,083
  // feet"), is the source's earlier value: no slip of the fact's.
  if (perClaim.sameValue.length === 0 && anotherNumberOfTheQuote(index, claim.figure, link.indexed)) return null;
  // A figure for another period is another figure, not a wrong value of this one; unless only a block that
  // frames it (the title, the paragraph before) gives that period and a slip explains the value.
  // A horizon a projection names ("181% of GDP by 2029") is a guess at which projection it restates, too: a
  // slip of another horizon's value is still that projection's.
  if (has(link, 'period.different') && !((WEAK_PERIOD_RULES.has(claim.rules.period) || claim.rules.period === BY_YEAR_RULE) && !noSlipExplains(link))) return null;
  // The level a change started from ("grows to 64 from 37"), undated, is of an earlier time than the fact
  // unless a slip explains its value.
  if (claim.startingPoint && !claim.period && noSlipExplains(link)) return null;
  // A figure near the fact's value, written with decimals the source's whole number of ten or more lacks
  // ("$83.55 a barrel" against an average of $80), is another measurement, not a wrong copy of this one.
  // A fraction in words ("two-thirds") writes no decimals.
  if (has(link, 'value.near') && claim.figure.style.form === 'digits' && moreExactThanAWholeNumber(claim.figure.value, fact.value)) return null;
  // So is a precise figure near the fact's value that no slip explains, unless it writes the fact's digits
  // in another order ("6,276" of 6,762) or names the fact's parties ("Bolt counts 4,343 of Acme's units" of
  // 4,242): "59,662 starters" beside the fact's 56,012 counts another day.
  if (has(link, 'value.near') && preciseFigure(claim) && !has(link, 'parties.same') && !digitsReordered(statedClaim(claim, link.indexed).value, link.indexed.value)) return null;
  // A figure spoken of as planned or possible ("plans to reach 13 million") that no slip explains is the
  // plan's, not a wrong statement of what is; unless the fact itself measures an intention ("the workforce
  // Acme committed to keep"). So is a figure named as a target ("the UN target of giving 0.7%") beside a fact of
  // what was done.
  if ((claim.hypothetical || claim.namedAsATarget) && noSlipExplains(link) && !statesAnIntention(fact)) return null;
  // A count of an opening stretch ("5 million requests in its first 24 hours") is another measure than a whole
  // time's, unless the fact counts such a stretch too or a typing slip explains the value.
  if (claim.openingStretch && !SLIPS.has(link.relation) && !/\bfirst\b/i.test(`${fact.measure} ${fact.period?.text ?? ''}`)) return null;
  // A projection to another year than the fact's ("would climb to 107% by 2029" beside the projection for
  // 2035) is another horizon of it, unless a slip explains the value.
  if (claim.byYear !== undefined && noSlipExplains(link) && !yearWithin(claim.byYear, link.indexed)) return null;
  // A value far from the fact's, dated only by a block that frames it (the piece's title, a paragraph
  // before): nothing says it is this year's figure of the fact rather than another figure of its subject
  // ("Dec 747,533 TEU (+2.5%)" under a title naming 2023, beside the year's -13%). So is a value a few times
  // the fact's in prose, where that block names the fact's own time ("In Tokyo the French had taken 33 medals"
  // under a title naming 2024), unless it writes the fact's digits in another order ("fell by 72 points" of
  // 27); a table or a list under a title is read as that title's figures.
  if (WEAK_PERIOD_RULES.has(claim.rules.period) && (has(link, 'value.far') || (has(link, 'value.moderate') && has(link, 'period.same') && !claim.inStructure && !digitsReordered(statedClaim(claim, link.indexed).value, link.indexed.value)))) return null;
  // A value a few times the fact's or further, no slip of it, said of an entity named only outside its
  // sentence, with one word of the measure beside it: the sentence may have moved on to another subject or
  // measure ("122 ships on order (1.47m TEU)" under the line on a fleet). Two of the measure's words beside
  // it name the fact surely enough.
  if ((has(link, 'value.far') || has(link, 'value.moderate')) && has(link, 'entity.far') && !has(link, 'measure.specific-near-2') && !has(link, 'parties.same')) return null;
  // A fact counted to a date in the figure's time ("to 24 May 2024" for "final 2024 figures … 6.5m"), with a
  // value no slip explains: a count of a longer stretch of time, not a wrong one.
  if (has(link, 'period.within') && partOfTheFiguresTime(claim, link.indexed) && noSlipExplains(link)) return null;
  // A figure of one year or less inside a fact's span of several years ("three bolts bought in 2023" beside
  // two acquired over 2019-2023) counts a part of that time: only a slip makes it a wrong value of the fact.
  if (has(link, 'period.within') && partOfTheFactsYears(claim, link.indexed) && noSlipExplains(link)) return null;
  // The reverse: a figure counted to a date ("17,016 cases by week 24") against a whole year's count.
  if (claim.countedToADate && coversAWholeYear(link.indexed) && noSlipExplains(link)) return null;
  // An earlier estimate named so ("first print +216,000" beside the revised +333,000) is another cut-off
  // of the fact, unless the fact is itself such an estimate or a slip explains the value.
  if (claim.earlierEstimate && noSlipExplains(link) && !EARLY_ESTIMATE_FACT.test(`${fact.measure} ${fact.via}`)) return null;
  // So is a revision named so ("a revised 1,897.9 Mt" beside the first estimate's 1,888.2), unless the fact is a revision too.
  if (claim.revisedEstimate && noSlipExplains(link) && !REVISED_ESTIMATE.test(`${fact.measure} ${fact.via}`)) return null;
  // A fact of a place's part ("votes won in Wales") says nothing of a figure whose sentence and context
  // never name that place ("Reform's 4.1 million votes"), unless a slip explains the value.
  if (link.indexed.scope !== null && ![...link.indexed.scope].some((c) => claim.concepts.has(c)) && noSlipExplains(link)) return null;
  // A count of a kind of the thing ("eight diving golds") is a part of the fact's count, not a wrong one.
  if (claim.rules.noun === 'noun/kind-of' && !swappedDigitsOf(link)) return null;
  // A value no slip explains needs its measure named where it stands: a word of another measure beside
  // it, and this one's only elsewhere, says it is that other figure ("EUAA's own rate … is 43%" by
  // Eurostat's 35%). A recognisable slip ("$25 million" for $52 million) is still this fact's.
  if (has(link, 'measure.conflict') && !has(link, 'measure.specific-near') && noSlipExplains(link)) return null;
  // So does a word of another measure near it where this one's words stand only elsewhere in the sentence,
  // for a value more than a near miss from the fact's ("its 64 medals were more than Utopia's 45", beside
  // Utopia's count of golds named earlier in the sentence). Not where the noun after the figure is the
  // fact's own ("in eight to nine years" of a target's years).
  if (has(link, 'measure.other-near') && has(link, 'measure.specific-sentence') && !has(link, 'noun.same') && (has(link, 'value.moderate') || has(link, 'value.far')) && noSlipExplains(link)) return null;
  // A figure its sentence gives to another body than the fact's source ("Conab's own 2024 crop is far lower
  // at 54.79m") may be that body's count: another method, not a slip, unless a slip explains the value.
  if (claim.sourcesNamed && !claim.sourcesNamed.some((id) => isFactsSource(index, id, fact)) && noSlipExplains(link)) return null;
  // A zero swapped into a finer figure ("10.2 million" of a 12 million target) is a slip only where a word
  // of the fact's own measure stands around the figure: with none, it is as likely another number.
  if (link.relation === 'finer-transposed' && (has(link, 'measure.generic-only') || has(link, 'measure.none'))) return null;
  // A speaker's words, with no word of the fact's measure, about a subject named only outside the sentence
  // ("“… about 97% effective,” said an epidemiologist" paragraphs after a 79% share): the number alone links them.
  if (claim.inQuotation && has(link, 'measure.none') && has(link, 'entity.far')) return null;
  return { code: 'figure-mismatch', link };
}

/**
 * The figure is the fact's value with two neighbouring digits swapped, and the value has three significant
 * digits or more: such a number is a typing slip of that value, not another figure that happens to match.
 */
function swappedDigitsOf(link: Scored): boolean {
  return link.relation === 'transposed' && significantDigits(link.indexed.value) >= MIN_SWAPPED_DIGITS;
}

/**
 * Two swapped digits of a two-digit value with no word of the fact's measure around the figure, and its
 * subject named only outside its sentence or another subject: the digits alone are a coincidence.
 */
function unbackedShortSwap(link: Scored): boolean {
  if ((link.relation !== 'transposed' && link.relation !== 'finer-transposed') || significantDigits(link.indexed.value) >= MIN_SWAPPED_DIGITS) return false;
  const sameSubjectInSentence = (has(link, 'entity.same') || has(link, 'entity.same-place')) && !has(link, 'entity.far');
  return (has(link, 'measure.none') || has(link, 'measure.generic-only')) && !sameSubjectInSentence;
}

/** Each fact's quote's earlier levels of its own subject, read once. */
const quoteNumbers = new WeakMap<IndexedFact, readonly number[]>();

/** "from", then at most a few words, right before a number: the level a change started from ("grew from", "down from the peak of"). */
const FROM_BEFORE_A_NUMBER = /\bfrom\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** How far before a quote's number its "from" and words may stand. */
const FROM_REACH = 32;

/**
 * The figure is the level the fact's quote says the value changed from ("grew from 1,063 feet tall to 1,083
 * feet"), given to the fact's subject: no other party's name stands between the numbers before and after it
 * ("… from Ruritania's 7.6% to Utopia's 7.0%" may give 7.6% to another country). Other numbers of a quote
 * (a target, another thing's share) are other measures, which a writer may have confused with the fact.
 */
function anotherNumberOfTheQuote(index: FactIndex, figure: Figure, indexed: IndexedFact): boolean {
  let numbers = quoteNumbers.get(indexed);
  if (numbers === undefined) {
    const quote = indexed.fact.quote;
    const tokens = scanNumbers(quote);
    const others = index.names.scan(quote, false).filter((hit) => hit.kind === 'entity' && hit.id !== indexed.entity);
    numbers = tokens.filter((token, i) => {
      if (token.value === indexed.value || !FROM_BEFORE_A_NUMBER.test(textBefore(quote, token, FROM_REACH))) return false;
      const from = i > 0 ? tokens[i - 1].end : 0;
      const to = i + 1 < tokens.length ? tokens[i + 1].start : quote.length;
      return !others.some((hit) => hit.start >= from && hit.end <= to);
    }).map((token) => token.value);
    quoteNumbers.set(indexed, numbers);
  }
  return numbers.includes(figure.value);
}

/**
 * Two swapped digits of a short value (68 million of 86 million) with the fact's own measure words beside
 * the figure: the words say which figure it is, so the order of its digits is a slip, not another subset.
 */
function namedSwap(link: Scored): boolean {
  return link.relation === 'transposed' && has(link, 'measure.specific-near');
}

/**
 * A bare or hedged figure written with one significant digit ("500", "20,000", "around 200"), rounding a
 * value its source gives more precisely (475, 176): it rounds to a tenth of its size or more. A bound ("over
 * 7,000") says it rounds.
 */
function coarselyRounded(claim: Claim, indexed: IndexedFact): boolean {
  const figure = claim.figure;
  return (figure.qualifier === 'exact' || figure.qualifier === 'approximately') && Math.abs(figure.value) < ONE_DIGIT_SPAN * figure.precision && figure.precision > indexed.stated.precision;
}

/**
 * "About 49 million" of 47 million, "up to $8.5 billion" of up to $7.86 billion: a hedge or a bound whose
 * number is not the fact's as the draft writes it, rounded or cut short ("about 2.73 million" of 2,736,150 is).
 * It agrees with the fact's value without stating it.
 */
function qualifiedAroundAnother(claim: Claim, indexed: IndexedFact): boolean {
  if (claim.figure.qualifier === 'exact') return false;
  const draft = statedClaim(claim, indexed);
  const fact = factStated(indexed).value;
  const rounded = Math.abs(draft.value - fact) <= draft.precision / 2;
  const cutShort = Math.abs(fact) >= Math.abs(draft.value) && Math.abs(fact) - Math.abs(draft.value) < draft.precision;
  return !rounded && !cutShort;
}

/** The year falls in the fact's period; a fact with no period holds every year. */
function yearWithin(year: number, indexed: IndexedFact): boolean {
  const span = indexed.span;
  const months = yearsSpan(year, year);
  return !span || (span.from <= months.to && months.from <= span.to);
}

/** A region or a city, not a body: a place has figures of its own. */
function isPlace(index: FactIndex, entity: string | null): boolean {
  const kind = entity ? index.entity(entity)?.kind : undefined;
  return kind === 'region' || kind === 'city';
}

const familyKeys = new WeakMap<IndexedFact, string>();

/**
 * Facts that state the same figure (one source's rounded and exact amounts, say) share a key: same
 * entity, parties, period and measure.
 */
function sameFigureKey(index: FactIndex, indexed: IndexedFact): string {
  let key = familyKeys.get(indexed);
  if (key === undefined) {
    const fact = indexed.fact;
    key = [fact.entity, [...fact.vendors].sort().join('+'), indexed.span ? `${indexed.span.from}-${indexed.span.to}` : '', measureFamily(fact, index)].join('|');
    familyKeys.set(indexed, key);
  }
  return key;
}

/**
 * What a verdict says, for adding up the candidates that lead to it: a wrong period or a borrowed
 * number names the fact whose value it is, whichever candidate is the link; facts that state the same
 * figure count as one, and so do all the facts a figure agrees with.
 */
function verdictKey(index: FactIndex, v: Verdict): string {
  // Whichever agreeing fact the figure states, it is right: one verification.
  if (v.code === 'figure-verified' && !v.wrongWhole) return v.code;
  const about = v.code === 'period-mismatch' || v.code === 'figure-misattributed' ? (v.related ?? v.link!.indexed) : v.link!.indexed;
  let keys = verdictKeys.get(about);
  if (!keys) verdictKeys.set(about, (keys = new Map()));
  let key = keys.get(v.code);
  if (key === undefined) keys.set(v.code, (key = `${v.code}:${SAYS_THE_SAME_IN_ANY_PERIOD.has(v.code) ? sameValueKey(index, about) : sameFigureKey(index, about)}`));
  return key;
}

/**
 * A wrong number or qualifier against one measure's facts that hold the same value in several periods
 * ("2.6 billion offline" in 2023 and in 2024) is one warning, whichever period the figure means: the
 * candidates add up. (A wrong period is about the period, and a borrowed number about its owner.)
 */
const SAYS_THE_SAME_IN_ANY_PERIOD: ReadonlySet<FindingCode> = new Set(['figure-mismatch', 'qualifier-mismatch']);

const valueKeys = new WeakMap<IndexedFact, string>();

/**
 * sameFigureKey, with the period of the latest of the measure's facts that hold this one's value and
 * qualifier: facts that state the same figure count as one, and so do the periods of one value.
 */
function sameValueKey(index: FactIndex, indexed: IndexedFact): string {
  let key = valueKeys.get(indexed);
  if (key === undefined) {
    let latest = indexed;
    for (const fact of index.factsAbout(indexed.entity)) {
      const other = fact === indexed.fact ? undefined : index.indexedFact(fact.id);
      if (other && other.span && latest.span && other.span.to > latest.span.to && sameValue(index, indexed, other)) latest = other;
    }
    key = sameFigureKey(index, latest);
    valueKeys.set(indexed, key);
  }
  return key;
}

/** Two facts of one entity, parties and measure hold the same value and qualifier. */
function sameValue(index: FactIndex, a: IndexedFact, b: IndexedFact): boolean {
  const [x, y] = [a.fact, b.fact];
  return x.entity === y.entity && x.value === y.value && x.upper === y.upper && x.qualifier === y.qualifier && x.unit === y.unit &&
    [...x.vendors].sort().join('+') === [...y.vendors].sort().join('+') && measureFamily(x, index) === measureFamily(y, index);
}

/** Verdict keys by fact and code, made once: the same string each time is hashed once, not once per candidate. */
const verdictKeys = new WeakMap<IndexedFact, Map<FindingCode, string>>();

/**
 * The owner's measure words stand next to the figure: one of them, or two when a word of another measure
 * stands there too ("generated about 56% of its power from coal" is no renewables share).
 */
function namesOwnersMeasure(asOwned: Scored): boolean {
  return has(asOwned, 'measure.specific-near') && (!has(asOwned, 'measure.conflict') || has(asOwned, 'measure.specific-near-2'));
}

/**
 * A figure whose own entity has no such fact, but whose distinctive value is another entity's: said of
 * what is, with that fact's measure words next to it, it would state that fact.
 */
function movedValue(index: FactIndex, claim: Claim, scored: readonly Scored[], perClaim: ClaimEvidence): Verdict | null {
  if (!claim.entity || !claim.onTopic || claim.hypothetical || !entityStatedHere(claim) || PART_RULES.has(claim.rules.whole) || index.onlyASource(claim.entity)) return null;
  // A place no dataset names ("Ruritania's town of Utopia") may hold any value, another's included: the
  // datasets know nothing of it to contradict.
  if (claim.otherPlace) return null;
  // A name from an earlier sentence, or one a pronoun stands for, may no longer be the subject: the writer
  // may have gone on about the value's owner without naming it ("… before Moscow walked out. … sunflower oil
  // for 1.65 million"; "Its total for 2024 was 23.6% higher", of a study named after a country); nor one named
  // only as whose calendar it is ("At the end of Camelot's 2022/23 year the running total had stood at …").
  if (claim.rules.entity === EARLIER_SENTENCE || claim.rules.entity === PRONOUN_SUBJECT || claim.rules.entity === QUESTION_SUBJECT || claim.entityNamesItsTime) return null;
  if (headingOverRows(claim)) return null;
  // Nor is a name given only as where a thing came from ("opened a container from Utopia and found 12.9
  // tonnes"): the figure may be the place's where it arrived, or the finder's.
  if (claim.entityOnlyAnOrigin) return null;
  // Nor is a name outside the figure's clause (entity/sentence) surely its subject: "… as American importers
  // stocked up …: shipments rose 10.7%, and that month alone produced a surplus of $104.84 billion".
  // A name opening the sentence as a label ("- Poland: … at 88.4%") still is.
  if (claim.rules.entity === OTHER_CLAUSE && !claim.entityOpensSentence) return null;
  // Only a figure with no plausible fact of its own: otherwise it is that fact's, right or wrong. A fact of
  // its own whose value is a few times the figure's or further, no slip of it, cannot be what the figure
  // states wrongly: where the clause names the entity before the figure ("Lenovo grew its shipments by
  // 17.3%", Apple's growth), that fact does not stop the figure from being another entity's value.
  const entity = claim.entity;
  const ownFarOff = (s: Scored): boolean => claim.entityNamedBefore === true && (s.indexed.entity === entity || s.indexed.entity === index.countryOf(entity)) && (has(s, 'value.moderate') || has(s, 'value.far'));
  if (scored.some((s) => s.probability >= MOVED_VALUE_MAX_OWN && !ownFarOff(s))) return null;
  // A value that facts of two other entities both hold exactly (160 mph, one storm's peak and another's
  // landfall) is the fingerprint of neither: the figure may be a third one's.
  if (new Set(perClaim.sameValue.map((owner) => owner.entity)).size > 1) return null;
  const link = scored[0] ?? null;
  for (const owner of perClaim.sameValue) {
    // The owner named before the figure in its clause may be whom the writer means: "spending in Utopia,
    // including Ruritania, jumped 17% to $693 billion" is Utopia's. (Named after it, it is more often a correction.)
    if (claim.otherEntitiesBefore?.includes(owner.entity)) continue;
    if (countsAPlace(index, claim, owner) || !distinctiveDigits(owner.value) || commonGrowth(owner) || crowdedValue(index, owner) || sameOwner(index, claim, owner) || bodyOfThePlace(index, claim.entity, owner.entity) || !recognisablyTheirs(index, claim, owner) || entityInOwnersMeasure(index, claim, owner) || ownerInGroup(index, claim, owner) || ownsTheWhole(claim, owner) || ofAnotherKind(index, claim, owner) || foreignNameInOwners(index, claim, owner)) continue;
    const asOwned = scoreAsOwned(index, claim, owner);
    // A value given exactly as the owner's source wrote it needs one of its measure words; a rounding, its measure plainly.
    // A small count is anyone's unless two of the owner's measure words say whose it is ("28 military facilities").
    if (!asOwned || !sure(asOwned)) continue;
    const measureNamed = smallCount(owner) ? has(asOwned, 'measure.specific-near-2') && namesOwnersMeasure(asOwned) : has(asOwned, 'measure.specific-near');
    if (measureNamed && (writtenExactly(claim, owner) || namesOwnersMeasure(asOwned))) {
      return { code: 'figure-misattributed', link: link && sure(link) ? link : null, related: owner, probability: asOwned.probability };
    }
  }
  return null;
}

/** The figure is written to PRECISE_FIGURE_DIGITS significant digits or more. */
function preciseFigure(claim: Claim): boolean {
  return claim.figure.style.form === 'digits' && significantDigits(claim.figure.value) >= PRECISE_FIGURE_DIGITS;
}

/** A whole number from which a decimal place tells a figure apart: 10 or more (5.8% of 5% is a rounding's slip). */
const WHOLE_NUMBER_MIN = 10;

/** The figure has a fractional part where the fact is a whole number of WHOLE_NUMBER_MIN or more. */
function moreExactThanAWholeNumber(figure: number, fact: number): boolean {
  return !Number.isInteger(figure) && Number.isInteger(fact) && Math.abs(fact) >= WHOLE_NUMBER_MIN;
}

/** A fact that is itself an early estimate: its measure or where it comes from says so. */
const EARLY_ESTIMATE_FACT = new RegExp(`\\b(?:${EARLY_ESTIMATE_WORDS})\\b`, 'i');

/**
 * The fact is itself an intention or an outlook, as its measure or its source's words say ("a production
 * target", "is expected to reach 174.9 million"): a figure spoken of as planned or expected may state it.
 */
function statesAnIntention(fact: Fact): boolean {
  return INTENTION_IN_MEASURE.test(fact.measure) || OUTLOOK_IN_QUOTE.test(fact.quote);
}

/**
 * A source's words that make its figure an outlook: "is expected to reach", "forecast to", "projections". (A
 * quote may name a target on the way, "toward its 2 percent target", and state a fact.)
 */
const OUTLOOK_IN_QUOTE = /\b(?:(?:is|are|was|were)\s+(?:expected|forecast|projected|set)\s+to|forecasts?|projections?)\b/i;

/** Words of an intention or an outlook: a commitment, a pledge, a plan, a target, a forecast. */
const INTENTION_IN_MEASURE = /\b(?:commit(?:s|ted|ment)?|pledge[sd]?|promise[sd]?|plan(?:s|ned)?|targets?|aims?|intends?|intended|forecasts?|projections?|projected|outlook|guidance|expect(?:s|ed|ations?)?)\b/i;

/** Values that no slip of the fact's explains: another estimate, or another figure altogether. */
const NO_SLIP_VALUES = ['value.near', 'value.moderate', 'value.far'] as const;

/** The figure's value is no slip of the linked fact's (near, moderate or far from it). */
export function noSlipExplains(link: Scored): boolean {
  return NO_SLIP_VALUES.some((f) => has(link, f));
}

/**
 * The same non-zero digits, in another order, at the same order of magnitude: 72 of 27, 106,000 of 160,000.
 * A looser sign of a typing slip than two neighbouring digits swapped.
 */
function digitsReordered(figure: number, fact: number): boolean {
  const a = Math.abs(figure);
  const b = Math.abs(fact);
  if (a === b || a === 0 || b === 0 || Math.floor(Math.log10(a)) !== Math.floor(Math.log10(b))) return false;
  const nonZeroDigits = (v: number): string => [...String(v).replace(/[^1-9]/g, '')].sort().join('');
  return nonZeroDigits(a) === nonZeroDigits(b);
}

/**
 * A wrong value that is no slip of the fact's, on a figure whose noun names another thing ("outnumber
 * buses (13.6%)" by a share of trams): the figure is that thing's, not a wrong statement of the fact.
 */
function countsAnotherThing(verdict: Verdict): boolean {
  const link = verdict.link;
  // A round number at another scale than the fact's ("20 villages" beside 20,000 homes) is as likely that thing's own count.
  return verdict.code === 'figure-mismatch' && link !== null && has(link, 'noun.other') && (noSlipExplains(link) || has(link, 'value.round-scale-slip'));
}

/**
 * The verdict on a figure, or null when the evidence does not link it to any fact well enough. Each
 * candidate leads to a verdict if it is the link; the verdict chosen is the one the most probability
 * leads to, and it is given only when that probability passes its threshold.
 */
/** What a fraction in words cannot be: a slip of digits it does not have, or another fact's or time's exact number. */
const NO_FRACTION_IN_WORDS: ReadonlySet<string> = new Set([...DIGIT_SLIPS, 'round-scale-slip']);

/** Qualifiers that hedge a fraction in words without bounding it. */
const HEDGED_FRACTION: ReadonlySet<string> = new Set(['approximately', 'nearly']);

function roughFractionOfAPreciseFact(claim: Claim, verdict: Verdict): boolean {
  const fact = verdict.link?.indexed.fact ?? verdict.related?.fact ?? null;
  if (claim.figure.style.form !== 'words' || claim.figure.unit !== 'fraction' || fact === null || fact.unit === 'fraction') return false;
  if (verdict.code === 'figure-misattributed' || verdict.code === 'period-mismatch') return true;
  if (verdict.link === null) return false;
  // A hedged one ("close to half", "nearly a third") near the fact's value states it loosely, not wrongly. (A
  // bound is no hedge: "less than two-thirds" of 69% says what is not so.)
  return NO_FRACTION_IN_WORDS.has(verdict.link.relation) || (HEDGED_FRACTION.has(claim.figure.qualifier) && verdict.link.relation === 'near');
}

export function judgeClaim(index: FactIndex, claim: Claim): Verdict | null {
  const verdict = judgedWithTheEntitiesAround(index, claim);
  // A figure of some years back, its year unnamed, is of no time a fact can be checked against: a wrong
  // value or qualifier there may be that earlier time's right one.
  if (claim.yearsAgo && verdict && verdict.code !== 'figure-verified') return null;
  if (verdict?.link && claim.level && !changeOfTheLevel(index, claim.level, verdict.link.indexed)) return null;
  // A fraction written in words ("more than a quarter of those killed", "about half") against a fact the
  // source gives in figures (52%) is a rough one: no slip of digits explains it, nor is it another fact's
  // exact number. It is judged only as a value far from the fact's ("a third" of 50%), or against a fact
  // its source gives as a fraction ("almost one-third").
  if (verdict && verdict.code !== 'figure-verified' && roughFractionOfAPreciseFact(claim, verdict)) return null;
  return verdict;
}

/**
 * A figure whose entity is a guess (read from outside its sentence) is judged as that entity's, and, where
 * that gives no verdict (or, for an entity carried from blocks before, no verification), as each other entity
 * around it (Claim.entitiesAround): one of whose facts the figure states exactly, with the fact's qualifier
 * and a word of its measure beside it, is whom the figure is about. The writer left the name out; the value
 * and the measure say whose it is.
 */
function judgedWithTheEntitiesAround(index: FactIndex, claim: Claim): Verdict | null {
  const read = judgedOfTheWorldOrTheLede(index, claim);
  // The other entities the figure's own clause names are as good a guess where the one read gives no verdict
  // ("Domtar … its mill in Espanola, laying off 450 workers", "Spain's 52.6 against 48.1 donors per million in
  // the United States"). Asking also that the entity read has no fact of the measure cost 60 right
  // verifications of the development halves and kept no wrong one out.
  const around = claim.entitiesAround ?? (read === null && claim.otherEntities.length > 0 ? claim.otherEntities : undefined);
  // A value read as another's (misattributed) is that other's where the figure's block or the blocks read
  // with it name that other: the writer went on about it without its name ("India's output … put production
  // at 239.3 million tonnes"). Named only in blocks before, it may be the one the value was moved from.
  const misattributed = read?.code === 'figure-misattributed';
  const carried = CARRIED_ENTITY_RULES.has(claim.rules.entity ?? '');
  if (!around || read?.code === 'figure-verified' || (read !== null && !misattributed && !carried)) return read;
  const others = (misattributed && !carried ? around.slice(0, claim.framingEntities) : around).map((entity) => judgeOnItsOwn(index, { ...claim, entity }));
  const verified = others.find((other) => other?.code === 'figure-verified' && other.link && has(other.link, 'measure.specific-near') && statesTheNumber(claim, other.link.indexed));
  if (verified) return verified;
  // Where the entity read gives no verdict at all, two swapped digits of such a fact's number, with a word
  // of its measure beside the figure, are a slip of that fact: the one warning read so.
  if (read !== null) return read;
  // Two swapped digits of a two-digit value need two words of that fact's measure beside the figure.
  return others.find((other) => other?.code === 'figure-mismatch' && other.link && (swappedDigitsOf(other.link) || (other.link.relation === 'transposed' && has(other.link, 'measure.specific-near-2'))) && has(other.link, 'measure.specific-near') && withTheFactsQualifier(claim, other.link.indexed)) ?? null;
}

/**
 * The figure gives the fact's number with the fact's own qualifier: a hedge ("about 44", "close to $19bn")
 * agrees with too many numbers to say whose figure it is.
 */
export function statesTheNumber(claim: Claim, fact: IndexedFact): boolean {
  return withTheFactsQualifier(claim, fact) && writtenExactly(claim, fact);
}

/** The figure is written with the fact's own qualifier: a hedge agrees with too many numbers to say whose it is. */
function withTheFactsQualifier(claim: Claim, fact: IndexedFact): boolean {
  return claim.figure.qualifier === fact.fact.qualifier;
}

/**
 * A figure read as the world's only because nothing around it names anyone, in a piece whose opening names
 * one country ("Egg prices eased in April … in U.S. cities", and later "- August 2023: $2.40"), may be that
 * country's: the world's reading stands where it verifies or warns, the country's where it verifies or the
 * world has nothing to say. (The country's reading is carried, so never a misattribution.)
 */
function judgedOfTheWorldOrTheLede(index: FactIndex, claim: Claim): Verdict | null {
  const world = judgeOnItsOwn(index, claim);
  if (claim.ledeCountry === undefined || world?.code === 'figure-verified') return world;
  const lede = judgeOnItsOwn(index, { ...claim, entity: claim.ledeCountry, rules: { ...claim.rules, entity: LEDE } });
  if (lede?.code === 'figure-verified' || world === null) return lede;
  return world;
}

/**
 * A change in parentheses after a level ("131.0m t (−6.8%)") is the change of what the level states. When
 * the level is linked to a fact, the change's fact must be of the same entity and be, of that entity's
 * facts of the level's unit and parties, one whose measure words it shares the most: "change in total
 * cargo throughput" is the change of total cargo, not of the containerised cargo the level states.
 */
function changeOfTheLevel(index: FactIndex, level: Claim, change: IndexedFact): boolean {
  const levelFact = judgeOnItsOwn(index, level)?.link?.indexed;
  if (!levelFact) return true;
  const { entity, unit, vendors } = levelFact.fact;
  if (entity !== change.fact.entity) return false;
  const said = changeWords(index, change);
  const linkedShare = keywordsSaid(levelFact, said);
  for (const fact of index.factsAbout(entity)) {
    if (fact.entity !== entity || fact.unit !== unit || fact.vendors.join() !== vendors.join()) continue;
    const other = index.indexedFact(fact.id);
    if (other && keywordsSaid(other, said) > linkedShare) return false;
  }
  return true;
}

/** The concepts a change fact is described in: its keywords' and its measure's words. */
function changeWords(index: FactIndex, change: IndexedFact): Set<string> {
  const said = new Set(change.conceptSet);
  for (const word of words(change.fact.measure)) said.add(index.vocabulary.conceptOf(word));
  return said;
}

/** The share of a fact's keywords whose every concept is among those said. */
function keywordsSaid(indexed: IndexedFact, said: ReadonlySet<string>): number {
  const keywords = indexed.keywordConcepts;
  let count = 0;
  for (const k of keywords) if (k.parts.every((part) => said.has(part))) count++;
  return count / Math.max(1, keywords.length);
}

/** The candidates that lead to one verdict: their summed probability, and for a misattribution that of each entity's measure among them. */
interface Option {
  verdict: Verdict;
  probability: number;
  /** The figure's sentence computes the linked fact's value, and not the figure's (computedBySentence). */
  fromItsSentence?: true;
  /** Keyed by entity and measure: the facts of one measure in several periods are one reading of the words. */
  byMeasure?: Map<string, number>;
}

/**
 * "India produced 410 million tonnes of cement in 2024", where 410 million was 2023's and 2024's was 433
 * million: the figure is a right value in the wrong year or a wrong value of its year. Both readings warn
 * about the same series (one entity and measure over time), so their probabilities add up: whichever the
 * writer meant, the figure is wrong. The more likely reading is the message.
 */
function withTheSeriesOtherWarnings(claim: Claim, best: Option, options: ReadonlyMap<string, Option>): Option {
  const link = best.verdict.link;
  // A rank moves every year: another year's place is another ranking, not this one's slip.
  if (!link || claim.figure.unit === 'rank') return best;
  const ofTheSeries = (v: Verdict): boolean => v.link !== null && v.link !== undefined && v.link.indexed.entity === link.indexed.entity && v.link.indexed.fact.measure === link.indexed.fact.measure && v.link.indexed !== link.indexed;
  for (const option of options.values()) {
    if (option === best || !ofTheSeries(option.verdict)) continue;
    if (rightValueOfAnotherTime(best.verdict) && wrongValueOfItsTime(option.verdict)) return { ...best, probability: best.probability + option.probability };
    if (wrongValueOfItsTime(best.verdict) && rightValueOfAnotherTime(option.verdict)) return { ...option, probability: best.probability + option.probability };
  }
  return best;
}

/** The fact's very value, given the wrong time. */
const rightValueOfAnotherTime = (v: Verdict): boolean => v.code === 'period-mismatch' && v.related === undefined && v.link?.relation === 'agrees';
/** A wrong value of the fact of the figure's own time. */
const wrongValueOfItsTime = (v: Verdict): boolean => v.code === 'figure-mismatch' && v.link !== null && v.link !== undefined && has(v.link, 'period.same');

/** Adds a candidate's probability to its measure's, for a misattribution only (THRESHOLDS.ownLink). */
function addByMeasure(option: Option, s: Scored): void {
  if (option.verdict.code !== 'figure-misattributed') return;
  const measure = `${s.indexed.entity}\u0000${s.indexed.fact.measure}`;
  const byMeasure = (option.byMeasure ??= new Map());
  byMeasure.set(measure, (byMeasure.get(measure) ?? 0) + s.probability);
}

/**
 * A misattribution says the figure is about its own entity and gives another's value. Its evidence is the
 * link to a measure of the figure's own entity: weak links to many measures, each a guess, sum to a
 * sure-looking option while saying only that the sentence is on the subject. One measure's facts in
 * several periods share its probability: they are one reading of the words.
 */
function misattributedByGuesses(option: Option): boolean {
  if (option.verdict.code !== 'figure-misattributed') return false;
  for (const probability of option.byMeasure?.values() ?? []) if (probability >= THRESHOLDS.ownLink.value) return false;
  return true;
}

/** The candidate of the figure's own entity with the owner's measure, its own period first. */
function claimedFactOf(claim: Claim, scored: readonly Scored[], owner: IndexedFact): Scored | undefined {
  const ofMeasure = scored.filter((s) => s.indexed.entity === claim.entity && s.indexed !== owner && s.indexed.fact.measure === owner.fact.measure && s.indexed.unit === owner.unit);
  return ofMeasure.find((s) => samePeriod(s.indexed, owner)) ?? ofMeasure[0];
}

/**
 * "licences were granted for 215,900 flats in 2024", where the entity's licences of 2024 were 215,900 and its
 * licences for new buildings 172,100: the figure gives another fact of the linked one's entity and time to the
 * digit, a value no one rounds to, whatever noun it counts. It is no wrong value of the fact the words lean to,
 * which no slip of digits ties it to.
 */
function statesAnotherFactExactly(index: FactIndex, claim: Claim, verdict: Verdict): boolean {
  const link = verdict.link;
  // A slip of the linked fact's value (Utopia's 136,000 first-time applicants for 130,600, its total being
  // 136,000) may be either: the words that name the linked fact decide.
  if (verdict.code !== 'figure-mismatch' || !link || !noSlipExplains(link)) return false;
  const linked = link.indexed;
  const { unit, value, precision } = claim.figure;
  return index.factsNearValue(unit, value, Math.abs(precision), CROWDING_LOOKUP).some((other) => other !== linked && other.entity === linked.entity && samePeriod(other, linked) && distinctive(other) && writtenExactly(claim, other));
}

/** The features that tell how a candidate's value relates to the figure's, left out to compare the rest. */
const VALUE_FEATURE = /^value\./;

/**
 * "At the state's 15% rate", read as the country's, where one of its places taxes at 15% and another at 51%:
 * a slip of one fact's digits that is another fact's value to the digit, where nothing but the value tells
 * the two apart (the same words, the same standing of their entities), is no slip. Whose figure it is, the
 * judgement of the entities around it may say.
 */
function exactlyAnEquallyPlacedFact(verdict: Verdict, scored: readonly Scored[]): boolean {
  const link = verdict.link;
  if (verdict.code !== 'figure-mismatch' || !link || !DIGIT_SLIPS.has(link.relation)) return false;
  const rest = (s: Scored): string => s.features.filter((f) => !VALUE_FEATURE.test(f)).join(' ');
  const own = rest(link);
  return scored.some((s) => s.relation === 'agrees' && s.indexed.entity !== link.indexed.entity && rest(s) === own);
}

/**
 * "more than 150,000 borrowers", where one round of a series was "more than 150,000" and another exactly
 * 150,000: the figure states the first exactly, number and qualifier alike. It is no flipped qualifier of the
 * second: which of the two the writer meant, nothing says. Nor is a figure in a paragraph that names no time a
 * slip of one time's value where it gives another time's to the digit.
 */
function statesAnotherTimeExactly(claim: Claim, verdict: Verdict, scored: readonly Scored[]): boolean {
  const link = verdict.link;
  if (!link) return false;
  const linked = link.indexed;
  // A slip of one time's value that is another time's value to the digit, with no time said, states that
  // other time: "$44.1bn, up from $41.4bn twelve months earlier" of two years whose values swap two digits.
  // So does a figure only the piece's title dates ("… by 2050" over a paragraph on 2022's cases).
  const titleDated = claim.rules.period === TITLE_PERIOD;
  const slip = verdict.code === 'figure-mismatch' && (claim.timeless === true || titleDated);
  if (verdict.code !== 'qualifier-mismatch' && !slip) return false;
  // A change whose sign alone differs from one time's ("cut by 25 basis points" of a 25-point rise) states
  // another time it agrees with, as a number with its own qualifier does.
  const anyValue = slip || link.relation === 'sign-flipped';
  // Two times of a series may word their measure apart ("new cases", "projected new cases a year"): the same
  // words beside the figure name both.
  const sameMeasure = (s: Scored): boolean => s.indexed.fact.measure === linked.fact.measure || (slip && titleDated && s.nearWords.length > 0 && s.nearWords.every((w) => link.nearWords.includes(w)));
  return scored.some((s) => s.relation === 'agrees' && s.indexed !== linked && (anyValue || s.indexed.value === linked.value) && s.indexed.entity === linked.entity && sameMeasure(s));
}

/**
 * The wrong-value reading whose fact's value the figure's sentence computes from its other figures, where
 * the figure's own value does not fit (statedArithmetic.ts): two numbers rarely compute a third by chance,
 * so a weaker link than a warning needs will do.
 */
function computedBySentence(claim: Claim, options: ReadonlyMap<string, Option>): Option | null {
  let chosen: Option | null = null;
  for (const option of options.values()) {
    const link = option.verdict.link;
    if (option.verdict.code === 'figure-verified' || !link || !computedInstead(claim, link.indexed.value) || option.probability < THRESHOLDS.computedLink.value) continue;
    if (!chosen || option.probability > chosen.probability) chosen = option;
  }
  if (chosen) chosen.fromItsSentence = true;
  return chosen;
}

function judgeOnItsOwn(index: FactIndex, claim: Claim): Verdict | null {
  const { scored, perClaim } = scoreCandidates(index, claim);
  const options = new Map<string, Option>();
  for (const s of scored) {
    const verdict = verdictIfLinked(index, claim, s, perClaim);
    if (!verdict) continue;
    const key = verdictKey(index, verdict);
    const option = options.get(key);
    if (!option) {
      const added: Option = { verdict, probability: s.probability };
      addByMeasure(added, s);
      options.set(key, added);
    } else {
      option.probability += s.probability;
      addByMeasure(option, s);
      // The claimed fact makes a better link for the message than the owner of the value.
      if (!option.verdict.link && verdict.link) option.verdict = verdict;
    }
  }
  let best: Option | undefined;
  for (const option of options.values()) if (!best || option.probability > best.probability) best = option;
  if (best) best = withTheSeriesOtherWarnings(claim, best, options);
  if (best && (statesAnotherTimeExactly(claim, best.verdict, scored) || statesAnotherFactExactly(index, claim, best.verdict) || exactlyAnEquallyPlacedFact(best.verdict, scored))) return null;
  if (best) {
    const threshold = best.verdict.code === 'figure-verified' ? THRESHOLDS.verify.value : THRESHOLDS.warn.value;
    if (best.probability < threshold) best = computedBySentence(claim, options) ?? best;
    if ((best.probability >= threshold || best.fromItsSentence) && !countsAnotherThing(best.verdict) && !misattributedByGuesses(best)) {
      // Each candidate's verdict is a fresh object, so the chosen one can carry its probability.
      const verdict = best.verdict;
      // A borrowed value names the fact it should have stated where the figure's own entity has one of the
      // owner's measure: the writer is shown that fact's value and source.
      if (verdict.code === 'figure-misattributed' && !verdict.link && verdict.related) verdict.link = claimedFactOf(claim, scored, verdict.related) ?? null;
      verdict.probability = best.probability;
      if (verdict.wrongWhole && best.probability < THRESHOLDS.warn.value) verdict.wrongWhole = false;
      return verdict;
    }
  }
  return movedValue(index, claim, scored, perClaim);
}

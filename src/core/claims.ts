// Finds the figures in prose that may be claims and reads what each one claims: which entity, which
// parties, what is counted, which period, with which qualifier. Each question is a slot answered by an
// ordered list of named rules (src/core/reading/); the rule that answered is kept on the claim.
import type { FactIndex, IndexedFact } from './factIndex';
import { ORDINAL_VARIANT } from './factIndex';
import type { Figure } from './types';
import type { ProseDocument } from './prose';
import type { NameHit } from './names';
import { MONTH_NAME, MONTHS_IN_A_YEAR, monthCountOf, monthNamedAlone, namesAnEdition, ordinalIndex, withoutAsides, yearsSpan, type MonthSpan } from './periods';
import { centsOf, mayContainNumber, PER_PERSON_WORDS, readNumberWords, scanNumbers, SUBUNITS_IN_A_UNIT, type NumberToken } from './numbers';
import { sentenceAt } from './sentences';
import { readStatedArithmetic, type Interval } from './statedArithmetic';
import { fromRightBefore, textAfter, textBefore } from './regex';
import { isYearToken, notClaimReason } from './notClaims';
import { readQualifier } from './qualifiers';
import { CENT_SIGN, currencyCode, currencyPrefix, isCurrency, ISO_CODES, localCurrency, signOfWord, UNKNOWN_CURRENCY } from './currencies';
import { ConceptUnion, type ScaledUnit } from './vocabulary';
import { DocumentReader, opensAPart, seatOfABody, type BlockFacts } from './reading/document';
import type { BlockTextMemory, SentenceWords } from './reading/blockTexts';
import { backTo, figureContext, toNextFigure, headerBeforeChangeColumn, inAside, namesALaterFigure, namesNextFigure, nextOutsideAsides, PLACE_RIGHT_AFTER_FIGURE, type Aside, type FigureContext } from './reading/context';
import { firstAnswer, type Reading } from './reading/rule';
import { WHOLE_RULES } from './reading/whole';
import { CURRENCY_HOME, namedInALeadingClause, FAR_ENTITY_RULES, ENTITY_RULES, IMPLICIT_WORLD, OPENS_SENTENCE, PARTY_HOME, attachedToFigure, comparedInWords, counterpartConcept, counterpartPlaced, destinationPlaced, provenancePlaced, RANK_HEADER } from './reading/entity';
import { PARTY_RULES } from './reading/parties';
import { REPORTS_OR_COUNTS_AFTER } from './reading/reporting';
import { datedByItsRowLabel, monthsAwayRightAfter, PERIOD_RULES, REPORT_PERIOD, saysAYearEarlier } from './reading/period';
import { NOUN_RULES } from './reading/nouns';
import { PLACE_RULES } from './reading/place';

/** The questions a reading answers about a figure. */
export type Slot = 'entity' | 'place' | 'parties' | 'period' | 'noun' | 'whole';

export interface Claim {
  figure: Figure;
  block: number;
  /** Entity the figure is about. */
  entity: string | null;
  /**
   * A place no dataset names, nearer the figure than the entity's name ("the town of Zenica"), as
   * written: the figure is that place's, inside the entity's country.
   */
  otherPlace: string | null;
  /** Other entities named in the figure's clause ("the ministry said two schools in Kyiv were closed"). */
  otherEntities: string[];
  /** Those of otherEntities named before the figure ("spending in Utopia, including Ruritania, rose to …"). */
  otherEntitiesBefore?: string[];
  /**
   * Concepts of the other parties of the entity's measure its clause names ("the deficit with Utopia"), where
   * the datasets name such parties in keywords: a fact whose words name none of them is another measure.
   */
  counterparts?: string[];
  /** A negation stands before the figure's bound in its clause ("no teacher would earn under €2,000"). */
  negatedBound?: boolean;
  /** The noun a passive's participle follows, when the participle names the counted noun ("262 cyclists were killed": cyclists). */
  nounBeforePassive?: string;
  /** A share of an amount its sentence gives right after it ("half the 315,599 of 2019", "half of last year's figure"). */
  shareOfAnAmount?: boolean;
  /** "exactly" or "precisely" stands right before the figure: the draft claims the number to its last digit. */
  precisionClaimed?: boolean;
  /** A verb that sets a level stands right before the figure ("was raised to $12 million in 2018"): the level holds after its time. */
  levelSet?: boolean;
  /**
   * The one country the piece's opening names, for a figure read as the world's only because nothing names
   * anyone around it (entity/implicit-world): the piece may be about that country (verdict.ts).
   */
  ledeCountry?: string;
  /**
   * For a figure whose entity comes from outside its sentence (FAR_ENTITY_RULES): the other entities the
   * datasets hold that its block names before it, or the blocks read with it, or the blocks just before (to
   * the heading that opens its part). The entity read is a guess; one of these may be whom the figure is
   * about (verdict.ts).
   */
  entitiesAround?: string[];
  /** How many of entitiesAround the figure's own block, before it, and the blocks read with it name. */
  framingEntities?: number;
  /** The figure stands inside a direct quotation ("“The vaccine is … about 97% effective,” said …"). */
  inQuotation?: boolean;
  /** The entity is named in the figure's clause only as the owner of a time ("Camelot's 2022/23 year"). */
  entityNamesItsTime?: boolean;
  /**
   * The number of years the words right before the figure give it as its own span ("the 12-year average of
   * 39.6%", "a five-year high of"): the figure is of that span, whatever time the sentence names
   * (evidence/features.ts).
   */
  spanYears?: number;
  /**
   * The figure's period is an edition's year ("In the 2011 study, 97% …", "its 2019 report counted …"): when
   * the document came out, which its data precede (evidence/features.ts).
   */
  datedByAnEdition?: boolean;
  /**
   * The entity is named in the figure's sentence only as where a thing came from ("a container from
   * Ruritania") or went ("timber that entered Utopia"): the other end, or who found it, may be whose the
   * figure is (verdict.ts).
   */
  entityOnlyAnOrigin?: boolean;
  /** The figure's clause says, before it, that it is the whole country's ("the national rate fell to"). */
  nationalScope?: boolean;
  /** Entities named in a label that opens the sentence before a colon ("Syrians, above all: …"). */
  labelEntities: string[];
  vendors: string[];
  /** The parties come only from a section heading: a weak hint, never a contradiction. */
  vendorsFromHeading: boolean;
  /** Parties the figure names that no dataset knows, as written ("Zenith"): none of the facts is theirs. */
  otherParties: string[];
  /** Measure concepts of the sentence and every context block, headings included. */
  concepts: ConceptUnion;
  /** Measure concepts near the figure: its stretch of sentence (between neighbouring figures), table and lead-in. */
  nearConcepts: ConceptUnion;
  /** Measure concepts of the figure's own sentence. */
  sentenceConcepts: ReadonlySet<string>;
  /**
   * The facts earlier figures of the sentence state exactly, set while the sentence is judged
   * (sentenceMates.ts): another time of one of their series is likely what this figure states.
   */
  statedByMates?: readonly IndexedFact[];
  /** The same facts, when the figure's entity is named since the sentence's last figure: the figure is an item of a list. */
  listItemMates?: readonly IndexedFact[];
  /** The other figures of the figure's table row, when it stands in one (`linkRowMates`). */
  rowMates?: readonly Claim[];
  /** The figure stands in a table cell, a list under a lead-in, an answer or a sentence that refers back. */
  inStructure: boolean;
  /** The months the figure speaks of. */
  period: MonthSpan | null;
  /** A topic word or a party's name occurs near the figure. */
  onTopic: boolean;
  /** A citation (footnote, link, [@key]) occurs in the figure's block. */
  cited: boolean;
  /** Concept of the noun a count is a count of ("inhabitants" in "9,855,745 inhabitants"), if any. */
  countedNoun: string | null;
  /** The whole of "265 of the 352", as a figure of its own: it can be wrong while the part is right. */
  whole?: Figure;
  /** The figure's clause speaks of what could, would or will be, not of what is. */
  hypothetical: boolean;
  /** The figure is a yearly rate ("a run-rate of $110bn", "annualised"): no figure of a shorter time. */
  yearlyRate: boolean;
  /** The figure's sentence values money in constant or real prices ("at constant 2015 prices"). */
  constantPrices: boolean;
  /**
   * The month (0–11) the figure is dated by with no year, whatever the year: a column headed by a month's
   * name alone ("Nov"), a day and month after it ("on 17 Dec"), a month labelling its line ("December:").
   */
  monthWithoutYear?: number;
  /**
   * The quarter (0–3) the figure's clause names with no year, whatever the year: "in the July-September
   * quarter", "the third quarter", "Q3" alone.
   */
  quarterWithoutYear?: number;
  /**
   * The run of months (0–11) the figure's clause names with no year, other than a quarter: "January to
   * November", "Jan-Nov", "the first eleven months", "the first half".
   */
  monthsWithoutYear?: { from: number; to: number };
  /**
   * The figure counts only to a date inside its year: "by week 24", "to EW 36", "as of 30 June", "year to
   * date". A fact of a whole year is another count unless a slip explains the difference.
   */
  countedToADate?: boolean;
  /** Its period is the time its table row's label gives beside a name ("| Ruritania (Bolt fault), Mar 2025 |"). */
  datedByItsRowLabel?: boolean;
  /**
   * The figure is an earlier estimate of its measure, named so in its clause ("first print +216,000", "first
   * estimated a 4.8% fall", "initially put it at …"): another cut-off of the fact, not a wrong copy of it.
   */
  earlierEstimate?: boolean;
  /** The figure counts the opening stretch of something ("5 million requests in its first 24 hours"). */
  openingStretch?: true;
  /** The figure stands in a heading or a title, where writers drop a source's hedge or bound for brevity. */
  inHeading?: true;
  /** An ordinal that counts events so far ("its 14th increase since May 2022", "the 15th consecutive time"). */
  ordinalCount?: boolean;
  /**
   * The figure is a revision of its measure, named so ("a revised 1,897.9 Mt", "revised up to 3.9%"): another
   * cut-off of the fact, as an earlier estimate is.
   */
  revisedEstimate?: boolean;
  /** "from" stands right before the figure ("grows to 64 from 37"): the level a change started from, of an earlier time. */
  startingPoint?: boolean;
  /**
   * The figure's words place it a year before another time ("vs 10.3 million the year before") and the
   * text names no time to count from: the time of a figure of its sentence that states a fact exactly
   * may (sentenceMates.ts).
   */
  yearBeforeUnnamed?: boolean;
  /**
   * The figure's own stretch places it some years back from when the piece was written, naming no year ("the
   * purse was $12.5m when he arrived four years ago"): an earlier time than a fact of the present.
   */
  yearsAgo?: boolean;
  /** No period is read for the figure and its block names none, for any of its figures. */
  timeless?: boolean;
  /**
   * The variants of a measure its clause names by an ordinal before a noun of the datasets' keywords ("the
   * first-round figure": "first round"), as "ordinal noun" in lower case.
   */
  ordinalVariants?: string[];
  /** The year a change is measured from, where its clause or column header names it ("+1.9% vs 2019", "y/y on 2022"). */
  baseYear?: number;
  /** The year a projected or planned figure is to be reached by, written right after it ("would climb to 107% of GDP by 2029"). */
  byYear?: number;
  /** Named as a target ("the UN target of giving 0.7%"): what should be, judged only against a fact that is one too. */
  namedAsATarget?: true;
  /**
   * Bodies that own no fact named in the figure's sentence ("Conab's own 2024 crop", "the Commission said"):
   * whose count the figure is, where it may differ from the dataset's source.
   */
  sourcesNamed?: string[];
  /** The entity is a body the sentence names as counting or reporting the figure ("CLIA counted 34.6 million"). */
  entityCounts?: boolean;
  /** The figure's words say it is a month's or a quarter's, the one just named: "in the month", "that quarter". */
  ofTheMonth?: boolean;
  /** The entity's name opens the figure's sentence, as a label does ("- Poland: … at 88.4%"). */
  entityOpensSentence?: boolean;
  /** The entity is named in the figure's clause before it ("Lenovo grew its shipments by [17.3%]"). */
  entityNamedBefore?: boolean;
  /**
   * The entity's name stands in the figure's sentence only after the next figure ("a target of [$11.9bn],
   * including $1.6bn from Acme"): it is read for want of another, not said of this figure.
   */
  entityOnlyPastNextFigure?: boolean;
  /**
   * Entities named in the figure's clause before its entity, when the entity is named only as where
   * something happens or whom it goes to ("Ruritania took the lion's share of the money spent in Europe,
   * … 44%", "Arcadia City reported €90bn to the alliance"): the figure may be theirs.
   */
  subjectsBeforeScope?: string[];
  /** Entities that own the whole a share is of, named right after it ("62.3% of EU soft wheat imports"). */
  wholeOwners?: string[];
  /** A country's possessive in the sentence ("Ruritania's largest plant, in Saxony") contradicts the place read. */
  ownedByAnotherCountry?: boolean;
  /**
   * The level a change in parentheses follows ("Containers by weight 131.0m t ([−6.8%])"): the change is of
   * the level's measure, so it states only a change fact of what the level states.
   */
  level?: Claim;
  /** Where that level ends in the document, until readClaims links the two claims. */
  levelEnd?: number;
  /**
   * The values its sentence's other figures compute for the figure, as rounded as they are written ("rose
   * [10%] to 103.9 million from 94.5 million"): statedArithmetic.ts.
   */
  computedValues?: Interval;
  /**
   * A change in per cent that the two levels before it in its sentence or table row compute ("from 4,242 to
   * 4,666 zlotys, up 10%"): the change between them, whatever else it may look like (statedArithmetic.ts).
   */
  ofItsLevels?: true;
  /** The id of the rule that answered each slot. */
  rules: Partial<Record<Slot, string>>;
}

/**
 * Modal verbs, intentions and outlooks: "could support 10,000", "plans to buy 300", "has guided to 260
 * million", "expects inflation of 2.5%", "forecasts 1.1%", "is planning for 81.4 million", "had hoped for 175", an exit poll's count.
 * ("will" states a plan as fact.)
 */
const HYPOTHETICAL = /\b(?:could|would|might|may|can|(?:is|are|was|were)\s+(?:expected|set|due|going)\s+to|(?:aims?|intends?|plans?|hopes?|wants?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|(?:is|are|was|were)\s+committed)\s+to|(?:is|are|was|were)\s+planning\s+(?:for|to|on)|(?:hoped|hoping)\s+(?:to|for)|guided\s+(?:to|for)|expects?|forecasts?|wants?|exit\s+polls?)\b/i;

const HYPOTHETICAL_ALL = new RegExp(HYPOTHETICAL.source, 'gi');

/** "by week 24", "to EW 36", "up to 24 May", "as of June 30", "year to date", "YTD": a count to a date. */
const TO_A_DATE = new RegExp(
  `\\b(?:(?:by|to|through|until|up\\s+to|as\\s+of)\\s+(?:(?:the\\s+)?(?:epi(?:demiological)?\\s+)?week\\s+\\d|EW\\s*\\d|` +
    `\\d{1,2}\\s+${MONTH_NAME}\\b|${MONTH_NAME}\\s+\\d{1,2}\\b)|year[- ]to[- ]date\\b|YTD\\b)`,
  'i',
);

/**
 * A relative clause set off by commas that describes a place or a person ("In the Netherlands, where the
 * government wants 100,000 homes a year, developers completed …"): what it says of its noun is not said of a
 * figure outside it. A ", which …" clause may say it of the statement before ("growth of 12%, which would
 * take the market past $2 billion"), so it is left in.
 */
const RELATIVE_CLAUSE = /,\s+(?:where|who|whose|whom)\b(?:[^,;:]|,(?=\d))*,/gi;

/** The relative clauses set off by commas in the figure's clause that do not hold the figure, in the block's offsets. */
function relativeClausesBeside(ctx: FigureContext): Aside[] {
  const clause = ctx.text.slice(ctx.clauseStart, ctx.clauseEnd);
  if (!clause.includes(',')) return [];
  const spans: Aside[] = [];
  for (const m of clause.matchAll(RELATIVE_CLAUSE)) {
    const start = ctx.clauseStart + m.index;
    const end = start + m[0].length;
    if (ctx.token.start < start || ctx.token.start >= end) spans.push({ start, end });
  }
  return spans;
}

/** "the UN target of giving 0.7%", "a goal of 30%": a target's word and "of" right before the figure. */
const TARGET_OF_BEFORE = /\b(?:target|goal|objective|aim)\s+of\s+(?:\p{Ll}+\s+){0,3}$/u;
/** How far before the figure its target's word may stand. */
const TARGET_REACH = 40;

/** The figure is named as a target, which says what should be, as an intention does (verdict.ts: statesAnIntention). */
function namedAsATarget(ctx: FigureContext): boolean {
  return TARGET_OF_BEFORE.test(backTo(ctx, ctx.clauseStart, TARGET_REACH));
}

/**
 * A modal verb or an intention in the figure's clause, outside a relative clause the figure is not in;
 * "May" with a capital inside it is the month ("to 24 May").
 */
function speaksOfWhatMayBe(ctx: FigureContext, besides: readonly Aside[]): boolean {
  const clause = ctx.text.slice(ctx.clauseStart, ctx.clauseEnd);
  if (!HYPOTHETICAL.test(clause)) return false;
  for (const m of clause.matchAll(HYPOTHETICAL_ALL)) {
    const at = ctx.clauseStart + m.index;
    if (besides.some((a) => at >= a.start && at < a.end)) continue;
    // "people who could speak Welsh", "said they can swim": an ability of those counted, no figure that may be.
    if ((m[0] === 'could' || m[0] === 'can') && ABILITY_OF_THOSE_COUNTED.test(clause.slice(Math.max(0, m.index - ABILITY_REACH), m.index + m[0].length + ABILITY_REACH))) continue;
    if (m[0] !== 'May' || clause.slice(0, m.index).trim() === '') return true;
  }
  return false;
}

/** "who could speak", "said they can read": a modal of ability about the people a figure counts. */
const ABILITY_OF_THOSE_COUNTED = /\b(?:who|said\s+they|say\s+they|reported\s+they)\s+(?:could|can)\s+(?:(?:not|no\s+longer|still)\s+)?(?:speak|read|write|understand|swim|drive|afford|use)\b/i;
const ABILITY_REACH = 24;

/**
 * A yearly rate named in the figure's stretch: "run-rate", "annualised", "a year", "per annum". Plain
 * English of any subject; a quarter's or a month's figure times four or twelve is another measure. "A
 * year" after a preposition is a length of time ("the highest in over a year"), not a rate; "annual" before a
 * publication or an event ("the annual report", "its yearly survey") says how often that appears; before a
 * record ("its previous annual record") it names a year's total, not a rate.
 */
const YEARLY_RATE = /\b(?:run[- ]rate|annuali[sz]ed|(?:(?<!\b(?:in|over|within|for|than|after|under)\s+)a|per|each)\s+year(?![-\s]+(?:earlier|ago|before|later|on)\b)|per\s+annum|(?:yearly|annual)(?!\s+(?:\p{Ll}+\s+){0,2}?(?:report|review|survey|meeting|conference|release|publication|edition|bulletin|statement|summit|assessment|update|census|record|high|low|peak)s?\b))\b/iu;

/** A yearly rate in the figure's clause, outside `besides` (relativeClausesBeside, read once for this and the hypothetical reading). */
function namesAYearlyRate(ctx: FigureContext, besides: readonly Aside[]): boolean {
  // Its own clause, and the label opening its sentence when no figure stands between ("AWS run-rate: Jassy
  // says $110bn"): "the highest annual total in years, and the first quarter alone brought 56,634" is no rate.
  const to = Math.min(ctx.nextStart, ctx.sentenceEnd);
  const label = SENTENCE_LABEL.exec(ctx.text.slice(ctx.sentenceStart, ctx.sentenceStart + SENTENCE_LABEL_MAX + 2));
  if (label && ctx.windowStart <= ctx.sentenceStart + label[0].length && YEARLY_RATE.test(label[0])) return true;
  // An aside's words describe something else: "– spreading 14 yearly payments over 12 months – Poland €1,019";
  // so do a relative clause's ("where the government wants 100,000 homes a year,").
  const asides = besides.length === 0 ? ctx.asides : [...ctx.asides, ...besides].sort((a, b) => a.start - b.start);
  const words = withoutAsides(ctx.text, Math.max(ctx.windowStart, ctx.clauseStart), to, asides);
  // A percentage's "annual" or "yearly" ("annual inflation reached 76% in February") compares with a year
  // earlier, as a month's or a quarter's rate does: only a rate per year ("5% a year", "annualised") is one.
  return YEARLY_RATE.test(ctx.token.unit === 'percent' ? words.replace(YEAR_ON_YEAR, '') : words);
}
const YEAR_ON_YEAR = /\b(?:annual|yearly)\b/gi;

/** A label opening a sentence, up to its colon: "AWS run-rate:". */
const SENTENCE_LABEL_MAX = 40;
const SENTENCE_LABEL = new RegExp(`^[^:\\n]{1,${SENTENCE_LABEL_MAX}}:\\s`);

/**
 * Money valued at the prices of a base year ("constant 2015 prices", "in 2017 dollars", "real terms",
 * "inflation-adjusted"): another measure than the same money at the prices of its own year.
 */
const CONSTANT_PRICES = /\b(?:(?:constant|real)\s+(?:(?:19|20)\d\d\s+)?(?:prices|dollars|euros|terms)|in\s+(?:19|20)\d\d\s+(?:prices|dollars|euros)|inflation[- ]adjusted)\b/i;

/** "in Europe", "across the EU", "reported to NATO": a name as where something happens or whom it goes to. */
const SCOPE_BEFORE = /\b(?:in|across|within|throughout|to)\s+(?:the\s+)?$/i;

/** A relative pronoun right after a name, with the figure later in its clause: "Spain, which then accounted for". */
const RELATIVE_AFTER_A_NAME = /^\s*,?\s*(?:which|who|whose)\b[^,;:.]*$/i;

/** The entities named in the clause before its entity's first name, when that name follows "in" or "across". */
function subjectsBeforeScope(ctx: FigureContext, entity: string): string[] {
  const inClause = ctx.entityHits.filter((h) => h.start >= ctx.clauseStart && h.end <= ctx.clauseEnd);
  const own = inClause.find((h) => h.id === entity);
  if (!own || !SCOPE_BEFORE.test(ctx.text.slice(Math.max(ctx.clauseStart, own.start - 12), own.start))) return [];
  // A relative clause on the name that holds the figure ("… 47.7 million in Spain, which then accounted for
  // 23%") makes the name its subject: no longer only where something happened.
  if (own.end <= ctx.token.start && RELATIVE_AFTER_A_NAME.test(ctx.text.slice(own.end, ctx.token.start))) return [];
  return inClause.filter((h) => h.end <= own.start && h.id !== entity).map((h) => h.id);
}

/** Between a share and the name of the whole's owner: "% of ", "per cent of the ". */
const SHARE_OF_BEFORE_NAME = /^\s*(?:%|per\s?cent|percent)?\s+of\s+(?:the\s+)?$/i;

/** The entities a share's whole belongs to, named right after it: "62.3% of EU soft wheat imports". */
function wholeOwners(ctx: FigureContext): string[] {
  if (ctx.token.unit !== 'percent') return [];
  const end = Math.min(ctx.nextStart, ctx.sentenceEnd);
  return ctx.entityHits.filter((h) => h.start >= ctx.token.end && h.end <= end && SHARE_OF_BEFORE_NAME.test(ctx.text.slice(ctx.token.end, h.start))).map((h) => h.id);
}

/**
 * "Ruritania's largest plant, in Saxony, …": a country's possessive opening the figure's sentence, where
 * the place read for the figure lies in another country. The two readings contradict each other.
 */
function ownedByAnotherCountry(ctx: FigureContext, entity: string): boolean {
  const index = ctx.index;
  const country = index.countryOf(entity);
  if (country === entity) return false;
  return ctx.entityHits.some(
    (h) =>
      h.start >= ctx.sentenceStart && h.end <= ctx.token.start && OPENS_SENTENCE.test(ctx.text.slice(ctx.sentenceStart, h.start)) &&
      POSSESSIVE_NAME.test(ctx.text.slice(h.start, h.end + 2)) &&
      (h.foreign === true || index.entity(h.id)?.kind === 'country') && index.countryOf(h.id) !== country,
  );
}

/**
 * A figure that names a party (a vendor) and no place, or only a body that owns no fact (a tracker named
 * as the source), speaks of the party's whole market: the world, when a dataset names it as an entity
 * (entity/party-world). "Acme shipped 234.6 million widgets" in a dataset of makers' worldwide shipments.
 */
function partyWorld(ctx: FigureContext, read: Reading<string> | null): Reading<string> | null {
  const index = ctx.index;
  if (read && !index.onlyASource(read.value)) return read;
  const world = index.worldEntity();
  if (world === undefined) return read;
  const partyNamed = ctx.facts.hits.some((h) => h.kind === 'vendor' && h.start >= ctx.sentenceStart && h.end <= ctx.sentenceEnd) ||
    ctx.context.some((c) => ctx.reader.blockFacts(c).hits.some((h) => h.kind === 'vendor'));
  return partyNamed ? { value: world, rule: 'entity/party-world' } : read;
}

/**
 * `entity/party-home`: a figure whose sentence names a party (a vendor) and no place, where the datasets
 * have no world and keep all that party's facts under one entity, is that entity's ("Acme shipped 148,862
 * widgets" where Acme's figures are filed under its home country). A guess, read as a far entity.
 */
function partyHome(ctx: FigureContext, read: Reading<string> | null): Reading<string> | null {
  if (read || ctx.index.worldEntity() !== undefined) return read;
  const homes = new Set<string | undefined>();
  for (const h of ctx.facts.hits) {
    if (h.kind === 'vendor' && h.start >= ctx.sentenceStart && h.end <= ctx.sentenceEnd) homes.add(ctx.index.homeOfParty(h.id));
  }
  const home = homes.size === 1 ? [...homes][0] : undefined;
  return home === undefined ? null : { value: home, rule: PARTY_HOME };
}

/**
 * `entity/currency-home`: a sum that no rule gives an entity, in a currency only one country's facts are
 * counted in ("Exports rose to Rs 2,072.56 crore", rupees), where its block or those read with it name that
 * country: the sum is that country's. A guess from the money, so a far entity.
 */
function currencyHome(ctx: FigureContext, read: Reading<string> | null): Reading<string> | null {
  const unit = ctx.token.unit;
  if (read || !isCurrency(unit)) return read;
  const home = ctx.index.homeOfCurrency(unit);
  if (home === undefined) return null;
  const namesHome = (b: number): boolean => ctx.reader.blockFacts(b).hits.some((h) => h.kind === 'entity' && ctx.index.countryOf(h.id) === home);
  // A name in a clause of time that opens its sentence, left out as the main clause names a subject of its own,
  // stands for no one then ("When the Acme Prizes were handed out, the winners shared €150,872").
  if (ctx.entityHits.some((h) => h.start >= ctx.sentenceStart && namedInALeadingClause(ctx, h))) return null;
  return namesHome(ctx.blockIndex) || ctx.context.some(namesHome) ? { value: home, rule: CURRENCY_HOME } : null;
}

/**
 * `entity/implicit-world`: a figure that no rule gives an entity, in a block that names no one up to the end of
 * its sentence and among blocks read with it that name no one (headings aside), is of the world, where the
 * datasets have one ("Malaria infected an estimated 263 million people last year"). Reports on a global
 * subject leave "worldwide" out of most sentences. It is read as a far entity: weaker evidence than a name,
 * and never a misattribution (CARRIED_ENTITY_RULES).
 */
function implicitWorld(ctx: FigureContext, read: Reading<string> | null): Reading<string> | null {
  if (read) return read;
  const world = ctx.index.worldEntity();
  // A title or heading with no name says what the piece is about, not whose a figure is.
  if (world === undefined || ctx.block.kind === 'heading') return null;
  // A body that owns no fact and reports them ("the World Health Organization said") is a source, not a subject.
  // The world itself named elsewhere in the passage ("World output had risen …" after the figure) names no one else.
  // Nor is the place an institution sits in ("Dalhousie University in Canada").
  const names = (text: string) => (h: NameHit): boolean => h.id !== world && !(h.kind === 'entity' && (ctx.index.onlyASource(h.id) || seatOfABody(text, h)));
  const namesAnyone = (b: number): boolean => ctx.reader.blockFacts(b).hits.some(names(ctx.reader.doc.blocks[b].text));
  // In its own block, up to the end of its sentence: a later sentence's name is that sentence's subject.
  const namesHere = names(ctx.text);
  if (ctx.facts.hits.some((h) => h.start < ctx.sentenceEnd && namesHere(h))) return null;
  // Headings were asked already (entity/heading): one that names several countries gives no one.
  const blocks = ctx.reader.doc.blocks;
  if (ctx.context.some((c) => blocks[c].kind !== 'heading' && namesAnyone(c))) return null;
  return { value: world, rule: IMPLICIT_WORLD };
}

/** The month a cell's column header names alone ("Nov"), or undefined. */
function monthOfColumn(reader: DocumentReader, i: number): number | undefined {
  const header = reader.columnHeader(i);
  return header < 0 ? undefined : monthNamedAlone(reader.doc.blocks[header].text);
}

/**
 * A quarter named with no year after it: "the July-September quarter", "in July–September", "the third quarter", "Q3" (a
 * quarter with its year is a period of its own, read by periods.ts).
 */
const QUARTER_WITHOUT_YEAR = new RegExp(
  `\\b(?:${MONTH_NAME}\\.?\\s*(?:[-–]|to|through)\\s*${MONTH_NAME}\\.?(?:\\s+quarter)?|(first|second|third|fourth)[-\\s]quarter|Q([1-4]))\\b(?![-\\s]*(?:of\\s+)?(?:(?:19|20)\\d\\d|['’]\\d\\d|FY|(?:last|this|next|the\\s+(?:previous|prior|current|following))\\s+year\\b))`,
  'g',
);
const FISCAL_WORDS = /\b(?:fiscal|financial\s+year|FY)/i;
/** A cheap look for a range of months ("July–September"): a month's first letters, then a dash. */
const MONTH_DASH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*[-–]/;

/** A quarter's months. */
const MONTHS_IN_A_QUARTER = 3;

/**
 * The one quarter the figure's own stretch names with no year, between the figures either side ("$26.3bn
 * in July–September, after … $88.3bn in the April–June quarter"); else the one its clause names before it
 * ("In the July-September quarter it shipped 54.7 million phones for a 20% share"). Undefined for none or several.
 */
function quarterOfClause(ctx: FigureContext): number | undefined {
  // The words right after an earlier figure of the clause, to the next comma or joining word, are that
  // figure's ("300,000 bpd for the first quarter and 471,000"): the quarter they name is not this one's.
  const previous = digitFigureBefore(ctx);
  const stretch = quarterIn(ctx.text.slice(previous ? endOfItsItem(ctx.text, previous.end, ctx.token.start) : Math.max(ctx.clauseStart, ctx.windowStart), Math.min(ctx.clauseEnd, ctx.nextStart)));
  if (stretch !== undefined) return stretch ?? undefined;
  // A quarter named later in the clause ("… reported for the third quarter of fiscal 2024") is the figure's.
  if (ctx.text.slice(ctx.token.end, ctx.clauseEnd).includes('quarter')) return undefined;
  // The clause's opening, before its first figure, dates them all ("In the July-September quarter it shipped …").
  return quarterIn(ctx.text.slice(ctx.clauseStart, previous ? previous.start : ctx.token.start)) ?? undefined;
}

/**
 * A run of months with no year after it: "January to November", "Jan–Nov", "the first eleven months", "the
 * first half". A quarter's months are read by quarterIn; a run with its year is a period (periods.ts).
 */
const MONTHS_WITHOUT_YEAR = new RegExp(
  `\\b(?:${MONTH_NAME}\\.?\\s*(?:[-–]|to|through|until)\\s*${MONTH_NAME}\\.?|(?:the\\s+)?first\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months|(?:the\\s+)?(first|second)\\s+half)\\b(?![-\\s]*(?:of\\s+)?(?:(?:19|20)\\d\\d|['’]\\d\\d|FY))`,
  'gi',
);

/**
 * The one run of months the figure's stretch names with no year, from the end of an earlier figure's own
 * words (as quarterOfClause reads them) to the next figure; undefined for none, several, or a fiscal year.
 */
/**
 * Where a clause of time or cause opens after a figure: ", as …", " while …", " because …"; or a phrase with a
 * subject of its own: ", with most of the increase coming …".
 */
const SUBORDINATE_CLAUSE_AFTER = /,?\s+(?:as|while|whereas|because|although|though|when)\s+(?!(?:of|from|well|much|many|high|low|long|far|early|late)\b)|,\s+with\s+(?:[\p{L}'’-]+\s+){1,5}?\p{L}+ing\b/iu;

/** Period rules that date a figure only by a block that frames it: the piece's title, the paragraph before. */
const FRAMING_PERIOD_RULES: ReadonlySet<string> = new Set(['period/title', 'period/paragraph']);

/** The run of months in the one year a span lies in, or undefined when it spans years. */
function monthsOfItsYear(span: MonthSpan, months: { from: number; to: number }): MonthSpan | undefined {
  const year = Math.floor(span.from / MONTHS_IN_A_YEAR);
  if (Math.floor(span.to / MONTHS_IN_A_YEAR) !== year) return undefined;
  return { from: year * MONTHS_IN_A_YEAR + months.from, to: year * MONTHS_IN_A_YEAR + months.to };
}

function monthsOfClause(ctx: FigureContext): { from: number; to: number } | undefined {
  const previous = digitFigureBefore(ctx);
  const start = previous ? endOfItsItem(ctx.text, previous.end, ctx.token.start) : Math.max(ctx.clauseStart, ctx.windowStart);
  // The run's own words ("the first eleven months", "the first half") are read as figures: only a figure in
  // digits ends the stretch.
  const next = ctx.tokens.slice(ctx.t + 1).find((token) => token.style.form === 'digits' && !isYearToken(token));
  let end = Math.min(ctx.clauseEnd, next?.start ?? ctx.clauseEnd);
  // A clause of time or cause after the figure has its own subject: "… to $51bn as rates kept eroding
  // through the second half" dates the rates, not the figure.
  const subordinate = SUBORDINATE_CLAUSE_AFTER.exec(ctx.text.slice(ctx.token.end, end));
  if (subordinate) end = ctx.token.end + subordinate.index;
  const stretch = ctx.text.slice(start, end);
  if (FISCAL_WORDS.test(ctx.text.slice(ctx.clauseStart, ctx.clauseEnd))) return undefined;
  let found: { from: number; to: number } | undefined;
  for (const m of stretch.matchAll(MONTHS_WITHOUT_YEAR)) {
    const run = m[1] !== undefined ? { from: monthNamedAlone(m[1])!, to: monthNamedAlone(m[2])! }
      : m[3] !== undefined ? { from: 0, to: monthCountOf(m[3]) - 1 }
      : m[4].toLowerCase() === 'first' ? { from: 0, to: 5 } : { from: 6, to: 11 };
    // A run backwards, of one month or of a quarter's months is none of these.
    if (run.to <= run.from || run.to > 11 || (run.to - run.from === 2 && run.from % 3 === 0)) return undefined;
    if (found !== undefined && (found.from !== run.from || found.to !== run.to)) return undefined;
    found = run;
  }
  return found;
}

/**
 * The figure in digits before this one in its clause, if any: an ordinal word ("the third quarter") is
 * read as a rank, but it is part of the words, not a figure they follow.
 */
function digitFigureBefore(ctx: FigureContext): NumberToken | undefined {
  for (let k = ctx.t - 1; k >= 0; k--) {
    const token = ctx.tokens[k];
    if (token.end <= ctx.clauseStart) return undefined;
    if (token.style.form === 'digits' && !isYearToken(token)) return token;
  }
  return undefined;
}

/** Where the words that follow a figure as its own end: the next comma, semicolon or joining word before `limit`. */
const ITEM_ENDS = /[,;]|\b(?:and|or)\b/;
function endOfItsItem(text: string, from: number, limit: number): number {
  const cut = text.slice(from, limit).search(ITEM_ENDS);
  return cut < 0 ? limit : from + cut;
}

/**
 * The one quarter a text names with no year (0–3); null where it names a fiscal period, whose quarters are
 * no calendar ones ("the third quarter of fiscal 2024"); undefined when it names none or several.
 */
function quarterIn(sentence: string): number | null | undefined {
  if (FISCAL_WORDS.test(sentence)) return null;
  if (!sentence.includes('quarter') && !sentence.includes('Q') && !MONTH_DASH.test(sentence)) return undefined;
  let found: number | undefined;
  let byMonths: number | undefined;
  for (const m of sentence.matchAll(QUARTER_WITHOUT_YEAR)) {
    const q = m[1] !== undefined ? Math.floor(monthNamedAlone(m[1])! / 3) : m[3] !== undefined ? ordinalIndex(m[3]) : Number(m[4]) - 1;
    // "July-September" must be a quarter's months.
    if (m[1] !== undefined && monthNamedAlone(m[2])! !== q * 3 + 2) return undefined;
    // The months a quarter is said to run over name it where its ordinal counts a fiscal year: "the fourth
    // quarter, from January to March".
    if (m[1] !== undefined) {
      if (byMonths !== undefined && byMonths !== q) return undefined;
      byMonths = q;
      continue;
    }
    if (found !== undefined && found !== q) return undefined;
    found = q;
  }
  return byMonths ?? found;
}

/** A year a change is measured from, right after it: "up 19% on 2022", "+1.9% vs 2019", "down 10% since 2019". */
const BASE_YEAR_AFTER = /^\s*(?:[\p{L}%-]+\s+){0,3}?(?:vs\.?|versus|compared\s+(?:with|to)|on|over|against|from|since|than(?:\s+in)?)\s+(?:the\s+|its\s+)?(?:pre-?pandemic\s+)?((?:19|20)\d\d)\b(?![-–/]\d)/iu;
/** A column header naming a change's base year: "vs 2019", "change on 2022", "+/- since 2019". */
const BASE_YEAR_HEADER = /(?:\bvs\.?|\bversus|\bcompared\s+(?:with|to)|\bon|\bover|\bagainst|\bsince)\s+((?:19|20)\d\d)\b/i;

/** The year the figure, a change, is measured from, where its clause or its column's header names one. */
function baseYearOfChange(ctx: FigureContext): number | undefined {
  if (ctx.block.cell) {
    const header = ctx.reader.columnHeader(ctx.blockIndex);
    const m = header >= 0 ? BASE_YEAR_HEADER.exec(ctx.reader.doc.blocks[header].text) : null;
    return m ? Number(m[1]) : undefined;
  }
  const m = BASE_YEAR_AFTER.exec(toNextFigure(ctx, ctx.clauseEnd));
  return m ? Number(m[1]) : undefined;
}

/**
 * The figure's entity is a body that its sentence names as counting or reporting ("CLIA counted 34.6 million
 * ocean cruise passengers"): the figure may be of what it counts, a place's, not its own.
 */
function entityCounts(ctx: FigureContext, entity: string): boolean {
  if (ctx.index.entity(entity)?.kind !== 'body') return false;
  return ctx.facts.hits.some((h) => h.id === entity && h.start >= ctx.sentenceStart && h.end <= ctx.token.start && REPORTS_OR_COUNTS_AFTER.test(textAfter(ctx.text, h, 24)));
}

/** A verb of reporting or counting right after a name, or after the comma closing it as an apposition ("its union, UIV, counts"). */
function reportsOrCounts(text: string, nameEnd: number): boolean {
  return REPORTS_OR_COUNTS_AFTER.test(text.slice(nameEnd, nameEnd + 25).replace(APPOSITION_CLOSE, ''));
}
const APPOSITION_CLOSE = /^,(?=\s)/;

/**
 * "the national fertility rate fell to", "nationwide", "across the country": the figure is the whole country's.
 * A national thing a preposition governs ("sending power to the national grid on Saturday, 12 years late") is
 * an object of the clause, not the scope of its figure.
 */
/** How far before the figure the word may stand: "the national fertility rate fell to", not "One national paper … claimed". */
const NATIONAL_SCOPE_REACH = 40;
const NATIONAL_SCOPE = /\b(?:(?<!\b(?:to|into|onto|from|off|with|for|on|by)\s+(?:the\s+|its\s+|a\s+)?)national|nationwide|countrywide|country-wide|across\s+the\s+country|the\s+country['’]s)\b/;

/** How many blocks before the figure's entitiesAround looks back through: as far as entity/preceding-text. */
const ENTITIES_AROUND_BLOCKS = 4;
/** At most this many entities around are tried: each is a judgement of the figure. */
const ENTITIES_AROUND_MAX = 6;

/**
 * The entities the datasets hold, other than the one read, named before the figure in its block, in the
 * blocks read with it (headings, a lead-in) or in the few blocks before: nearest first.
 */
function entitiesAround(ctx: FigureContext, read: string): { ids: string[]; framing: number } {
  const around = new Set<string>();
  const blocks = [ctx.blockIndex, ...ctx.context];
  const framingBlocks = blocks.length;
  let framing = -1;
  // Back to the heading that opens the figure's part of the document at most: the editor checks parts one by
  // one, and a figure's reading must not depend on that (as entity/preceding-text).
  const all = ctx.reader.doc.blocks;
  if (!opensAPart(all[ctx.blockIndex]!)) {
    for (let b = ctx.blockIndex - 1; b >= 0 && b >= ctx.blockIndex - ENTITIES_AROUND_BLOCKS; b--) {
      blocks.push(b);
      if (opensAPart(all[b]!)) break;
    }
  }
  blocks.forEach((b, k) => {
    if (k === framingBlocks) framing = around.size;
    for (const h of ctx.reader.blockFacts(b).hits) {
      if (h.kind !== 'entity' || h.foreign || h.id === read || ctx.index.onlyASource(h.id)) continue;
      if (b === ctx.blockIndex && h.start >= ctx.token.start) continue;
      around.add(h.id);
    }
  });
  const ids = [...around].slice(0, ENTITIES_AROUND_MAX);
  return { ids, framing: framing < 0 ? ids.length : Math.min(framing, ids.length) };
}

/** Straight double quotes: an odd number of them before a place opens a quotation around it. */
const STRAIGHT_QUOTE = /"/g;

/** The place stands inside a direct quotation of its block: after an opening mark its closing one has not followed. */
function insideAQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (before.lastIndexOf('“') > before.lastIndexOf('”')) return true;
  return (before.match(STRAIGHT_QUOTE)?.length ?? 0) % 2 === 1;
}

/** "'s own estimate", "'s own count of": a count the name's owner made. */
const OWN_COUNT_AFTER = /^(?:['’]s?)?\s+own\s+(?:[\p{L}\d-]+\s+){0,2}?(?:estimates?|counts?|figures?|tall(?:y|ies)|data|numbers|calculations?|survey|measures?)\b/u;
const OWN_COUNT_REACH = 48;

/**
 * The bodies that own no fact named in the figure's sentence, each once; where one of them, before the
 * figure, reports or counts it ("Its wine union, UIV, counts 670,000 hectares …, unlike the OIV"), only
 * those: a body the sentence names for comparison is not the figure's source.
 */
function sourcesOfSentence(ctx: FigureContext): string[] {
  const ids: string[] = [];
  const reporters: string[] = [];
  for (const h of ctx.facts.hits) {
    if (h.kind !== 'entity' || h.start < ctx.sentenceStart || h.end > ctx.sentenceEnd) continue;
    // A body with facts of its own is the figure's source where the sentence calls the count its own
    // ("NATO's own estimate was 23"): another count than the dataset's, unless the dataset took it from that body.
    if (!ctx.index.onlyASource(h.id)) {
      const after = h.end <= ctx.token.start ? textAfter(ctx.text, h, OWN_COUNT_REACH) : '';
      if (after.includes('own') && OWN_COUNT_AFTER.test(after) && !reporters.includes(h.id)) reporters.push(h.id);
      continue;
    }
    if (!ids.includes(h.id)) ids.push(h.id);
    if (h.end <= ctx.token.start && !reporters.includes(h.id) && reportsOrCounts(ctx.text, h.end)) reporters.push(h.id);
  }
  return reporters.length > 0 ? reporters : ids;
}

/** "on" and a day and a month with no year: "on 17 Dec", "on Dec. 17". */
const DAY_OF_MONTH = `\\bon\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\b|${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)(?!\\.?,?\\s*(?:\\d|['’]\\d))`;
/** DAY_OF_MONTH right after the figure: "$11,938 on 17 Dec". */
const DAY_OF_MONTH_AFTER = new RegExp(`^[^.;]{0,12}?${DAY_OF_MONTH}`);
/** DAY_OF_MONTH anywhere in a stretch. */
const DAY_OF_MONTH_IN = new RegExp(DAY_OF_MONTH);
/**
 * A month's end with no year, in the figure's own stretch (from the figure before it to the next): "… at
 * the end of November", "At end-March, …", "by the end of June". Stocks counted at a month's end are dated so.
 */
const END_OF_MONTH = new RegExp(`\\b(?:(?:at|by)\\s+the\\s+end\\s+of\\s+|(?:at\\s+|by\\s+)?end[- ])${MONTH_NAME}\\b(?!\\.?,?\\s*(?:\\d|['’]\\d))`, 'i');
/** A month alone labelling a line or list item: "- December: …", "**Dec:** …". */
const MONTH_LABEL = new RegExp(`^[\\s*_>-]*${MONTH_NAME}\\.?[*_]*\\s*:`);
/**
 * "in March" with no year after it, in the figure's own stretch: "the lowest rates in March, at 2.9% each",
 * "from 14.4% in February". Not the time someone spoke ("said in March") or published ("its report in April
 * gave the same estimate"), nor when a run began ("42 drawings without a winner, a run that began in May"): the
 * figure is of the run's end. Written full, not "Mar".
 */
const IN_MONTH = /(?<!\b(?:said|says|reported|announced|published|estimated|noted|warned|added|wrote|began|begun|started|starting|beginning|than|report|survey|study|update|outlook|bulletin|review|release|statement)\s)\bin\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\.?,?\s*(?:\d|['’]\d))/;
/** A year written out or a relative one, which dates the text itself: a month named in it is not the figure's alone. */
const YEAR_IN_STRETCH = /\b(?:(?:19|20)\d\d|(?:last|this|next|a)\s+year|(?:a\s+)?year\s+(?:earlier|before|ago))\b/i;

/**
 * The month (0–11) a figure is dated by with no year: its column's header ("Nov"), a day and month after it
 * ("on 17 Dec"), a month labelling its line ("December: …"), or "in March" in its own stretch when no year
 * is written there. A fact of a single other month is not what it states, whatever the year.
 */
function monthOfFigure(ctx: FigureContext): number | undefined {
  if (ctx.block.cell) return monthOfColumn(ctx.reader, ctx.blockIndex);
  // The day is a number of its own: the text is read past it, as far as the sentence goes.
  const day = DAY_OF_MONTH_AFTER.exec(ctx.text.slice(ctx.token.end, ctx.sentenceEnd));
  // "at the end of July" in a later clause of the sentence ("…: at the end of July that year NHS England
  // counted 389,952") dates that clause's figure, not this one.
  // A month's end after the figure is its own ("up from €8.7bn at the end of December"); one before it only
  // where none stands after ("At end-March, … stood at 4.1 million").
  const end = Math.min(ctx.nextStart, ctx.clauseEnd, ctx.sentenceEnd);
  const monthEnd = (): RegExpExecArray | null => END_OF_MONTH.exec(ctx.text.slice(ctx.token.end, end)) ?? END_OF_MONTH.exec(ctx.text.slice(ctx.windowStart, end));
  const label = day ? null : (MONTH_LABEL.exec(ctx.text) ?? monthEnd());
  const name = day ? (day[1] ?? day[2]) : label ? label[1] : inMonthOfFigure(ctx);
  return name === undefined ? undefined : monthNamedAlone(name);
}

/**
 * "in March" right after the figure, before the next one ("from 14.4% in February"), or before it in its
 * clause when no figure in digits stands there ("the lowest rates in March, at 2.9% each"): words after an
 * earlier figure ("up from 4.32 million in November and … 4.22 million") date that figure. None where a
 * year or a relative one is written there too ("in July last year"): the period reader dates it.
 */
/**
 * A comma and a conjunction that opens a clause of its own time, temporal ones included ("…, after the
 * government told its citizens in November"), or a "with" that opens a phrase of another event ("…, with
 * terminations starting on 14 April"); SUBORDINATE_CLAUSE_AFTER leaves out "after", "before", "since",
 * "until" and "once".
 */
const CLAUSE_OF_ITS_OWN_TIME = /,\s+(?:after|before|when|while|as|because|since|although|though|whereas|until|once|with)\b/i;

/** Words after a figure that open what it is compared with or added to: a month after them is that thing's. */
const ANOTHER_EVENT_AFTER = /\b(?:on\s+top\s+of|in\s+addition\s+to|compared\s+(?:with|to)|against|than|versus|vs\.?)\s/i;

function inMonthOfFigure(ctx: FigureContext): string | undefined {
  const stretch = toNextFigure(ctx, ctx.clauseEnd);
  // A clause that a conjunction opens after a comma ("…, after the government told its citizens in November")
  // speaks of another event: its month is not the figure's.
  // So does what it is compared with or added to ("…, comes on top of the rise in April"; "more than in March").
  const cut = Math.min(CLAUSE_OF_ITS_OWN_TIME.exec(stretch)?.index ?? stretch.length, ANOTHER_EVENT_AFTER.exec(stretch)?.index ?? stretch.length);
  const after = stretch.slice(0, cut);
  const figureBefore = digitFigureBefore(ctx) !== undefined;
  // The base of a change ("… in December, up from 3.9%") is of an earlier time than the words before it.
  const before = figureBefore || fromRightBefore(ctx.text, ctx.token.start) ? '' : ctx.text.slice(ctx.clauseStart, ctx.token.start);
  for (const part of [after, before]) {
    if (YEAR_IN_STRETCH.test(part)) return undefined;
    const m = IN_MONTH.exec(part);
    // "285 million hens were laying on 1 March and barns emptied in January": a day's date after the
    // figure, before "in" a month, is the figure's (a day is no figure: the stretch runs past it).
    const day = part === after ? DAY_OF_MONTH_IN.exec(part) : null;
    if (day && (!m || day.index < m.index)) return day[1] ?? day[2];
    if (m) return m[1];
  }
  return undefined;
}


/** The rule id of a period read from "by 2029" after a hypothetical figure. */
export const BY_YEAR_RULE = 'period/by-year';

/**
 * A goal named before the figure in its clause ("The WHO's target is a 50% cut … by 2030", "a strategy that
 * aims for a 50% reduction … by 2030"): like a hypothetical figure, the figure is of the year it is set "by".
 */
const GOAL_IN_CLAUSE = /\b(?:targets?|targeting|goals?|aims?\s+(?:for|at)|aiming\s+(?:for|at)|objectives?|ambitions?|to\s+(?:reach|hit|top))\b/i;

/** "by 2029" in a figure's own stretch, up to a few words after it ("107% of GDP by 2029"); not "by the end of 2029". */
const BY_YEAR_AFTER = /^[^.;,]{0,60}?\bby\s+((?:19|20)\d\d)\b/;

/** Words that name an estimate before the final figure: a figure (here) or a fact (verdict.ts) may be one. */
export const EARLY_ESTIMATE_WORDS = 'first|initial|flash|advance|preliminary|provisional|draft';
/**
 * Words that make a figure an earlier estimate of what it measures: "first print", "first estimate(d)",
 * "initial reading", "initially put", "had first been put at", "flash estimate", "preliminary figure", "advance estimate",
 * a draft ("the regulator's July draft had offered £88bn") before the final decision.
 */
const EARLIER_ESTIMATE = new RegExp(
  `\\b(?:(?:${EARLY_ESTIMATE_WORDS}|earlier)\\s+(?:print|estimates?|reading|figures?|count|calculation|release)|draft\\b|first\\s+(?:been\\s+)?(?:estimated|put)|` +
    `initially\\s+(?:been\\s+)?(?:put|estimated|reported|gave|given|said)|had\\s+(?:first\\s+|initially\\s+)?(?:put|estimated)\\b)`,
  'i',
);

/** Words that make a figure a revision of what it measures: "a revised 1,897.9", "revised up to 3.9%", "(restated)". */
export const REVISED_ESTIMATE = /\b(?:revised|restated|revisions?)\b/i;

/** The figure's clause, before it, or its own stretch after it names it so. */
function namesAs(ctx: FigureContext, words: RegExp): boolean {
  // "first" is read as a rank, a figure of its own: the words go back past a figure in words.
  const before = ctx.text.slice(digitFigureBefore(ctx)?.end ?? ctx.clauseStart, ctx.token.start);
  const after = toNextFigure(ctx, ctx.clauseEnd);
  return words.test(before) || words.test(after);
}

/** "above its decadal average of", "below the long-run average of about": a comparison with an average of unnamed years. */
const AVERAGE_COMPARED_WITH = /\b(?:above|below|under|over|against|compared\s+(?:with|to))\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:average|mean|norm)\s+of\s+(?:(?:about|around|roughly|nearly|some)\s+)?$/u;
/** How far before the figure AVERAGE_COMPARED_WITH reads. */
const AVERAGE_REACH = 72;

/** Every claim-like figure in the document. */
export function readClaims(doc: ProseDocument, index: FactIndex, memory?: BlockTextMemory): { claims: Claim[]; reader: DocumentReader } {
  const reader = new DocumentReader(doc, index, memory);
  const claims: Claim[] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i];
    if (!mayContainNumber(block.text)) continue;
    // A block with no entity in it or around it holds no claim we can judge; typos get one look.
    if (!reader.hasEntityNearby(i)) continue;
    // Off-topic blocks (a population, a budget) hold no claim about the data: skip before reading numbers.
    if (!reader.blockOnTopic(i)) continue;
    const tokens = memory ? memory.numbers(block.text) : scanNumbers(block.text);
    for (let t = 0; t < tokens.length; t++) {
      const claim = readToken(reader, i, tokens, t);
      if (!claim) continue;
      const level = claims.length > 0 ? claims[claims.length - 1] : undefined;
      if (claim.levelEnd !== undefined && level?.figure.end === claim.levelEnd) claim.level = level;
      claims.push(claim);
    }
  }
  linkRowMates(claims, doc);
  readStatedArithmetic(claims, doc, reader);
  return { claims, reader };
}

/**
 * Gives each figure in a table row the other figures of its row: a row is read as one series, in which a
 * value may recur under another column's time.
 */
function linkRowMates(claims: Claim[], doc: ProseDocument): void {
  const rows = new Map<string, Claim[]>();
  for (const claim of claims) {
    const cell = doc.blocks[claim.block].cell;
    if (cell === undefined) continue;
    const key = `${cell.table}:${cell.row}`;
    const row = rows.get(key);
    if (row) row.push(claim);
    else rows.set(key, [claim]);
  }
  for (const row of rows.values()) {
    if (row.length < 2) continue;
    for (const claim of row) claim.rowMates = row.filter((other) => other !== claim);
  }
}

/**
 * Every figure that may be a claim, whether or not an entity or a topic word is near it: the extractor
 * reads a source with this before the source has a vocabulary of its own. A figure with no entity has
 * `entity: null`.
 */
export function readEveryFigure(doc: ProseDocument, index: FactIndex): { claims: Claim[]; reader: DocumentReader } {
  const reader = new DocumentReader(doc, index);
  const claims: Claim[] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    if (!mayContainNumber(doc.blocks[i].text)) continue;
    const tokens = scanNumbers(doc.blocks[i].text);
    for (let t = 0; t < tokens.length; t++) {
      const claim = readToken(reader, i, tokens, t, false);
      if (claim) claims.push(claim);
    }
  }
  return { claims, reader };
}

/** A figure of the prose that reads as a quantity (not a year, date, label or name), judged or not. */
export interface ProseFigure {
  block: number;
  start: number;
  end: number;
  text: string;
}

/** Every quantity in the prose, wherever it stands: the figures a fact-check log lists. */
export function proseFigures(doc: ProseDocument, index: FactIndex): ProseFigure[] {
  const reader = new DocumentReader(doc, index);
  const figures: ProseFigure[] = [];
  doc.blocks.forEach((block, i) => {
    if (!mayContainNumber(block.text)) return;
    const tokens = scanNumbers(block.text);
    for (let t = 0; t < tokens.length; t++) {
      if (!isClaim(reader, i, tokens, t)) continue;
      const token = tokens[t];
      figures.push({ block: i, start: block.start + token.start, end: block.start + token.end, text: block.text.slice(token.start, token.end) });
    }
  });
  return figures;
}

/** The figure is written inside a keyword that holds a number ("WMO, combining six datasets"): part of a measure's name. */
function insideAKeyword(index: FactIndex, text: string, token: NumberToken): boolean {
  for (const { pattern, reach } of index.keywordsWithNumbers) {
    const from = Math.max(0, token.start - reach);
    const window = text.slice(from, token.end + reach);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      if (from + m.index <= token.start && token.end <= from + m.index + m[0].length) return true;
    }
  }
  return false;
}

function isClaim(reader: DocumentReader, i: number, tokens: readonly NumberToken[], t: number): boolean {
  const facts = reader.blockFacts(i);
  const token = tokens[t];
  const block = reader.doc.blocks[i];
  const sentenceStart = facts.starts[sentenceAt(facts.starts, token.start)];
  const reason = notClaimReason(token, {
    text: block.text,
    sentenceStart,
    isHeading: block.kind === 'heading',
    previous: tokens[t - 1],
    next: tokens[t + 1],
    insideName: facts.hits.some((h) => h.start <= token.start && token.end <= h.end),
    afterKnownName: facts.hits.some((h) => h.end === token.start - 1),
    nameBeforeParen: facts.hits.some((h) => h.end === token.start - 2),
    vocabulary: reader.index.vocabulary,
  });
  return (
    reason === null &&
    !insideAKeyword(reader.index, block.text, token) &&
    !statesANeed(reader.index, block.text, token) &&
    !statesACriterion(block.text, sentenceStart, token) &&
    !(mayStateNorm(facts, block.text) && statesANorm(reader.index, block.text, token)) &&
    !(mayStateForecast(facts, block.text) && statesAForecast(reader.index, block.text, sentenceStart, token))
  );
}

/** Words that make a figure a forecast: what someone expected, not what was measured. */
const FORECASTS = 'forecasts?|forecasted|forecasting|predicted|predicts?|predicting|predictions?|projected|projections?|expected|expectations?|consensus|planning(?=\\s+for\\b)';
const FORECAST_WORD = new RegExp(`\\b(?:${FORECASTS})\\b`, 'i');
/** A forecast word before the figure in its sentence, with no word that turns to what happened since. */
const FORECAST_BEFORE = new RegExp(`\\b(${FORECASTS})\\b(?![^]*\\b(?:but|while|whereas|beat|beating|beaten|exceeded|topped|missed|than|against|versus|vs|instead|actual|actually|in\\s+the\\s+end)\\b)[^]*$`, 'i');
/** A forecast's figure with its forecaster after it: "the 477,000 analysts had expected". */
const FORECAST_AFTER = new RegExp(`^\\s+(?:(?:that|which)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:had\\s+|have\\s+|has\\s+)?(${FORECASTS})\\b`, 'iu');

/** A word some fact's keywords use, as written or in another form of it ("forecasts" for "forecast"). */
function namesAKeyword(index: FactIndex, word: string): boolean {
  const words = index.keywordWords;
  const base = word.replace(/(?:s|ed|ing|ions?)$/, '');
  return words.has(word) || WORD_FORMS.some((ending) => words.has(base + ending));
}

const WORD_FORMS = ['', 's', 'ed', 'ing', 'ion', 'ions'];

function mayStateForecast(facts: BlockFacts, text: string): boolean {
  facts.namesForecast ??= FORECAST_WORD.test(text);
  return facts.namesForecast;
}

/**
 * The figure is a forecast, not a measurement: "Gracenote's forecast: 123 medals", "the 477,000 analysts
 * had expected". Unless a dataset measures forecasts: then its facts' keywords name the word, or their
 * measure or series is one ("IATA industry outlook").
 */
function statesAForecast(index: FactIndex, text: string, sentenceStart: number, token: NumberToken): boolean {
  const forecast = FORECAST_AFTER.exec(textAfter(text, token, 50)) ?? FORECAST_BEFORE.exec(text.slice(sentenceStart, token.start));
  return forecast !== null && !namesAKeyword(index, forecast[1].toLowerCase()) && !index.measuresForecasts;
}

/** Words that name a limit, a target or a threshold. */
const NORMS = 'limit|ceiling|threshold|target|goal|benchmark|reference\\s+value|quota';
const NORM_WORD = new RegExp(`\\b(?:${NORMS})`, 'i');

/** Whether the block names a norm at all: read once per block, not for each of its numbers. */
function mayStateNorm(facts: BlockFacts, text: string): boolean {
  facts.namesNorm ??= NORM_WORD.test(text);
  return facts.namesNorm;
}

/** A limit, target or threshold the figure sets: "the 3% ceiling", "a 60% debt limit", "a target of 3%". */
const NORM_AFTER = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+)?(${NORMS})s?\\b`, 'iu');
/** Before the figure, with or without "of" or "at": "a target of 3%", "Target 47% of the average wage". */
const NORM_BEFORE = new RegExp(`\\b(${NORMS})s?\\s+(?:(?:of|at)\\s+)?(?:(?:about|around|some|just)\\s+)?$`, 'i');
/** A list the norm heads: "treaty reference values: deficit 3%, debt 60%". */
const NORM_LABEL_BEFORE = new RegExp(`\\b(${NORMS})s?\\s*:[^.;:]*$`, 'i');

/**
 * The figure is a norm, not a measurement: a limit, a target, a threshold. Unless a dataset measures
 * such norms ("a company's production target"): then its facts' keywords name the word.
 */
function statesANorm(index: FactIndex, text: string, token: NumberToken): boolean {
  const before = textBefore(text, token, 80);
  const norm = NORM_AFTER.exec(textAfter(text, token, 40)) ?? NORM_BEFORE.exec(before.slice(-40)) ?? NORM_LABEL_BEFORE.exec(before);
  // The word as a fact's keyword, not its concept: the engine's own groups put "target" with "plan".
  return norm !== null && !index.keywordWords.has(norm[1].toLowerCase().split(/\s+/)[0]);
}

/** A verb of need right before the figure: "needs 201 seats", "required at least 50". */
const NEED_BEFORE = /\b(?:needs?|needed|requires?|required)\s+(?:(?:at\s+least|only|just|about|around|some)\s+)?$/i;
/** What the need is for, after the figure's counted noun: "201 seats to govern alone", "50 votes for a majority". */
const PURPOSE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:to|for|in\s+order\s+to)\s/iu;

/**
 * The figure is what something needs ("A party needs 201 seats to govern alone"): a threshold, no
 * measurement, as a norm is. A dataset that measures such needs names the verb in a keyword.
 */
function statesANeed(index: FactIndex, text: string, token: NumberToken): boolean {
  const need = NEED_BEFORE.exec(textBefore(text, token, 32));
  return need !== null && PURPOSE_AFTER.test(textAfter(text, token, 40)) && !index.keywordWords.has(need[0].trim().split(/\s+/)[0].toLowerCase());
}

/**
 * A bound in a clause that picks out members of a set ("the share of corridors where the average cost is
 * below 5 percent", "countries whose debt is above 60%"): a criterion, no measurement of anyone.
 */
const CRITERION_BEFORE = /\b(?:where|whose|in\s+which)\s+(?:[\p{L}'’-]+\s+){1,8}(?:is|are|was|were|stays?|stayed|remains?|remained)\s+(?:still\s+)?(?:below|under|above|over|less\s+than|more\s+than|at\s+least|at\s+most)\s+$/iu;
const CRITERION_REACH = 80;

/**
 * A mark that picks out the few who passed it ("the only other election in more than a century to top 63
 * percent", "the first country to pass 50%"): a threshold, no measurement of the one named.
 */
const MARK_PASSED_BY_FEW_BEFORE = /\b(?:only|first|last|few)\s+(?:[\p{L}'’-]+\s+){0,10}to\s+(?:top|exceed|surpass|pass|break|cross)\s+(?:the\s+)?$/iu;

function statesACriterion(text: string, sentenceStart: number, token: NumberToken): boolean {
  const before = text.slice(Math.max(sentenceStart, token.start - CRITERION_REACH), token.start);
  return CRITERION_BEFORE.test(before) || MARK_PASSED_BY_FEW_BEFORE.test(before);
}

// A column header's scale and unit, as whole words: the "M" of "(Météo-France)" is no million, as an
// ASCII-only \b would read it before the "é".
const HEADER_BILLIONS = /(?<![\p{L}\p{N}])(?:bn|billions?)(?![\p{L}\p{N}])/iu;
// A letter right after a number is that number's unit ("Buildings of 150 m or more"), not the column's scale.
const HEADER_MILLIONS = /(?<![\p{L}\p{N}])(?:(?<!\d\s?)(?:m|mn|mln)|millions?)(?![\p{L}\p{N}])/iu;
const HEADER_THOUSANDS = /(?<![\p{L}\p{N}])(?:(?<!\d\s?)k|thousands?)(?![\p{L}\p{N}])/iu;
const HEADER_PERCENT = /%|\bper\s?cent\b|\bpercent\b/i;
/** "+/- share (pp)", "change (pts)": the column's figures are changes in percentage points. */
const HEADER_POINTS = /\b(?:pp|ppts?|percentage\s+points?)\b|\((?:pts?|points)\)/i;
/** "Applications per million inhabitants", "per 1,000 people", "per capita": the column's figures are rates. */
const HEADER_RATE = new RegExp(`\\bper\\s+(?:(${PER_PERSON_WORDS})\\b|(?:1\\s+|one\\s+|a\\s+)?(hundred\\s+thousand|thousand|million|100,000|1,000,000|1,000)\\b)`, 'i');
const HEADER_RATE_BASE: Record<string, number> = {
  'hundred thousand': 1e5, thousand: 1e3, million: 1e6, '100,000': 1e5, '1,000,000': 1e6, '1,000': 1e3,
};
/** "up 1.6 points", "8.4 pts": percentage points where a dataset measures changes of shares so. */
const POINTS_AFTER = /^\s*(?:percentage\s+)?(?:points?|pts?)\b/i;

/**
 * The unit a table column's header gives its bare numbers: "US dollars", "EUR m", "Share (%)". A cell
 * that writes no unit of its own takes it, scaled as the header says. A header that names only a period
 * ("2024 (est.)") takes the unit in parentheses in the heading or caption right above the table.
 */
function unitFromHeader(reader: DocumentReader, i: number): HeaderUnit | null {
  const header = reader.columnHeader(i);
  const fromColumn = header < 0 ? null : unitIn(reader.doc.blocks[header].text, reader.index.vocabulary.scaledUnits) ?? captionUnit(reader, i, header)?.unit ?? captionRate(reader, i, reader.doc.blocks[header].text);
  return fromColumn ?? unitOfRow(reader, i) ?? unitOfCorner(reader, i);
}

const A_DIGIT = /\d/;

/**
 * The header over a table's row labels, its corner, may give every column's unit ("| USDA, million bags |
 * Season ending | Season ahead |"), where neither the cell's column header nor its row label gives one.
 */
function unitOfCorner(reader: DocumentReader, i: number): HeaderUnit | null {
  const label = reader.rowLabel(i);
  // Row labels that are figures themselves ("| 1 | Chad | 91.8 |" under "Rank") are what the corner describes.
  if (label < 0 || A_DIGIT.test(reader.doc.blocks[label].text)) return null;
  const corner = reader.columnHeader(label);
  const unit = corner < 0 ? null : unitIn(reader.doc.blocks[corner].text, reader.index.vocabulary.scaledUnits);
  return unit && unit.unit !== 'rank' ? unit : null;
}

/**
 * A table laid out with its measures in rows ("Ivory Coast, CFA/kg | 900 | 1,000") gives a cell the unit
 * its row's label writes, where the column's header gives none.
 */
function unitOfRow(reader: DocumentReader, i: number): HeaderUnit | null {
  const label = reader.rowLabel(i);
  return label < 0 ? null : unitIn(reader.doc.blocks[label].text, reader.index.vocabulary.scaledUnits);
}

/** A header that names a rate with no base ("Rate 2023", "Death rate"). */
const RATE_WORD_HEADER = /\brates?\b/i;

/**
 * A column headed by a rate with no base takes the base the table's caption gives ("Country table (rates
 * = deaths per million inhabitants)"): the header names the measure, the caption says per how many.
 */
function captionRate(reader: DocumentReader, i: number, headerText: string): HeaderUnit | null {
  if (!RATE_WORD_HEADER.test(headerText)) return null;
  const caption = captionOfTable(reader, i);
  return caption >= 0 ? rateIn(reader.doc.blocks[caption].text) : null;
}

/** The rate "per million", "per capita" a text states, or null. */
function rateIn(text: string): HeaderUnit | null {
  const rate = HEADER_RATE.exec(text);
  return rate ? { unit: 'rate', scale: 1, per: rate[1] ? 1 : HEADER_RATE_BASE[rate[2].toLowerCase().replace(/\s+/g, ' ')] } : null;
}

type HeaderUnit = { unit: string; scale: number; change?: boolean; per?: number };

/**
 * The unit in parentheses in the heading or caption right above a cell's table ("Spending (% of GDP)"),
 * when the cell's column header names only a period ("2024"), with that caption; else null.
 */
function captionUnit(reader: DocumentReader, i: number, header: number): { caption: number; unit: HeaderUnit } | null {
  if (!PERIOD_ONLY_HEADER.test(reader.doc.blocks[header].text)) return null;
  const caption = captionOfTable(reader, i);
  if (caption < 0) return null;
  const text = reader.doc.blocks[caption].text;
  const written = TITLE_UNIT.exec(text);
  const scaled = reader.index.vocabulary.scaledUnits;
  // A caption may be the unit itself: "Per 1,000 inhabitants" above a table of months. A dataset's scaled
  // unit is its unit wherever the caption writes it ("Ranking (2025 edition), widget output, Mt:").
  const unit = (written ? unitIn(written[1], scaled) : rateIn(text)) ?? scaledCountIn(text, scaled);
  return unit ? { caption, unit } : null;
}

/** The caption whose unit a cell takes: its words label the column as a header's would; -1 when none. */
function captionGivingUnit(reader: DocumentReader, i: number): number {
  const header = reader.columnHeader(i);
  return header < 0 ? -1 : (captionUnit(reader, i, header)?.caption ?? -1);
}

/** A header that names only a period ("2023", "Oct 2023", "Jul–Dec 2024", "End Mar 2024", "2024 (est.)", "Q3 2024", "H2 2024", "FY24"): the unit is written elsewhere. */
const PERIOD_ONLY_HEADER = new RegExp(
  `^[\\s*_]*(?:(?:(?:end[- ]|end\\s+of\\s+)?(?:${MONTH_NAME}\\.?\\s*[–-]\\s*)?${MONTH_NAME}\\.?\\s+)?(?:19|20)\\d\\d(?:[/–-]\\d{2,4})?|[QH][1-4]\\s*(?:19|20)?\\d\\d|FY\\s?\\d{2,4})[\\s*_]*` +
    `(?:\\((?:est\\.?|estimated?|e|f|p|prov\\.?|provisional|forecast|prel\\.?|preliminary)\\))?[\\s*_]*$`,
  'i',
);
/** A unit in parentheses in a table's heading or caption: "Spending (% of GDP)", "Revenue ($bn)". */
const TITLE_UNIT = /\(([^()]{1,40})\)/;

/** The heading or paragraph right above a table cell's table, or -1. */
function captionOfTable(reader: DocumentReader, i: number): number {
  const blocks = reader.doc.blocks;
  const table = blocks[i].cell!.table;
  let first = i;
  while (first > 0 && blocks[first - 1].cell?.table === table) first--;
  const above = blocks[first - 1];
  return above && !above.cell && (above.kind === 'heading' || above.kind === 'paragraph') ? first - 1 : -1;
}

/** A header's word that a dataset's synonyms make a scaled unit ("Output (Mt)"): its scale, or 1. */
function scaledUnitIn(text: string, scaled: ReadonlyMap<string, ScaledUnit>): number {
  if (scaled.size === 0) return 1;
  for (const word of text.match(HEADER_WORDS) ?? []) {
    const unit = scaled.get(word);
    if (unit !== undefined) return unit.scale;
  }
  return 1;
}
const HEADER_WORDS = /\p{L}[\p{L}\/]*/gu;

/** Counts in a dataset's scaled unit, where the text writes one ("widget output, Mt"); else null. */
function scaledCountIn(text: string, scaled: ReadonlyMap<string, ScaledUnit>): HeaderUnit | null {
  const scale = scaledUnitIn(text, scaled);
  return scale !== 1 ? { unit: 'count', scale } : null;
}

/** The unit and scale a header or title states, or null; `scaled` holds the datasets' scaled units ("Mt"). */
function unitIn(text: string, scaled: ReadonlyMap<string, ScaledUnit>): HeaderUnit | null {
  if (HEADER_POINTS.test(text)) return { unit: 'percent', scale: 1, change: true };
  // The cheap look for "per" takes a header's capital too ("Per million"). Money per an amount of a thing
  // ("€ per 100 kWh") is a price in that money, not a rate per 100.
  const rate = (text.includes('per') || text.includes('Per') || text.includes('PER')) && !(HEADER_CURRENCY.test(text) && PER_QUANTITY.test(text)) ? rateIn(text) : null;
  if (rate) return rate;
  const scale = HEADER_BILLIONS.test(text) ? 1e9 : HEADER_MILLIONS.test(text) ? 1e6 : HEADER_THOUSANDS.test(text) ? 1e3 : 1;
  if (HEADER_PERCENT.test(text)) return { unit: 'percent', scale: 1 };
  const money = HEADER_CURRENCY.exec(text);
  const unit = money ? currencyCode(money[0]) : null;
  if (unit) return { unit, scale };
  // "World rank": the column's whole numbers are places in a ranking.
  if (RANK_HEADER.test(text)) return { unit: 'rank', scale: 1 };
  // "Shipments (m)", "Visitors, thousands", "Output (Mt)": counts written in a scale.
  return scale !== 1 ? { unit: 'count', scale } : scaledCountIn(text, scaled);
}

/** "per 100 kWh", "per kg", "per tonne": per an amount of a thing, not of people ("per 100,000 inhabitants", "per million"). */
const PER_QUANTITY = /\bper\s+(?:\d[\d,.]*\s*)?(?!(?:people|persons?|inhabitants?|residents?|capita|head|million|thousand|hundred)\b)\p{L}/iu;
const HEADER_CURRENCY = new RegExp(`US\\$|GH¢|[$€£₾₴₽₦]|\\b(?:${ISO_CODES.join('|')}|CFA)\\b|\\b(?:US dollars|dollars|euros?|forints?|leva|lari|hryvnias?|cedis?|naira)\\b`, 'i');

/**
 * A label that says which way a figure moved and from when: "Below a year earlier", "Up on 2023", "Below
 * the previous peak". Plain English comparatives, not one subject's words. "Change on 2023" names no
 * direction: an unsigned cell under it is a rise, as a signed one reads as written.
 */
const DIRECTION_SINCE = /^[\s*_]*(?:(below|down|lower|fall|fell|decline|drop)|(above|up|higher|rise|rose|increase|growth|change))\b[^|]{0,40}?\b(?:earlier|before|previous|prior|ago|peak|on\s+the\s+year|(?:19|20)\d\d)\b/i;

/** -1 or +1 when the cell's row label or column header reads as DIRECTION_SINCE, else 0. */
function directionOfCell(reader: DocumentReader, i: number): number {
  for (const label of [reader.rowLabel(i), reader.columnHeader(i)]) {
    if (label < 0) continue;
    const m = DIRECTION_SINCE.exec(reader.doc.blocks[label].text);
    if (m) return m[1] ? -1 : 1;
  }
  return 0;
}

const countsInCentsByIndex = new WeakMap<FactIndex, boolean>();
/** The words of a count measured in cents: "ICO indicator price, in US cents per pound", "4.76 ct/kWh". */
const MEASURED_IN_CENTS = /\b(?:cents?|ct)\b/i;
/** Back from a hundredth, a sum keeps this many decimals: the division's floating-point error goes. */
const CENTS_DECIMALS_KEPT = 1e6;

/**
 * True when a loaded dataset stores sums in cents as counts (prices quoted in cents per pound or per
 * kilowatt-hour): the draft's cents are then read as those counts, not as dollars or euros.
 */
function countsInCents(index: FactIndex): boolean {
  let known = countsInCentsByIndex.get(index);
  if (known === undefined) {
    known = index.facts.some((f) => f.unit === 'count' && (MEASURED_IN_CENTS.test(f.measure) || f.keywords.some((k: string) => MEASURED_IN_CENTS.test(k))));
    countsInCentsByIndex.set(index, known);
  }
  return known;
}

/** A figure read in cents as the count of cents it writes: "354.32 cents" is 354.32, its text the digits. */
function centsAsCount(figure: Figure): void {
  const { suffix } = figure.style;
  figure.end -= suffix.length;
  figure.text = figure.text.slice(0, figure.text.length - suffix.length);
  figure.value = Math.round(figure.value * SUBUNITS_IN_A_UNIT * CENTS_DECIMALS_KEPT) / CENTS_DECIMALS_KEPT;
  figure.precision = Math.round(figure.precision * SUBUNITS_IN_A_UNIT * CENTS_DECIMALS_KEPT) / CENTS_DECIMALS_KEPT;
  figure.unit = 'count';
  figure.style = { ...figure.style, suffix: '', unitScale: undefined };
}

/**
 * An amount right after a share: a figure ("half the 315,599"), or a word for one ("half of last year's figure",
 * "more than half the peak of 113"), at most two words after "of" and a determiner.
 */
const SHARE_OF_AN_AMOUNT = /^\s+(?:of\s+)?(?:the|its|their|that|this|last\s+year['’]s|the\s+previous\s+year['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:[$€£¥]?\d|(?:figure|total|level|peak|record|target|number|amount|sum|tally|count)\b)/iu;
const SHARE_OF_AN_AMOUNT_REACH = 60;

/** Between a figure and a parenthesis that opens with the same amount in other units: its unit words at most ("15 billion yuan ("). */
const UNIT_WORDS_THEN_PARENTHESIS = /^[\p{L} ]{0,24}\($/u;

/**
 * A sum that opens a parenthesis right after a sum in another currency ("more than 15 billion yuan (US$2.1
 * billion)") gives the same amount converted: it is bounded as the figure before it is. (Asked only of a figure
 * with no bound of its own.)
 */
function restatedInParentheses(ctx: FigureContext): ReturnType<typeof readQualifier> | null {
  const { text, token, sentenceStart } = ctx;
  const before = ctx.t > 0 ? ctx.tokens[ctx.t - 1] : undefined;
  if (!before || before.start < sentenceStart || !UNIT_WORDS_THEN_PARENTHESIS.test(text.slice(before.end, token.start))) return null;
  // Only a sum in another currency restates it: a change ("(-2.6%)") or a precise share after a word ("almost
  // half (49.4%)") says something else.
  if (!isCurrency(before.unit) || !isCurrency(token.unit) || before.unit === token.unit) return null;
  const inherited = readQualifier(text.slice(sentenceStart, before.start), text.slice(before.end, token.start - 1));
  return inherited.explicit ? inherited : null;
}

/** A bare "over" right before the figure. */
const BARE_OVER_BEFORE = /(?<!\b(?:just|well|slightly|little|bit|far|way)\s)\bover\s+$/i;
/**
 * Digits a bound is never written to: a writer bounds a figure with a round number ("over 1.1 million"), so
 * "over" before one written to its last unit ("operations over 1,120,798 hectares") is a preposition.
 */
const DIGITS_NO_BOUND_HAS = 6;

function overAsAPreposition(ctx: FigureContext, read: ReturnType<typeof readQualifier>): boolean {
  if (read.qualifier !== 'more-than' || !BARE_OVER_BEFORE.test(backTo(ctx, ctx.sentenceStart, 12))) return false;
  return ctx.token.digits.replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length >= DIGITS_NO_BOUND_HAS;
}

function figureOf(ctx: FigureContext): Figure {
  const { token, text, block, sentenceStart, sentenceEnd } = ctx;
  const own = readQualifier(text.slice(sentenceStart, token.start), text.slice(token.end, sentenceEnd));
  const read = own.explicit ? (overAsAPreposition(ctx, own) ? { qualifier: 'exact' as const, explicit: false } : own) : (restatedInParentheses(ctx) ?? own);
  // "some rise by more than 4.6% and others by less": the bound is a pivot the others fall on the other side
  // of, the figure itself a value the sentence states.
  const pivotAfter = read.qualifier === 'more-than' || read.qualifier === 'at-least' ? PIVOT_BELOW_AFTER : read.qualifier === 'fewer-than' || read.qualifier === 'up-to' ? PIVOT_ABOVE_AFTER : null;
  const pivot = pivotAfter !== null && pivotAfter.test(text.slice(token.end, Math.min(sentenceEnd, token.end + PIVOT_REACH)));
  const { qualifier, explicit } = pivot ? { qualifier: 'exact' as const, explicit: false } : read;
  const figure: Figure = {
    start: block.start + token.start,
    end: block.start + token.end,
    text: text.slice(token.start, token.end),
    value: token.value,
    unit: token.unit,
    qualifier,
    precision: token.precision,
    style: token.style,
  };
  if (explicit) figure.qualifierWritten = true;
  if (explicit && read.words !== undefined && !pivot) figure.qualifierWords = read.words.toLowerCase();
  if (centsOf(token.style.suffix) && countsInCents(ctx.index)) centsAsCount(figure);
  const unitScale = token.unit === 'count' && !token.per && !token.style.scale ? ctx.index.vocabulary.scaledUnitAfter(ctx.text, ctx.token.end)?.scale : undefined;
  const fromHeader = token.unit === 'count' && !token.per && unitScale === undefined ? unitFromHeader(ctx.reader, ctx.blockIndex) : null;
  if (fromHeader) {
    // A scale the cell writes itself ("54 million") is not applied twice.
    const scale = token.style.scale ? 1 : fromHeader.scale;
    figure.unit = fromHeader.unit;
    figure.value = token.value * scale;
    figure.precision = token.precision * scale;
    // A fix writes the cell's digits in its column's scale: "18.166" under "(thousands)", not "18,166".
    if (scale !== 1) figure.style = { ...token.style, unitScale: scale };
    if (fromHeader.change) figure.change = true;
    if (fromHeader.per !== undefined) figure.per = fromHeader.per;
  }
  if (unitScale !== undefined) {
    figure.value = token.value * unitScale;
    figure.precision = token.precision * unitScale;
    figure.style = { ...token.style, unitScale };
  }
  if (figure.unit === 'percent' && !token.change && block.cell) {
    // "| Below a year earlier | 4% | 57% |": a row label or column header that says which way and since when
    // makes the cell's bare percentage a change, a fall under "below".
    const direction = directionOfCell(ctx.reader, ctx.blockIndex);
    if (direction !== 0) {
      figure.change = true;
      figure.value = direction * Math.abs(figure.value);
    }
  }
  if (figure.unit === 'count' && !token.per && ctx.index.percentChangesInPoints && POINTS_AFTER.test(textAfter(text, token, 24))) {
    figure.unit = 'percent';
    figure.change = true;
  }
  if (figure.unit === 'count' && !token.per && !token.style.scale && ctx.figureBefore && UP_OR_DOWN_FROM_BEFORE.test(text.slice(Math.max(sentenceStart, token.start - 16), token.start))) {
    // "77.4 cases per million, up from 9.1 a year earlier": the value a change started from is in the
    // unit of the figure it changed to.
    const previous = ctx.figureBefore;
    if (previous.unit === 'percent' || previous.unit === 'rate') {
      figure.unit = previous.unit;
      if (previous.per !== undefined) figure.per = previous.per;
    }
  }
  if (figure.unit === 'count' && !token.per && !token.style.scale && ctx.figureBefore?.unit === 'rate' && nextItemOfRates(ctx)) {
    // "Sweden had 22 deaths per million, followed by Denmark on 27": the next item of a list of rates.
    figure.unit = 'rate';
    if (ctx.figureBefore.per !== undefined) figure.per = ctx.figureBefore.per;
  }
  if (figure.unit === 'percent' && !token.change && nextItemOfRises(ctx)) {
    // "grew by 13.7% a year, ahead of Bulgaria's 10.2% and Poland's 5.9%": the next items of a list of rises.
    figure.change = true;
  }
  if (token.upper !== undefined) {
    figure.upper = token.upper;
    figure.qualifier = 'range';
  }
  if (token.per !== undefined) figure.per = token.per;
  if (token.change) figure.change = true;
  if (token.fromANorm) figure.fromANorm = true;
  return figure;
}

/** "up from", "down from": the figure after is where a change started. */
const UP_OR_DOWN_FROM_BEFORE = /\b(?:up|down)\s+from\s+(?:about\s+|around\s+|just\s+|nearly\s+|almost\s+)?$/i;

/**
 * How many words may stand between two figures of the same unit for the second to be the next item of a
 * list ("… followed by Hungary at 6.7% and Romania at 6.9%"): a joining word, a name and a preposition.
 */
const LIST_ITEM_WORDS = 5;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Some word of the stretch is a measure word of a fact, and no generic one. */
function namesAMeasure(index: FactIndex, concepts: ReadonlySet<string>): boolean {
  for (const concept of concepts) if (index.isSpecificMeasureConcept(concept)) return true;
  return false;
}

/**
 * The figure is the next item of a list that gives each name its figure of one measure: the figure
 * before it in the sentence has its unit, and the few words between name another entity and no measure.
 * The measure words at the head of the list are then this figure's too (an ellipsis: "Italy ran the
 * largest shortfall, 7.4%, followed by Hungary at 6.7% and Romania at 6.9%").
 */
function listsAnotherName(ctx: FigureContext): boolean {
  const previous = ctx.figureBefore;
  if (!previous || previous.unit !== ctx.token.unit || Boolean(previous.change) !== Boolean(ctx.token.change)) return false;
  return namesTheNextItem(ctx);
}

/** The few words between the figure before and this one name another entity and no more: the next item of a list. */
function namesTheNextItem(ctx: FigureContext, from = ctx.windowStart): boolean {
  const gap = ctx.text.slice(from, ctx.token.start);
  if ((gap.match(WORD) ?? []).length > LIST_ITEM_WORDS) return false;
  return ctx.entityHits.some((h) => h.start >= from && h.end <= ctx.token.start);
}

/** A comparison or a list's join, then a name's possessive, right before the figure: "ahead of Bulgaria's ", "and Poland's ". */
const COMPARED_ITEM_BEFORE = /(?:\b(?:ahead\s+of|behind|above|below|against|compared\s+(?:with|to)|versus|vs\.?|than|and|while)|,)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?\s+(?:(?:about|around|some|nearly|almost|just)\s+)?$/u;

/**
 * A bare share with no noun of its own, named by a possessive after a comparison ("ahead of Bulgaria's
 * 10.2%"), in a sentence whose figures before it, all in per cent, follow a rise ("grew by 13.7%"): the
 * next item of a list of rises. Only rises: after a fall, "against Ruritania's 3%" may be either.
 */
function nextItemOfRises(ctx: FigureContext): boolean {
  if (!NO_NOUN_AFTER.test(textAfter(ctx.text, ctx.token, 8))) return false;
  if (!COMPARED_ITEM_BEFORE.test(backTo(ctx, ctx.sentenceStart, 60))) return false;
  for (let p = ctx.t - 1; p >= 0; p--) {
    const token = ctx.tokens[p];
    if (token.end <= ctx.sentenceStart) return false;
    if (isYearToken(token)) continue;
    if (token.unit !== 'percent') return false;
    if (token.change) return token.value > 0;
  }
  return false;
}

/** A rate's words after its number: " deaths per million inhabitants", " per 1,000 people". */
const RATE_WORDS_AFTER = /^(?:\s+[\p{L}-]+)?\s+per\s+[\p{L}\d,]+(?:\s+(?!and\b)\p{Ll}+)?/u;
/** Nothing but punctuation, or a conjunction, after a bare number: no noun of its own. */
const NO_NOUN_AFTER = /^\s*(?:[,.;:)–—]|$|(?:and|while|but)\b)/;

/**
 * A bare number that names the next item of a list of rates ("Sweden had 22 deaths per million, followed
 * by Denmark on 27"): the rate's words are read past, and the number has no noun of its own.
 */
function nextItemOfRates(ctx: FigureContext): boolean {
  const previous = ctx.figureBefore!;
  const rateWords = RATE_WORDS_AFTER.exec(ctx.text.slice(previous.end, ctx.token.start));
  if (rateWords === null) return false;
  const from = previous.end + rateWords[0].length;
  if (NO_NOUN_AFTER.test(textAfter(ctx.text, ctx.token, 8))) return namesTheNextItem(ctx, from);
  // "35.3 per thousand inhabitants …, against 27.0 in Poland": the item's name is its place, after it.
  return NEXT_ITEM_JOIN.test(ctx.text.slice(from, ctx.token.start)) && hasPlaceAfter(ctx);
}

/** What joins the next item of a list of rates whose name comes after its number: "…, against", "and". */
const NEXT_ITEM_JOIN = /(?:,|\b(?:against|versus|vs\.?|compared\s+with|and|with))\s*$/i;

/** A known name right after the figure, as its place: "27.0 in Poland", "9.4 for the EU". */
function hasPlaceAfter(ctx: FigureContext): boolean {
  return ctx.entityHits.some((h) => h.start > ctx.token.end && PLACE_RIGHT_AFTER_FIGURE.test(ctx.text.slice(ctx.token.end, h.start)));
}


/** "by 19.9 points to", "up 6% at": between a change and the level it reached. */
const CHANGE_THEN_LEVEL = /^\s*(?:(?:percentage\s+)?points?|pts?|pp)?\s*,?\s*(?:to|at)\s+(?:about\s+|around\s+|just\s+|nearly\s+|almost\s+)?$/i;
const BY_BEFORE = /\bby\s+$/i;
/** "up 6%", "rose 94%": a percentage written after a rise or fall is a change, whatever unit its fact has. */
const RISE_OR_FALL_BEFORE = /\b(?:up|down|rose|risen|fell|fallen|grew|grown|gained|jumped|climbed|increased|decreased|declined|dropped|slid|surged|soared|slumped)\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?$/i;

/**
 * The start of the change before a level ("fell [by 19.9 points] to 27.3%", "sales [up 6%] at $42.6bn"), or
 * -1: the previous figure is a change, follows "by", or is a percentage after a rise or fall, and only its
 * unit and "to" or "at" stand between the two.
 */
function levelAfterChange(ctx: FigureContext): number {
  if (ctx.windowStart <= ctx.sentenceStart || ctx.token.change) return -1;
  const previous = ctx.figureBefore;
  if (!previous || !CHANGE_THEN_LEVEL.test(ctx.text.slice(previous.end, ctx.token.start))) return -1;
  const by = BY_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentenceStart, previous.start - 4), previous.start));
  if (!by && !previous.change && !(previous.unit === 'percent' && RISE_OR_FALL_BEFORE.test(ctx.text.slice(Math.max(ctx.sentenceStart, previous.start - 20), previous.start)))) return -1;
  return by ? previous.start - (by[0].length) : previous.start;
}

/** A level's unit, then the parenthesis that holds its change: "131.0m t (", "4.2bn euros (". */
const UNIT_THEN_PARENTHESIS = /^\s*(?:[\p{L}.]+\s*){0,2}\(\s*$/u;
/** What may follow a change alone in a parenthesis: its base, then the parenthesis's close. */
const CHANGE_ALONE_IN_PARENTHESIS = /^\s*(?:(?:y\/y|yoy|y-o-y|on\s+the\s+year|(?:on|vs\.?|from)\s+(?:19|20)\d\d)\s*)?\)/i;

/** The figure before a change, when it is a level (no change itself, no year) the change may be of. */
function levelBeforeAChange(ctx: FigureContext): NumberToken | undefined {
  const previous = ctx.figureBefore;
  return ctx.token.change && previous && !previous.change && !isYearToken(previous) ? previous : undefined;
}

/**
 * The start of the level a change in parentheses follows ("131.0m t ([−6.8%])"), or -1: the figure is a
 * signed change, alone in its parenthesis, and only the level's unit stands between the two.
 */
function changeAfterLevel(ctx: FigureContext): number {
  const previous = levelBeforeAChange(ctx);
  if (!previous) return -1;
  const between = ctx.text.slice(previous.end, ctx.token.start);
  const after = textAfter(ctx.text, ctx.token, 24);
  return UNIT_THEN_PARENTHESIS.test(between) && CHANGE_ALONE_IN_PARENTHESIS.test(after) ? previous.start : -1;
}

/**
 * The start of the level a change follows after a comma, ending its clause ("revenue per TEU was $1,549, up
 * [7.7%]."), or -1: the change is described by the level's words, as one in parentheses is.
 */
function changeAfterLevelAndComma(ctx: FigureContext): number {
  const previous = levelBeforeAChange(ctx);
  if (!previous) return -1;
  return UNIT_THEN_COMMA_UP_DOWN.test(ctx.text.slice(previous.end, ctx.token.start)) && CHANGE_ENDS_CLAUSE.test(textAfter(ctx.text, ctx.token, 24)) ? previous.start : -1;
}

/** A level's unit, then a comma and "up" or "down": "12.5 million TEU, up ", "$1,549, down ". */
const UNIT_THEN_COMMA_UP_DOWN = /^\s*(?:[\p{L}.]+\s*){0,2},\s*(?:up|down)\s+(?:by\s+)?$/u;
/** What may follow a change that ends its clause: its base ("on 2023", "year on year"), then a stop or ", and" opening another clause. */
const CHANGE_ENDS_CLAUSE = /^\s*(?:(?:y\/y|yoy|year[\s-]on[\s-]year|on\s+the\s+year|(?:on|from)\s+(?:19|20)\d\d)\s*)?(?:[.;]|,\s+(?:and|but|while|whereas)\s|$)/i;

/**
 * Where the change before a level has its own words: after the figure before it in the clause ("… to
 * $94.9bn, with iPhone sales [up 6%] at $42.6bn"), else from the clause's start.
 */
function changeStretchStart(ctx: FigureContext, changeStart: number): number {
  return stretchBefore(ctx, ctx.clauseStart, changeStart);
}

/** Where the words of the figure that starts at the given offset start: after the figure before it, else at `from`. */
function stretchBefore(ctx: FigureContext, from: number, figureStart: number): number {
  let start = from;
  for (let k = 0; k < ctx.t; k++) {
    const token = ctx.tokens[k];
    if (token.end <= figureStart && token.start >= from && !isYearToken(token)) start = Math.max(start, token.end);
  }
  return start;
}

/** "of" and lower-case words right after a figure, what it counts: " of spare parts", " of new widgets". */
const OF_PHRASE = /^\s+of\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+/u;
const OF_PHRASE_REACH = 48;

/** "and", "or" or a comma joining two figures' phrases: "15 golds and 43 medals". */
const JOIN_BETWEEN_FIGURES = /(?:,|\band\b|\bor\b)\s*$/;
const SHORT_GAP_WORDS = 3;

/**
 * Where the figure's own stretch starts. After "15 golds and" the words up to the joining word are the
 * previous figure's, when this figure has words of the datasets' measures after it ("and 43 medals in all");
 * without any ("3,567 units and 18,166"), the previous figure's words stand for both.
 */
function ownStretchStart(
  ctx: FigureContext,
  windowEnd: number,
  addWords: (from: number, to: number) => void,
  words: Set<string>,
  index: FactIndex,
): number {
  const start = ctx.windowStart;
  if (start === ctx.sentenceStart) return start;
  // "4,000 units of new widgets in 2021, plus [1,500 units] of spare parts": where both figures
  // name what they count with "of", the one before's phrase is its own.
  const ownOf = OF_PHRASE.exec(textAfter(ctx.text, ctx.token, OF_PHRASE_REACH));
  const beforeOf = ownOf ? OF_PHRASE.exec(ctx.text.slice(start, ctx.token.start)) : null;
  if (beforeOf) return start + beforeOf[0].length;
  const gap = ctx.text.slice(start, ctx.token.start);
  const join = JOIN_BETWEEN_FIGURES.exec(gap);
  if (!join || (gap.match(WORD) ?? []).length > SHORT_GAP_WORDS) return start;
  if (ctx.entityHits.some((h) => h.start >= start && h.end <= ctx.token.start)) return start;
  addWords(ctx.token.end, windowEnd);
  let ownWords = false;
  for (const concept of words) if (index.isDatasetWord(concept)) ownWords = true;
  words.clear();
  return ownWords ? start + join.index + join[0].length : start;
}

/**
 * The ordinal variants its own stretch of clause names ("the first-round figure was 27.99%"), of the nouns
 * the datasets' keywords qualify by an ordinal (FactIndex.ordinalNouns: "round" of "second round").
 */
function ordinalVariantsOf(ctx: FigureContext): string[] {
  const nouns = ctx.index.ordinalNouns;
  if (nouns.size === 0) return [];
  const from = Math.max(ctx.windowStart, ctx.clauseStart);
  const to = Math.min(ctx.nextStart, ctx.clauseEnd);
  const found: string[] = [];
  ORDINAL_VARIANT.lastIndex = 0;
  const stretch = ctx.text.slice(from, to);
  for (let m = ORDINAL_VARIANT.exec(stretch); m; m = ORDINAL_VARIANT.exec(stretch)) {
    const variant = `${m[1].toLowerCase()} ${m[2].toLowerCase()}`;
    if (nouns.has(m[2].toLowerCase()) && !found.includes(variant)) found.push(variant);
  }
  return found;
}

/**
 * A phrase after the figure that gives its cause ("rose 63%, helped by the Acme grant scheme", ", mostly
 * because of …"): its words say why the figure moved, not what it measures.
 */
const CAUSE_AFTER_FIGURE = /,\s+(?:(?:mostly|largely|partly|mainly|in\s+part)\s+)?(?:because\s+of|due\s+to|thanks\s+to|owing\s+to|on\s+the\s+back\s+of|(?:helped|boosted|driven|fuell?ed|propelled|lifted|hit|hurt|dragged\s+down|weighed\s+down|held\s+back)\s+by)\b/i;

/** A comma or semicolon, then one to three words right before the next figure: "…, anomaly +1.6C". */
const LABEL_OF_NEXT_FIGURE = /[,;]\s*(?:[\p{L}'’-]+\s+){1,3}[+\-−~≈]?\s*$/u;

/**
 * Where the figure's own stretch ends. In "mean 10.7C, anomaly +1.6C" the words after the comma label the
 * next figure, when they hold words of the datasets' measures: they are no words of this one.
 */
function ownStretchEnd(ctx: FigureContext, clauseEnd: number, sentenceWords: SentenceWords, index: FactIndex): number {
  const cause = CAUSE_AFTER_FIGURE.exec(ctx.text.slice(ctx.token.end, clauseEnd));
  const windowEnd = cause ? ctx.token.end + cause.index : clauseEnd;
  // Only words right before a figure label it: the sentence's last words label nothing.
  if (ctx.nextStart > windowEnd || ctx.nextStart >= ctx.sentenceEnd) return windowEnd;
  const label = LABEL_OF_NEXT_FIGURE.exec(ctx.text.slice(ctx.token.end, ctx.nextStart));
  if (!label) return windowEnd;
  const comma = ctx.token.end + label.index;
  const labelsNext = sentenceWords.starts.some((at, k) => at > comma && at < ctx.nextStart && sentenceWords.perWord[k].some((concept) => index.isDatasetWord(concept)));
  return labelsNext ? comma : windowEnd;
}

/** A number that is no year: a figure of the text's own ("PLN 30.05", "1,701 severe"), not "Jan 2024". */
const HOLDS_A_FIGURE = /(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d/;

/** Measure concepts of the sentence, of the figure's own stretch, and of its context blocks. */
/** A sentence that opens with a possessive pronoun: "Their rate", "Its share". */
const POSSESSIVE_OPENING = /^[\s*_"“]*(?:its|their)\s/i;

/** The measure words a figure's reading gathers (Claim's fields of the same names). */
interface FigureConcepts {
  concepts: ConceptUnion;
  nearConcepts: ConceptUnion;
  sentenceConcepts: ReadonlySet<string>;
  levelEnd?: number;
}

function measureConcepts(ctx: FigureContext): FigureConcepts {
  const { reader, blockIndex, sentence, sentenceStart, sentenceEnd, context, question } = ctx;
  const contextConcepts = context.map((c) => reader.concepts(c));
  const sentenceWords = reader.sentenceConcepts(blockIndex, sentence, sentenceStart, sentenceEnd);
  // The figure's own stretch ends at the next figure or its clause's end, whichever comes first.
  const windowEnd = Math.min(ctx.nextStart, Math.max(ctx.clauseEnd, ctx.bindEnd));
  const windowConcepts = new Set<string>();
  const { asides } = ctx;
  const addWords = (from: number, to: number): void =>
    sentenceWords.starts.forEach((at, k) => {
      // The words of an aside describe something else: "$32m (a fair price, said a city councillor)".
      if (at < from || at >= to || (asides.length > 0 && inAside(asides, at, at + 1))) return;
      for (const concept of sentenceWords.perWord[k]) windowConcepts.add(concept);
    });
  const changeStart = levelAfterChange(ctx);
  const levelStart = changeAfterLevel(ctx);
  const wordsOfLevel = levelStart >= 0 ? levelStart : changeAfterLevelAndComma(ctx);
  if (wordsOfLevel >= 0) {
    // "Containers by weight 131.0m t ([−6.8%])": the change is the level's, described by the level's words.
    addWords(stretchBefore(ctx, ctx.sentenceStart, wordsOfLevel), wordsOfLevel);
    addWords(ctx.figureBefore!.end, windowEnd);
  } else if (changeStart >= 0) {
    // "The share fell by 19.9 points to [27.3%]": the level is of what the clause's subject names; the
    // words between the two figures are the change's.
    addWords(changeStretchStart(ctx, changeStart), changeStart);
    addWords(ctx.token.start, windowEnd);
  } else addWords(ownStretchStart(ctx, windowEnd, addWords, windowConcepts, reader.index), ownStretchEnd(ctx, windowEnd, sentenceWords, reader.index));
  if (ctx.windowStart > sentenceStart && !namesAMeasure(reader.index, windowConcepts) && listsAnotherName(ctx)) addWords(sentenceStart, ctx.windowStart);
  // "Men are a different story. Their rate has dropped … to [32.5%]": a sentence whose possessive pronoun
  // refers back to a sentence that states no figure of its own speaks of what that sentence names; its
  // words are the figure's too. (After "It sold 11,511 buses.", "Its factories …" is about something else.)
  const before = sentence > 0 ? ctx.facts.starts[sentence - 1] : -1;
  const antecedent = before >= 0 && ctx.refersBack && POSSESSIVE_OPENING.test(ctx.text.slice(sentenceStart, ctx.token.start)) && !HOLDS_A_FIGURE.test(ctx.text.slice(before, sentenceStart))
    ? reader.sentenceConcepts(blockIndex, sentence - 1, before, sentenceStart).all
    : undefined;
  if (antecedent) for (const concept of antecedent) windowConcepts.add(concept);
  // A cell whose column header names a measure is that measure's: the row's other cells (another column's
  // note, "5th in maths") describe their own figures. Under a header that names none, they describe this one.
  // A change column that names no measure ("y/y") is the change of the column before it ("Crates 2023").
  const changeOf = ctx.block.cell !== undefined ? measuredColumnBefore(ctx) : -1;
  const otherCellsOfRow = ctx.block.cell !== undefined && (changeOf >= 0 || headerNamesAMeasure(ctx)) ? ctx.block.cell.row : -1;
  const ownCell = ctx.block.cell;
  const notHeading = contextConcepts.filter((_, k) => {
    const block = reader.doc.blocks[context[k]];
    if (block.kind === 'heading' && context[k] !== question) return false;
    if (block.cell?.row === otherCellsOfRow && block.cell.column !== 0) return false;
    // Another cell of the row with a figure of its own ("PLN 30.05 (civil-law contracts)") describes that figure.
    return !(ownCell && block.cell && block.cell.table === ownCell.table && block.cell.row === ownCell.row && block.cell.column !== 0 && context[k] !== blockIndex && HOLDS_A_FIGURE.test(block.text));
  });
  if (changeOf >= 0) notHeading.push(reader.concepts(changeOf));
  const caption = ctx.block.cell !== undefined ? captionGivingUnit(reader, blockIndex) : -1;
  if (caption >= 0) notHeading.push(reader.concepts(caption));
  return {
    concepts: new ConceptUnion([sentenceWords.all, ...contextConcepts, ...(changeOf >= 0 ? [reader.concepts(changeOf)] : []), ...(antecedent ? [antecedent] : [])]),
    nearConcepts: new ConceptUnion([windowConcepts, ...notHeading]),
    sentenceConcepts: sentenceWords.all,
    levelEnd: levelStart >= 0 ? ctx.block.start + ctx.figureBefore!.end : undefined,
  };
}

/**
 * The header of the column before the figure's, when the figure's own header says only that its figures
 * are changes ("y/y") and that header names a measure ("Crates 2023"); else -1.
 */
function measuredColumnBefore(ctx: FigureContext): number {
  const { reader, blockIndex } = ctx;
  const before = headerBeforeChangeColumn(reader, blockIndex);
  return before >= 0 && namesAMeasure(reader.index, reader.concepts(before)) ? before : -1;
}

/** The header of the figure's column holds a word of some fact's measure ("Reading 2022"). */
function headerNamesAMeasure(ctx: FigureContext): boolean {
  const header = ctx.reader.columnHeader(ctx.blockIndex);
  return header >= 0 && namesAMeasure(ctx.reader.index, ctx.reader.concepts(header));
}

/**
 * The other parties of the entity's measure named in the figure's clause ("the goods deficit with Utopia"):
 * names a noun's "with", "to" or "from" opens whose words are among the keywords of the entity's facts.
 */
function counterpartsInClause(ctx: FigureContext, entity: string): string[] {
  const counterparts: string[] = [];
  for (const h of ctx.entityHits) {
    if (h.start < ctx.clauseStart || h.end > ctx.clauseEnd || h.id === entity || !counterpartPlaced(ctx.text, h)) continue;
    const concept = counterpartConcept(ctx, h, entity);
    if (concept !== null && !counterparts.includes(concept)) counterparts.push(concept);
  }
  return counterparts;
}

/** The other entities named in the figure's clause, each once, in order (a loop: this runs for every figure). */
function otherEntitiesInClause(ctx: FigureContext, entity: string | undefined): string[] {
  const ids: string[] = [];
  // "Alphabet's net income rose 34% …, Meta's revenue grew [15%]", "Acme will pay $2.6bn a year, Zenith
  // [$2.4bn]": a possessive in the figure's own stretch, or a name right before the figure, names its
  // subject, and the names before the stretch are the earlier figures'.
  const ownInStretch = ctx.windowStart > ctx.clauseStart && ctx.entityHits.some((h) => h.id === entity && h.start >= ctx.windowStart && h.end <= ctx.token.start && (POSSESSIVE_NAME.test(ctx.text.slice(h.start, h.end + 2)) || attachedToFigure(ctx, h)));
  const from = ownInStretch ? ctx.windowStart : ctx.clauseStart;
  for (const h of ctx.entityHits) {
    if (h.start < from || h.end > ctx.clauseEnd || h.id === entity || ids.includes(h.id)) continue;
    // "the ANC lost 17 seats and the EFF five": a name that is a later figure's subject is no alternative for this one.
    if (h.start > ctx.token.end && (namesNextFigure(ctx, h) || namesALaterFigure(ctx, h))) continue;
    // "held 29% of the market, second only to Acme": a name the figure is compared with is no alternative subject.
    if (h.start > ctx.token.end && comparedInWords(ctx.text, h)) continue;
    ids.push(h.id);
  }
  return ids;
}

/**
 * "its 14th increase since May 2022", "the 12th hike in a row", "for the 15th consecutive time": an ordinal of
 * events up to now is their count.
 */
const ORDINAL_COUNT_AFTER = /^\s+(?:(?:consecutive|straight|successive)\s+[\p{L}-]+|[\p{L}-]+\s+(?:since\b|in\s+a\s+row\b|running\b))/iu;

/** A name written as a possessive: "Meta's", "the Greens’". */
const POSSESSIVE_NAME = /['’]s?\b/;

/**
 * The entities a label names that opens the figure's sentence before a colon ("Syrians, above all:
 * 183,000 … in the EU"): what the clause after it is about, whichever name it holds.
 */
function labelEntities(ctx: FigureContext): string[] {
  if (!opensWithLabel(ctx)) return [];
  const ids: string[] = [];
  for (const h of ctx.entityHits) if (h.start >= ctx.sentenceStart && h.end <= ctx.clauseStart && !ids.includes(h.id)) ids.push(h.id);
  return ids;
}

const COLON_BEFORE = /:\s*$/;

/** The figure's block names a period, whichever of its figures it dates or is compared with. */
function blockNamesATime(ctx: FigureContext): boolean {
  return ctx.reader.periods(ctx.blockIndex).length > 0;
}

/** The figure's clause is the one after the colon that ends the sentence's first clause. */
function opensWithLabel(ctx: FigureContext): boolean {
  if (ctx.clauseStart <= ctx.sentenceStart || !ctx.text.slice(ctx.clauseStart - 3, ctx.clauseStart).includes(':')) return false;
  const label = ctx.text.slice(ctx.sentenceStart, ctx.clauseStart);
  // One colon, the one that ends the label: "Note: costs: 5" has a label and a list.
  return COLON_BEFORE.test(label) && label.indexOf(':') === label.trimEnd().length - 1;
}

/**
 * A lead-in, question or paragraph before that names a place of another country than the figure's: it
 * frames other figures than this one ("### What about Moldova?" above an answer about the EU).
 */
function namesAnotherCountry(reader: DocumentReader, block: number, entity: string | undefined): boolean {
  if (entity === undefined) return false;
  const country = reader.index.countryOf(entity);
  return reader.blockFacts(block).hits.some((h) => h.kind === 'entity' && reader.index.countryOf(h.id) !== country);
}

function readToken(reader: DocumentReader, i: number, tokens: readonly NumberToken[], t: number, gated = true): Claim | null {
  if (!isClaim(reader, i, tokens, t)) return null;
  const ctx = figureContext(reader, i, tokens, t);
  reader.addTypos(i, ctx.sentence, ctx.sentenceStart, ctx.sentenceEnd);
  const rules: Claim['rules'] = {};
  const figure = figureOf(ctx);

  const whole = firstAnswer(WHOLE_RULES, ctx);
  if (whole) {
    if (whole.value.figure) figure.of = whole.value.figure.value;
    rules.whole = whole.rule;
    // In "265 of the 325 Acme units" the words after the whole describe the part too.
    ctx.bindEnd = whole.value.end;
    ctx.nextStart = nextOutsideAsides({ tokens, text: ctx.text, names: ctx.facts.hits, periods: ctx.reader.periods(ctx.blockIndex), starts: ctx.facts.starts }, t, ctx.bindEnd, ctx.asides);
  }

  const entity = implicitWorld(ctx, currencyHome(ctx, partyHome(ctx, partyWorld(ctx, firstAnswer(ENTITY_RULES, ctx)))));
  // Without an entity or a topic word nearby, the figure is about something else: stop early.
  if (!entity && gated) return null;
  if (entity) rules.entity = entity.rule;
  const place = entity ? firstAnswer(PLACE_RULES, ctx) : null;
  if (place) rules.place = place.rule;
  const onTopic = reader.onTopic(i) || ctx.context.some((c) => reader.onTopic(c)) || reader.tableOnTopic(i) || reader.listOnTopic(i) || reader.leadInGoesOn(i) || reader.goesOnFrom(i);
  if (!onTopic && gated) return null;

  const parties = firstAnswer(PARTY_RULES, ctx);
  if (parties) rules.parties = parties.rule;
  const period = firstAnswer(PERIOD_RULES, ctx);
  if (period) rules.period = period.rule;
  const noun = firstAnswer(NOUN_RULES, ctx);
  if (noun) rules.noun = noun.rule;

  const blocks = reader.doc.blocks;
  const cited = ctx.block.cited || ctx.context.some((c) => blocks[c].cell !== undefined && blocks[c].cited);
  const inStructure = ctx.block.cell !== undefined || [ctx.block.leadIn, ctx.question, ctx.antecedent].some((b) => b >= 0 && !namesAnotherCountry(reader, b, entity?.value));
  const besides = relativeClausesBeside(ctx);
  const hypothetical = speaksOfWhatMayBe(ctx, besides);
  const otherEntities = otherEntitiesInClause(ctx, entity?.value);
  const measure = measureConcepts(ctx);
  // Built without spreads: a spread in the middle of a literal took the slow path.
  const claim: Claim = {
    figure,
    block: i,
    entity: entity?.value ?? null,
    otherPlace: place?.value ?? null,
    otherEntities,
    labelEntities: labelEntities(ctx),
    vendors: parties?.value.ids ?? [],
    vendorsFromHeading: parties?.value.fromHeading ?? false,
    otherParties: parties?.value.unknown ?? [],
    concepts: measure.concepts,
    nearConcepts: measure.nearConcepts,
    sentenceConcepts: measure.sentenceConcepts,
    inStructure,
    period: period?.value ?? null,
    onTopic,
    cited,
    countedNoun: noun?.value ?? null,
    hypothetical,
    yearlyRate: namesAYearlyRate(ctx, besides),
    constantPrices: CONSTANT_PRICES.test(ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd)),
    rules,
  };
  if (whole?.value.figure) claim.whole = whole.value.figure;
  const namedBefore = otherEntities.filter((id) => ctx.entityHits.some((h) => h.id === id && h.start >= ctx.clauseStart && h.end <= ctx.token.start));
  if (namedBefore.length > 0) claim.otherEntitiesBefore = namedBefore;
  if (measure.levelEnd !== undefined) claim.levelEnd = measure.levelEnd;
  const beforeScope = claim.entity ? subjectsBeforeScope(ctx, claim.entity) : [];
  if (beforeScope.length > 0) claim.subjectsBeforeScope = beforeScope;
  const owners = wholeOwners(ctx);
  if (owners.length > 0) claim.wholeOwners = owners;
  const sources = sourcesOfSentence(ctx);
  if (sources.length > 0) claim.sourcesNamed = sources;
  if (claim.entity && ownedByAnotherCountry(ctx, claim.entity)) claim.ownedByAnotherCountry = true;
  if (claim.entity && entityCounts(ctx, claim.entity)) claim.entityCounts = true;
  if (claim.entity && opensTheSentence(ctx, claim.entity)) claim.entityOpensSentence = true;
  if (claim.entity && namedBeforeInClause(ctx, claim.entity)) claim.entityNamedBefore = true;
  if (claim.entity && namedOnlyPastNextFigure(ctx, claim.entity)) claim.entityOnlyPastNextFigure = true;
  if (claim.entity && namesOnlyItsTime(ctx, claim.entity)) claim.entityNamesItsTime = true;
  if (claim.entity && namedOnlyAsAnOrigin(ctx, claim.entity)) claim.entityOnlyAnOrigin = true;
  if (period && datedByAnEdition(ctx, period.value)) claim.datedByAnEdition = true;
  const spanYears = yearsOfItsOwnSpan(ctx);
  if (spanYears !== null) claim.spanYears = spanYears;
  if (noun && ctx.nounAfter?.passiveOf && ctx.nounAfter.noun === noun.value) claim.nounBeforePassive = ctx.nounAfter.passiveOf;
  if (figure.unit === 'fraction' && !figure.change && SHARE_OF_AN_AMOUNT.test(ctx.text.slice(ctx.token.end, Math.min(ctx.sentenceEnd, ctx.token.end + SHARE_OF_AN_AMOUNT_REACH)))) claim.shareOfAnAmount = true;
  if (BOUND_QUALIFIERS.has(figure.qualifier) && NEGATION_BEFORE.test(backTo(ctx, ctx.clauseStart, NEGATION_REACH))) claim.negatedBound = true;
  if (insideAQuotation(ctx.text, ctx.token.start)) claim.inQuotation = true;
  if (claim.rules.entity === IMPLICIT_WORLD) {
    const lede = reader.lede(i)?.country;
    if (lede !== undefined && lede !== claim.entity) claim.ledeCountry = lede;
  }
  if (claim.entity && FAR_ENTITY_RULES.has(claim.rules.entity ?? '')) {
    const around = entitiesAround(ctx, claim.entity);
    if (around.ids.length > 0) {
      claim.entitiesAround = around.ids;
      claim.framingEntities = around.framing;
    }
  }
  if (figure.qualifier === 'exact' && PRECISION_WORD_BEFORE.test(backTo(ctx, ctx.clauseStart, PRECISION_WORD_REACH))) claim.precisionClaimed = true;
  if (!figure.change && LEVEL_SET_BEFORE.test(backTo(ctx, ctx.clauseStart, LEVEL_SET_REACH))) claim.levelSet = true;
  if (NATIONAL_SCOPE.test(backTo(ctx, ctx.clauseStart, NATIONAL_SCOPE_REACH))) claim.nationalScope = true;
  const counterparts = claim.entity ? counterpartsInClause(ctx, claim.entity) : [];
  if (counterparts.length > 0) claim.counterparts = counterparts;
  if (THE_MONTH_AFTER.test(toNextFigure(ctx, ctx.clauseEnd))) claim.ofTheMonth = true;
  const month = monthOfFigure(ctx);
  if (month !== undefined) claim.monthWithoutYear = month;
  // "by the end of September, up from 5.63 million three months earlier": June's figure.
  const monthsAway = month === undefined ? null : monthsAwayRightAfter(ctx);
  if (month !== undefined && monthsAway !== null) claim.monthWithoutYear = (((month + monthsAway) % MONTHS_IN_A_YEAR) + MONTHS_IN_A_YEAR) % MONTHS_IN_A_YEAR;
  // "sold 32 units in November 2022 and followed with 30 units in December": a month named
  // alone in the figure's stretch, later in the year than the month of a year its sentence dates it by, is that
  // later month of the same year; an earlier one is the nearest month of its name, back or ahead.
  if (month !== undefined && claim.period && claim.period.from === claim.period.to && claim.rules.period === 'period/sentence' && !ctx.block.cell) {
    const named = claim.period.from;
    if (month > named % MONTHS_IN_A_YEAR) {
      const later = named - (named % MONTHS_IN_A_YEAR) + month;
      claim.period = { from: later, to: later };
      claim.rules.period = LATER_MONTH_OF_THE_YEAR;
    } else if (month < named % MONTHS_IN_A_YEAR) {
      // An earlier month is the nearest month of that name: that year's when it lies closer back ("up 0.5% in
      // April, after decreasing 0.2% in March"), the next year's when it lies closer ahead ("connected in
      // December 2024, and in January the auditors put its cost at …").
      const back = (named % MONTHS_IN_A_YEAR) - month;
      const nearest = back <= MONTHS_IN_A_YEAR - back ? named - back : named + MONTHS_IN_A_YEAR - back;
      claim.period = { from: nearest, to: nearest };
      claim.rules.period = NEAREST_MONTH_OF_THE_NAME;
    }
  }
  // A figure its sentence dates to a quarter already ("the 152,116 of the last three months of 2024") takes no
  // other quarter its clause names without a year ("the 220,118 of the third quarter"). (A month dates when a
  // quarter was reported: quarterReportedIn.)
  const datedToAQuarter = claim.period !== null && claim.rules.period === 'period/sentence' && claim.period.to - claim.period.from === MONTHS_IN_A_QUARTER - 1;
  const quarter = datedToAQuarter ? undefined : quarterOfClause(ctx);
  if (quarter !== undefined) {
    claim.quarterWithoutYear = quarter;
    if (claim.period) claim.period = quarterReportedIn(claim.period, quarter) ?? claim.period;
  }
  // A run of months the clause names with no year is read too where only a block that frames the figure
  // dates it (the title: "… in the second half of 2024"); the figure is then of those months of that year
  // ("against €28.89 in January–June"), still as weakly dated.
  const framed = claim.rules.period !== undefined && FRAMING_PERIOD_RULES.has(claim.rules.period);
  const months = quarter === undefined && (!claim.period || framed) ? monthsOfClause(ctx) : undefined;
  if (months !== undefined) {
    claim.monthsWithoutYear = months;
    delete claim.monthWithoutYear;
    if (claim.period) claim.period = monthsOfItsYear(claim.period, months) ?? claim.period;
  }
  if (TO_A_DATE.test(ctx.text.slice(ctx.clauseStart, ctx.clauseEnd))) claim.countedToADate = true;
  if (claim.rules.period === 'period/context' && datedByItsRowLabel(ctx)) claim.datedByItsRowLabel = true;
  const byYear = claim.hypothetical || GOAL_IN_CLAUSE.test(ctx.text.slice(ctx.clauseStart, ctx.token.start)) ? BY_YEAR_AFTER.exec(toNextFigure(ctx, ctx.clauseEnd)) : null;
  if (byYear) {
    claim.byYear = Number(byYear[1]);
    // "used 415 TWh in 2024, and expects that figure to reach 945 TWh by 2030": a figure its own words place
    // "by" a year is of that year, not of another year its sentence names before it; nor undated.
    const year = yearsSpan(claim.byYear, claim.byYear);
    const ofTheSentence = claim.rules.period === 'period/sentence' || claim.rules.period === REPORT_PERIOD;
    if (!claim.period || (ofTheSentence && (claim.period.to < year.from || claim.period.from > year.to))) {
      claim.period = year;
      claim.rules.period = BY_YEAR_RULE;
    }
  }
  if (namedAsATarget(ctx)) claim.namedAsATarget = true;
  if (fromRightBefore(ctx.text, ctx.token.start, ctx.sentenceStart)) claim.startingPoint = true;
  // "well above its decadal average of [$121 billion]": an average a figure is compared with is of the years
  // it averages, not of the time its sentence names. (Where its words give the span, "the five-year average",
  // the span decides: yearsOfItsOwnSpan.)
  if (claim.rules.period === 'period/sentence' && claim.spanYears === undefined && AVERAGE_COMPARED_WITH.test(backTo(ctx, ctx.clauseStart, AVERAGE_REACH))) {
    claim.period = null;
    delete claim.rules.period;
  }
  if (!claim.period && saysAYearEarlier(ctx)) claim.yearBeforeUnnamed = true;
  if (!claim.period && yearsAgoInItsStretch(ctx)) claim.yearsAgo = true;
  if (!claim.period && !blockNamesATime(ctx)) claim.timeless = true;
  const variants = ordinalVariantsOf(ctx);
  if (variants.length > 0) claim.ordinalVariants = variants;
  if (figure.unit === 'rank' && ORDINAL_COUNT_AFTER.test(ctx.text.slice(ctx.token.end, Math.min(ctx.sentenceEnd, ctx.token.end + 60)))) claim.ordinalCount = true;
  if (ctx.block.kind === 'heading') claim.inHeading = true;
  if (OPENING_STRETCH_AFTER.test(ctx.text.slice(ctx.token.end, ctx.clauseEnd))) claim.openingStretch = true;
  if (namesAs(ctx, EARLIER_ESTIMATE)) claim.earlierEstimate = true;
  else if (namesAs(ctx, REVISED_ESTIMATE)) claim.revisedEstimate = true;
  const base = figure.change ? baseYearOfChange(ctx) : undefined;
  if (base !== undefined) claim.baseYear = base;
  const sign = figure.style.currency || (centsOf(figure.style.suffix) === 'plain' ? CENT_SIGN : signOfWord(figure.style.suffix));
  if (sign && claim.entity) {
    // A bare "$" of a place whose country counts in dollars of its own is that country's dollar: "$61
    // million" for Quebec's fire prevention is Canadian ("US$" stays American); "Rs" in Pakistan is its rupee;
    // "95 cents" in Germany are euro cents.
    // Not where the body's or place's own sums are all in the sign's other money: a company of a dollar
    // country that reports in US dollars writes its "$1.3bn" in them, and a place whose facts are exports to
    // it, all counted in the exporter's yen, has its "¥13.3 billion" in yen.
    const local = localCurrency(sign, reader.index.countryOf(claim.entity));
    if (local && !inItsOwnOtherMoney(reader.index.soleCurrencyOf(claim.entity), local, sign)) figure.unit = local;
    // Words that do not settle the money ("11 million crowns") of a body whose sums are in one money they are
    // written for (the Nobel prizes' kronor, beside their dollars) are that money.
    else if (!local && figure.unit === UNKNOWN_CURRENCY) figure.unit = reader.index.currencyWrittenWith(claim.entity, sign) ?? figure.unit;
  }
  return claim;
}

/** The body's sums are all in one money (`own`) other than the local one, and the sign writes it. */
function inItsOwnOtherMoney(own: string | null, local: string, sign: string): boolean {
  return own !== null && own !== local && currencyPrefix(own) === sign;
}

/** A count of a stretch's opening hours, days or weeks after the figure: "requests in its first 24 hours". */
const OPENING_STRETCH_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:in|over|during|within)\s+(?:its|the|their)\s+first\s+(?:\d+|[a-z]+)\s+(?:hours|days|weeks)\b/u;

/** The period rule of a month named alone after a month of a year: that later month of the year. */
export const LATER_MONTH_OF_THE_YEAR = 'period/later-month-of-the-year';
/** The period rule of a month named alone, earlier in the year than the month of a year: the nearest month of its name. */
export const NEAREST_MONTH_OF_THE_NAME = 'period/nearest-month-of-the-name';

/**
 * A quarter named with no year in a figure dated by one month ("In August 2023, when it reported $29 billion
 * for the second quarter"): the month is when the quarter was reported, so the figure is of the last such
 * quarter that ended by that month: of its year, or of the year before ("in February, for the fourth quarter").
 */
function quarterReportedIn(period: MonthSpan, quarter: number): MonthSpan | undefined {
  if (period.from !== period.to) return undefined;
  const year = Math.floor(period.from / MONTHS_IN_A_YEAR);
  const lastMonth = quarter * 3 + 2;
  const start = (lastMonth <= period.from % MONTHS_IN_A_YEAR ? year : year - 1) * MONTHS_IN_A_YEAR + quarter * 3;
  return { from: start, to: start + 2 };
}

/** "in the month", "that quarter", "on the month" in the figure's stretch after it, before a comma. */
const THE_MONTH_AFTER = /^[^,;.]{0,24}?\b(?:in|that|on|for)\s+the\s+(?:month|quarter)\b|^[^,;.]{0,24}?\bthat\s+(?:month|quarter)\b|^[^,;.]{0,24}?\b(?:month|quarter)-on-(?:month|quarter)\b/i;

/** Only marks or spaces before a sentence's first name: "- Poland:", "**Hungary** –". */
const OPENING_MARKS = /^[\s*_"“'‘#>|-]*$/;

/** The sentence's first name is the entity's, with nothing but marks before it. */
/** Qualifiers that bound a value: a negation before one turns it over ("no teacher would earn under €2,000"). */
const BOUND_QUALIFIERS: ReadonlySet<string> = new Set(['more-than', 'at-least', 'fewer-than', 'up-to']);
/** Others on the other side of a lower bound, later in the sentence: "… and others by less", "while some fell below". */
const PIVOT_BELOW_AFTER = /^[^.;!?]*?\b(?:and|while|but|whereas)\s+(?:others|some|the\s+rest)\b[^.;!?]{0,24}?\b(?:less|fewer|lower|under|below|smaller)\b/i;
/** The same beyond an upper bound: "… and others by more". */
const PIVOT_ABOVE_AFTER = /^[^.;!?]*?\b(?:and|while|but|whereas)\s+(?:others|some|the\s+rest)\b[^.;!?]{0,24}?\b(?:more|higher|over|above|larger)\b/i;
/** How far after a bound its pivot's other side may be written. */
const PIVOT_REACH = 60;
/**
 * A negation in the words before a bound, with no comma between ("no teacher would earn under"), not one of
 * the bound's own words ("no more than") nor a code in capitals ("NO" for Norway).
 */
const NEGATION_BEFORE = /\b[Nn](?:o|ot|ever|one|obody)\b(?![-–]|\s+(?:more|less|fewer|longer|over|under|above|below|higher|lower)\b)[^,;:()]*$/;
/** How far before a bound a negation turns it over. */
const NEGATION_REACH = 60;
/** "exactly", "precisely" right before a figure (its sign or currency between): "exactly $1,225". */
const PRECISION_WORD_BEFORE = /\b(?:exactly|precisely)\s+(?:an?\s+)?[$€£¥]?$/i;
const PRECISION_WORD_REACH = 16;
/**
 * A passive verb that sets a level, then "to" or "at" ("was raised to", "had been cut to", "were capped at"):
 * the figure is the level set then, which stands until it is set again. An active one ("prices rose to")
 * is a level reached at its time, which may move the next day.
 */
const LEVEL_SET_BEFORE = /\b(?:is|was|were|are|been|be)\s+(?:(?:first|then|later|last|again)\s+)?(?:raised|increased|lifted|boosted|cut|lowered|reduced|set|fixed|capped|frozen|pegged|doubled|trimmed)\s+(?:to|at)\s+(?:an?\s+)?[$€£¥]?$/i;
const LEVEL_SET_REACH = 48;

/**
 * Every mention of the entity in the figure's clause before it is a possessive of a time ("At the end of
 * Camelot's 2022/23 year the running total had stood at …", "in Apple's fiscal 2024"): the name says whose
 * calendar, not whose figure.
 */
function namesOnlyItsTime(ctx: FigureContext, entity: string): boolean {
  const hits = ctx.entityHits.filter((h) => h.id === entity && h.start >= ctx.clauseStart && h.end <= ctx.token.start);
  return hits.length > 0 && hits.every((h) => POSSESSIVE_OF_A_TIME.test(possessiveTail(ctx.text, h)));
}

/** The text after a name's possessive ending ("Camelot's" as its hit holds it, or "Camelot" then "'s"), or ''. */
function possessiveTail(text: string, hit: { start: number; end: number }): string {
  const after = textAfter(text, hit, POSSESSIVE_OF_A_TIME_REACH);
  if (POSSESSIVE_ENDING.test(text.slice(hit.start, hit.end))) return after;
  return POSSESSIVE_ENDING_OPENS.test(after) ? after.slice(2) : '';
}
const POSSESSIVE_ENDING = /['’]s$/;
const POSSESSIVE_ENDING_OPENS = /^['’]s/;
/** " 2022/23 year", " fiscal 2024", " first quarter", " financial year" after a possessive: it owns a time. */
const POSSESSIVE_OF_A_TIME = /^\s+(?:(?:fiscal|financial)\s+(?:year|(?:19|20)\d\d)|(?:(?:19|20)\d\d(?:[/-]\d\d)?\s+)?(?:financial\s+|fiscal\s+)?(?:year|season)|(?:first|second|third|fourth|last|latest)\s+(?:quarter|half|year|season))\b/i;
const POSSESSIVE_OF_A_TIME_REACH = 40;

/** Every name of the entity in the sentence belongs to a later figure (Claim.entityOnlyPastNextFigure). */
function namedOnlyPastNextFigure(ctx: FigureContext, entity: string): boolean {
  if (ctx.nextStart >= ctx.sentenceEnd) return false;
  const named = ctx.entityHits.filter((h) => h.start >= ctx.sentenceStart && h.end <= ctx.sentenceEnd && (h.id === entity || ctx.index.countryOf(h.id) === entity));
  return named.length > 0 && named.every((h) => (h.start >= ctx.nextStart && boundToALaterFigure(ctx, h)) || subjectOfTheNextFigure(ctx, h));
}

/**
 * A name right before the next figure, as its subject ("with 79.2 million passengers to Istanbul's 76
 * million"); not a body that only reports, nor one "according to" introduces, whatever figure follows it.
 */
function subjectOfTheNextFigure(ctx: FigureContext, hit: NameHit): boolean {
  if (hit.start < ctx.token.end || ctx.index.onlyASource(hit.id)) return false;
  if (ACCORDING_TO_BEFORE.test(ctx.text.slice(Math.max(ctx.sentenceStart, hit.start - ACCORDING_TO_REACH), hit.start))) return false;
  return namesNextFigure(ctx, hit);
}

/**
 * "four years ago", "a decade ago": some years before the time of writing. ("Two years earlier" counts from a
 * time the text names, which the period rules read.)
 */
const YEARS_AGO = /\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|\d+)\s+years|a\s+decade|decades)\s+ago\b/i;

/** YEARS_AGO after the figure, with no other figure before it but its own count of years ("four years ago"). */
function yearsAgoInItsStretch(ctx: FigureContext): boolean {
  const m = YEARS_AGO.exec(ctx.text.slice(ctx.token.end, ctx.sentenceEnd));
  return m !== null && ctx.nextStart >= ctx.token.end + m.index;
}

/** "according to the industry association ZIV": a name that reports, whatever figure follows it. */
const ACCORDING_TO_BEFORE = /\baccording\s+to\s+(?:[\p{L}'’-]+\s+){0,5}$/u;
/** How far before a name its "according to" may stand: five words. */
const ACCORDING_TO_REACH = 60;
/** A few words with no mark of a clause between them: "from the", "paid by". */
const FEW_WORDS_BETWEEN = /^\s+(?:[\p{L}'’-]+\s+){0,3}$/u;

/** The name stands a few words after a later figure of the sentence, not a year: "$1.6bn from the Acme Foundation". */
function boundToALaterFigure(ctx: FigureContext, hit: NameHit): boolean {
  let last: NumberToken | undefined;
  for (let k = ctx.t + 1; k < ctx.tokens.length && ctx.tokens[k].end <= hit.start; k++) last = ctx.tokens[k];
  return last !== undefined && !isYearToken(last) && FEW_WORDS_BETWEEN.test(ctx.text.slice(last.end, hit.start));
}

/** The period read is an edition's year its sentence names ("the 2011 study"). */
function datedByAnEdition(ctx: FigureContext, period: MonthSpan): boolean {
  return ctx.reader.datingPeriods(ctx.blockIndex).some((p) => p.from === period.from && p.to === period.to && p.start >= ctx.sentenceStart && p.end <= ctx.sentenceEnd && namesAnEdition(ctx.text, p));
}

/**
 * "N-year" and at most one word before the figure, with or without "of" ("12-year average of", "five-year
 * high of", "10-year total:"): the figure's own span of years.
 */
const SPAN_OF_YEARS_BEFORE = /(?:^|[^\p{L}\d])(\d{1,3}|[\p{L}]+)[-\s]year\s+(?:[\p{Ll}-]+\s+)?(?:(?:of|at)\s+|:\s*)?$/u;
/** How far before the figure the span is read: "N-year", a word and "of". */
const SPAN_OF_YEARS_REACH = 40;

function yearsOfItsOwnSpan(ctx: FigureContext): number | null {
  const before = backTo(ctx, ctx.clauseStart, SPAN_OF_YEARS_REACH);
  const m = SPAN_OF_YEARS_BEFORE.exec(before);
  if (!m) return null;
  const years = /^\d+$/.test(m[1]) ? Number(m[1]) : readNumberWords(m[1].toLowerCase())?.value;
  return years !== undefined && Number.isInteger(years) && years >= 2 ? years : null;
}

/**
 * Every name of the entity in the sentence follows "⟨word⟩ from" or a verb of arriving ("entered", "bound for")
 * and opens no clause of its own (Claim.entityOnlyAnOrigin).
 */
function namedOnlyAsAnOrigin(ctx: FigureContext, entity: string): boolean {
  const named = ctx.entityHits.filter((h) => h.start >= ctx.sentenceStart && h.end <= ctx.sentenceEnd && (h.id === entity || ctx.index.countryOf(h.id) === entity));
  return named.length > 0 && named.every((h) => (provenancePlaced(ctx.text, h) || destinationPlaced(ctx.text, h)) && !attachedToFigure(ctx, h));
}

function namedBeforeInClause(ctx: FigureContext, entity: string): boolean {
  return ctx.entityHits.some((h) => h.start >= ctx.clauseStart && h.end <= ctx.token.start && (h.id === entity || ctx.index.countryOf(h.id) === entity));
}

function opensTheSentence(ctx: FigureContext, entity: string): boolean {
  const first = ctx.entityHits.find((h) => h.start >= ctx.sentenceStart && h.end <= ctx.sentenceEnd);
  return first !== undefined && first.id === entity && OPENING_MARKS.test(ctx.text.slice(ctx.sentenceStart, first.start));
}

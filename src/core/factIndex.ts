// The loaded datasets, indexed for checking: facts by entity, country and unit, names for recognition.
import type { DatasetFile, Entity, Fact, Source, Unit, Vendor } from '../dataset/schema';
import { Vocabulary, type VocabularySection } from './vocabulary';
import { NameMatcher } from './names';
import { foreignCountryName, foreignId, isCountryCode, worldCountries } from './worldCountries';
import { fiscalYearNamed, MONTH_NAME, monthNamedAlone, MONTHS_IN_A_YEAR, periodMonths, type MonthSpan } from './periods';
import { statedFact, type Stated } from './judge';
import { mayContainNumber, scanNumbers } from './numbers';
import { containsWholeName, escapeRegExp } from './regex';
import { isCurrency, writtenWith } from './currencies';
import { isShareUnit } from './types';
import { EXPECTATION_WORDS } from './wordLists';

/** A capitalised name and a year after it in a period's own words: "Tokyo 2020", "Euro 2024". */
const NAMED_PERIOD = /(\p{Lu}[\p{L}-]*)\s+((?:19|20)\d\d)\b/gu;
/** A month's name, full or short, before a year in a period's text. */
const MONTH_BEFORE_YEAR = new RegExp(`^${MONTH_NAME}$`, 'i');
/** Words before a year in a period's text that name no event: prepositions, "year", a run of months. */
const NOT_AN_EVENT = new RegExp(`^(?:in|at|on|by|from|since|during|until|through|to|for|of|the|year|fiscal|${MONTH_NAME}-${MONTH_NAME})$`, 'i');

/** A name before a year is an event's ("Tokyo 2020"), or a month that is the whole period ("May 2024"). */
function namesItsOwnMonth(name: string, year: number, span: MonthSpan): boolean {
  if (!MONTH_BEFORE_YEAR.test(name)) return true;
  // "agreed in December 2024, to be made by 2030": the month dates an event inside the span, not the span.
  const month = year * MONTHS_IN_A_YEAR + monthNamedAlone(name)!;
  return span.from === month && month === span.to;
}
/** A whole fiscal year a period's text names, alone: "FY2024", "FY24", "fiscal 2022", "Fiscal Year 2024". Not a quarter of one. */
const FISCAL_YEAR_TEXT = /^(?:the\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?|financial\s+year\s+)((?:19|20)\d\d|\d\d)\b(?![/–-]\d)/i;

/** A measure that is an increase: English words for one, as numbers.ts reads a rise before a figure. */
const GROWTH_MEASURE = /\b(?:growth|increase|rise|gain|additions?|added)\b/i;
// "forest loss" as much as "job losses": a level of something lost, which "lost 2.8 million" states.
const REDUCTION_MEASURE = /\b(?:cuts?|cutbacks?|reductions?|curbs?|decreases?|declines?|loss|losses)\b/i;
/**
 * A keyword that names the count as of things added or gained ("added" for "net new subscribers"), or the
 * level as a rise of something ("price growth", "prices rose" for an inflation rate).
 */
const GROWTH_KEYWORD = /^(?:added|gained)$|\b(?:growth|rose|grew|increased)$/i;
/** A keyword that names the count as of things lost or cut: "lost" for "rhinos poached" ("the province lost 223 rhinos"). */
const REDUCTION_KEYWORD = /^(?:lost|cut|shed)$/i;
/** A measure or series of forecasts: "outlook", "forecast", "projection". */
const FORECAST_SERIES = /\b(?:outlooks?|forecasts?|projections?|projected)\b/i;
/** What a difference is taken from: a norm, or what was planned or expected. */
const NORMS = `average|norm|normal|mean|baseline|${EXPECTATION_WORDS}`;
/**
 * A measure that is a difference from a norm: an anomaly, a level above or below an average or baseline, or an
 * amount over or under what was planned or expected ("difference from the 1981–2010 average", "amount over
 * budget", "larger than earlier estimates").
 */
const DIFFERENCE_MEASURE = new RegExp(
  `\\banomal(?:y|ies)\\b|\\b(?:gap|difference|deviation)\\b.*\\b(?:${NORMS})\\b|\\b(?:above|below|than|from|to|with|against|over|under)\\s+(?:[\\p{L}\\d'’.–-]+\\s+){0,4}?(?:${NORMS})\\b`,
  'iu',
);

/** A measure that says "below" and never "above": its difference from the norm is a shortfall. */
const BELOW_ONLY = /^(?!.*\babove\b).*\bbelow\b/is;

/** What buildIndex needs from a loaded dataset file. */
export interface IndexInput {
  data: DatasetFile;
  /** The dataset file's name, which fileOf() answers with. */
  file?: string;
}

/** One keyword of a fact and the concepts that must all occur for it to match. */
export interface KeywordConcepts {
  keyword: string;
  parts: string[];
  /** The parts as one string: keywords that name the same concepts count once ("bought", "purchased"). */
  key: string;
  /**
   * The concept of a keyword of several words that is a synonym group of the vocabulary ("life expectancy"):
   * any synonym of the group names it whole ("LE"), though not its parts.
   */
  whole?: string;
}

/** A fact with what the engine derives from it once, at index time. */
export interface IndexedFact {
  fact: Fact;
  /**
   * The fact's unit, value and entity, read here by every figure that looks at the fact: facts loaded
   * from different files have different shapes, so reading them from the fact is a slow load.
   */
  unit: Unit;
  value: number;
  entity: string;
  /** The fact states a change, not a level. */
  change: boolean;
  /**
   * A level that is itself an increase: its measure names one ("growth of installed capacity", "capacity
   * added"). A figure written as a rise ("grew by 20 GW") may state it.
   */
  growth: boolean;
  /**
   * A level that is itself a decrease: its measure names one ("cut in the output target", "job losses").
   * A figure written as a fall ("a cut of 2m bpd", "lost 5,000 jobs") states it by its size.
   */
  reduction: boolean;
  /**
   * A level that is itself a difference from a norm: its measure names one ("temperature anomaly above the
   * 1991-2020 average"). A figure written as one ("1.3C above the average") may state it.
   */
  fromANorm: boolean;
  /**
   * A difference from a norm whose measure says it lies below it ("extent below the 1991-2020 average"), given
   * as a size (34 for "34% below"): a figure written "34% below average" states it by its size.
   */
  belowANorm: boolean;
  /** A rate's base (100,000 in "per 100,000 inhabitants"), when the fact is a rate. */
  per: Fact['per'];
  /**
   * The one year a change's measure or keywords name ("change in arrivals compared with 2019"): the year it
   * is measured from. Undefined when they name none (the year before, as a change usually is) or several.
   */
  baseYear: number | undefined;
  /**
   * The one year the measure or keywords name, of any fact, or null for none: read on first use by
   * `yearInMeasure` (most facts are never asked), not at load.
   */
  yearInMeasure?: number | null;
  country: string;
  /** Concepts of each keyword; a multi-word keyword is one concept or several words that must all occur. */
  keywordConcepts: KeywordConcepts[];
  /** All concepts of all keywords, flattened. */
  conceptSet: Set<string>;
  /**
   * Every keyword is one of the subject's generic words ("fires" where "fire" is a topic word): for this
   * fact they are its measure words all the same, as nothing else names what it counts.
   */
  onlyGenericKeywords: boolean;
  vendorSet: Set<string>;
  /** Nouns the fact counts, from its measure and keywords ("term of the contract (years)" counts years). */
  nounSet: Set<string>;
  /** Concepts of every word of its measure ("solar's share of EU electricity generation"). */
  measureSet: Set<string>;
  /**
   * The unit the measure says it counts in ("stock held, in crates"), with the one in parentheses after it
   * ("in gigawatts (GW)"), as concepts; null when it names none.
   */
  unitNouns: ReadonlySet<string> | null;
  /**
   * Concepts of keywords that name a place other than the fact's entity ("votes" in "Wales" of a party):
   * the fact is of that place's part only. Null when no keyword names one.
   */
  scope: ReadonlySet<string> | null;
  /** The months the fact covers, from its period; null when the source gives none. */
  span: MonthSpan | null;
  /** The fact as a stated value, compared with every figure near it. Read-only. */
  stated: Stated;
}


/** A dataset file's vocabulary, with the older top-level `topic` folded in. */
function vocabularyOf(data: DatasetFile): VocabularySection {
  const section = data.vocabulary ?? { topic: [], synonyms: {}, countedNouns: [], modifiers: [], generic: [] };
  return data.topic.length > 0 ? { ...section, topic: [...data.topic, ...section.topic] } : section;
}

/** A node of the keyword lists seen: the concepts of the list that ends here, and the lists that go on. */
interface KeywordNode {
  found?: { concepts: KeywordConcepts[]; set: Set<string> };
  next?: Map<string, KeywordNode>;
}

/** Positions of facts in `FactIndex.facts`, ascending (the files' order) unless said otherwise. */
type Positions = readonly number[] | Int32Array;

/** A name of the whole world, in any subject's dataset. */
const WORLD_NAME = /^(?:the\s+)?(?:world|globe|whole\s+world)$/i;

/**
 * An ordinal before a noun, as a keyword or a text names a variant of a measure ("second round", "first
 * estimate", "final reading"). "Initial" is left out: it is another word for "first" ("initial asylum
 * applications" are first ones).
 */
export const ORDINAL_VARIANT = /\b(first|second|third|fourth|fifth|final)[\s-]+(\p{L}+)\b/giu;

/** The "ordinal noun" variants a fact's keywords name, in lower case ("second round"). */
export function ordinalVariantsOfFact(keywords: readonly string[]): string[] {
  const found: string[] = [];
  for (const keyword of keywords) {
    ORDINAL_VARIANT.lastIndex = 0;
    for (let m = ORDINAL_VARIANT.exec(keyword); m; m = ORDINAL_VARIANT.exec(keyword)) found.push(`${m[1].toLowerCase()} ${m[2].toLowerCase()}`);
  }
  return found;
}

/** A keyword that writes a number among words, as a pattern (FactIndex.keywordsWithNumbers). */
export interface NumberedKeyword {
  pattern: RegExp;
  /** How far before and after a figure the keyword may start or end: its length, and room for wider spaces. */
  reach: number;
}
/** Extra reach for a keyword written with wider white space than in the dataset (a wrapped line). */
const KEYWORD_REACH_SLACK = 8;

/** The most words of a unit a measure ends on after "in": "compensated gross tonnes". */
const UNIT_PHRASE_LONGEST = 3;

/**
 * One entity two files define (the validator lets the same kind through): the first definition, with the
 * names only the later one gives and the fields the first leaves out.
 */
function joinedEntity(first: Entity, later: Entity): Entity {
  const union = (a: readonly string[], b: readonly string[]): string[] => [...a, ...b.filter((name) => !a.includes(name))];
  const laterNames = later.name === first.name ? later.aliases : [later.name, ...later.aliases];
  return { ...later, ...first, aliases: union(first.aliases, laterNames), demonyms: union(first.demonyms, later.demonyms) };
}

/** A phrase that starts with a lower-case letter. */
const LOWER_CASE_START = /^\p{Ll}/u;

/**
 * The index is built in one pass that only groups the facts by entity; everything else is made on first
 * use and kept: a fact's IndexedFact when a query returns it, a country's facts (and those sorted by
 * value) when a figure is first checked against that country, the lists by vendor, by id and by value
 * when first asked for. A check reads a few countries of a large dataset, so most of 100,000 facts are
 * never derived. Loaded data is never changed afterwards, so what is made late is what would have been
 * made at once.
 */
export class FactIndex {
  /** Every fact that judges (none under review), in the files' order. */
  readonly facts: Fact[] = [];
  /** Where each named file's facts start in `facts`, in order. */
  private readonly fileStarts: { file: string; start: number }[] = [];
  private readonly entities = new Map<string, Entity>();
  private readonly vendors = new Map<string, Vendor>();
  private readonly sources = new Map<string, Source>();
  /** Positions in `facts` by the fact's entity. */
  private readonly byEntity = new Map<string, number[]>();
  /** soleCurrencyOf's answers, by entity: read on first use. */
  private readonly soleCurrencies = new Map<string, string | null>();
  /** homeOfCurrency's table: the countries whose facts are counted in each currency, read on first use. */
  private currencyCountries: Map<string, Set<string>> | undefined;
  /** Each fact's IndexedFact, by position, once made. */
  private readonly made: (IndexedFact | undefined)[];
  private madeAll: IndexedFact[] | undefined;
  /** The entities each country's facts are about (itself included), made on first use. */
  private entitiesByCountry: Map<string, string[]> | undefined;
  private readonly byCountry = new Map<string, Positions>();
  /** A small country's facts, made, as candidatesFor returns them. */
  private readonly countryIndexed = new Map<string, IndexedFact[]>();
  /** A country's facts by unit, sorted by value: a large country's candidates are found by value. */
  private readonly byCountryUnit = new Map<string, Map<Unit, ValueOrder>>();
  /** A large country's entities' own and country facts, as candidatesFor starts its list with them. */
  private readonly candidateBases = new Map<string, { list: IndexedFact[]; set: Set<IndexedFact> }>();
  private byUnit: Map<Unit, ValueOrder> | undefined;
  /** The keywords of each measure and unit: see measureKeywords. */
  private keywordsByMeasure: Map<Unit, Map<string, readonly string[]>> | undefined;
  private byVendor: Map<string, number[]> | undefined;
  private byId: Map<string, number> | undefined;
  private measureVocabulary: Map<Unit, Set<string>> | undefined;
  private anyMeasureConcepts: Set<string> | undefined;
  private anyKeywordWords: Set<string> | undefined;
  private forecastFacts: boolean | undefined;
  private numberedKeywords: NumberedKeyword[] | undefined;
  private variantNouns: Set<string> | undefined;
  private pointsArePercent: boolean | undefined;
  private anyMeasureWordConcepts: Set<string> | undefined;
  private periodNames: Map<string, MonthSpan> | undefined;
  private eventNames: Map<string, MonthSpan> | undefined;
  private sourceUrls: Set<string> | undefined;
  private published: Map<string, IndexedFact[]> | undefined;
  private readonly publishedSets = new Map<string, Set<IndexedFact>>();
  /** Keyword concepts by the keywords, one after the other (no joined string per fact). */
  private readonly keywordCache: KeywordNode = {};
  private readonly specificConcepts = new Map<string, string[]>();
  private readonly vendorSets = new Map<string, Set<string>>();
  /** Counted nouns by keyword concept set (itself shared, see keywordsOf) and measure. */
  private readonly nounSets = new Map<Set<string>, Map<string, Set<string>>>();
  private readonly measureSets = new Map<string, Set<string>>();
  private readonly unitNouns = new Map<string, Set<string> | null>();
  private placeNamesByText: Map<string, string> | undefined;
  /** The world's entity id once looked up (undefined: none); null before the first look. */
  private worldId: string | undefined | null = null;
  private partyHomes: Map<string, string> | undefined;
  private seasonStart: number | undefined | null = null;
  /** See fiscalYearStart; null before the first look. */
  private fiscalStart: number | undefined | null = null;
  /** The engine's neutral words and the subjects' own, from every loaded file. */
  readonly vocabulary: Vocabulary;
  readonly names: NameMatcher;

  constructor(files: readonly IndexInput[], options: IndexOptions = {}) {
    this.vocabulary = new Vocabulary(files.map(({ data }) => vocabularyOf(data)));
    for (const { data } of files) {
      for (const entity of data.entities) {
        const first = this.entities.get(entity.id);
        this.entities.set(entity.id, first ? joinedEntity(first, entity) : entity);
      }
      for (const vendor of data.vendors) this.vendors.set(vendor.id, vendor);
      for (const source of data.sources) this.sources.set(source.id, source);
    }
    const facts = this.facts;
    const byEntity = this.byEntity;
    for (const { data, file } of files) {
      if (file !== undefined) this.fileStarts.push({ file, start: facts.length });
      // A fact under review (an extracted figure nobody has checked yet) judges nothing until its note goes.
      for (const fact of data.facts) {
        if (fact.review !== undefined) continue;
        const list = byEntity.get(fact.entity);
        if (list) list.push(facts.length);
        else byEntity.set(fact.entity, [facts.length]);
        facts.push(fact);
      }
    }
    // Filled, not made with new Array(length): a long array made that way is a slow dictionary.
    this.made = [];
    for (let i = 0; i < facts.length; i++) this.made.push(undefined);
    this.names = new NameMatcher([...this.entities.values()], [...this.vendors.values()], options.foreignCountries === false ? [] : worldCountries(), this.thingPhrases(files));
  }

  /**
   * The phrases of the vocabularies (topic words and synonyms), less those a fact of a country uses as a
   * keyword with the country's demonym ("French exports" of France's exports): a demonym opening one of the
   * rest ("French fries") names a thing, not a country (NameMatcher).
   */
  private thingPhrases(files: readonly IndexInput[]): string[] {
    // Only a demonym the vocabulary writes in lower case ("french fries") has lost its country: "Swedish
    // Academy" and "Russian assets" keep theirs.
    const phrases = files.flatMap(({ data }) => {
      const section = vocabularyOf(data);
      return [...section.topic, ...Object.values(section.synonyms ?? {}).flat()].filter((phrase) => phrase.includes(' ') && LOWER_CASE_START.test(phrase));
    });
    const demonyms = new Set([...this.entities.values()].flatMap((entity) => entity.demonyms.map((d) => d.toLowerCase())));
    const opened = phrases.filter((phrase) => demonyms.has(phrase.slice(0, phrase.indexOf(' ')).toLowerCase()));
    if (opened.length === 0) return opened;
    const ownDemonymKeywords = new Set<string>();
    for (const fact of this.facts) {
      const ownDemonyms = (this.entities.get(this.countryOf(fact.entity))?.demonyms ?? []).map((d) => `${d.toLowerCase()} `);
      if (ownDemonyms.length === 0) continue;
      for (const keyword of fact.keywords) if (ownDemonyms.some((d) => keyword.toLowerCase().startsWith(d))) ownDemonymKeywords.add(keyword.toLowerCase());
    }
    return opened.filter((phrase) => !ownDemonymKeywords.has(phrase.toLowerCase()));
  }

  /** Every fact with what the engine derives from it (made now for those not made yet). */
  get indexed(): IndexedFact[] {
    return (this.madeAll ??= this.facts.map((_, i) => this.indexedAt(i)));
  }

  /** Every concept some fact's keywords use, by the fact's unit: the measure vocabulary of the loaded data. */
  get measureConcepts(): Map<Unit, Set<string>> {
    if (!this.measureVocabulary) {
      const vocabulary = new Map<Unit, Set<string>>();
      // Facts repeat their keywords, and keywordsOf shares the concept set of equal keywords.
      const added = new Map<Unit, Set<Set<string>>>();
      for (const fact of this.facts) {
        const set = this.keywordsOf(fact.keywords).set;
        let seen = added.get(fact.unit);
        if (!seen) added.set(fact.unit, (seen = new Set()));
        if (seen.has(set)) continue;
        seen.add(set);
        let concepts = vocabulary.get(fact.unit);
        if (!concepts) vocabulary.set(fact.unit, (concepts = new Set()));
        for (const concept of set) concepts.add(concept);
      }
      this.measureVocabulary = vocabulary;
    }
    return this.measureVocabulary;
  }

  /** A concept some fact's keywords use that is no generic word: it can name one measure among others. */
  isSpecificMeasureConcept(concept: string): boolean {
    return this.allMeasureConcepts.has(concept) && !this.vocabulary.isGeneric(concept);
  }

  /**
   * Keywords that write a cardinal number among words ("six datasets", "Level 2", "25% deposit"), each as a
   * pattern with how far around a figure it may reach: a figure inside one names the measure, it is no value.
   * A keyword of a number alone, or of a rank ("second largest"), is left out: a rank may be the value.
   */
  get keywordsWithNumbers(): readonly NumberedKeyword[] {
    if (!this.numberedKeywords) {
      const found = new Map<string, NumberedKeyword>();
      for (const fact of this.facts) {
        for (const keyword of fact.keywords) {
          const key = keyword.toLowerCase();
          if (found.has(key) || !mayContainNumber(key)) continue;
          const numbers = scanNumbers(key);
          if (numbers.length === 0 || numbers.some((n) => n.unit === 'rank')) continue;
          const rest = numbers.reduceRight((text, n) => text.slice(0, n.start) + text.slice(n.end), key);
          if (!/\p{L}{2}/u.test(rest)) continue;
          const words = escapeRegExp(key).replace(/\s+/g, '\\s+');
          found.set(key, { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu'), reach: key.length + KEYWORD_REACH_SLACK });
        }
      }
      this.numberedKeywords = [...found.values()];
    }
    return this.numberedKeywords;
  }

  /** The nouns some fact's keywords qualify by an ordinal ("round" of "second round"), in lower case. */
  get ordinalNouns(): ReadonlySet<string> {
    if (!this.variantNouns) {
      this.variantNouns = new Set();
      for (const fact of this.facts) for (const variant of ordinalVariantsOfFact(fact.keywords)) this.variantNouns.add(variant.slice(variant.indexOf(' ') + 1));
    }
    return this.variantNouns;
  }

  /** Every word of some fact's keywords, in lower case, as written: "target" where a dataset measures targets. */
  get keywordWords(): ReadonlySet<string> {
    if (!this.anyKeywordWords) {
      this.anyKeywordWords = new Set();
      for (const fact of this.facts) for (const keyword of fact.keywords) for (const word of keyword.toLowerCase().split(/\s+/)) this.anyKeywordWords.add(word);
    }
    return this.anyKeywordWords;
  }

  /**
   * Some fact is a forecast or an outlook by its measure or the series it comes from ("IATA industry
   * outlook, June 2024"): then a figure a draft says was forecast may state it.
   */
  get measuresForecasts(): boolean {
    if (this.forecastFacts === undefined) this.forecastFacts = this.facts.some((fact) => FORECAST_SERIES.test(`${fact.measure} ${fact.via ?? ''}`));
    return this.forecastFacts;
  }

  /**
   * Some percentage change is measured in "points" by its keywords: then "up 1.6 points" states such a
   * change. Without it, points are what a subject counts (a game's, an index's).
   */
  get percentChangesInPoints(): boolean {
    if (this.pointsArePercent === undefined) {
      const points = this.vocabulary.conceptOf('points');
      this.pointsArePercent = this.facts.some((f) => f.unit === 'percent' && f.change === true && this.keywordsOf(f.keywords).set.has(points));
    }
    return this.pointsArePercent;
  }

  /**
   * True for a concept some fact's keywords or measure use: a word the datasets measure by, known as a
   * noun of the subject even where the vocabulary lists no synonym for it ("car" in "cars' share").
   */
  isMeasureWord(concept: string): boolean {
    if (!this.anyMeasureWordConcepts) {
      this.anyMeasureWordConcepts = new Set(this.allMeasureConcepts);
      for (const fact of this.facts) for (const concept of this.measureWordsOf(fact.measure)) this.anyMeasureWordConcepts.add(concept);
    }
    return this.anyMeasureWordConcepts.has(concept);
  }

  /** A concept some dataset measures by, counts or groups as a synonym ("sales", "car", "medals"). */
  isDatasetWord(concept: string): boolean {
    const vocabulary = this.vocabulary;
    return vocabulary.isCountedNoun(concept) || vocabulary.isSubjectConcept(concept) || this.isMeasureWord(concept);
  }

  /**
   * The dates of a period a source names after an event ("In Tokyo 2020" for a period of 2021), by the
   * name and year as written ("tokyo 2020"), or undefined.
   */
  namedPeriod(name: string, year: string): MonthSpan | undefined {
    const names = this.periodNamesByYear();
    return names.size > 0 ? names.get(`${name.toLowerCase()} ${year}`) : undefined;
  }

  /**
   * Event names the datasets' periods go by without their year ("Tokyo" of "In Tokyo 2020"), each with
   * its dates: only names that stand for one period, and none that an entity goes by ("in Paris" is a place
   * whatever "the Paris 2024 Olympic Games" dates).
   */
  get bareEventNames(): ReadonlyMap<string, MonthSpan> {
    if (!this.eventNames) {
      const spans = new Map<string, MonthSpan | null>();
      const places = new Set<string>();
      for (const entity of this.entities.values()) for (const name of [entity.name, ...entity.aliases]) places.add(name.toLowerCase());
      for (const [key, span] of this.periodNamesByYear()) {
        const name = key.slice(0, key.lastIndexOf(' '));
        // A month without its year is any year's ("in December"), and a word that opens a period's text ("In
        // 2023", "Since 2019", "January-March 2024") names no event.
        if (MONTH_BEFORE_YEAR.test(name) || NOT_AN_EVENT.test(name) || places.has(name)) continue;
        const known = spans.get(name);
        spans.set(name, known === undefined || (known && known.from === span.from && known.to === span.to) ? span : null);
      }
      this.eventNames = new Map([...spans].filter((entry): entry is [string, MonthSpan] => entry[1] !== null));
    }
    return this.eventNames;
  }

  /**
   * Where the datasets' fiscal year starts, in months from January of the year that names it, when every
   * whole fiscal year their periods name agrees ("FY2024", October 2023 to September 2024: -3; Japan's
   * "fiscal 2022", April 2022 to March 2023: +3). Undefined when none is named or two disagree: fiscal years
   * are each organisation's own.
   */
  get fiscalYearStart(): number | undefined {
    if (this.fiscalStart === null) {
      const starts = new Set<number>();
      for (const fact of this.facts) {
        const named = fact.period?.text ? FISCAL_YEAR_TEXT.exec(fact.period.text) : null;
        if (!named) continue;
        const span = periodMonths(fact.period!);
        if (span.to - span.from !== MONTHS_IN_A_YEAR - 1) continue;
        starts.add(span.from - fiscalYearNamed(named[1]) * MONTHS_IN_A_YEAR);
      }
      this.fiscalStart = starts.size === 1 ? [...starts][0] : undefined;
    }
    return this.fiscalStart;
  }

  private periodNamesByYear(): Map<string, MonthSpan> {
    if (!this.periodNames) {
      this.periodNames = new Map();
      for (const fact of this.facts) {
        if (!fact.period?.text) continue;
        const span = periodMonths(fact.period);
        for (const m of fact.period.text.matchAll(NAMED_PERIOD)) {
          // A month names its own dates only: "the week before 4 February 2025" is no period of February.
          if (!namesItsOwnMonth(m[1], Number(m[2]), span)) continue;
          this.periodNames.set(`${m[1].toLowerCase()} ${m[2]}`, span);
        }
      }
    }
    return this.periodNames;
  }

  /** Every concept some fact's keywords use, whatever the unit. */
  get allMeasureConcepts(): ReadonlySet<string> {
    if (!this.anyMeasureConcepts) {
      this.anyMeasureConcepts = new Set();
      for (const concepts of this.measureConcepts.values()) for (const concept of concepts) this.anyMeasureConcepts.add(concept);
    }
    return this.anyMeasureConcepts;
  }

  /** Matches any topic word at a word start, case-insensitively. */
  get topicPattern(): RegExp {
    return this.vocabulary.topicPattern;
  }

  /** The IndexedFact of the fact at a position, made once. */
  private indexedAt(position: number): IndexedFact {
    const done = this.made[position];
    if (done) return done;
    const fact = this.facts[position]!;
    const keywords = this.keywordsOf(this.measureKeywords(fact));
    const vendorKey = joinKey(fact.vendors);
    let vendorSet = this.vendorSets.get(vendorKey);
    if (!vendorSet) this.vendorSets.set(vendorKey, (vendorSet = new Set(fact.vendors)));
    const span = fact.period ? periodMonths(fact.period) : null;
    const nounSet = this.nounsOf(fact.measure, keywords.set);
    const measureSet = this.withoutOwnName(this.measureWordsOf(fact.measure), fact);
    const indexed: IndexedFact = {
      fact,
      unit: fact.unit,
      value: fact.value,
      entity: fact.entity,
      change: Boolean(fact.change),
      growth: !fact.change && (GROWTH_MEASURE.test(fact.measure) || fact.keywords.some((k) => GROWTH_KEYWORD.test(k))),
      reduction: !fact.change && (REDUCTION_MEASURE.test(fact.measure) || fact.keywords.some((k) => REDUCTION_KEYWORD.test(k))),
      fromANorm: DIFFERENCE_MEASURE.test(fact.measure),
      belowANorm: !fact.change && fact.value >= 0 && DIFFERENCE_MEASURE.test(fact.measure) && BELOW_ONLY.test(fact.measure),
      per: fact.per,
      baseYear: fact.change ? yearInMeasureOf(fact) : undefined,
      // Set here, read later: every fact keeps one shape for the engine's hot paths.
      yearInMeasure: undefined,
      country: this.countryOf(fact.entity),
      keywordConcepts: keywords.concepts,
      conceptSet: keywords.set,
      onlyGenericKeywords: [...keywords.set].every((concept) => this.vocabulary.isGeneric(concept)),
      vendorSet,
      nounSet,
      measureSet,
      unitNouns: this.unitNounsOf(fact.measure),
      scope: this.scopeOf(fact),
      span,
      stated: statedFact(fact.value, fact.qualifier, fact.upper),
    };
    this.made[position] = indexed;
    return indexed;
  }

  private indexedList(positions: Positions | undefined): IndexedFact[] {
    const list: IndexedFact[] = [];
    if (positions) for (let i = 0; i < positions.length; i++) list.push(this.indexedAt(positions[i]!));
    return list;
  }

  /** Positions of the facts in a country (about it or any of its places and bodies), in the files' order. */
  private countryPositions(country: string): Positions | undefined {
    let found = this.byCountry.get(country);
    if (found) return found;
    if (!this.entitiesByCountry) {
      this.entitiesByCountry = new Map();
      for (const entity of this.byEntity.keys()) push(this.entitiesByCountry, this.countryOf(entity), entity);
    }
    const members = this.entitiesByCountry.get(country);
    if (!members) return undefined;
    if (members.length === 1) found = this.byEntity.get(members[0]!)!;
    else {
      let size = 0;
      for (const id of members) size += this.byEntity.get(id)!.length;
      const merged = new Int32Array(size);
      let at = 0;
      for (const id of members) {
        merged.set(this.byEntity.get(id)!, at);
        at += this.byEntity.get(id)!.length;
      }
      found = merged.sort();
    }
    this.byCountry.set(country, found);
    return found;
  }

  /**
   * The nouns a fact counts: its measure's first counted noun ("surveyed towns that bought widgets"
   * counts towns) and the keywords' counted nouns. Shared by facts with the same measure and keywords
   * (never changed after this), as large datasets repeat them.
   */
  private nounsOf(measure: string, keywordConcepts: Set<string>): Set<string> {
    let perKeywords = this.nounSets.get(keywordConcepts);
    if (!perKeywords) this.nounSets.set(keywordConcepts, (perKeywords = new Map()));
    let nounSet = perKeywords.get(measure);
    if (nounSet) return nounSet;
    nounSet = new Set<string>();
    const words = measure.toLowerCase().match(/[\p{L}][\p{L}'’-]*|[()]/gu) ?? [];
    // A unit the measure ends on with "in" ("life expectancy at birth, in years") is what it counts, before
    // any noun that only describes it ("birth").
    const unit = this.unitNounAt(words);
    for (let k = unit?.at ?? 0; k < words.length; k++) {
      if (unit && k === unit.at) {
        // A unit of two words ("in terawatt hours (TWh)"): the phrase, and its abbreviation.
        nounSet.add(unit.concept);
        for (const abbreviation of this.abbreviationAfter(words, unit.end)) nounSet.add(abbreviation);
        break;
      }
      const concept = this.vocabulary.conceptOf(words[k]);
      if (!this.vocabulary.isCountedNoun(concept)) continue;
      nounSet.add(concept);
      // "in gigawatts (GW)", "in gigawatt hours (GWh)": the noun in parentheses right after it (or after
      // its second word) is the same one.
      for (const open of [k + 1, k + 2]) {
        const inParentheses = words[open] === '(' && words[open + 2] === ')' ? this.vocabulary.conceptOf(words[open + 1]) : undefined;
        if (inParentheses !== undefined && this.vocabulary.isCountedNoun(inParentheses)) nounSet.add(inParentheses);
      }
      break;
    }
    for (const concept of keywordConcepts) if (this.vocabulary.isCountedNoun(concept)) nounSet.add(concept);
    perKeywords.set(measure, nounSet);
    return nounSet;
  }

  /**
   * Where a counted noun after "in" ends a measure's words ("…, in years", "in gigawatts (GW)"), if one
   * does; "cases in children under five" names who, not a unit.
   */
  private unitNounAt(words: readonly string[]): { at: number; end: number; concept: string } | undefined {
    let last = words.length - 1;
    // Past the unit's other name in parentheses, of one to three words: "(GW)", "(metric tons)".
    if (words[last] === ')') {
      const open = words.lastIndexOf('(', last);
      if (open >= last - 1 - UNIT_PHRASE_LONGEST && open < last - 1) last = open - 1;
    }
    const vocabulary = this.vocabulary;
    if (last > 0 && words[last - 1] === 'in') {
      const concept = vocabulary.conceptOf(words[last]);
      if (vocabulary.isCountedNoun(concept)) return { at: last, end: last, concept };
    }
    // A unit of two or three words the datasets count in: "…, in terawatt hours (TWh)", "in compensated gross tonnes (CGT)".
    for (let length = 2; length <= UNIT_PHRASE_LONGEST && last >= length; length++) {
      if (words[last - length] !== 'in') continue;
      const concept = vocabulary.conceptOf(words.slice(last - length + 1, last + 1).join(' '));
      if (vocabulary.isCountedNoun(concept)) return { at: last - length + 1, end: last, concept };
    }
    return undefined;
  }

  /**
   * The counted nouns in parentheses right after word `end` ("(TWh)"). Another name of the unit in two or three
   * words ("tonnes (metric tons)") counts as its phrase and as its last word, as a unit of two words does.
   */
  private abbreviationAfter(words: readonly string[], end: number): string[] {
    if (words[end + 1] !== '(') return [];
    const close = words.indexOf(')', end + 2);
    if (close < end + 3 || close > end + 2 + UNIT_PHRASE_LONGEST) return [];
    const vocabulary = this.vocabulary;
    const concepts = [vocabulary.conceptOf(words.slice(end + 2, close).join(' '))];
    if (close > end + 3) concepts.push(vocabulary.conceptOf(words[close - 1]));
    return concepts.filter((concept) => vocabulary.isCountedNoun(concept));
  }

  /** The concepts of a fact's keywords that name a place other than its entity, or null (see IndexedFact.scope). */
  private scopeOf(fact: Fact): ReadonlySet<string> | null {
    let scope: Set<string> | null = null;
    for (const keyword of fact.keywords) {
      const place = this.placeNames().get(keyword.toLowerCase());
      if (place === undefined || place === fact.entity) continue;
      (scope ??= new Set()).add(this.vocabulary.conceptOf(keyword));
    }
    return scope;
  }

  /** Names, aliases and demonyms of the catalogue's countries, regions and cities, in lower case, by entity id. */
  private placeNames(): Map<string, string> {
    if (!this.placeNamesByText) {
      this.placeNamesByText = new Map();
      for (const entity of this.entities.values()) {
        if (entity.kind !== 'country' && entity.kind !== 'region' && entity.kind !== 'city') continue;
        for (const name of [entity.name, ...entity.aliases, ...(entity.demonyms ?? [])]) this.placeNamesByText.set(name.toLowerCase(), entity.id);
      }
    }
    return this.placeNamesByText;
  }

  /** The concepts of the unit a measure ends on after "in" and of its abbreviation in parentheses, or null. */
  private unitNounsOf(measure: string): ReadonlySet<string> | null {
    let known = this.unitNouns.get(measure);
    if (known === undefined) {
      const words = measure.toLowerCase().match(/[\p{L}][\p{L}'’-]*|[()]/gu) ?? [];
      const unit = this.unitNounAt(words);
      known = null;
      if (unit !== undefined) {
        known = new Set([unit.concept]);
        // A unit of two words is written by its head noun too: "19 points" in percentage points.
        if (unit.end > unit.at) known.add(this.vocabulary.conceptOf(words[unit.end]));
        for (const abbreviation of this.abbreviationAfter(words, unit.end)) known.add(abbreviation);
      }
      this.unitNouns.set(measure, known);
    }
    return known;
  }

  /**
   * A measure's words without the name of the fact's own place ("gap between the EU gas storage filling level
   * and …" of the EU): it says whose the figures are, which the entity tells; another place's name ("widgets
   * sold outside Utopia" of a maker) is what the measure measures, and so is "global" or "world" ("global
   * mean temperature"), which describes a measure of the world's whole.
   */
  private withoutOwnName(words: Set<string>, fact: Fact): Set<string> {
    if (fact.entity === this.worldEntity()) return words;
    const places = this.placeNames();
    let own: string[] | undefined;
    for (const word of words) if (places.get(word) === fact.entity) (own ??= []).push(word);
    if (own === undefined) return words;
    const key = `${fact.entity}\u0000${fact.measure}`;
    let set = this.measureSets.get(key);
    if (!set) this.measureSets.set(key, (set = new Set([...words].filter((w) => !own!.includes(w)))));
    return set;
  }

  /** Concepts of a measure's words, shared by facts with the same measure. */
  private measureWordsOf(measure: string): Set<string> {
    let set = this.measureSets.get(measure);
    if (!set) {
      set = new Set<string>();
      for (const word of measure.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []) set.add(this.vocabulary.conceptOf(word));
      this.measureSets.set(measure, set);
    }
    return set;
  }

  /**
   * The keywords of every fact with this fact's measure and unit, in the files' order: facts that measure
   * the same thing (another period, another place) are told apart by their period and entity, never by a
   * word one source's quote gave one of them ("lowest" for one year's FDI total). One pass over the facts,
   * on first use.
   */
  private measureKeywords(fact: Fact): readonly string[] {
    if (!this.keywordsByMeasure) {
      // By unit, then by measure: no key is made by joining strings, for each of 100,000 facts.
      const byUnit = new Map<Unit, Map<string, string[]>>();
      for (const f of this.facts) {
        let byMeasure = byUnit.get(f.unit);
        if (!byMeasure) byUnit.set(f.unit, (byMeasure = new Map()));
        const list = byMeasure.get(f.measure);
        // A measure's first fact lends its own list until a second fact adds a keyword to it.
        if (!list) byMeasure.set(f.measure, f.keywords as string[]);
        else if (f.keywords !== list && f.keywords.some((k) => !list.includes(k))) byMeasure.set(f.measure, [...list, ...f.keywords.filter((k) => !list.includes(k))]);
      }
      this.keywordsByMeasure = byUnit;
    }
    return this.keywordsByMeasure.get(fact.unit)?.get(fact.measure) ?? fact.keywords;
  }

  /** Keyword concepts, shared by facts with the same keywords: large datasets repeat them. */
  private keywordsOf(keywords: readonly string[]): { concepts: KeywordConcepts[]; set: Set<string> } {
    let node = this.keywordCache;
    for (const keyword of keywords) {
      node.next ??= new Map();
      let child = node.next.get(keyword);
      if (!child) node.next.set(keyword, (child = {}));
      node = child;
    }
    if (!node.found) {
      // Function words in a keyword ("in use", "of all") say nothing about the measure: drop them.
      const concepts = keywords
        .map((keyword) => {
          const whole = this.vocabulary.conceptOf(keyword);
          if (!whole.includes(' ')) return { keyword, parts: [whole], key: whole };
          const parts = keyword
            .split(/\s+/)
            .filter((w) => !KEYWORD_STOPWORDS.has(w.toLowerCase()))
            .map((w) => this.vocabulary.conceptOf(w));
          return { keyword, parts, key: parts.join(' '), ...(this.vocabulary.knowsPhrase(keyword) ? { whole } : {}) };
        })
        .filter((k) => k.parts.length > 0);
      node.found = { concepts, set: new Set(concepts.flatMap((k) => k.parts)) };
    }
    return node.found;
  }

  fact(id: string): Fact | undefined {
    const position = this.positionOf(id);
    return position === undefined ? undefined : this.facts[position];
  }

  indexedFact(id: string): IndexedFact | undefined {
    const position = this.positionOf(id);
    return position === undefined ? undefined : this.indexedAt(position);
  }

  /** The dataset file that holds a fact (one the index uses, not one under review), by its position. */
  fileOf(id: string): string | undefined {
    const position = this.positionOf(id);
    if (position === undefined) return undefined;
    let found: string | undefined;
    // Files are few: the last one that starts at or before the position holds it.
    for (const { file, start } of this.fileStarts) {
      if (start > position) break;
      found = file;
    }
    return found;
  }

  private positionOf(id: string): number | undefined {
    if (!this.byId) {
      // A later fact with the same id wins, as it did when the facts were added one by one.
      this.byId = new Map();
      this.facts.forEach((fact, i) => this.byId!.set(fact.id, i));
    }
    return this.byId.get(id);
  }

  entity(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  vendor(id: string): Vendor | undefined {
    return this.vendors.get(id);
  }

  source(id: string): Source | undefined {
    return this.sources.get(id);
  }

  /** True when `url` is where a source of the datasets was published: a link to it cites that source. */
  isSourceUrl(url: string): boolean {
    this.sourceUrls ??= new Set([...this.sources.values()].map((source) => source.url));
    return this.sourceUrls.has(url);
  }

  allEntities(): Entity[] {
    return [...this.entities.values()];
  }

  allVendors(): Vendor[] {
    return [...this.vendors.values()];
  }

  /**
   * The measure concepts of an entity's own facts that tell a measure apart: not generic, not the
   * engine's neutral verbs ("capacity", "grace", "online"); a country's include its places' and bodies'.
   */
  specificConceptsOf(id: string): string[] {
    let found = this.specificConcepts.get(id);
    if (!found) {
      const concepts = new Set<string>();
      const list = this.entities.get(id)?.kind === 'country' ? this.countryPositions(id) : this.byEntity.get(id);
      // Facts with equal keywords share one concept set: each set is read once.
      const seen = new Set<Set<string>>();
      for (let i = 0; i < (list?.length ?? 0); i++) {
        const set = this.keywordsOf(this.facts[list![i]!]!.keywords).set;
        if (seen.has(set)) continue;
        seen.add(set);
        for (const concept of set) if (!this.vocabulary.isGeneric(concept) && !this.vocabulary.isNeutral(concept)) concepts.add(concept);
      }
      found = [...concepts];
      this.specificConcepts.set(id, found);
    }
    return found;
  }

  /** The id of a country's capital when the catalogue has it as an entity ("RS" → "belgrade"). */
  capitalOf(countryId: string): string | undefined {
    const capital = this.entities.get(countryId)?.capital;
    if (!capital) return undefined;
    for (const entity of this.entities.values()) {
      if (entity.country === countryId && (entity.name === capital || entity.aliases.includes(capital))) return entity.id;
    }
    return undefined;
  }

  /**
   * The country an entity belongs to (itself for a country). A country no dataset defines, given by its
   * code alone, is the foreign country the prose's names of it stand for ("~FR" for "France").
   */
  countryOf(entityId: string): string {
    const country = this.entities.get(entityId)?.country;
    if (country === undefined) return entityId;
    return this.entities.has(country) || !isCountryCode(country) ? country : foreignId(country);
  }

  /**
   * The month (0–11) the datasets' seasons start in, where their facts count in seasons across two years
   * (a cocoa year from October, a football season from July): the most common start of such spans.
   * Undefined when no fact does. Worked out on first use: only a season written "2024/25" asks.
   */
  seasonStartMonth(): number | undefined {
    if (this.seasonStart === null) {
      const counts = new Map<number, number>();
      for (const fact of this.facts) {
        const span = fact.period ? periodMonths(fact.period) : null;
        if (span && Math.floor(span.from / MONTHS_IN_A_YEAR) + 1 === Math.floor(span.to / MONTHS_IN_A_YEAR) && span.to - span.from === MONTHS_IN_A_YEAR - 1) {
          const month = span.from % MONTHS_IN_A_YEAR;
          counts.set(month, (counts.get(month) ?? 0) + 1);
        }
      }
      let best: number | undefined;
      for (const [month, count] of counts) if (best === undefined || count > counts.get(best)!) best = month;
      this.seasonStart = best;
    }
    return this.seasonStart;
  }

  /**
   * The entity that stands for the whole world, when a dataset names one ("the world", "global"): the
   * market a party's figures are of when the text names no place. Undefined when none does.
   */
  worldEntity(): string | undefined {
    if (this.worldId === null) {
      this.worldId = undefined;
      for (const entity of this.entities.values()) {
        if (entity.kind === 'country' || entity.kind === 'city') continue;
        if ([entity.name, ...entity.aliases].some((name) => WORLD_NAME.test(name)) && this.ownsFacts(entity.id)) {
          this.worldId = entity.id;
          break;
        }
      }
    }
    return this.worldId;
  }

  /**
   * The one entity every fact of the party (a vendor) is stored under, or undefined when its facts are
   * under several or none: a company whose figures a newsroom files under its home country.
   */
  homeOfParty(vendorId: string): string | undefined {
    let homes = this.partyHomes;
    if (homes === undefined) {
      homes = new Map();
      for (const [vendor, positions] of this.vendorPositions()) {
        const entities = new Set(positions.map((i) => this.facts[i]!.entity));
        if (entities.size === 1) homes.set(vendor, [...entities][0]!);
      }
      this.partyHomes = homes;
    }
    return homes.get(vendorId);
  }

  /**
   * A body that owns no fact in any dataset (a market tracker, a statistics office): named as a source far
   * more often than as the subject of a figure.
   */
  onlyASource(id: string | null): boolean {
    return id !== null && this.entity(id)?.kind === 'body' && !this.ownsFacts(id);
  }

  /** True when some fact is the entity's own (a country's places' facts do not count). */
  ownsFacts(id: string): boolean {
    return this.byEntity.has(id);
  }

  /** The entity's own facts, indexed. */
  ownFacts(id: string): IndexedFact[] {
    return this.indexedList(this.byEntity.get(id));
  }

  /** Facts about an entity: for a country, all facts in it; for a place or body, its own; for a vendor, its facts. */
  factsAbout(id: string): Fact[] {
    const entity = this.entities.get(id);
    let list: Positions | undefined;
    if (entity) list = entity.kind === 'country' ? this.countryPositions(id) : this.byEntity.get(id);
    else if (this.vendors.has(id)) list = this.vendorPositions().get(id);
    else list = this.countryPositions(id);
    return list ? Array.from(list, (i) => this.facts[i]!) : [];
  }

  /**
   * The one currency the entity's own sums are given in, when its facts hold sums and all in one currency
   * (a company that reports in US dollars); else null. Not a country's: the facts of a country's many bodies
   * and series say nothing of the money its writers mean.
   */
  /**
   * The one currency of the entity's own sums that the sign stands for ("kr": the kronor among a prize's
   * kronor, dollars and euros); else null.
   */
  currencyWrittenWith(id: string, sign: string): string | null {
    const units = new Set((this.byEntity.get(id) ?? []).map((i) => this.facts[i]!.unit).filter((unit) => isCurrency(unit) && writtenWith(sign, unit)));
    return units.size === 1 ? [...units][0]! : null;
  }

  /** The one country whose facts (its own or its places') alone are counted in this currency ("INR"); else undefined. */
  homeOfCurrency(unit: string): string | undefined {
    if (!this.currencyCountries) {
      this.currencyCountries = new Map();
      for (const fact of this.facts) {
        if (!isCurrency(fact.unit)) continue;
        let countries = this.currencyCountries.get(fact.unit);
        if (!countries) this.currencyCountries.set(fact.unit, (countries = new Set()));
        countries.add(this.countryOf(fact.entity));
      }
    }
    const countries = this.currencyCountries.get(unit);
    return countries?.size === 1 ? [...countries][0] : undefined;
  }

  soleCurrencyOf(id: string): string | null {
    let currency = this.soleCurrencies.get(id);
    if (currency === undefined) {
      currency = null;
      const units = new Set((this.byEntity.get(id) ?? []).map((i) => this.facts[i]!.unit).filter(isCurrency));
      if (units.size === 1) currency = [...units][0]!;
      this.soleCurrencies.set(id, currency);
    }
    return currency;
  }

  /**
   * The first of factsAbout(id), in its order, with this unit and value and another id: the fact whose
   * value a part's whole is ("265 of the 352" and a fact of 352). A country's facts are looked up among
   * those of the unit in value order (equal values keep the files' order), not read one by one.
   * Returned with what the index derives from it, as candidatesFor returns facts.
   */
  indexedAboutWithValue(id: string, unit: Unit, value: number, exceptId: string): IndexedFact | undefined {
    const entity = this.entities.get(id);
    const isCountry = entity ? entity.kind === 'country' : !this.vendors.has(id);
    if (!isCountry) {
      // A place's or a body's own facts (a vendor's, for a vendor's id), in the files' order.
      const positions = (entity ? this.byEntity.get(id) : this.vendorPositions().get(id)) ?? [];
      for (let i = 0; i < positions.length; i++) {
        const fact = this.facts[positions[i]!]!;
        if (fact.value === value && fact.unit === unit && fact.id !== exceptId) return this.indexedAt(positions[i]!);
      }
      return undefined;
    }
    const sorted = this.countryByUnit(id).get(unit);
    if (!sorted) return undefined;
    const { positions, values } = sorted;
    for (let i = firstAtOrAbove(values, value); i < positions.length; i++) {
      if (values[i] !== value) return undefined;
      if (this.facts[positions[i]!]!.id !== exceptId) return this.indexedAt(positions[i]!);
    }
    return undefined;
  }

  private vendorPositions(): Map<string, number[]> {
    if (!this.byVendor) {
      this.byVendor = new Map();
      this.facts.forEach((fact, i) => {
        for (const vendor of fact.vendors) push(this.byVendor!, vendor, i);
      });
    }
    return this.byVendor;
  }

  /**
   * Facts a figure about this entity may state. A country with few facts gives all of them. A large one
   * gives the facts of the entity itself and of its country, and of its other places and bodies only
   * those whose value is near the figure's: a place's figure is linked to a sentence about the country
   * only on the strength of its value, so the cost is what the relevant facts cost.
   */
  candidatesFor(entityId: string, unit: Unit, value: number): IndexedFact[] {
    const found = this.candidatesInCountry(entityId, unit, value);
    const published = this.publishedBy(entityId);
    if (published.length === 0) return found;
    // A body that publishes many facts offers, like a large country, those of the figure's unit near its value.
    const offered = published.length <= SMALL_COUNTRY ? published : published.filter((indexed) => indexed.unit === unit && nearInValue(indexed.value, value));
    return [...found, ...offered.filter((indexed) => !found.includes(indexed))];
  }

  /**
   * The facts a body publishes about entities outside its country: those whose source's publisher or own
   * source ("via") names it ("WHO", "IDC's tracker"). A figure the writer gives as the body's ("the WHO
   * counts 81,000 deaths") may be one of them, measured of the world or another country.
   */
  publishedBy(bodyId: string): readonly IndexedFact[] {
    if (!this.published) {
      this.published = new Map();
      const bodies = [...this.entities.values()].filter((entity) => entity.kind === 'body');
      // The bodies a publisher's name or a fact's "via" (the source's own source) names, once per text.
      const named = new Map<string, string[]>();
      const namedIn = (text: string): string[] => {
        let ids = named.get(text);
        if (!ids) named.set(text, (ids = bodies.filter((body) => namesItsBody(text, body)).map((body) => body.id)));
        return ids;
      };
      this.facts.forEach((fact, i) => {
        const publisher = this.sources.get(fact.source)?.publisher ?? '';
        // A fact of the body's own country is a candidate of its anyway (candidatesInCountry).
        for (const body of new Set([...namedIn(publisher), ...namedIn(fact.via)])) if (this.countryOf(fact.entity) !== this.countryOf(body)) push(this.published!, body, this.indexedAt(i));
      });
    }
    return this.published.get(bodyId) ?? [];
  }

  /** True when the body publishes the fact (publishedBy); a set, for bodies that publish many. */
  publishes(bodyId: string, indexed: IndexedFact): boolean {
    let set = this.publishedSets.get(bodyId);
    if (!set) this.publishedSets.set(bodyId, (set = new Set(this.publishedBy(bodyId))));
    return set.has(indexed);
  }

  private candidatesInCountry(entityId: string, unit: Unit, value: number): IndexedFact[] {
    const country = this.countryOf(entityId);
    const all = this.countryPositions(country);
    if (!all) return [];
    if (all.length <= SMALL_COUNTRY) {
      let list = this.countryIndexed.get(country);
      if (!list) this.countryIndexed.set(country, (list = this.indexedList(all)));
      return list;
    }
    const base = this.ownAndCountryFacts(entityId, country);
    const found = base.list.slice();
    const units: Unit[] = isShareUnit(unit) ? ['percent', 'fraction'] : [unit];
    for (const u of units) {
      const list = this.countryByUnit(country).get(u);
      if (!list) continue;
      const v = u === unit ? value : u === 'fraction' ? value / 100 : value * 100;
      // The values are read from the list: facts scattered over the heap cost a slow load each.
      for (const k of nearestByRatio(list, v, NEAR_VALUE_CANDIDATES)) {
        if (!nearInValue(list.values[k]!, v)) continue;
        const indexed = this.indexedAt(list.positions[k]!);
        // Each fact once, in the order first met, as a set of them would keep it.
        if (!base.set.has(indexed) && !found.includes(indexed, base.list.length)) found.push(indexed);
      }
    }
    return found;
  }

  /**
   * A large country's candidates for an entity start with the entity's own facts and the country's, in
   * the files' order: the same for every figure about the entity, so made once per entity.
   */
  private ownAndCountryFacts(entityId: string, country: string): { list: IndexedFact[]; set: Set<IndexedFact> } {
    let base = this.candidateBases.get(entityId);
    if (!base) {
      const set = new Set<IndexedFact>(this.indexedList(this.byEntity.get(entityId)));
      if (country !== entityId) for (const indexed of this.indexedList(this.byEntity.get(country))) set.add(indexed);
      base = { list: [...set], set };
      this.candidateBases.set(entityId, base);
    }
    return base;
  }

  private countryByUnit(country: string): Map<Unit, ValueOrder> {
    let byUnit = this.byCountryUnit.get(country);
    if (!byUnit) this.byCountryUnit.set(country, (byUnit = byUnitInValueOrder(this.facts, this.countryPositions(country) ?? [])));
    return byUnit;
  }

  /**
   * Facts of a unit whose value lies within `spread` of `value`, closest first, at most `limit` of them:
   * a figure that repeats another fact's value is that close to it, and large datasets hold many
   * values nearby.
   */
  factsNearValue(unit: Unit, value: number, spread: number, limit: number): IndexedFact[] {
    this.byUnit ??= byUnitInValueOrder(this.facts, null);
    const list = this.byUnit.get(unit);
    if (!list) return [];
    const { positions, values } = list;
    const lo = firstAtOrAbove(values, value);
    const found: IndexedFact[] = [];
    let below = lo - 1;
    let above = lo;
    while (found.length < limit) {
      const downGap = below >= 0 ? value - values[below]! : Infinity;
      const upGap = above < positions.length ? values[above]! - value : Infinity;
      if (Math.min(downGap, upGap) > spread) break;
      if (downGap <= upGap) found.push(this.indexedAt(positions[below--]!));
      else found.push(this.indexedAt(positions[above++]!));
    }
    return found;
  }

  /** The name a writer would use for an entity or vendor id. */
  displayName(id: string): string {
    return this.entities.get(id)?.name ?? this.vendors.get(id)?.name ?? foreignCountryName(id) ?? (isCountryCode(id) ? foreignCountryName(foreignId(id)) : undefined) ?? id;
  }
}

/** A country with at most this many facts has all of them scored for each of its figures. */
const SMALL_COUNTRY = 64;
/** How many of a large country's facts nearest in value to a figure are scored as its candidates. */
const NEAR_VALUE_CANDIDATES = 16;
/** Beyond this factor a place's value is too far from the figure's to link them on value alone. */
const NEAR_VALUE_RATIO = 4;

/**
 * Facts of one unit in order of value: their positions in `facts`, and their values beside them, so that
 * searching by value reads one compact array instead of facts scattered over the heap.
 */
interface ValueOrder {
  positions: Int32Array;
  values: Float64Array;
}

/** The index in ascending values of the first value that is at least `value`. */
function firstAtOrAbove(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to `limit` places in a value-sorted list (indexes into it) nearest to a value by ratio, both sides of it. */
function nearestByRatio(list: ValueOrder, value: number, limit: number): number[] {
  const { values } = list;
  const lo = firstAtOrAbove(values, value);
  const distance = (i: number): number => Math.abs(Math.log((Math.abs(values[i]!) + 1) / (Math.abs(value) + 1)));
  const found: number[] = [];
  let below = lo - 1;
  let above = lo;
  while (found.length < limit && (below >= 0 || above < values.length)) {
    if (above >= values.length || (below >= 0 && distance(below) <= distance(above))) found.push(below--);
    else found.push(above++);
  }
  return found;
}

const KEYWORD_STOPWORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'into', 'with', 'and', 'or', 'all', 'come', 'made']);

/** A map key for a list of strings; a list of one is its string (no new string to build and hash). */
function joinKey(list: readonly string[]): string {
  return list.length === 1 ? list[0]! : list.join('\u0001');
}

/** Neither value is more than NEAR_VALUE_RATIO times the other. */
function nearInValue(a: number, b: number): boolean {
  return Math.abs(a) <= NEAR_VALUE_RATIO * Math.abs(b) && Math.abs(b) <= NEAR_VALUE_RATIO * Math.abs(a);
}

/** A publisher's name or a fact's "via" holds the body's name or an alias as whole words, as written: "IDC" in "IDC's Worldwide Tracker". */
function namesItsBody(text: string, body: Entity): boolean {
  return [body.name, ...body.aliases].some((name) => name.length >= MIN_PUBLISHER_NAME && containsWholeName(text, name, 'letters-and-digits'));
}
/** Names of two letters ("EU", "UN") stand for a whole family of bodies that publish. */
const MIN_PUBLISHER_NAME = 3;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export interface IndexOptions {
  /**
   * Read the names of countries no file names as places of their own (NameHit.foreign); the default.
   * The extractor proposes those countries as entities itself.
   */
  foreignCountries?: boolean;
}

export function buildIndex(files: readonly IndexInput[], options: IndexOptions = {}): FactIndex {
  return new FactIndex(files, options);
}

/**
 * Positions (all facts when `positions` is null) split by unit, each list in order of value; facts of
 * equal value keep the order given. A stable sort without a comparison callback: the values are sorted
 * natively, each fact's rank is found by binary search and the positions are placed by counting. Each
 * fact is read once, in the order given: reading 100,000 facts again in value order, scattered over
 * the heap, cost more than the sort.
 */
function byUnitInValueOrder(facts: readonly Fact[], positions: Positions | null): Map<Unit, ValueOrder> {
  const n = positions ? positions.length : facts.length;
  const values = new Float64Array(n);
  const unitOf = new Int32Array(n);
  const units: Unit[] = [];
  const unitNumbers = new Map<Unit, number>();
  for (let i = 0; i < n; i++) {
    const fact = facts[positions ? positions[i]! : i]!;
    values[i] = fact.value;
    let u = unitNumbers.get(fact.unit);
    if (u === undefined) {
      u = units.length;
      units.push(fact.unit);
      unitNumbers.set(fact.unit, u);
    }
    unitOf[i] = u;
  }
  const sorted = values.slice().sort();
  const starts = new Int32Array(n + 1);
  const ranks = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    // The first of the equal values (-0 and 0 are equal here, as they were to a comparison).
    const v = values[i]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo;
    starts[lo + 1]!++;
  }
  for (let r = 0; r < n; r++) starts[r + 1]! += starts[r]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[starts[ranks[i]!]!++] = i;
  const counts = new Int32Array(units.length);
  for (let i = 0; i < n; i++) counts[unitOf[i]!]!++;
  const lists = units.map((_, u): ValueOrder => ({ positions: new Int32Array(counts[u]!), values: new Float64Array(counts[u]!) }));
  const filled = new Int32Array(units.length);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const list = lists[unitOf[i]!]!;
    const at = filled[unitOf[i]!]!++;
    list.positions[at] = positions ? positions[i]! : i;
    list.values[at] = values[i]!;
  }
  return new Map(units.map((unit, u) => [unit, lists[u]!]));
}

const YEAR_IN_WORDS = /\b(?:19|20)\d\d\b/g;

/**
 * The one year a fact's measure or keywords name ("direct damage as a share of 2021 GDP"), or undefined: a
 * part of what is measured, so a figure's sentence that names it ("4% of the country's 2021 GDP") does not
 * date the figure by it. Kept on the fact once read.
 */
export function yearInMeasure(indexed: IndexedFact): number | undefined {
  if (indexed.yearInMeasure === undefined) indexed.yearInMeasure = yearInMeasureOf(indexed.fact) ?? null;
  return indexed.yearInMeasure ?? undefined;
}

/** The one year a fact's measure and keywords name, or undefined (see yearInMeasure). */
function yearInMeasureOf(fact: Fact): number | undefined {
  const years = new Set(`${fact.measure} ${fact.keywords.join(' ')}`.match(YEAR_IN_WORDS) ?? []);
  return years.size === 1 ? Number([...years][0]) : undefined;
}

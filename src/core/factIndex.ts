// The loaded datasets, indexed for checking: facts by entity, country and unit, names for recognition.
import type { DatasetFile, Entity, Fact, Source, Unit, Vendor } from '../dataset/schema';
import { Vocabulary, type VocabularySection } from './vocabulary';
import { NameMatcher } from './names';
import { monthsOf, type MonthSpan } from './periods';

/** What buildIndex needs from a loaded dataset file. */
export interface IndexInput {
  data: DatasetFile;
}

/** One keyword of a fact and the concepts that must all occur for it to match. */
export interface KeywordConcepts {
  keyword: string;
  parts: string[];
}

/** A fact with what the engine derives from it once, at index time. */
export interface IndexedFact {
  fact: Fact;
  country: string;
  /** Concepts of each keyword; a multi-word keyword is one concept or several words that must all occur. */
  keywordConcepts: KeywordConcepts[];
  /** All concepts of all keywords, flattened. */
  conceptSet: Set<string>;
  vendorSet: Set<string>;
  /** Nouns the fact counts, from its measure and keywords ("term of the contract (years)" counts years). */
  nounSet: Set<string>;
  /** The months the fact covers, from its period; null when the source gives none. */
  span: MonthSpan | null;
}


/** A dataset file's vocabulary, with the older top-level `topic` folded in. */
function vocabularyOf(data: DatasetFile): VocabularySection {
  const section = data.vocabulary ?? { topic: [], synonyms: {}, countedNouns: [], modifiers: [], generic: [] };
  return data.topic.length > 0 ? { ...section, topic: [...data.topic, ...section.topic] } : section;
}

export class FactIndex {
  readonly facts: Fact[] = [];
  readonly indexed: IndexedFact[] = [];
  private readonly factsById = new Map<string, IndexedFact>();
  private readonly entities = new Map<string, Entity>();
  private readonly vendors = new Map<string, Vendor>();
  private readonly sources = new Map<string, Source>();
  private readonly byEntity = new Map<string, IndexedFact[]>();
  private readonly byCountry = new Map<string, IndexedFact[]>();
  private readonly byVendor = new Map<string, IndexedFact[]>();
  private readonly byUnit = new Map<Unit, IndexedFact[]>();
  /** Facts by country and unit, sorted by value: a large country's candidates are found by value. */
  private readonly byCountryUnit = new Map<string, Map<Unit, IndexedFact[]>>();
  private readonly keywordCache = new Map<string, { concepts: KeywordConcepts[]; set: Set<string> }>();
  private readonly specificConcepts = new Map<string, string[]>();
  private readonly vendorSets = new Map<string, Set<string>>();
  /** The keyword concept sets (shared, see keywordsOf) already in measureConcepts, by unit. */
  private readonly measureSetsAdded = new Map<Unit, Set<Set<string>>>();
  /** Counted nouns by keyword concept set (itself shared, see keywordsOf) and measure. */
  private readonly nounSets = new Map<Set<string>, Map<string, Set<string>>>();
  /** Every concept some fact's keywords use, by the fact's unit: the measure vocabulary of the loaded data. */
  readonly measureConcepts = new Map<Unit, Set<string>>();
  /** The engine's neutral words and the subjects' own, from every loaded file. */
  readonly vocabulary: Vocabulary;
  readonly names: NameMatcher;

  constructor(files: readonly IndexInput[]) {
    this.vocabulary = new Vocabulary(files.map(({ data }) => vocabularyOf(data)));
    for (const { data } of files) {
      for (const entity of data.entities) this.entities.set(entity.id, entity);
      for (const vendor of data.vendors) this.vendors.set(vendor.id, vendor);
      for (const source of data.sources) this.sources.set(source.id, source);
    }
    for (const { data } of files) {
      for (const fact of data.facts) this.add(fact);
    }
    // The lists by unit are filled in value order from one sort of every fact (ties keep the files'
    // order), not sorted one by one: with 100,000 facts the comparisons were a fifth of the index.
    for (const indexed of sortedByValue(this.indexed)) {
      let byUnit = this.byCountryUnit.get(indexed.country);
      if (!byUnit) this.byCountryUnit.set(indexed.country, (byUnit = new Map()));
      push(byUnit, indexed.fact.unit, indexed);
      push(this.byUnit, indexed.fact.unit, indexed);
    }
    this.names = new NameMatcher([...this.entities.values()], [...this.vendors.values()]);
  }

  /** Matches any topic word at a word start, case-insensitively. */
  get topicPattern(): RegExp {
    return this.vocabulary.topicPattern;
  }

  private add(fact: Fact): void {
    const entity = this.entities.get(fact.entity);
    const country = entity?.country ?? fact.entity;
    const keywords = this.keywordsOf(fact.keywords);
    const vendorKey = joinKey(fact.vendors);
    let vendorSet = this.vendorSets.get(vendorKey);
    if (!vendorSet) this.vendorSets.set(vendorKey, (vendorSet = new Set(fact.vendors)));
    const span = fact.period ? { from: monthsOf(fact.period.from)[0], to: monthsOf(fact.period.to)[1] } : null;
    const nounSet = this.nounsOf(fact.measure, keywords.set);
    const indexed: IndexedFact = { fact, country, keywordConcepts: keywords.concepts, conceptSet: keywords.set, vendorSet, nounSet, span };
    let vocabulary = this.measureConcepts.get(fact.unit);
    if (!vocabulary) this.measureConcepts.set(fact.unit, (vocabulary = new Set()));
    let added = this.measureSetsAdded.get(fact.unit);
    if (!added) this.measureSetsAdded.set(fact.unit, (added = new Set()));
    if (!added.has(keywords.set)) {
      added.add(keywords.set);
      for (const concept of keywords.set) vocabulary.add(concept);
    }
    this.facts.push(fact);
    this.indexed.push(indexed);
    this.factsById.set(fact.id, indexed);
    push(this.byEntity, fact.entity, indexed);
    push(this.byCountry, country, indexed);
    for (const vendor of fact.vendors) push(this.byVendor, vendor, indexed);
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
    for (const word of measure.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []) {
      const concept = this.vocabulary.conceptOf(word);
      if (this.vocabulary.isCountedNoun(concept)) {
        nounSet.add(concept);
        break;
      }
    }
    for (const concept of keywordConcepts) if (this.vocabulary.isCountedNoun(concept)) nounSet.add(concept);
    perKeywords.set(measure, nounSet);
    return nounSet;
  }

  /** Keyword concepts, shared by facts with the same keywords: large datasets repeat them. */
  private keywordsOf(keywords: readonly string[]): { concepts: KeywordConcepts[]; set: Set<string> } {
    const key = joinKey(keywords);
    let found = this.keywordCache.get(key);
    if (!found) {
      // Function words in a keyword ("in use", "of all") say nothing about the measure: drop them.
      const concepts = keywords
        .map((keyword) => {
          const whole = this.vocabulary.conceptOf(keyword);
          if (!whole.includes(' ')) return { keyword, parts: [whole] };
          const parts = keyword.split(/\s+/).filter((w) => !KEYWORD_STOPWORDS.has(w.toLowerCase()));
          return { keyword, parts: parts.map((w) => this.vocabulary.conceptOf(w)) };
        })
        .filter((k) => k.parts.length > 0);
      found = { concepts, set: new Set(concepts.flatMap((k) => k.parts)) };
      this.keywordCache.set(key, found);
    }
    return found;
  }

  fact(id: string): Fact | undefined {
    return this.factsById.get(id)?.fact;
  }

  indexedFact(id: string): IndexedFact | undefined {
    return this.factsById.get(id);
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
      const list = this.entities.get(id)?.kind === 'country' ? this.byCountry.get(id) : this.byEntity.get(id);
      for (const indexed of list ?? []) {
        for (const concept of indexed.conceptSet) if (!this.vocabulary.isGeneric(concept) && !this.vocabulary.isNeutral(concept)) concepts.add(concept);
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

  /** The country an entity belongs to (itself for a country). */
  countryOf(entityId: string): string {
    return this.entities.get(entityId)?.country ?? entityId;
  }

  /** Facts about an entity: for a country, all facts in it; for a place or body, its own; for a vendor, its facts. */
  factsAbout(id: string): Fact[] {
    const entity = this.entities.get(id);
    let list: IndexedFact[] | undefined;
    if (entity) list = entity.kind === 'country' ? this.byCountry.get(id) : this.byEntity.get(id);
    else if (this.vendors.has(id)) list = this.byVendor.get(id);
    else list = this.byCountry.get(id);
    return (list ?? []).map((i) => i.fact);
  }

  /**
   * Facts a figure about this entity may state. A country with few facts gives all of them. A large one
   * gives the facts of the entity itself and of its country, and of its other places and bodies only
   * those whose value is near the figure's: a place's figure is linked to a sentence about the country
   * only on the strength of its value, so the cost is what the relevant facts cost.
   */
  candidatesFor(entityId: string, unit: Unit, value: number): IndexedFact[] {
    const country = this.countryOf(entityId);
    const all = this.byCountry.get(country);
    if (!all || all.length <= SMALL_COUNTRY) return all ?? [];
    const found = new Set<IndexedFact>(this.byEntity.get(entityId) ?? []);
    if (country !== entityId) for (const indexed of this.byEntity.get(country) ?? []) found.add(indexed);
    const units: Unit[] = unit === 'percent' || unit === 'fraction' ? ['percent', 'fraction'] : [unit];
    for (const u of units) {
      const list = this.byCountryUnit.get(country)?.get(u);
      if (!list) continue;
      const v = u === unit ? value : u === 'fraction' ? value / 100 : value * 100;
      for (const indexed of nearestByRatio(list, v, NEAR_VALUE_CANDIDATES)) {
        const ratio = Math.abs(indexed.fact.value) / Math.max(Number.MIN_VALUE, Math.abs(v));
        if (ratio <= NEAR_VALUE_RATIO && ratio >= 1 / NEAR_VALUE_RATIO) found.add(indexed);
      }
    }
    return [...found];
  }

  /**
   * Facts of a unit whose value lies within `spread` of `value`, closest first, at most `limit` of them:
   * a figure that repeats another fact's value is that close to it, and large datasets hold many
   * values nearby.
   */
  factsNearValue(unit: Unit, value: number, spread: number, limit: number): IndexedFact[] {
    const list = this.byUnit.get(unit);
    if (!list) return [];
    const lo = firstAtOrAbove(list, value);
    const found: IndexedFact[] = [];
    let below = lo - 1;
    let above = lo;
    while (found.length < limit) {
      const downGap = below >= 0 ? value - list[below].fact.value : Infinity;
      const upGap = above < list.length ? list[above].fact.value - value : Infinity;
      if (Math.min(downGap, upGap) > spread) break;
      if (downGap <= upGap) found.push(list[below--]);
      else found.push(list[above++]);
    }
    return found;
  }

  /** The name a writer would use for an entity or vendor id. */
  displayName(id: string): string {
    return this.entities.get(id)?.name ?? this.vendors.get(id)?.name ?? id;
  }
}

/** A country with at most this many facts has all of them scored for each of its figures. */
const SMALL_COUNTRY = 64;
/** How many of a large country's facts nearest in value to a figure are scored as its candidates. */
const NEAR_VALUE_CANDIDATES = 16;
/** Beyond this factor a place's value is too far from the figure's to link them on value alone. */
const NEAR_VALUE_RATIO = 4;

/** The position of the first fact of a value-sorted list whose value is at least `value`. */
function firstAtOrAbove(list: readonly IndexedFact[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].fact.value < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Up to `limit` facts of a value-sorted list nearest to a value by ratio, both sides of it. */
function nearestByRatio(list: readonly IndexedFact[], value: number, limit: number): IndexedFact[] {
  const lo = firstAtOrAbove(list, value);
  const distance = (i: number): number => Math.abs(Math.log((Math.abs(list[i].fact.value) + 1) / (Math.abs(value) + 1)));
  const found: IndexedFact[] = [];
  let below = lo - 1;
  let above = lo;
  while (found.length < limit && (below >= 0 || above < list.length)) {
    if (above >= list.length || (below >= 0 && distance(below) <= distance(above))) found.push(list[below--]);
    else found.push(list[above++]);
  }
  return found;
}

const KEYWORD_STOPWORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'into', 'with', 'and', 'or', 'all', 'come', 'made']);

/** A map key for a list of strings; a list of one is its string (no new string to build and hash). */
function joinKey(list: readonly string[]): string {
  return list.length === 1 ? list[0]! : list.join('\u0001');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildIndex(files: readonly IndexInput[]): FactIndex {
  return new FactIndex(files);
}

/** Facts in order of value; facts of equal value in the order given (a stable sort on the values alone). */
function sortedByValue(facts: readonly IndexedFact[]): IndexedFact[] {
  const values = new Float64Array(facts.length);
  const order = new Uint32Array(facts.length);
  for (let i = 0; i < facts.length; i++) {
    values[i] = facts[i]!.fact.value;
    order[i] = i;
  }
  order.sort((a, b) => values[a]! - values[b]! || a - b);
  const sorted: IndexedFact[] = new Array(facts.length);
  for (let i = 0; i < order.length; i++) sorted[i] = facts[order[i]!]!;
  return sorted;
}

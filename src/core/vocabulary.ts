// Measure words. The engine knows only subject-neutral language: verbs of trade, spending, installing,
// planning, ranking, rising and falling. Every subject's own words (what it counts, its synonyms, the
// words too generic to tell its measures apart) come from the datasets' `vocabulary` sections. A fact's
// keywords and a draft's words both map to concepts, so "bought" meets "purchased".
import type { Vocabulary as VocabularySection } from '../dataset/schema';
import { escapeRegExp, WORD_GAP } from './regex';
import { SCALES } from './numbers';
import { tokenizeWords } from './names';

export type { VocabularySection };

/** Word groups of any subject: the first key of each group names its concept. */
const NEUTRAL_GROUPS: Record<string, string[]> = {
  buy: ['buy', 'bought', 'purchase', 'purchased', 'purchases', 'procure', 'procured', 'procurement', 'acquire', 'acquired', 'order', 'ordered', 'contract', 'contracts'],
  spend: ['spend', 'spent', 'spending', 'cost', 'costs', 'paid', 'pay', 'worth', 'budget', 'price', 'total', 'bill', 'bills'],
  import: ['import', 'imports', 'imported', 'importing'],
  export: ['export', 'exports', 'exported', 'exporting'],
  // Not 'percent': the unit says that already, and every percentage would look like a share.
  share: ['share', 'proportion', 'portion', 'majority', 'fraction'],
  rank: ['rank', 'ranked', 'ranking', 'highest', 'largest', 'place', 'position'],
  install: ['install', 'installed', 'installing', 'deploy', 'deployed', 'operate', 'operates', 'use', 'used', 'rollout'],
  plan: ['plan', 'planned', 'plans', 'target', 'aim', 'aimed'],
  rise: ['rise', 'rose', 'risen', 'increase', 'increased', 'grew', 'grow', 'growth', 'jump', 'jumped', 'climb', 'climbed', 'surge', 'surged'],
  year: ['year', 'years', 'yr', 'yrs'],
  fall: ['fall', 'fell', 'fallen', 'decrease', 'decreased', 'decline', 'declined', 'drop', 'dropped', 'slump', 'slumped', 'plunge', 'plunged'],
};

/** Words that name where a figure comes from, or money in general, never what it measures ("the survey gives 18,166"). */
const NEUTRAL_GENERIC = ['survey', 'report', 'study', 'data', 'figure', 'figures', 'number', 'numbers', 'statistics', 'records', 'money'];

/** Nouns that any count may count without saying what: "12 units", "40 pieces", "3 systems". */
const NEUTRAL_NOUNS = ['unit', 'units', 'piece', 'pieces', 'item', 'items', 'system', 'systems', 'animal', 'animals'];

/** Words between a count and its noun that do not change what is counted: "300 new ...". */
const NEUTRAL_MODIFIERS = [
  'new', 'more', 'active', 'additional', 'different', 'other', 'public', 'such', 'similar', 'further', 'modern', 'digital',
  'separate', 'government', 'municipal', 'local', 'installed', 'operating', 'working', 'state', 'private', 'foreign',
];

/** Every word of the engine's own, subject-neutral language (for the test that keeps subjects out of it). */
export const NEUTRAL_WORDS: readonly string[] = [
  ...Object.entries(NEUTRAL_GROUPS).flatMap(([concept, words]) => [concept, ...words]),
  ...NEUTRAL_GENERIC,
  ...NEUTRAL_NOUNS,
  ...NEUTRAL_MODIFIERS,
];

/** Concepts of the engine's own verbs: after a count they end its noun phrase ("12 bought ..."). */
export const VERB_CONCEPTS: ReadonlySet<string> = new Set(['buy', 'spend', 'install', 'import', 'export', 'plan', 'rise', 'fall']);

const POSSESSIVE = /['’]s?$/;

/** Lower-cases and strips common English suffixes: "purchased", "purchases" → "purchas". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(POSSESSIVE, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * A phrase's stems, its words split as the text's words are read (names.ts `tokenizeWords`): a synonym written
 * with a character that is neither a letter nor a joiner ("µg/m3" is "µg m3", "R&D" is "r d") would otherwise
 * never match the text's words.
 */
function stemPhrase(phrase: string): string {
  return tokenizeWords(phrase).map((w) => stem(w.text)).join(' ');
}

/** The stems of the engine's own words: concepts no dataset owns. */
const NEUTRAL_CONCEPTS = new Set(NEUTRAL_WORDS.map((w) => stemPhrase(w)));
/** The neutral groups' names, as a set: an object lookup would also find "constructor" on its prototype. */
const NEUTRAL_GROUP_NAMES: ReadonlySet<string> = new Set(Object.keys(NEUTRAL_GROUPS));

/** The longest synonym read as one phrase, in words: longer ones are sentences, not measure words. */
const LONGEST_PHRASE = 5;

/** Caches stop growing here: a long session must not keep every word it ever saw. */
const CACHE_LIMIT = 50_000;

interface WordConcepts {
  stem: string;
  /** The word's own concept first, then its compound parts' concepts, each once. */
  concepts: string[];
}

/**
 * A word's concepts when it completes a two-word synonym: its own, the synonym's, then its parts' that
 * are not the synonym's, as the word's list was made with the synonym in it from the start.
 */
function withPair(concepts: readonly string[], pair: string): string[] {
  const result = [concepts[0]!, pair];
  for (let k = 1; k < concepts.length; k++) if (concepts[k] !== pair) result.push(concepts[k]!);
  return result;
}

/** A synonym that writes a scale word before a unit: "million tonnes", "billion cubic metres". */
const SCALED_UNIT_PHRASE = /^(thousand|million|billion|trillion)\s+(\p{L}.*)$/iu;

/** An abbreviation of a scaled unit: its scale and the unit it is written in ("Mt": 1e6 and "tonnes"). */
export interface ScaledUnit {
  scale: number;
  noun: string;
}
/** A unit's abbreviation: one word of letters, maybe with a slash ("Mt", "mnt", "mb/d"). */
const UNIT_ABBREVIATION = /^\p{L}[\p{L}\/]{0,7}$/u;

/**
 * The abbreviations a dataset's synonyms make of a scaled unit, with their scale: a group named "million
 * tonnes" that holds "Mt" says that "1,888.2 Mt" is 1,888.2 million tonnes. A group named "megatonnes"
 * counts in megatonnes, whatever it holds: its abbreviations carry no scale, as its facts' values do not.
 */
function scaledUnitsOf(sections: readonly VocabularySection[]): Map<string, ScaledUnit> {
  const scaled = new Map<string, ScaledUnit>();
  for (const section of sections) {
    for (const [concept, words] of Object.entries(section.synonyms)) {
      const phrase = SCALED_UNIT_PHRASE.exec(concept);
      if (!phrase) continue;
      const unit = { scale: SCALES[phrase[1].toLowerCase()]!, noun: phrase[2] };
      for (const word of words) if (UNIT_ABBREVIATION.test(word) && !scaled.has(word)) scaled.set(word, unit);
    }
  }
  return scaled;
}

/** The datasets' synonyms that are written as a unit's abbreviation: one short word of letters ("C", "mhl"). */
function unitAbbreviationsOf(sections: readonly VocabularySection[]): Set<string> {
  const found = new Set<string>();
  for (const section of sections) for (const words of Object.values(section.synonyms)) for (const word of words) if (UNIT_ABBREVIATION.test(word)) found.add(word);
  return found;
}

/** A unit written right after a figure, glued to it or after white space (a wrapped line's too). */
const UNIT_WORD_AFTER = new RegExp(`^${WORD_GAP}(\\p{L}[\\p{L}\\/]{0,7})(?![\\p{L}\\/])`, 'u');
/** How far after a figure its unit is looked for: a run of white space and the longest abbreviation. */
const UNIT_WORD_REACH = 24;

/** The engine's neutral language joined with the vocabularies of the loaded datasets. */
export class Vocabulary {
  private readonly conceptOfStem = new Map<string, string>();
  private readonly generic = new Set<string>();
  private readonly nouns = new Set<string>();
  private readonly genericNouns = new Set<string>();
  private readonly modifiers = new Set<string>();
  private readonly subjectConcepts = new Set<string>();
  /** Neutral concepts a subject's own group is named after: measure words of that subject. */
  private readonly claimedNeutral = new Set<string>();
  private readonly conceptCache = new Map<string, string>();
  private readonly stemCache = new Map<string, string>();
  /** Each word's stem and the concepts it brings on its own (see wordConcepts). */
  private readonly wordCache = new Map<string, WordConcepts>();
  /** First stems of the multi-word synonyms ("local government"): only these start a pair. */
  private readonly pairStarts = new Set<string>();
  /** First stems of the synonyms of three words or more ("admitted to hospital"), and their longest length. */
  private readonly longPhraseStarts = new Set<string>();
  private longestPhrase = 2;
  /** Matches any topic word at a word start, case-insensitively ("widget" also finds "widgets"). */
  readonly topicPattern: RegExp;
  /** Abbreviations of scaled units, as written, with their scale and unit ("Mt": 1e6 tonnes), from the datasets' synonyms. */
  readonly scaledUnits: ReadonlyMap<string, ScaledUnit>;

  /** The datasets' synonyms written as a unit's abbreviation ("C", "mhl", "Mt"), as written. */
  private readonly unitAbbreviations: ReadonlySet<string>;

  /** A unit of the datasets glued to a figure that ends at `end`: "1.60C", "49mhl" are figures, not codes. */
  unitGluedAfter(text: string, end: number): boolean {
    if (this.unitAbbreviations.size === 0) return false;
    const word = UNIT_WORD_AFTER.exec(text.slice(end, end + UNIT_WORD_REACH));
    return word !== null && word.index === 0 && word[0].length === word[1].length && this.unitAbbreviations.has(word[1]);
  }

  /** The scaled unit written right after a figure that ends at `end` ("1,888.2 Mt", "1,019.1mt"), if any. */
  scaledUnitAfter(text: string, end: number): ScaledUnit | undefined {
    if (this.scaledUnits.size === 0) return undefined;
    const word = UNIT_WORD_AFTER.exec(text.slice(end, end + UNIT_WORD_REACH));
    return word ? this.scaledUnits.get(word[1]) : undefined;
  }

  constructor(sections: readonly VocabularySection[] = []) {
    this.addGroups(NEUTRAL_GROUPS);
    for (const section of sections) this.addGroups(section.synonyms);
    for (const section of sections) for (const concept of Object.keys(section.synonyms)) this.subjectConcepts.add(concept);
    // A subject that names a group of its own after a neutral one ("exports" for "export") measures it: that
    // concept is one of its measure words, not a verb shared by every measure. A group that only holds
    // neutral words under another name ("cost" holds "worth", of "spend") claims none.
    for (const concept of this.subjectConcepts) {
      const neutral = stemPhrase(concept);
      if (NEUTRAL_GROUP_NAMES.has(neutral) && this.conceptOf(concept) === neutral) this.claimedNeutral.add(neutral);
    }
    for (const key of this.conceptOfStem.keys()) {
      if (!key.includes(' ')) continue;
      const words = key.split(' ');
      this.pairStarts.add(words[0]);
      if (words.length > 2 && words.length <= LONGEST_PHRASE) {
        this.longPhraseStarts.add(words[0]);
        this.longestPhrase = Math.max(this.longestPhrase, words.length);
      }
    }
    for (const word of NEUTRAL_GENERIC) this.generic.add(this.conceptOf(word));
    for (const word of NEUTRAL_NOUNS) this.genericNouns.add(this.conceptOf(word));
    for (const word of NEUTRAL_MODIFIERS) this.modifiers.add(word);
    for (const section of sections) {
      for (const word of section.generic) this.generic.add(this.conceptOf(word));
      for (const word of section.countedNouns) this.nouns.add(this.conceptOf(word));
      for (const word of section.modifiers) this.modifiers.add(word.toLowerCase());
    }
    for (const concept of this.generic) if (this.nouns.has(concept)) this.genericNouns.add(concept);
    const topic = sections.flatMap((s) => s.topic).map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'));
    // A topic may start with a character \\b does not count as a word's ("µg/m3"): no word character before it.
    this.topicPattern = topic.length > 0 ? new RegExp(`(?<![0-9A-Za-z_\\u00b5\\u00c0-\\u9fff])(?:${topic.join('|')})`, 'i') : /(?!)/;
    this.scaledUnits = scaledUnitsOf(sections);
    this.unitAbbreviations = unitAbbreviationsOf(sections);
  }

  private addGroups(groups: Record<string, string[]>): void {
    for (const [concept, words] of Object.entries(groups)) {
      for (const word of [concept, ...words]) {
        const key = stemPhrase(word);
        if (!this.conceptOfStem.has(key)) this.conceptOfStem.set(key, concept);
      }
    }
  }

  /** The concept a (possibly multi-word) phrase stands for: its synonym group, else its stems. */
  conceptOf(phrase: string): string {
    let concept = this.conceptCache.get(phrase);
    if (concept === undefined) {
      const key = stemPhrase(phrase);
      concept = this.conceptOfStem.get(key) ?? key;
      if (this.conceptCache.size < CACHE_LIMIT) this.conceptCache.set(phrase, concept);
    }
    return concept;
  }

  /** True when a phrase of several words is one of the vocabulary's synonyms: its concept is found whole in text. */
  knowsPhrase(phrase: string): boolean {
    return this.conceptOfStem.has(stemPhrase(phrase));
  }

  /** True for a concept of the engine's own neutral language (buy, spend, rise...). */
  isNeutral(concept: string): boolean {
    return (NEUTRAL_GROUP_NAMES.has(concept) || NEUTRAL_CONCEPTS.has(concept)) && !this.claimedNeutral.has(concept);
  }

  /** True for a concept that says what the subject is, not which of its measures. */
  isGeneric(concept: string): boolean {
    return this.generic.has(concept);
  }

  /** True for a noun the datasets' counts count ("12 widgets" counts widgets). */
  isCountedNoun(concept: string): boolean {
    return this.nouns.has(concept) || this.genericNouns.has(concept);
  }

  /** True for a noun that fits any count of the subject: a generic counted noun or "units". */
  isGenericNoun(concept: string): boolean {
    return this.genericNouns.has(concept);
  }

  /** True for a word that may stand between a count and its noun without changing what is counted. */
  isModifier(word: string): boolean {
    return this.modifiers.has(word.toLowerCase());
  }

  /** True for the name of a dataset's synonym group ("size" for "width"): a measure word of that subject. */
  isSubjectConcept(concept: string): boolean {
    return this.subjectConcepts.has(concept);
  }

  /** stem(), remembered: prose repeats its words. */
  private cachedStem(word: string): string {
    let s = this.stemCache.get(word);
    if (s === undefined) {
      s = stem(word);
      if (this.stemCache.size < CACHE_LIMIT) this.stemCache.set(word, s);
    }
    return s;
  }

  /** Concepts present in a list of words, including two-word synonyms such as "local governments". */
  conceptsOfWords(words: readonly string[], into: Set<string>): Set<string> {
    for (const concepts of this.conceptsPerWord(words)) for (const concept of concepts) into.add(concept);
    return into;
  }

  /**
   * True when some word of the list brings one of `wanted`, read as conceptsPerWord reads it. It stops at
   * the first such word and builds no list: a block that names a place is asked this once, and most
   * blocks of real prose answer no.
   */
  bringsAnyConcept(words: readonly string[], wanted: ReadonlySet<string>): boolean {
    let previous = '';
    const stems: string[] = [];
    for (const word of words) {
      const known = this.wordConcepts(word);
      const pair = this.pairConcept(previous, known.stem);
      stems.push(known.stem);
      const long = this.longPhraseConcept(stems);
      if ((pair !== undefined && wanted.has(pair)) || (long !== undefined && wanted.has(long)) || known.concepts.some((concept) => wanted.has(concept))) return true;
      previous = known.stem;
    }
    return false;
  }

  /**
   * The concepts each word brings: its own, and that of a two-word synonym it completes. A word's list is
   * shared between the sentences that hold the word, unless it completes a synonym: read it, never change it.
   */
  conceptsPerWord(words: readonly string[]): string[][] {
    const result: string[][] = [];
    let previous = '';
    const stems: string[] = [];
    for (const word of words) {
      const known = this.wordConcepts(word);
      const pair = this.pairConcept(previous, known.stem);
      stems.push(known.stem);
      const long = this.longPhraseConcept(stems);
      const concepts = pair ? withPair(known.concepts, pair) : known.concepts;
      result.push(long && !concepts.includes(long) ? withPair(concepts, long) : concepts);
      previous = known.stem;
    }
    return result;
  }

  /** The concept of the two-word synonym that a word of stem `stem` completes after one of `previousStem`. */
  private pairConcept(previousStem: string, stem: string): string | undefined {
    return previousStem && this.pairStarts.has(previousStem) ? this.conceptOfStem.get(previousStem + ' ' + stem) : undefined;
  }

  /**
   * The concept of a synonym of three words or more ("admitted to hospital", "people fell ill") that the
   * last of `stems` completes; the longest wins.
   */
  private longPhraseConcept(stems: readonly string[]): string | undefined {
    if (this.longPhraseStarts.size === 0) return undefined;
    const last = stems.length - 1;
    for (let n = Math.min(this.longestPhrase, stems.length); n >= 3; n--) {
      if (!this.longPhraseStarts.has(stems[last - n + 1])) continue;
      const concept = this.conceptOfStem.get(stems.slice(last - n + 1).join(' '));
      if (concept !== undefined) return concept;
    }
    return undefined;
  }

  /**
   * A word's stem and the concepts it brings on its own: its concept, and for a compound the phrase its
   * parts spell with their words, or its parts' synonyms ("eighth-highest" says "highest"). Remembered:
   * prose repeats its words.
   */
  private wordConcepts(word: string): WordConcepts {
    let known = this.wordCache.get(word);
    if (known === undefined) {
      const s = this.cachedStem(word);
      const own = this.conceptOfStem.get(s) ?? s;
      const concepts = [own];
      if (word.includes('-')) {
        const parts = word.split('-');
        const stems = parts.map((part) => this.cachedStem(part));
        // A compound that spells a known phrase with a hyphen ("data-centre", "first-dose") brings what
        // the words written apart bring: the phrase, and each word.
        const phrase = stems.length === 2 ? this.conceptOfStem.get(`${stems[0]} ${stems[1]}`) : undefined;
        if (phrase !== undefined) {
          for (const concept of [phrase, ...stems.map((st) => this.conceptOfStem.get(st) ?? st)]) if (!concepts.includes(concept)) concepts.push(concept);
        } else if (own === s && !NEGATING_PREFIX.has(parts[0].toLowerCase())) {
          // "non-digital" is the opposite of "digital": a negated compound brings no part's concept.
          for (const st of stems) {
            const partConcept = this.conceptOfStem.get(st);
            if (partConcept && !concepts.includes(partConcept)) concepts.push(partConcept);
          }
        }
      }
      known = { stem: s, concepts };
      if (this.wordCache.size < CACHE_LIMIT) this.wordCache.set(word, known);
    }
    return known;
  }
}

/** Prefixes written with a hyphen that turn a word into its opposite: "non-digital", "anti-smoking". */
const NEGATING_PREFIX: ReadonlySet<string> = new Set(['non', 'anti', 'un', 'counter']);

/** Several concept sets read as one, without copying them: a sentence's and its context blocks'. */
export class ConceptUnion implements Iterable<string> {
  constructor(private readonly parts: readonly ReadonlySet<string>[]) {}

  has(concept: string): boolean {
    for (const part of this.parts) if (part.has(concept)) return true;
    return false;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const part of this.parts) yield* part;
  }

  /** The distinct concepts that pass a test; plain loops, as this runs once per figure. */
  filter(keep: (concept: string) => boolean): string[] {
    const found = new Set<string>();
    for (const part of this.parts) for (const concept of part) if (keep(concept)) found.add(concept);
    return [...found];
  }
}

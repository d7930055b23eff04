// Recognises the catalogue's names in prose: countries, places, bodies, demonyms and vendors.
// Exact matches come from a dictionary; typos ("Moldava", "Hikvison") from fuse.js, restricted to
// the catalogue and to a strict threshold, and only where a figure makes it worth the cost.
import Fuse from 'fuse.js';
import type { Entity, Vendor } from '../dataset/schema';
import { escapeRegExp, singleSpaced } from './regex';
import { foreignId, foreignNamesOf, type CountryNames } from './worldCountries';

export interface NameHit {
  start: number;
  end: number;
  kind: 'entity' | 'vendor';
  id: string;
  fuzzy: boolean;
  /**
   * A country no loaded dataset names ("Poland" when none has Poland's facts): a place of its own, with
   * no facts, that a figure may be about; never shown or hovered as a dataset's name.
   */
  foreign?: true;
  /**
   * A description the dataset gives as a name ("the bloc" of a union of states): DocumentReader keeps it only
   * where it can stand for its entity (describesEntity).
   */
  description?: true;
}

/** A name of the catalogue, or a typo of one, overlaps the span [start, end): a word there is a known name. */
export function overlapsName(hits: readonly NameHit[], start: number, end: number): boolean {
  return hits.some((h) => h.start < end && h.end > start);
}

interface NameEntry {
  kind: 'entity' | 'vendor';
  id: string;
  /** Longer, more specific names win over shorter ones at the same place. */
  words: number;
  /** A country's ISO code ("HU"): a name only where terse notes put one (see codeStandsAsName). */
  code?: boolean;
  /** A country no loaded dataset names (NameHit.foreign). */
  foreign?: true;
  /** A description given as a name (NameHit.description). */
  description?: true;
  /** A demonym ("Irish"), which may also name a language (spokenLanguage). */
  demonym?: true;
}

function hitOf(entry: NameEntry, start: number, end: number, fuzzy: boolean): NameHit {
  const hit: NameHit = { start, end, kind: entry.kind, id: entry.id, fuzzy };
  if (entry.foreign) hit.foreign = true;
  if (entry.description) hit.description = true;
  return hit;
}

/** Only Markdown markup before a code on its line: a list item, a heading, a table cell. */
const LINE_START_MARKUP = /^[\s*_>#|-]*$/;
const COLON_AFTER = /^\s?:/;
const NON_BEFORE_HYPHEN = /non$/i;
/** An article opening a name: "the top 20", "the Hammers". */
const LEADING_ARTICLE = /^the\s+(?=\S)/i;
/** A definite description in lower case, a preposition before it or not: "the bloc", "across the country". */
const LOWER_CASE_DESCRIPTION = /^(?:\p{Ll}+\s+)?the\s+[^\p{Lu}\d]+$/u;

/**
 * An alias that describes its entity rather than names it: a definite description in lower case none of
 * whose words is a word of the entity's capitalised names ("the bloc" of the European Union, "the country"
 * of Britain; not "the world" of the World, nor "the eurozone" of the euro area, which has no such name).
 * A reader takes it for its entity only where it can stand for it, as a pronoun does
 * (DocumentReader.descriptionStands).
 */
export function describesEntity(alias: string, entity: Pick<Entity, 'name' | 'aliases'>): boolean {
  // An entity whose own name is in lower case ("world") has no proper name for a description to stand in for.
  if (!LOWER_CASE_DESCRIPTION.test(alias) || writtenInLowerCase(entity.name)) return false;
  const named = new Set<string>();
  for (const name of [entity.name, ...entity.aliases]) {
    if (writtenInLowerCase(name)) continue;
    for (const word of name.toLowerCase().split(NOT_A_WORD_LETTER)) if (word) named.add(word);
  }
  return !alias.toLowerCase().replace(LEADING_ARTICLE, '').split(NOT_A_WORD_LETTER).some((word) => named.has(word));
}
const NOT_A_WORD_LETTER = /[^\p{L}\p{N}]+/u;

/** After "US" or "UK": a currency sign or word, so the letters name a currency ("US$", "UK pounds"). */
const CURRENCY_AFTER = /^\s?(?:\$|£|dollars?\b|pounds?\b|cents?\b)/i;

/** The text after a two-letter name makes it a currency's: a foreign country's before any sign, a dataset's only before one written on to it. */
function namesCurrency(after: string, foreign: boolean | undefined): boolean {
  return CURRENCY_AFTER.test(after) && (foreign === true || !after.startsWith(' $') && !after.startsWith(' £'));
}

/**
 * A place's name inside an institution's ("London School of Hygiene & Tropical Medicine", "Imperial College
 * London", "University of Oxford") names the institution, not the place: its figures are the institution's
 * findings, not the place's.
 */
function inAnInstitutionsName(text: string, start: number, end: number): boolean {
  return INSTITUTION_AFTER.test(text.slice(end, end + INSTITUTION_REACH)) || INSTITUTION_BEFORE.test(text.slice(Math.max(0, start - INSTITUTION_REACH), start));
}
/** The head of an institution's name right after a place's: "School of", "University", "Institute of"… */
const INSTITUTION_AFTER = /^\s+(?:School\s+of|Business\s+School|University|College|Institute|Polytechnic|Stock\s+Exchange|Metal\s+Exchange)\b/;
/** The head of an institution's name right before a place's: "University of", "Imperial College". */
const INSTITUTION_BEFORE = /\b(?:University\s+of|College\s+of|Institute\s+of|Imperial\s+College|King['’]s\s+College|University\s+College)\s+(?:the\s+)?$/;
/** How far around a name its institution's words are looked for. */
const INSTITUTION_REACH = 24;

/**
 * A demonym used as a noun after a word of speaking, learning or writing ("ability in Irish was reported",
 * "could speak Welsh, and", "fluent in French and German") names a language, which is spoken in other places
 * too: it says nothing of whose a figure is.
 */
function spokenLanguage(text: string, start: number, end: number): boolean {
  return LANGUAGE_USE_BEFORE.test(text.slice(Math.max(0, start - LANGUAGE_REACH), start)) && NO_NOUN_AFTER.test(text.slice(end, end + LANGUAGE_REACH));
}
const LANGUAGE_USE_BEFORE = /\b(?:in|speak|speaks|spoke|speaking|spoken|learn|learns|learning|learned|learnt|teach|teaches|teaching|taught|write|writes|written)\s+$/i;
/** What follows a demonym used as a noun: the clause's end, or a verb or joining word rather than a noun it qualifies. */
const NO_NOUN_AFTER = /^\s*(?:[.,;:)]|$|(?:was|were|is|are|has|had|have|and|or|but|at|among|by|in|on|to|as|than|from|for|with)\b)/;
const LANGUAGE_REACH = 16;

/** The word right after a name, past one space or hyphen. */
const WORD_AFTER_A_NAME = /^[\s-](\p{L}[\p{L}'’-]*)/u;
/** How far after a demonym the next word is read: a long word. */
const THING_WORD_REACH = 24;

/**
 * "New" written right before a name makes another place of it ("New Mexico", "New Caledonia"): the
 * catalogue's own "New …" names were matched from "New" already.
 */
const NEW_BEFORE = /(?:^|[^\p{L}])New\s$/u;

/**
 * A country's code in capitals names the country only where notes and tables put a name: at the start
 * of a line or cell, before a colon, or in parentheses ("RS: 913 units", "| HU | 18,166 |", "(MD)").
 * Elsewhere two capitals are too often something else (GE, MD, BA).
 */
function codeStandsAsName(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end, end + 2);
  if (LINE_START_MARKUP.test(before.slice(before.lastIndexOf('\n') + 1)) || COLON_AFTER.test(after) || (before.endsWith('(') && after.startsWith(')'))) return true;
  // An item of a list of codes and figures: "Biggest falls: MT -28%, LU -27%", "PL -35% and CY -35%".
  return LIST_ITEM_BEFORE_CODE.test(before.slice(-6)) && FIGURE_AFTER_CODE.test(text.slice(end, end + 3));
}

/** What opens an item of a list right before a code: a colon, a comma, a semicolon or "and". */
const LIST_ITEM_BEFORE_CODE = /(?:[:,;]|\band)\s+$/;
/** A figure right after a code: a sign or a digit after one space. */
const FIGURE_AFTER_CODE = /^ [-+−–]?\d/;

// Letters of the scripts the catalogue uses (Latin with diacritics, Cyrillic, Georgian). The name scan
// avoids Unicode property escapes: on this hot path they cost three times as much.
const WORD_CHARS = '0-9A-Za-z\\u00C0-\\u024F\\u0300-\\u036F\\u0400-\\u04FF\\u10D0-\\u10FF';
const LETTER_OR_DIGIT = new RegExp(`[${WORD_CHARS}]`);
/**
 * The white space between two words of a name: a line may wrap there. A hyphen may stand before it, where
 * a compound's second half is shared ("low- and middle-income countries" is "low and middle-income …").
 */
const NAME_WORD_GAP = '-?[ \\t\\u00A0\\n]+';
/** That hyphen, read as the gap alone. */
const SUSPENDED_HYPHEN = /-(?=\s)/g;
// The next word after a position, for names of several words ("Central Election Commission"); an
// ampersand written between two letters ("H&M", "AT&T") is a word of its own, as a spaced one is.
const NEXT_WORD = new RegExp(
  `${NAME_WORD_GAP}([${WORD_CHARS}]+(?:[-–'’.][${WORD_CHARS}]+)*|[&+](?=[ \\t\\u00A0\\n]))|(?<=[${WORD_CHARS}])(&)(?=[${WORD_CHARS}])|(?<=[${WORD_CHARS}]&)([${WORD_CHARS}]+)`,
  'y',
);
/** An en dash between two letters: a route's or a region's name written with one ("Asia–North Europe"). */
const EN_DASH_IN_WORD = /(?<=\p{L})–(?=\p{L})/gu;
/** "&" or "+" standing alone between words of a name: "and" as notes write it ("Ruritania + Utopia"). */
const AMPERSAND_OR_PLUS = /\s[&+]\s/g;
// Suffixes that keep the name's meaning: "Belgrade-based", "Hungarian-made", "EU-wide".
const NAME_SUFFIX = /-(?:based|made|owned|built|run|backed|dominated|supplied|wide)$/i;
// Real words one letter away from a catalogue name; never read them as typos.
const NOT_TYPOS = new Set(['Romani', 'Serbs', 'Serb', 'Croat', 'Croats', 'Bosniak', 'Bosniaks', 'Hungarians', 'Georgians', 'Moldovans']);

/** A word that could start a name but names nothing in the catalogue: a candidate typo. */
export interface UnknownWord {
  start: number;
  word: string;
}

export interface WordToken {
  start: number;
  end: number;
  text: string;
}

/**
 * A character of the words of the scripts we meet: digits, Latin with diacritics, combining marks,
 * Greek, Cyrillic, Hebrew, Arabic, Georgian and CJK (code units, as a pattern without the u flag reads).
 */
/** U+00B5, which units of a millionth are written with. */
const MICRO_SIGN = 0xb5;

function isScriptWordCode(c: number): boolean {
  // The micro sign is a letter: "µg/m3" is the word "µg", not "g".
  if (c < 0xc0) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === MICRO_SIGN;
  return c <= 0x24f || (c >= 0x300 && c <= 0x4ff) || (c >= 0x590 && c <= 0x6ff) || (c >= 0x10d0 && c <= 0x10ff) || (c >= 0x3040 && c <= 0x9fff);
}

/** Joins two runs of word characters into one word: "Hungarian-made", "O'Brien", "U.S", "C++". */
function isJoinerCode(c: number): boolean {
  return c === 45 || c === 43 || c === 39 || c === 0x2019 || c === 46;
}

/**
 * The words of a text: runs of word characters, joined by a hyphen, plus, apostrophe or full stop
 * between two of them. A hand-written scan: this runs over every sentence with a figure, and the
 * pattern's match arrays were a tenth of a check's allocations.
 */
export function tokenizeWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    if (!isScriptWordCode(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    at = endOfRun(text, at + 1);
    while (at + 1 < length && isJoinerCode(text.charCodeAt(at)) && isScriptWordCode(text.charCodeAt(at + 1))) at = endOfRun(text, at + 2);
    words.push({ start, end: at, text: text.slice(start, at) });
  }
  return words;
}

/** The end of the run of word characters that goes on at `at`. */
function endOfRun(text: string, at: number): number {
  while (at < text.length && isScriptWordCode(text.charCodeAt(at))) at++;
  return at;
}

/** Shortest word read as a name in capitals: three letters or fewer are as likely an acronym ("WHO"). */
const MIN_SHOUTED_LENGTH = 4;

/** A word written all in capitals, long enough not to be an acronym. */
function isShouted(word: string): boolean {
  return word.length >= MIN_SHOUTED_LENGTH && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** "ROMANIA" → "Romania", "NORTH-WEST" → "North-west". */
function titleCased(word: string): string {
  return word[0] + word.slice(1).toLowerCase();
}

/** Drops a possessive and a final full stop: "Hungary’s" → "Hungary". Hot path: no regular expressions. */
function normalise(word: string): string {
  let end = word.length;
  if (word.charCodeAt(end - 1) === 46) end--; // "."
  const last = word.charCodeAt(end - 1);
  if (last === 115 && end >= 2) {
    const quote = word.charCodeAt(end - 2);
    if (quote === 39 || quote === 0x2019) end -= 2; // "'s", "’s"
  } else if (last === 39 || last === 0x2019) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** The words of multi-word names after a given beginning, and the name that ends there, if one does. */
interface NamePath {
  entry?: NameEntry;
  next: Map<string, NamePath>;
}

export class NameMatcher {
  private readonly exact = new Map<string, NameEntry>();
  /**
   * Multi-word names word by word, from their first word: the scan follows the text's next words along
   * it, without joining them into keys to look up.
   */
  private readonly continuations = new Map<string, NamePath>();
  /** The first word of every name. */
  private readonly firstWords = new Set<string>();
  /** Single-word names for fuse.js; its index is built on the first typo worth looking up. */
  private readonly singles: { name: string; entry: NameEntry }[] = [];
  private fuseIndex: Fuse<{ name: string; entry: NameEntry }> | undefined;
  private readonly fuzzyCache = new Map<string, NameEntry | null>();
  /** Words that start like a catalogue name: its first letters, then word characters. */
  private readonly nameStart: RegExp;
  private readonly lowerNames: RegExp | null;
  /** Single-word names by lower-case first letter, for a cheap edit-distance filter before fuse.js. */
  private readonly byInitial = new Map<string, string[]>();

  /**
   * The words that follow a demonym in the name of a thing the datasets' vocabulary lists ("French" before
   * "fries"): there the demonym names no country (see thingPhrases).
   */
  private readonly thingWordsAfter = new Map<string, Set<string>>();

  /**
   * `foreign` lists the world's countries: those no entity of the catalogue is (by ISO code) are named
   * after every catalogue name, so that a name the datasets use for something else keeps that meaning.
   * The last argument lists the vocabularies' phrases a demonym may open as a thing's name (FactIndex.thingPhrases).
   */
  constructor(entities: readonly Entity[], vendors: readonly Vendor[], foreign: readonly CountryNames[] = [], thingPhrases: readonly string[] = []) {
    const singles = this.singles;
    const add = (name: string, kind: NameEntry['kind'], id: string, { code = false, isForeign = false, description = false, demonym = false } = {}): void => {
      // A word's closing plus is part of the name: "EU+" is not "EU".
      // An en dash between two letters joins them as a hyphen does ("Shanghai–North Europe"), as in the text.
      const spelled = name.replace(AMPERSAND_OR_PLUS, ' and ').replace(EN_DASH_IN_WORD, '-');
      const words = tokenizeWords(spelled);
      // A comma inside a name ("Europe, the Middle East and Africa") is a step of its own: read only where
      // written. So is the full stop of initials before the next word ("A.P. Moller-Maersk").
      const parts = words.flatMap((w, k) => {
        const part = normalise(w.text) + (spelled[w.end] === '+' ? '+' : '');
        if (k === 0) return [part];
        const between = spelled.slice(words[k - 1]!.end, w.start);
        return between.includes(',') ? [',', part] : between.startsWith('.') ? ['.', part] : [part];
      });
      if (parts.length === 0) return;
      const key = parts.join(' ');
      const entry: NameEntry = { kind, id, words: words.length, ...(code ? { code } : {}), ...(isForeign ? { foreign: true as const } : {}), ...(description ? { description: true as const } : {}), ...(demonym ? { demonym: true as const } : {}) };
      const existing = this.exact.get(key);
      // A name listed twice keeps its first owner; countries are listed before places.
      if (!existing) this.exact.set(key, entry);
      this.firstWords.add(parts[0]);
      if (parts.length >= 2) this.addPath(parts, entry);
      // A foreign country's name is never a typo's: only the datasets' names are worth the fuzzy search. Nor is
      // a name the catalogue writes in lower case ("the isles"): a capitalised "Isles" is no typo of it.
      if (parts.length === 1 && key.length >= 5 && !isForeign && !writtenInLowerCase(key)) {
        singles.push({ name: key, entry });
        const initial = key[0].toLowerCase();
        const list = this.byInitial.get(initial);
        if (list) list.push(key.toLowerCase());
        else this.byInitial.set(initial, [key.toLowerCase()]);
      }
    };
    const sorted = [...entities].sort((a, b) => rank(a) - rank(b));
    for (const entity of sorted) {
      for (const name of [entity.name, ...entity.aliases]) add(name, 'entity', entity.id, { description: describesEntity(name, entity) });
      for (const name of entity.demonyms) add(name, 'entity', entity.id, { description: describesEntity(name, entity), demonym: true });
    }
    // A name with its article is also written without it ("the top 20" in "Top 20 combined: …"), after
    // every name as written, so that it takes no name from another entity.
    for (const entity of sorted) {
      for (const name of [entity.name, ...entity.aliases]) {
        const bare = LEADING_ARTICLE.exec(name);
        if (bare) add(name.slice(bare[0].length), 'entity', entity.id, { description: describesEntity(name, entity) });
      }
    }
    for (const entity of sorted) if (entity.kind === 'country' && /^[A-Z]{2}$/.test(entity.id)) add(entity.id, 'entity', entity.id, { code: true });
    for (const vendor of vendors) {
      for (const name of [vendor.name, ...vendor.aliases]) add(name, 'vendor', vendor.id);
    }
    const known = new Set(entities.map((e) => e.id));
    for (const country of foreign) {
      if (known.has(country.code)) continue;
      for (const name of foreignNamesOf(country)) add(name, 'entity', foreignId(country.code), { isForeign: true });
    }
    for (const [head, entity] of distinguishingHeads(sorted)) add(head, 'entity', entity.id);
    for (const phrase of thingPhrases) {
      const [first, second] = tokenizeWords(phrase).map((w) => w.text.toLowerCase());
      if (second === undefined || !this.exact.get(first[0]!.toUpperCase() + first.slice(1))?.demonym) continue;
      const after = this.thingWordsAfter.get(first);
      if (after) after.add(second);
      else this.thingWordsAfter.set(first, new Set([second]));
    }
    // Names that start with a lower-case letter ("from Ruritania") would make every such word a
    // candidate; they are found by a regular expression of their own.
    const initials = new Set<string>();
    const lowerPhrases: string[] = [];
    for (const key of this.exact.keys()) {
      // Capitalised too, as at a sentence's start: "Euro-area debt ended 2023 at …".
      // A line may wrap between the words of a name ("uMkhonto⏎weSizwe"), as the capitalised names' NEXT_WORD reads.
      if (/^[a-z]/.test(key)) lowerPhrases.push(`[${key[0]}${key[0].toUpperCase()}]${escapeRegExp(key.slice(1)).replace(/ /g, NAME_WORD_GAP)}`);
      else initials.add(key[0]);
    }
    const initialClass = [...initials].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
    // A name may end in a plus ("EU+", "Disney+"); one the catalogue does not know is read without it.
    this.nameStart = initials.size > 0 ? new RegExp(`[${initialClass}][${WORD_CHARS}]*(?:[-–+'’.][${WORD_CHARS}]+)*(?:\\+(?![${WORD_CHARS}]))?`, 'g') : /(?!)/g;
    // Longest first: an alternation takes the first that matches, and "global average" is one name, not "global".
    lowerPhrases.sort((a, b) => b.length - a.length);
    this.lowerNames = lowerPhrases.length > 0 ? new RegExp(`\\b(?:${lowerPhrases.join('|')})\\b`, 'g') : null;
  }

  /** Adds a multi-word name's words to the paths; a name listed twice keeps its first owner, as in `exact`. */
  private addPath(parts: readonly string[], entry: NameEntry): void {
    let path: NamePath | undefined = this.continuations.get(parts[0]);
    if (!path) this.continuations.set(parts[0], (path = { next: new Map() }));
    for (let k = 1; k < parts.length; k++) {
      let step: NamePath | undefined = path.next.get(parts[k]);
      if (!step) path.next.set(parts[k], (step = { next: new Map() }));
      path = step;
    }
    path.entry ??= entry;
  }

  private get fuse(): Fuse<{ name: string; entry: NameEntry }> {
    return (this.fuseIndex ??= new Fuse(this.singles, { keys: ['name'], threshold: 0.2, includeScore: true, ignoreLocation: true, isCaseSensitive: false }));
  }

  /** The demonym at [start, end) opens the name of a thing the vocabulary lists ("French fries"). */
  private inAThingsName(text: string, start: number, end: number): boolean {
    const after = this.thingWordsAfter.get(text.slice(start, end).toLowerCase());
    if (after === undefined) return false;
    const next = WORD_AFTER_A_NAME.exec(text.slice(end, end + THING_WORD_REACH));
    return next !== null && after.has(next[1].toLowerCase());
  }

  /**
   * Finds every name in a text. Names start with a capital letter (or a letter of a caseless script
   * such as Georgian), so only such words are looked up. With `fuzzy`, capitalised words that name
   * nothing are also tried against the catalogue for typos.
   */
  scan(text: string, fuzzy: boolean, unknown?: UnknownWord[]): NameHit[] {
    const hits: NameHit[] = [];
    const nameStart = this.nameStart;
    nameStart.lastIndex = 0;
    for (let m = nameStart.exec(text); m; m = nameStart.exec(text)) {
      const start = m.index;
      let raw = m[0].includes('–') ? m[0].replace(EN_DASH_IN_WORD, '-') : m[0];
      if (raw.endsWith('+') && !this.firstWords.has(normalise(raw))) raw = raw.slice(0, -1);
      // A capital inside a word ("iPhone", "McDonald") starts no name, and "non-Hungarian" names no party.
      if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) continue;
      if (start >= 4 && text[start - 1] === '-' && NON_BEFORE_HYPHEN.test(text.slice(start - 4, start - 1))) continue;
      let first = normalise(raw);
      // A name in capitals ("ROMANIA – 30,692 cases", a briefing's label) is the name written the usual way.
      const shouted = !this.firstWords.has(first) && isShouted(first) && this.firstWords.has(titleCased(first));
      if (shouted) first = titleCased(first);
      let matchedEnd = -1;
      if (this.firstWords.has(first)) {
        // Extend word by word while the words so far begin some catalogue name; keep the longest name.
        let end = start + raw.length;
        let best = this.exact.get(first);
        let bestEnd = best ? start + raw.length : -1;
        for (let path = this.continuations.get(first); path !== undefined; ) {
          const mark = text[end] === ',' || text[end] === '.' ? path.next.get(text[end]) : undefined;
          if (mark) {
            path = mark;
            end++;
            continue;
          }
          NEXT_WORD.lastIndex = end;
          const next = NEXT_WORD.exec(text);
          if (!next) break;
          const written = next[1] ?? next[2] ?? next[3]!;
          const word = written === '&' || written === '+' ? 'and' : written.includes('–') ? written.replace(EN_DASH_IN_WORD, '-') : written;
          path = path.next.get(shouted ? titleCased(normalise(word)) : normalise(word));
          if (path === undefined) break;
          end = NEXT_WORD.lastIndex;
          if (path.entry) {
            best = path.entry;
            bestEnd = end;
          }
        }
        if (best?.code && !codeStandsAsName(text, start, bestEnd)) best = undefined;
        // "US$5m", "5 million US dollars": the abbreviation names a currency there, not a country. A
        // dataset's own country keeps its name before a spaced sign ("the US $700bn package").
        if (best && bestEnd - start === 2 && namesCurrency(text.slice(bestEnd, bestEnd + 10), best.foreign)) best = undefined;
        if (best && (inAnInstitutionsName(text, start, bestEnd) || NEW_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || (best.demonym && (spokenLanguage(text, start, bestEnd) || this.inAThingsName(text, start, bestEnd))))) {
          // Not read again as a fuzzy name below.
          nameStart.lastIndex = bestEnd;
          continue;
        }
        if (best) {
          matchedEnd = bestEnd;
          hits.push(hitOf(best, start, matchedEnd, false));
        }
      }
      if (matchedEnd >= 0) {
        nameStart.lastIndex = matchedEnd;
        continue;
      }
      // Two names joined by a hyphen name a route or a pair ("Budapest-Belgrade"): each part is a name.
      const parts = first.includes('-') ? first.split('-') : [];
      if (parts.length === 2 && parts.every((p) => this.exact.get(p) && !this.exact.get(p)!.code)) {
        hits.push(hitOf(this.exact.get(parts[0])!, start, start + parts[0].length, false));
        const second = start + parts[0].length + 1;
        hits.push(hitOf(this.exact.get(parts[1])!, second, second + parts[1].length, false));
        continue;
      }
      const base = first.includes('-') ? first.replace(NAME_SUFFIX, '') : first;
      const suffixed = base !== first ? this.exact.get(base) : undefined;
      const entry = suffixed ?? (fuzzy ? this.fuzzy(base) : null);
      if (entry) hits.push(hitOf(entry, start, start + base.length, suffixed === undefined));
      else if (unknown && base.length >= 6) unknown.push({ start, word: base });
    }
    if (this.lowerNames) {
      let added = false;
      this.lowerNames.lastIndex = 0;
      for (let m = this.lowerNames.exec(text); m; m = this.lowerNames.exec(text)) {
        const written = singleSpaced(m[0].includes('-') ? m[0].replace(SUSPENDED_HYPHEN, '') : m[0]);
        const entry = this.exact.get(written) ?? this.exact.get(written[0].toLowerCase() + written.slice(1));
        const start = m.index;
        const end = start + m[0].length;
        if (!entry) continue;
        // Capitalised next to a capitalised word, it is a word of another name: "the Bolt Isles" is no "the
        // isles", the "World Bank" no "world".
        if (m[0][0] !== m[0][0].toLowerCase() && (CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, start - 32), start)) || CAPITALISED_WORD_AFTER.test(text.slice(end, end + 32)))) continue;
        // A dataset's name in lower case ("made in Ruritania") outranks a foreign country's inside it.
        const overlapping = hits.filter((h) => h.start < end && start < h.end);
        if (overlapping.some((h) => !h.foreign)) continue;
        for (const h of overlapping) hits.splice(hits.indexOf(h), 1);
        hits.push(hitOf(entry, start, end, false));
        added = true;
      }
      if (added) hits.sort((a, b) => a.start - b.start);
    }
    return hits;
  }

  /** A misspelt catalogue name at a word found by scan(): "Moldava" → Moldova. */
  typo(word: UnknownWord): NameHit | null {
    const entry = this.fuzzy(word.word);
    return entry ? { start: word.start, end: word.start + word.word.length, kind: entry.kind, id: entry.id, fuzzy: true } : null;
  }

  private fuzzy(word: string): NameEntry | null {
    if (word.length < 6 || !isCapitalised(word) || NOT_TYPOS.has(word)) return null;
    // A name with a plural's "s" ("the Americas", "the two Koreas") is a name of its own, not a slip of one.
    if (word.endsWith('s') && this.exact.has(normalise(word.slice(0, -1)))) return null;
    const cached = this.fuzzyCache.get(word);
    if (cached !== undefined) return cached;
    const lower = word.toLowerCase();
    const limit = word.length >= 9 ? 2 : 1;
    const near = this.byInitial.get(lower[0])?.some((name) => editDistanceAtMost(name, lower, limit));
    if (!near) {
      this.fuzzyCache.set(word, null);
      return null;
    }
    let found: NameEntry | null = null;
    const best = this.fuse.search(word, { limit: 1 })[0];
    if (best && (best.score ?? 1) <= 0.2 && best.item.name[0].toLowerCase() === word[0].toLowerCase() && editDistanceAtMost(best.item.name.toLowerCase(), word.toLowerCase(), word.length >= 9 ? 2 : 1)) {
      found = best.item.entry;
    }
    this.fuzzyCache.set(word, found);
    return found;
  }
}

/** Bodies of one family share their last word: "Tokyo Marathon", "Chicago Marathon" (two make a family). */
const MIN_FAMILY = 2;
/** An article alone is no head: "The" of "The Open". */
const ARTICLE = /^(?:the|an?)$/i;
/** A one-word head with an adjective's ending: "Democratic", "Republican", "Southern", "Conservative". */
const ADJECTIVE_ENDING = /^\p{Lu}\p{Ll}+(?:ic|ive|al|ern|ish|ian|can)$/u;
/** A capitalised word of a name's head; a lower-case word ("of", "de") makes the head no name of its own. */
const HEAD_WORD = /^\p{Lu}[\p{L}'’.-]+$/u;

/**
 * The heads of bodies' names that share their last word with another body's ("Tokyo" of "Tokyo Marathon"
 * beside "Chicago Marathon"): writers who compare the members of a family name each by its own word ("Chicago
 * had 33,411 finishers"). A head that is also another name keeps that meaning: it is added after them.
 */
function distinguishingHeads(entities: readonly Entity[]): Map<string, Entity> {
  const families = new Map<string, Entity[]>();
  for (const entity of entities) {
    if (entity.kind !== 'body') continue;
    const words = entity.name.split(' ');
    if (words.length < 2 || !words.slice(0, -1).every((w) => HEAD_WORD.test(w)) || !HEAD_WORD.test(words[words.length - 1])) continue;
    const tail = words[words.length - 1];
    const family = families.get(tail);
    if (family) family.push(entity);
    else families.set(tail, [entity]);
  }
  const heads = new Map<string, Entity>();
  const seen = new Set<string>();
  for (const family of families.values()) {
    if (family.length < MIN_FAMILY) continue;
    for (const entity of family) {
      const head = entity.name.slice(0, entity.name.lastIndexOf(' '));
      // "Democratic" of "Democratic Party" qualifies other nouns as often as it names the body ("any Democratic candidate").
      if (ARTICLE.test(head) || ADJECTIVE_ENDING.test(head)) continue;
      if (seen.has(head)) heads.delete(head);
      else heads.set(head, entity);
      seen.add(head);
    }
  }
  return heads;
}

function rank(entity: Entity): number {
  return entity.kind === 'country' ? 0 : entity.kind === 'region' ? 1 : entity.kind === 'city' ? 2 : 3;
}

function writtenInLowerCase(word: string): boolean {
  return word[0] !== word[0].toUpperCase();
}

/**
 * A capitalised word right before, in the same run of words: "Bolt " before "Isles". White space of any kind
 * between: a paragraph wrapped between the two words reads as one line does.
 */
const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}'’-]*\s+$/u;
/** A capitalised word of lower-case letters after white space: "Bank" in "World Bank", not "PM2.5" or "US". */
const CAPITALISED_WORD_AFTER = /^\s+\p{Lu}\p{Ll}/u;

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== first.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
}

/** Damerau-Levenshtein distance check with an early exit; names are short. */
function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length] <= limit;
}

// Recognises the catalogue's names in prose: countries, places, bodies, demonyms and vendors.
// Exact matches come from a dictionary; typos ("Moldava", "Hikvison") from fuse.js, restricted to
// the catalogue and to a strict threshold, and only where a figure makes it worth the cost.
import Fuse from 'fuse.js';
import type { Entity, Vendor } from '../dataset/schema';

export interface NameHit {
  start: number;
  end: number;
  kind: 'entity' | 'vendor';
  id: string;
  fuzzy: boolean;
}

interface NameEntry {
  kind: 'entity' | 'vendor';
  id: string;
  /** Longer, more specific names win over shorter ones at the same place. */
  words: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;
// A word that can start a name: capitalised, or in Georgian script, which has no capitals.
const NAME_START = /[\p{Lu}\u10D0-\u10FF][\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const POSSESSIVE = /['’]s?$/;
// Suffixes that keep the name's meaning: "Belgrade-based", "Chinese-made".
const NAME_SUFFIX = /-(?:based|made|owned|built|run|backed|dominated|supplied)$/i;
// Real words one letter away from a catalogue name; never read them as typos.
const NOT_TYPOS = new Set(['Romani', 'Serbs', 'Serb', 'Croat', 'Croats', 'Bosniak', 'Bosniaks', 'Hungarians', 'Georgians', 'Moldovans']);

export interface WordToken {
  start: number;
  end: number;
  text: string;
}

export function tokenizeWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return words;
}

function normalise(word: string): string {
  return word.replace(POSSESSIVE, '').replace(/\.$/, '');
}

export class NameMatcher {
  private readonly exact = new Map<string, NameEntry>();
  /** Longest phrase, in words, that starts with a given first word. */
  private readonly longestFrom = new Map<string, number>();
  private readonly fuse: Fuse<{ name: string; entry: NameEntry }>;
  private readonly fuzzyCache = new Map<string, NameEntry | null>();
  /** Single-word names by lower-case first letter, for a cheap edit-distance filter before fuse.js. */
  private readonly byInitial = new Map<string, string[]>();

  constructor(entities: readonly Entity[], vendors: readonly Vendor[]) {
    const singles: { name: string; entry: NameEntry }[] = [];
    const add = (name: string, kind: NameEntry['kind'], id: string): void => {
      const parts = tokenizeWords(name).map((w) => normalise(w.text));
      if (parts.length === 0) return;
      const key = parts.join(' ');
      const entry: NameEntry = { kind, id, words: parts.length };
      const existing = this.exact.get(key);
      // A name listed twice keeps its first owner; countries are listed before places.
      if (!existing) this.exact.set(key, entry);
      this.longestFrom.set(parts[0], Math.max(this.longestFrom.get(parts[0]) ?? 0, parts.length));
      if (parts.length === 1 && key.length >= 5) {
        singles.push({ name: key, entry });
        const initial = key[0].toLowerCase();
        this.byInitial.set(initial, [...(this.byInitial.get(initial) ?? []), key.toLowerCase()]);
      }
    };
    const sorted = [...entities].sort((a, b) => rank(a) - rank(b));
    for (const entity of sorted) {
      for (const name of [entity.name, ...entity.aliases, ...entity.demonyms]) add(name, 'entity', entity.id);
    }
    for (const vendor of vendors) {
      for (const name of [vendor.name, ...vendor.aliases]) add(name, 'vendor', vendor.id);
    }
    this.fuse = new Fuse(singles, { keys: ['name'], threshold: 0.2, includeScore: true, ignoreLocation: true, isCaseSensitive: false });
  }

  /**
   * Finds every name in a text. Names start with a capital letter (or a letter of a caseless script
   * such as Georgian), so only such words are looked up. With `fuzzy`, capitalised words that name
   * nothing are also tried against the catalogue for typos.
   */
  scan(text: string, fuzzy: boolean): NameHit[] {
    const hits: NameHit[] = [];
    NAME_START.lastIndex = 0;
    for (let m = NAME_START.exec(text); m; m = NAME_START.exec(text)) {
      const start = m.index;
      const raw = m[0];
      // A capital inside a word ("iPhone", "McDonald") starts no name.
      if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) continue;
      const first = normalise(raw);
      const longest = this.longestFrom.get(first);
      let matchedEnd = -1;
      if (longest !== undefined) {
        const words = longest > 1 ? tokenizeWords(text.slice(start, start + longest * 40)) : [{ start: 0, end: raw.length, text: raw }];
        for (let n = Math.min(longest, words.length); n >= 1; n--) {
          const entry = this.exact.get(n === 1 ? first : phraseKey(words, 0, n));
          if (entry) {
            matchedEnd = start + words[n - 1].end;
            hits.push({ start, end: matchedEnd, kind: entry.kind, id: entry.id, fuzzy: false });
            break;
          }
        }
      }
      if (matchedEnd >= 0) {
        NAME_START.lastIndex = matchedEnd;
        continue;
      }
      const base = first.replace(NAME_SUFFIX, '');
      const suffixed = base !== first ? this.exact.get(base) : undefined;
      const entry = suffixed ?? (fuzzy ? this.fuzzy(base) : null);
      if (entry) hits.push({ start, end: start + base.length, kind: entry.kind, id: entry.id, fuzzy: suffixed === undefined });
    }
    return hits;
  }

  private fuzzy(word: string): NameEntry | null {
    if (word.length < 6 || !isCapitalised(word) || NOT_TYPOS.has(word)) return null;
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

function rank(entity: Entity): number {
  return entity.kind === 'country' ? 0 : entity.kind === 'region' ? 1 : entity.kind === 'city' ? 2 : 3;
}

function phraseKey(words: readonly WordToken[], from: number, count: number): string {
  const parts: string[] = [];
  for (let k = 0; k < count; k++) parts.push(normalise(words[from + k].text));
  return parts.join(' ');
}

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

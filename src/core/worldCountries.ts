// Every country's English names by ISO 3166 alpha-2 code, from i18n-iso-countries' English table (kept
// current by its maintainers; a hand-written list would not be). The check reads a country the datasets
// do not name as a place of its own (`NameHit.foreign`); the extractor proposes one the catalogue lacks.
// Names, not a subject's words: only the English table is bundled, not the library's others.
import english from 'i18n-iso-countries/langs/en.json';

export interface CountryNames {
  /** ISO 3166 alpha-2 code. */
  code: string;
  /** Its English names, the usual one first. */
  names: string[];
}

let cached: CountryNames[] | undefined;

/** Names the press uses that the table lacks: "Britain" for the United Kingdom, "Syria", "Laos". */
const SHORT_NAMES: Record<string, string[]> = {
  GB: ['Britain'],
  SY: ['Syria'],
  LA: ['Laos'],
  VA: ['Vatican'],
  BN: ['Brunei'],
  MO: ['Macau'],
  MM: ['Burma'],
};

/** Every country's English names, the usual one first, in order of code. */
export function worldCountries(): readonly CountryNames[] {
  if (!cached) {
    const table = (english as { countries: Record<string, string | string[]> }).countries;
    cached = Object.entries(table)
      .map(([code, names]) => ({ code, names: [...(Array.isArray(names) ? names : [names]).filter((n) => !n.includes(',')), ...(SHORT_NAMES[code] ?? [])] }))
      // Codes are ASCII capitals: compared as strings, not with localeCompare, which costs ~10 ms here.
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
  return cached;
}

let codes: Set<string> | undefined;

/** The code is a country's ISO 3166 alpha-2 code ("FR"): a dataset may name a place's country by it alone. */
export function isCountryCode(code: string): boolean {
  return (codes ??= new Set(worldCountries().map((c) => c.code))).has(code);
}

/**
 * The names of a country the check reads as a place no dataset names: written in full ("the United
 * States", "USA") or as the press's two capitals ("US", "UK"; not before a currency, names.ts), not with
 * dots ("U.S."), which are as often part of a firm's name.
 */
export function foreignNamesOf(country: CountryNames): string[] {
  return country.names.filter((n) => (n.length > 2 || PRESS_ABBREVIATIONS.has(n)) && !n.includes('.') && !n.includes('('));
}

/** Two-letter names the press writes for countries; other codes in the table ("CI") are rarely prose. */
const PRESS_ABBREVIATIONS = new Set(['US', 'UK']);

/** The id a foreign country's name hits carry: no dataset id has a "~", so it is never a dataset's entity. */
export function foreignId(code: string): string {
  return `${FOREIGN_PREFIX}${code}`;
}

const FOREIGN_PREFIX = '~';

/** The usual name of the country a foreign id stands for ("~PL" → "Poland"). */
export function foreignCountryName(id: string): string | undefined {
  return foreignCountryNames(id)[0];
}

/** Every English name of the country a foreign id stands for, the usual one first; none for another id. */
export function foreignCountryNames(id: string): readonly string[] {
  if (!id.startsWith(FOREIGN_PREFIX)) return [];
  const code = id.slice(FOREIGN_PREFIX.length);
  return worldCountries().find((c) => c.code === code)?.names ?? [];
}

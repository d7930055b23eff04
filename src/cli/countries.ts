// English country names by ISO 3166 alpha-2 code, from i18n-iso-countries' English table (kept current
// by its maintainers; a hand-written list would not be): the extractor proposes a country the catalogue
// lacks, and import resolves country names. Only the English table is bundled, not the library's others.
import english from 'i18n-iso-countries/langs/en.json';
import type { CountryNames } from '../core/extract';

let cached: CountryNames[] | undefined;

export function countryNames(): CountryNames[] {
  if (!cached) {
    const table = (english as { countries: Record<string, string | string[]> }).countries;
    cached = Object.entries(table)
      .map(([code, names]) => ({ code, names: (Array.isArray(names) ? names : [names]).filter((n) => !n.includes(',')) }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }
  return cached;
}

// English country names by ISO 3166 alpha-2 code, from i18n-iso-countries (the list is kept current by
// its maintainers; a hand-written one would not be): the extractor proposes a country the catalogue lacks.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import type { CountryNames } from '../core/extract';

let cached: CountryNames[] | undefined;

export function countryNames(): CountryNames[] {
  if (!cached) {
    countries.registerLocale(english);
    cached = Object.entries(countries.getNames('en', { select: 'all' }))
      .map(([code, names]) => ({ code, names: names.filter((n) => !n.includes(',')) }))
      .sort((a, b) => a.code.localeCompare(b.code));
  }
  return cached;
}

// Entities a source names that the catalogue lacks. The host hands over a list of country names (the CLI
// takes it from i18n-iso-countries); a country the source names is proposed as a new entity.
import type { Entity } from '../../dataset/schema';
import { escapeRegExp } from '../regex';

export interface CountryNames {
  /** ISO 3166 alpha-2 code. */
  code: string;
  /** Its English names, the usual one first. */
  names: string[];
}

/** The countries the text names that no catalogue entity is, as entities of kind country. */
export function proposeCountries(prose: string, countries: readonly CountryNames[], known: (id: string) => boolean, partyNames: readonly string[] = []): Entity[] {
  const proposed: Entity[] = [];
  const parties = partyNames.join('\n');
  for (const country of countries) {
    if (known(country.code) || !/^[A-Z]{2}$/.test(country.code)) continue;
    // Two-letter names ("US") are too often something else (US$); a name the catalogue already gives a
    // party ("made in X") stands for that party, not for a place of the source.
    const names = country.names.filter((n) => n.length > 2 && !new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(parties));
    if (names.length === 0) continue;
    const used = names.filter((n) => new RegExp(`(?<![\\p{L}])${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(prose));
    if (used.length === 0) continue;
    // The name the source uses is the one a writer will use first.
    proposed.push({ id: country.code, kind: 'country', name: used[0], aliases: names.filter((n) => n !== used[0]), demonyms: [] });
  }
  return proposed.sort((a, b) => a.id.localeCompare(b.id));
}

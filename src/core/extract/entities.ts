// Entities a source names that the catalogue lacks. The host hands over a list of country names (the CLI
// gives the core's, src/core/worldCountries.ts); a country the source names is proposed as a new entity.
import type { Entity } from '../../dataset/schema';
import { escapeRegExp } from '../regex';
import type { CountryNames } from '../worldCountries';

export type { CountryNames };

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

/** Words that name the whole world as the place of a figure ("killed worldwide", "5% of the world's population"). */
const WORLD_NAMES = ['worldwide', 'globally', 'around the world', 'across the world', 'across the globe', "the world's", 'the world’s'];

/** The world as a region, when the source speaks of it and the catalogue has no entity for it. */
export function proposeWorld(prose: string, known: (id: string) => boolean): Entity[] {
  if (known('world')) return [];
  // Only words that make the world a figure's place propose it: "the world's leading maker" or "eighth
  // in the world" compare with the world and would make it the last place named.
  const pattern = new RegExp(`(?<![\\p{L}])(?:${WORLD_NAMES.filter((n) => !n.startsWith('the world')).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
  if (!pattern.test(prose)) return [];
  return [{ id: 'world', kind: 'region', name: 'the world', aliases: WORLD_NAMES.filter((n) => !n.startsWith('the world')), demonyms: [] }];
}

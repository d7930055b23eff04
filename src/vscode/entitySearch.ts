// Fuzzy search over the catalogue's entities (fuse.js) for "Add Fact from Selection". No vscode import,
// so that the ranking can be tested on its own.
import Fuse from 'fuse.js';
import type { Entity } from '../dataset/schema';

export interface EntityEntry {
  entity: Entity;
  /** Name, kind and country, and every alias: each query word may match a different part. */
  text: string;
}

export function createEntitySearch(entities: readonly Entity[], countryName: (id: string) => string): { entries: EntityEntry[]; search(query: string): EntityEntry[] } {
  const entries = entities.map((entity) => ({
    entity,
    text: [entity.name, entity.id, entity.kind, entity.country ? countryName(entity.country) : '', ...entity.aliases, ...entity.demonyms].join(' '),
  }));
  const fuse = new Fuse(entries, { keys: ['text'], threshold: 0.3, ignoreLocation: true, useExtendedSearch: true });
  return {
    entries,
    search(query: string): EntityEntry[] {
      const pattern = query.trim().split(/\s+/).map((w) => w.replace(/^[=!^'"]+|[$"]+$/g, '')).filter(Boolean).join(' ');
      return pattern ? fuse.search(pattern).map((r) => r.item) : entries;
    },
  };
}

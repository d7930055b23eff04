// Fuzzy search over every fact (fuse.js) for the "Insert citation…" quick pick. No vscode import, so
// that the ranking can be tested on its own.
import Fuse from 'fuse.js';
import { describeFact, formatValue } from '../core/describe';
import type { Fact, FactIndex } from '../core';

export interface FactEntry {
  fact: Fact;
  /** Value and measure: "18,166 Hikvision devices reachable on the internet…". */
  label: string;
  /** The place and vendors. */
  description: string;
  /** One line with the source. */
  detail: string;
  /** Everything searchable, in one string, so that each query word may match a different part. */
  text: string;
}

export interface FactSearch {
  entries: FactEntry[];
  /** Entries matching the query, best first; all entries for an empty query. */
  search(query: string): FactEntry[];
}

export function createFactSearch(index: FactIndex): FactSearch {
  const entries: FactEntry[] = index.facts.map((fact) => {
    const label = `${formatValue(fact)} ${fact.measure}`;
    const description = [index.displayName(fact.entity), ...fact.vendors.map((v) => index.displayName(v))].join(' · ');
    const detail = describeFact(fact, index);
    const country = index.displayName(index.countryOf(fact.entity));
    return { fact, label, description, detail, text: [label, description, country, fact.via, ...fact.keywords, detail].join(' ') };
  });
  const fuse = new Fuse(entries, {
    keys: ['text'],
    threshold: 0.3,
    ignoreLocation: true,
    // Each word of the query must match somewhere: "hungary hikvision" finds the Hungarian Hikvision figure.
    useExtendedSearch: true,
  });
  return {
    entries,
    search(query: string): FactEntry[] {
      const words = query.trim().split(/\s+/).filter(Boolean);
      if (words.length === 0) return entries;
      // Extended search: space = AND of fuzzy terms; quote-free so that user text is never an operator.
      const pattern = words.map((w) => w.replace(/^[=!^'"]+|[$"]+$/g, '')).filter(Boolean).join(' ');
      return pattern ? fuse.search(pattern).map((r) => r.item) : entries;
    },
  };
}

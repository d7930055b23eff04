// The columns `factdesk import` understands, and the header names it recognises for each without --map.
// Names are compared lower-cased, with spaces, underscores and hyphens alike.

export const FIELDS = [
  'id', 'entity', 'vendors', 'measure', 'keywords', 'value', 'upper', 'of', 'unit', 'per', 'change', 'qualifier',
  'period', 'periodText', 'via', 'quote', 'examples', 'counterexamples', 'source', 'title', 'publisher', 'date', 'url',
] as const;

export type Field = (typeof FIELDS)[number];

/** Header names recognised without --map, by field. Documented in docs/import.md. */
export const DEFAULT_COLUMNS: Record<Field, readonly string[]> = {
  id: ['id', 'fact id', 'fact'],
  entity: ['entity', 'country', 'place', 'region', 'city', 'body', 'entity id'],
  vendors: ['vendors', 'vendor', 'parties', 'party', 'named parties'],
  measure: ['measure', 'indicator', 'description', 'what'],
  keywords: ['keywords', 'keyword', 'tags'],
  value: ['value', 'figure', 'amount', 'number', 'count'],
  upper: ['upper', 'upper value', 'to value', 'max'],
  of: ['of', 'whole', 'out of', 'total'],
  unit: ['unit', 'units', 'currency'],
  per: ['per', 'rate base'],
  change: ['change', 'is change', 'signed change'],
  qualifier: ['qualifier', 'qualification'],
  period: ['period', 'year', 'years', 'time', 'time period'],
  periodText: ['period text', 'period as written', 'period wording'],
  via: ['via', 'data source', 'original source'],
  quote: ['quote', 'sentence', 'source sentence', 'as stated'],
  examples: ['examples', 'example'],
  counterexamples: ['counterexamples', 'counterexample'],
  source: ['source id', 'source'],
  title: ['title', 'source title', 'headline'],
  publisher: ['publisher', 'published by'],
  date: ['date', 'published', 'publication date', 'source date'],
  url: ['url', 'link', 'source url'],
};

export function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

export interface ColumnMap {
  /** Column index of each mapped field. */
  columns: Partial<Record<Field, number>>;
  /** Header names that map to no field (left out, listed in the summary). */
  ignored: string[];
}

/**
 * Which column holds which field: --map first ("entity=Country,value=Figure"), then the recognised
 * names. Returns a message when --map names a field or a column that does not exist.
 */
export function mapColumns(header: readonly string[], map: Readonly<Record<string, string>>): ColumnMap | string {
  const columns: Partial<Record<Field, number>> = {};
  const normalised = header.map(normaliseHeader);
  for (const [field, column] of Object.entries(map)) {
    if (!(FIELDS as readonly string[]).includes(field)) return `--map: unknown field "${field}" (fields: ${FIELDS.join(', ')})`;
    const at = normalised.indexOf(normaliseHeader(column));
    if (at < 0) return `--map: no column "${column}" in the header (columns: ${header.join(', ')})`;
    columns[field as Field] = at;
  }
  const taken = new Set(Object.values(columns));
  for (const field of FIELDS) {
    if (columns[field] !== undefined) continue;
    const at = normalised.findIndex((name, k) => !taken.has(k) && DEFAULT_COLUMNS[field].includes(name));
    if (at >= 0) {
      columns[field] = at;
      taken.add(at);
    }
  }
  const ignored = header.filter((_, k) => !taken.has(k));
  return { columns, ignored };
}

// `factdesk import`: the rows of a spreadsheet of figures become a dataset. Each row is one fact; a row
// with a problem is reported with its row number and column and left out, and every other row imported.
// The CSV itself is parsed by the host (the CLI uses csv-parse); this takes the parsed cells.
import type { DatasetFile, Entity, Fact, Source } from '../../dataset/schema';
import { sourceSchema } from '../../dataset/schema';
import { buildIndex, type IndexInput } from '../factIndex';
import { STOPWORDS } from '../extract/words';
import type { CountryNames } from '../extract/entities';
import { mapColumns, type Field } from './columns';
import { readBoolean, readList, readNumber, readPeriod, readQualifier, readUnit, type Read } from './values';

export interface TableRow {
  /** The row's line number in the file (1 is the header). */
  line: number;
  cells: string[];
}

export interface ImportInput {
  header: string[];
  rows: TableRow[];
  /** --map: field → column name. */
  map: Record<string, string>;
  /** Numbers use a decimal comma (files separated by semicolons). */
  decimalComma: boolean;
  /** The source of rows that name none (from --title, --publisher, --date, --url). */
  source?: Source;
  catalogue: readonly IndexInput[];
  countries?: readonly CountryNames[];
}

export interface RowProblem {
  line: number;
  /** The column's header name, or the field's name when no column holds it. */
  column: string;
  message: string;
}

export interface ImportResult {
  dataset: DatasetFile;
  problems: RowProblem[];
  /** Header names that map to no field. */
  ignored: string[];
  /** The header name of each mapped field. */
  columnNames: Partial<Record<Field, string>>;
}

class RowError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Reads the rows; returns a message instead when the header cannot be used at all. */
export function importRows(input: ImportInput): ImportResult | string {
  const mapped = mapColumns(input.header, input.map);
  if (typeof mapped === 'string') return mapped;
  const { columns } = mapped;
  for (const needed of ['entity', 'value', 'measure', 'quote'] as const) {
    if (columns[needed] === undefined) return `no column for "${needed}": name one with --map ${needed}=<column>`;
  }
  const catalogueIndex = buildIndex(input.catalogue);
  const countries = new Map<string, CountryNames>();
  for (const c of input.countries ?? []) for (const name of [c.code, ...c.names]) countries.set(name.toLowerCase(), c);
  const newEntities = new Map<string, Entity>();
  const sources = new Map<string, Source>();
  if (input.source) sources.set(input.source.id, input.source);
  const usedIds = new Set<string>();
  const facts: Fact[] = [];
  const problems: RowProblem[] = [];

  const columnName = (field: Field): string => (columns[field] !== undefined ? input.header[columns[field]!] : field);
  const cellOf = (row: TableRow, field: Field): string => (columns[field] !== undefined ? (row.cells[columns[field]!] ?? '').trim() : '');
  const need = <T>(field: Field, read: Read<T>): T => {
    if ('error' in read) throw new RowError(columnName(field), read.error);
    return read.ok;
  };

  /** A catalogue id, a catalogue name or alias, or a country name the catalogue lacks (proposed). */
  const entityOf = (cell: string): string => {
    if (!cell) throw new RowError(columnName('entity'), 'empty: every fact needs its country, place or body');
    if (catalogueIndex.entity(cell) || newEntities.has(cell)) return cell;
    const lower = cell.toLowerCase();
    const byName = catalogueIndex.allEntities().find((e) => [e.name, ...e.aliases, ...e.demonyms].some((n) => n.toLowerCase() === lower));
    if (byName) return byName.id;
    const country = countries.get(lower);
    if (country) {
      if (!catalogueIndex.entity(country.code)) {
        newEntities.set(country.code, { id: country.code, kind: 'country', name: cell, aliases: country.names.filter((n) => n !== cell), demonyms: [] });
      }
      return country.code;
    }
    throw new RowError(columnName('entity'), `unknown entity "${cell}": not in the catalogue and no country; add it to a dataset given with --dataset`);
  };

  const vendorsOf = (cell: string): string[] =>
    readList(cell).map((name) => {
      const lower = name.toLowerCase();
      const vendor = catalogueIndex.allVendors().find((v) => v.id === name || [v.name, ...v.aliases].some((n) => n.toLowerCase() === lower));
      if (!vendor) throw new RowError(columnName('vendors'), `unknown party "${name}": add it to a dataset given with --dataset`);
      return vendor.id;
    });

  const sourceOf = (row: TableRow): string => {
    const given = cellOf(row, 'source');
    if (given && sources.has(given)) return given;
    if (given && catalogueIndex.source(given)) return given;
    const title = cellOf(row, 'title') || given;
    const publisher = cellOf(row, 'publisher');
    if (!title && !publisher && input.source) return input.source.id;
    const id = slug([publisher, cellOf(row, 'date'), ...title.split(/\s+/).slice(0, 4)].join(' ')).slice(0, 80).replace(/-+$/, '') || 'source';
    const parsed = sourceSchema.safeParse({ id, title: title || input.source?.title, publisher: publisher || input.source?.publisher, date: cellOf(row, 'date') || input.source?.date, url: cellOf(row, 'url') || input.source?.url });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue.path[0]) as Field;
      throw new RowError(columnName(field === 'id' ? 'source' : field), `source ${String(issue.path[0])}: ${issue.message} (or give --${field} for every row)`);
    }
    const existing = sources.get(id);
    if (existing && JSON.stringify(existing) !== JSON.stringify(parsed.data)) throw new RowError(columnName('title'), `source "${id}" is given twice with different details`);
    sources.set(id, parsed.data);
    return id;
  };

  for (const row of input.rows) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    try {
      facts.push(factOf(row));
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      problems.push({ line: row.line, column: error.column, message: error.message });
    }
  }

  function factOf(row: TableRow): Fact {
    const entity = entityOf(cellOf(row, 'entity'));
    const number = need('value', readNumber(cellOf(row, 'value'), input.decimalComma));
    const unitCell = cellOf(row, 'unit');
    const unit = unitCell ? need('unit', readUnit(unitCell)) : (number.unit ?? 'count');
    const measure = cellOf(row, 'measure');
    if (!measure) throw new RowError(columnName('measure'), 'empty: say what the figure counts');
    const quote = cellOf(row, 'quote');
    if (!quote) throw new RowError(columnName('quote'), 'empty: every fact needs the sentence of the source that states it');
    const period = need('period', readPeriod(cellOf(row, 'period'), cellOf(row, 'periodText')));
    const keywordCell = cellOf(row, 'keywords');
    const keywords = keywordCell ? readList(keywordCell) : measureKeywords(measure);
    const publisherOrVia = cellOf(row, 'via') || cellOf(row, 'publisher') || input.source?.publisher || 'source';
    const base = cellOf(row, 'id') || slug([entity, ...keywords.slice(0, 2), period ? String(period.from) : ''].join(' '));
    if (cellOf(row, 'id') && usedIds.has(base)) throw new RowError(columnName('id'), `duplicate fact id "${base}"`);
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    const fact: Fact = {
      id,
      entity,
      vendors: vendorsOf(cellOf(row, 'vendors')),
      measure,
      keywords: keywords.length > 0 ? keywords : [measure],
      value: number.value,
      unit,
      qualifier: need('qualifier', readQualifier(cellOf(row, 'qualifier'))),
      period,
      via: publisherOrVia,
      quote,
      source: sourceOf(row),
      examples: readList(cellOf(row, 'examples')),
      counterexamples: readList(cellOf(row, 'counterexamples')),
    };
    for (const field of ['upper', 'of', 'per'] as const) {
      const cell = cellOf(row, field);
      if (cell) fact[field] = need(field, readNumber(cell, input.decimalComma)).value;
    }
    if (need('change', readBoolean(cellOf(row, 'change')))) fact.change = true;
    usedIds.add(id);
    return fact;
  }

  const dataset: DatasetFile = {
    topic: [],
    vocabulary: { topic: [], synonyms: {}, countedNouns: [], modifiers: [], generic: [] },
    sources: [...sources.values()],
    entities: [...newEntities.values()].sort((a, b) => a.id.localeCompare(b.id)),
    vendors: [],
    facts,
  };
  const columnNames: Partial<Record<Field, string>> = {};
  for (const [field, at] of Object.entries(columns)) columnNames[field as Field] = input.header[at!];
  return { dataset, problems, ignored: mapped.ignored, columnNames };
}

/** Keywords from a measure's own words: "Consumer Price Index, year-over-year change" → consumer, price, index… */
function measureKeywords(measure: string): string[] {
  const words = measure.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return [...new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w.toLowerCase())).map((w) => w.toLowerCase()))].slice(0, 6);
}

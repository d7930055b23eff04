// The form in which the stores of validated dataset files (the CLI's --cache, the extension's storage)
// keep what the loader made of a file. A list of records is kept by column: per field, either each
// record's value, or a table of the field's distinct values and each record's place in it. JSON.parse
// then reads numbers where it would read 100,000 objects, which is most of its time: 100,000 facts come
// back in 200-250 ms against 450-600 ms for the plain JSON (bench/datasetLoad.ts). Records come back
// with their keys in the order they had. Records that had equal values of a field share one value, which
// is safe because the engine never changes the data it loads (the unit tests check it on frozen data).
// This file reads the form back; keptFormWrite.ts writes it.
import type { DatasetFile } from './schema';

/** Bumped when the layout below changes; the stores put it in their keys. */
export const KEPT_FORM_VERSION = 1;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Row = Record<string, Json>;

/** One field of a list of records: each record's value in order, or a table of values and each record's place in it. */
export type FieldColumn = { each: Json[] } | { table: Json[]; places: number[] };

export interface RecordColumns {
  /** The key lists of the records, each once. */
  shapes: string[][];
  /** Runs of records of one shape: [shape, count] pairs, in record order. */
  runs: number[];
  fields: Record<string, FieldColumn>;
}

export interface KeptForm {
  version: number;
  /** The file's keys in order. */
  keys: string[];
  /** Values kept as they are. */
  plain: Record<string, Json>;
  /** Lists of records, kept by column. */
  columns: Record<string, RecordColumns>;
}

/** The data a kept form was made from, or undefined when it is not a whole form of this version. */
export function fromKeptForm(form: unknown): DatasetFile | undefined {
  try {
    if (!isObject(form) || form.version !== KEPT_FORM_VERSION || !Array.isArray(form.keys) || !isObject(form.plain) || !isObject(form.columns)) return undefined;
    const data: Row = {};
    for (const key of form.keys as unknown[]) {
      if (typeof key !== 'string') return undefined;
      if (Object.hasOwn(form.columns, key)) {
        const records = fromColumns(form.columns[key] as RecordColumns);
        if (records === undefined) return undefined;
        data[key] = records;
      } else if (Object.hasOwn(form.plain, key)) {
        data[key] = (form.plain as Row)[key]!;
      } else {
        return undefined;
      }
    }
    return data as unknown as DatasetFile;
  } catch {
    return undefined;
  }
}

/** The records back, or undefined when the columns do not add up. */
function fromColumns(columns: RecordColumns): Row[] | undefined {
  const names = Object.keys(columns.fields);
  const position = new Map(names.map((name, i) => [name, i]));
  const each = names.map((name) => ('each' in columns.fields[name]! ? columns.fields[name].each : undefined));
  const tables = names.map((name) => ('table' in columns.fields[name]! ? columns.fields[name].table : undefined));
  const places = names.map((name) => ('places' in columns.fields[name]! ? columns.fields[name].places : undefined));
  const lengths = names.map((_, i) => (each[i] ?? places[i])?.length ?? -1);
  const shapes = columns.shapes.map((keys) => Int32Array.from(keys, (key) => position.get(key) ?? -1));
  if (shapes.some((shape) => shape.includes(-1)) || lengths.includes(-1)) return undefined;
  // A record starts as a copy of its shape's template, which has every key already: V8 copies the
  // template's layout at once, where adding keys one by one cost 100,000 facts a third more to decode.
  const templates = columns.shapes.map((keys) => Object.fromEntries(keys.map((key) => [key, null])) as Row);
  const reader: ColumnReader = { names, each, tables, places, next: new Int32Array(names.length) };
  const records: Row[] = [];
  for (let run = 0; run < columns.runs.length; run += 2) {
    const shape = shapes[columns.runs[run]!];
    const template = templates[columns.runs[run]!]!;
    const count = columns.runs[run + 1]!;
    if (shape === undefined || !(count > 0)) return undefined;
    for (let n = 0; n < count; n++) records.push(recordOf(shape, template, reader));
  }
  // Every value read exactly once: a form whose columns are longer or shorter than its runs is damaged.
  if (names.some((_, i) => reader.next[i] !== lengths[i])) return undefined;
  return records;
}

interface ColumnReader {
  names: string[];
  each: (Json[] | undefined)[];
  tables: (Json[] | undefined)[];
  places: (number[] | undefined)[];
  /** The next record's place in each field's column. */
  next: Int32Array;
}

function recordOf(shape: Int32Array, template: Row, reader: ColumnReader): Row {
  const record: Row = { ...template };
  for (let k = 0; k < shape.length; k++) {
    const field = shape[k]!;
    const at = reader.next[field]!++;
    const each = reader.each[field];
    record[reader.names[field]!] = each !== undefined ? each[at]! : reader.tables[field]![reader.places[field]![at]!]!;
  }
  return record;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

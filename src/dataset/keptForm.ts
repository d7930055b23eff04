// The form in which the stores of validated dataset files (the CLI's --cache, the extension's storage)
// keep what the loader made of a file. A list of records is kept by column: per field, either each
// record's value, or a table of the field's distinct values and each record's place in it. JSON.parse
// then reads numbers where it would read 100,000 objects, which is most of its time: 100,000 facts come
// back in 200-250 ms against 450-600 ms for the plain JSON (bench/datasetLoad.ts). Records come back
// with their keys in the order they had. Records that had equal values of a field share one value, which
// is safe because the engine never changes the data it loads (the unit tests check it on frozen data).
import type { DatasetFile } from './schema';

/** Bumped when the layout below changes; the stores put it in their keys. */
export const KEPT_FORM_VERSION = 1;

/**
 * A field whose distinct values number more than this share of its records is kept value by value:
 * a table would then cost more to read than it saves.
 */
const TABLE_MAX_DISTINCT_SHARE = 0.5;
/** Values of a field seen before its form is chosen: an id or a quote shows itself distinct within them. */
const DISTINCT_SAMPLE = 256;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = Record<string, Json>;

/** One field of a list of records: each record's value in order, or a table of values and each record's place in it. */
type FieldColumn = { each: Json[] } | { table: Json[]; places: number[] };

interface RecordColumns {
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

export function toKeptForm(data: DatasetFile): KeptForm {
  const form: KeptForm = { version: KEPT_FORM_VERSION, keys: [], plain: {}, columns: {} };
  for (const [key, value] of Object.entries(data as unknown as Row)) {
    // JSON leaves out a key whose value is undefined: so does the kept form.
    if (value === undefined) continue;
    form.keys.push(key);
    if (isRecordList(value)) form.columns[key] = toColumns(value);
    else form.plain[key] = value;
  }
  return form;
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

function toColumns(records: Row[]): RecordColumns {
  const shapeIndex = new Map<string, number>();
  const shapes: string[][] = [];
  const runs: number[] = [];
  const columnOf = new Map<string, Json[]>();
  /** Per shape, the column of each of its keys, in order. */
  const shapeColumns: Json[][][] = [];
  let previous = -1;
  for (const record of records) {
    const keys = definedKeys(record);
    // Records of a list mostly share the shape of the one before: compare with it before naming the shape.
    let shape = previous >= 0 && sameKeys(keys, shapes[previous]!) ? previous : shapeIndex.get(keys.join('\0'));
    if (shape === undefined) {
      shape = shapes.length;
      shapeIndex.set(keys.join('\0'), shape);
      shapes.push(keys);
      shapeColumns.push(keys.map((key) => columnOf.get(key) ?? (columnOf.set(key, []), columnOf.get(key)!)));
    }
    if (shape === previous) runs[runs.length - 1]!++;
    else runs.push(shape, 1);
    previous = shape;
    const columns = shapeColumns[shape]!;
    for (let k = 0; k < keys.length; k++) columns[k]!.push(record[keys[k]!]!);
  }
  const fields: Record<string, FieldColumn> = {};
  for (const [key, column] of columnOf) fields[key] = toFieldColumn(column);
  return { shapes, runs, fields };
}

/** A record's keys, less those whose value is undefined (JSON leaves them out). */
function definedKeys(record: Row): string[] {
  const keys = Object.keys(record);
  for (const key of keys) if (record[key] === undefined) return keys.filter((k) => record[k] !== undefined);
  return keys;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Values equal in JSON get one place in the table; a field whose values are mostly distinct, in its first
 * DISTINCT_SAMPLE values or in all, is kept as it is (which form a field takes changes only how fast it
 * reads back). A string, number, boolean or null is its own key (a Map tells 1 from "1"); a list
 * or an object is keyed by its JSON, in a map of its own so that no string can pass for it.
 */
function toFieldColumn(column: Json[]): FieldColumn {
  const placeOfValue = new Map<Json, number>();
  const placeOfJson = new Map<string, number>();
  const table: Json[] = [];
  const places: number[] = [];
  const sampleEnd = Math.min(column.length, DISTINCT_SAMPLE);
  for (let i = 0; i < column.length; i++) {
    const value = column[i]!;
    const json = typeof value === 'object' && value !== null ? JSON.stringify(value) : undefined;
    let place = json === undefined ? placeOfValue.get(value) : placeOfJson.get(json);
    if (place === undefined) {
      place = table.length;
      if (json === undefined) placeOfValue.set(value, place);
      else placeOfJson.set(json, place);
      table.push(value);
      if (table.length > column.length * TABLE_MAX_DISTINCT_SHARE) return { each: column };
    }
    places.push(place);
    if (i + 1 === sampleEnd && table.length > sampleEnd * TABLE_MAX_DISTINCT_SHARE) return { each: column };
  }
  return { table, places };
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

function isRecordList(value: Json): value is Row[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isObject(item));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

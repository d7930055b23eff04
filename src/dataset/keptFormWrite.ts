// Writes the kept form (src/dataset/keptForm.ts, which reads it back). Apart from the reader because only a
// store that saves newly validated files needs it: the extension loads this from its own bundle
// (dist/extension-keptform.js) when it first saves, and dist/extension-main.js, which every activation reads,
// stays under its budget.
import type { DatasetFile } from './schema';
import { isObject, KEPT_FORM_VERSION, type FieldColumn, type Json, type KeptForm, type RecordColumns, type Row } from './keptForm';

/**
 * A field whose distinct values number more than this share of its records is kept value by value:
 * a table would then cost more to read than it saves.
 */
const TABLE_MAX_DISTINCT_SHARE = 0.5;
/** Values of a field seen before its form is chosen: an id or a quote shows itself distinct within them. */
const DISTINCT_SAMPLE = 256;

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

function isRecordList(value: Json): value is Row[] {
  return Array.isArray(value) && value.length > 0 && value.every((item) => isObject(item));
}


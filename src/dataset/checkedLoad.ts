// The load of dataset files the build did not validate: each file's size, syntax, schema and own checks,
// then the checks across files, repeated until no file is left out; and the memory of the texts that passed.
// src/dataset/load.ts requires it only for such a load, so that a start with the bundled data alone never
// evaluates it; the Node bundles keep it in a file of its own (scripts/build.mjs).
import type { DatasetFile } from './schema';
import type { Candidate, Kind } from './kinds';
import { COLLECTION, KINDS } from './kinds';
import { crossCheck } from './crossCheck';
import { LineIndex } from '../core/lineIndex';
import type { DatasetInput, DatasetProblem, LoadOptions, LoadResult, TogetherMember, ValidatedFileStore } from './load';

/** Files above this size (in UTF-16 code units, about bytes for JSON) are refused without parsing. */
export const MAX_DATASET_SIZE = 10 * 1024 * 1024;

/** At most this many problems are listed per file; the rest are summed up in one more problem. */
const MAX_PROBLEMS_PER_FILE = 50;

/** Loads files of which some were not validated at build time (src/dataset/load.ts, loadDatasets). */
export function checkedLoad(inputs: DatasetInput[], options: LoadOptions): LoadResult {
  const problemsByFile = new Map<number, DatasetProblem[]>();
  const report = (index: number, problems: DatasetProblem[]): void => {
    const list = problemsByFile.get(index) ?? [];
    list.push(...problems);
    problemsByFile.set(index, list);
  };
  /** Ids defined by files that were left out, so that references to them can say so. */
  const droppedDefinitions: Record<Kind, Map<string, string>> = {
    entity: new Map(),
    vendor: new Map(),
    source: new Map(),
    fact: new Map(),
  };
  const remember = (file: string, raw: unknown): void => {
    for (const kind of KINDS) {
      for (const id of rawIds(raw, COLLECTION[kind])) {
        if (!droppedDefinitions[kind].has(id)) droppedDefinitions[kind].set(id, file);
      }
    }
  };

  // 1. Each file on its own: size, syntax, schema, and the checks that need nothing else.
  let alive: Candidate[] = [];
  inputs.forEach((input, index) => {
    const file = typeof input?.file === 'string' && input.file ? input.file : `<dataset ${index + 1}>`;
    try {
      if (input.prevalidated && input.json !== undefined) {
        alive.push({ index, file, data: input.json as DatasetFile });
        return;
      }
      const own = checkOnItsOwn(input, file, options.validated);
      if (own.problems.length > 0) {
        report(index, own.problems);
        if (own.raw !== undefined) remember(file, own.raw);
        return;
      }
      alive.push({ index, file, data: own.data! });
    } catch (error) {
      report(index, [{ file, path: '', message: `could not be loaded: ${errorMessage(error)}` }]);
    }
  });

  // 2. Across files: duplicate ids and references. Leaving a file out can leave references in another
  // file dangling, so repeat until nothing changes. A store that saw the same files pass together
  // before spares the checks: with 100,000 facts they cost a run that reads kept data a third of its time.
  const together = problemsByFile.size === 0 && options.validated?.passedTogether ? togetherMembers(inputs, alive) : undefined;
  const passedBefore = together !== undefined && options.validated?.passedTogether?.(together) === true;
  for (let round = 0; !passedBefore; round++) {
    const failed = new Map<number, DatasetProblem[]>();
    try {
      crossCheck(alive, droppedDefinitions, failed);
    } catch (error) {
      for (const c of alive) failed.set(c.index, [{ file: c.file, path: '', message: `could not be loaded: ${errorMessage(error)}` }]);
    }
    if (failed.size === 0) {
      if (round === 0 && together !== undefined) options.validated?.recordPassedTogether?.(together);
      break;
    }
    for (const [index, problems] of failed) {
      const candidate = alive.find((c) => c.index === index)!;
      report(index, problems);
      remember(candidate.file, candidate.data);
    }
    alive = alive.filter((c) => !failed.has(c.index));
  }

  const problems: DatasetProblem[] = [];
  for (const index of [...problemsByFile.keys()].sort((a, b) => a - b)) {
    const list = problemsByFile.get(index)!;
    problems.push(...list.slice(0, MAX_PROBLEMS_PER_FILE));
    if (list.length > MAX_PROBLEMS_PER_FILE) {
      problems.push({ file: list[0]!.file, path: '', message: `${list.length - MAX_PROBLEMS_PER_FILE} more problems not shown` });
    }
  }
  return { datasets: alive.map((c) => ({ file: c.file, data: c.data })), problems };
}

/**
 * One input on its own: its data when this process or the store validated its text before, else as it
 * validates now (and then remembered by both); or its problems.
 */
function checkOnItsOwn(input: DatasetInput, file: string, store: ValidatedFileStore | undefined): { data?: DatasetFile; problems: DatasetProblem[]; raw?: unknown } {
  const fromText = typeof input.text === 'string' && input.json === undefined;
  const known = fromText ? (knownValid(file, input.text!) ?? store?.get(file, input.text!)) : undefined;
  if (known) {
    rememberValid(file, input.text!, known);
    return { data: known, problems: [] };
  }
  const own = validateOnItsOwn(input, file);
  if (own.problems.length === 0 && fromText) {
    rememberValid(file, input.text!, own.data!);
    store?.set(file, input.text!, own.data!);
  }
  return own;
}

/** Validates one file ahead of its load (src/dataset/load.ts, validateAhead). */
export function validateAhead(input: DatasetInput, store?: ValidatedFileStore): void {
  try {
    checkOnItsOwn(input, input.file, store);
  } catch {
    // The load reports it.
  }
}

/** One file's syntax, schema and the checks that need nothing else: its data, or its problems (and its JSON, when it parsed). */
export function validateOnItsOwn(input: DatasetInput, file: string): { data?: DatasetFile; problems: DatasetProblem[]; raw?: unknown } {
  const { raw, problems } = readInput(input, file);
  if (problems.length > 0) return { problems };
  const parsed = validator().validateFile(file, raw);
  if (parsed.data === undefined) return { problems: parsed.problems, raw };
  const own = validator().checkFile(file, parsed.data);
  return own.length > 0 ? { problems: own, raw } : { data: parsed.data, problems: [] };
}

/**
 * The load's files for a store's memory of the checks across files; undefined when one was given parsed
 * (no text to key it by), or when all were validated at build time (the build checked them together).
 */
function togetherMembers(inputs: readonly DatasetInput[], alive: readonly Candidate[]): TogetherMember[] | undefined {
  const members: TogetherMember[] = [];
  let texts = 0;
  for (const c of alive) {
    const input = inputs[c.index]!;
    if (input.prevalidated && input.json !== undefined) members.push({ file: c.file });
    else if (typeof input.text === 'string' && input.json === undefined) {
      members.push({ file: c.file, text: input.text });
      texts++;
    } else return undefined;
  }
  return texts > 0 ? members : undefined;
}

/**
 * The last version of each file that passed every check of its own, by file name: loading it again
 * unchanged (the extension reloads every dataset when one changes; a benchmark or a server loads the
 * same files again) skips JSON.parse, the schema and the checks within the file; only the checks across
 * files run again. One version per file, so an edited file does not pile up versions; the data is never
 * changed after loading, so it can be shared. Bounded by the texts' total length.
 */
const validatedFiles = new Map<string, { text: string; data: DatasetFile }>();
let validatedLength = 0;
const VALIDATED_CACHE_CHARS = 64 * 1024 * 1024;

/** Forgets every file validated so far, as a new process would start (for tests and benchmarks). */
export function forgetValidatedFiles(): void {
  validatedFiles.clear();
  validatedLength = 0;
}

function knownValid(file: string, text: string): DatasetFile | undefined {
  const entry = validatedFiles.get(file);
  return entry && entry.text === text ? entry.data : undefined;
}

function rememberValid(file: string, text: string, data: DatasetFile): void {
  const previous = validatedFiles.get(file);
  if (previous) {
    validatedFiles.delete(file);
    validatedLength -= previous.text.length;
  }
  if (text.length > VALIDATED_CACHE_CHARS) return;
  validatedFiles.set(file, { text, data });
  validatedLength += text.length;
  // Oldest first: a Map iterates in insertion order.
  for (const [name, entry] of validatedFiles) {
    if (validatedLength <= VALIDATED_CACHE_CHARS) break;
    validatedFiles.delete(name);
    validatedLength -= entry.text.length;
  }
}

let validatorModule: typeof import('./validate') | undefined;
/**
 * The zod validator and the file's own checks, required on first use rather than imported: bundlers then
 * evaluate them (and zod) only when a dataset that was not validated at build time is read, and the Node
 * bundles keep them in a file of their own (scripts/build.mjs).
 */
function validator(): typeof import('./validate') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (validatorModule ??= require('./validate') as typeof import('./validate'));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function rawIds(raw: unknown, collection: string): string[] {
  if (!isPlainObject(raw)) return [];
  const list = raw[collection];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => (isPlainObject(item) && typeof item.id === 'string' ? [item.id] : []));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------------
// Reading and parsing

function readInput(input: DatasetInput, file: string): { raw: unknown; problems: DatasetProblem[] } {
  const fail = (message: string) => ({ raw: undefined, problems: [{ file, path: '', message }] });
  if (input.json !== undefined) return { raw: input.json, problems: [] };
  const text = input.text;
  if (typeof text !== 'string') return fail('no content was given (neither text nor parsed JSON)');
  if (text.length > MAX_DATASET_SIZE) {
    return fail(
      `file is too large (${(text.length / (1024 * 1024)).toFixed(1)} MB); dataset files are limited to ` +
        `${MAX_DATASET_SIZE / (1024 * 1024)} MB and this one was not read`,
    );
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('file is empty; a dataset file is a JSON object such as { "facts": [] }');
  if (/[\u0000-\u0008\u000E-\u001A\u001C-\u001F\uFFFD]/.test(body.slice(0, 4096))) {
    return fail('this is not a JSON text file (it contains binary data); a dataset file is a JSON object such as { "facts": [] }');
  }
  try {
    return { raw: JSON.parse(body), problems: [] };
  } catch (error) {
    const offset = body.length - body.trimStart().length;
    // A file that is no JSON is rare: where its error lies is read with the validator's bundle.
    const located = validator().locateJsonError(body);
    if (!located) return fail(`invalid JSON: ${errorMessage(error)}`);
    const { line, column } = lineColumn(body, located.offset);
    const hint =
      located.offset === offset && !'{["'.includes(body[offset] ?? '')
        ? ' (this does not look like JSON at all; a dataset file is a JSON object such as { "facts": [] })'
        : '';
    return fail(`JSON syntax error at line ${line}, column ${column}: ${located.message}${hint}`);
  }
}

/** 1-based line and column (in UTF-16 code units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const position = new LineIndex(text).positionAt(offset);
  return { line: position.line + 1, column: position.character + 1 };
}

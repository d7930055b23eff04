// Loads dataset files (*.facts.json and the entity catalogue) from texts or parsed JSON. No Node
// built-ins: hosts read the files (the CLI from disk, the extension through the workspace API, a web
// worker from wherever) and hand the texts over. Nothing here throws: every problem becomes a
// DatasetProblem, a file with problems is left out whole, and every other file keeps loading.
import type { DatasetFile } from './schema';
import type { FactReview } from './review';
import { describeValue, formatPath, type Path } from './paths';
import { LineIndex } from '../core/lineIndex';
import { COLLECTION, KINDS, type Candidate, type Kind } from './kinds';

export { describeValue, formatPath } from './paths';

export interface DatasetInput {
  /** A display name, usually the path relative to the workspace ('data/entities.json'). */
  file: string;
  /** The file's text; parsed as JSON. */
  text?: string;
  /** Already parsed JSON (bundled datasets); used instead of `text` when given. */
  json?: unknown;
  /**
   * True only for data that the build validated and normalised (src/dataset/bundled.ts): `json` is then
   * trusted as a DatasetFile, which keeps zod out of start-up; the checks across files run only when other
   * data is loaded with it (builtTogether).
   */
  prevalidated?: boolean;
}

export interface DatasetProblem {
  file: string;
  /** JSON path such as `facts[12].value`; '' for the whole file. */
  path: string;
  message: string;
}

export interface LoadedDataset {
  file: string;
  data: DatasetFile;
  /** Its facts under review, when a deferred load knew them without reading the data (not enumerable). */
  readonly underReview?: readonly FactReview[];
}

export interface LoadResult {
  datasets: LoadedDataset[];
  problems: DatasetProblem[];
}

/** Files above this size (in UTF-16 code units, about bytes for JSON) are refused without parsing. */
export const MAX_DATASET_SIZE = 10 * 1024 * 1024;

/** At most this many problems are listed per file; the rest are summed up in one more problem. */
const MAX_PROBLEMS_PER_FILE = 50;

/** `data/x.json: facts[12].value: expected number, got string "18,166"`. */
export function formatProblem(p: DatasetProblem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}


// ---------------------------------------------------------------------------------------------------
// Loading

/**
 * A host's memory of dataset texts that passed every check of their own, kept beyond this process (the
 * CLI keeps it beside its result cache: src/cli/datasetCache.ts). A text it knows is not parsed against
 * the schema or checked on its own again. With `held` and `passedTogether`, a load of files that all
 * passed together before reads no data until it is used (deferredLoad).
 */
export interface ValidatedFileStore {
  /** The data a text was validated into (defaults filled in), or undefined when the text is new. */
  get(file: string, text: string): DatasetFile | undefined;
  /** Called for each text that passed every check of its own, with the data it was validated into. */
  set(file: string, text: string, data: DatasetFile): void;
  /**
   * True when these files, in this order, passed the checks across files together before (a store may
   * leave this out: the checks then always run). The checks depend on nothing else: the files' data, and
   * the running code, which includes the data validated at build time.
   */
  passedTogether?(members: readonly TogetherMember[]): boolean;
  /** Called when every file passed its own checks and the checks across files found nothing. */
  recordPassedTogether?(members: readonly TogetherMember[]): void;
  /**
   * What the store holds for a text, known without reading its data: its facts under review. Undefined
   * when it holds no data for this text.
   */
  held?(file: string, text: string): { underReview: FactReview[] } | undefined;
}

/** A file of a load, for a store's memory of the checks across files: its text, or none for data validated at build time. */
export interface TogetherMember {
  file: string;
  text?: string;
}

export interface LoadOptions {
  validated?: ValidatedFileStore;
}

export function loadDatasets(inputs: DatasetInput[], options: LoadOptions = {}): LoadResult {
  const deferred = deferredLoad(inputs, options.validated);
  if (deferred) return deferred;
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
  const passedBefore = (together !== undefined && options.validated?.passedTogether?.(together) === true) || builtTogether(inputs);
  for (let round = 0; !passedBefore; round++) {
    const failed = new Map<number, DatasetProblem[]>();
    try {
      crossChecks().crossCheck(alive, droppedDefinitions, failed);
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

/**
 * Does a later load's work on one file ahead of it: a host that validates its files one at a time, giving
 * its event loop a turn between them, is not held up by 100,000 facts at once, and the load then finds
 * each file validated. A file with problems is left for the load to report.
 */
export function validateAhead(input: DatasetInput, store?: ValidatedFileStore): void {
  if (input.prevalidated || typeof input.file !== 'string' || !input.file) return;
  try {
    checkOnItsOwn(input, input.file, store);
  } catch {
    // The load reports it.
  }
}

/** One file's syntax, schema and the checks that need nothing else: its data, or its problems (and its JSON, when it parsed). */
function validateOnItsOwn(input: DatasetInput, file: string): { data?: DatasetFile; problems: DatasetProblem[]; raw?: unknown } {
  const { raw, problems } = readInput(input, file);
  if (problems.length > 0) return { problems };
  const parsed = validator().validateFile(file, raw);
  if (parsed.data === undefined) return { problems: parsed.problems, raw };
  const own = validator().checkFile(file, parsed.data);
  return own.length > 0 ? { problems: own, raw } : { data: parsed.data, problems: [] };
}

/**
 * A load that reads no data: when the store holds every text's data and saw these files, in this order,
 * pass the checks across files together, the load cannot find a problem. Each file's data is then read
 * on first use; a CI run whose every result comes from the cache never reads it (with 100,000 facts,
 * ~270 ms of such a run). Undefined when any file is not so known.
 */
function deferredLoad(inputs: readonly DatasetInput[], store: ValidatedFileStore | undefined): LoadResult | undefined {
  if (!store?.held || !store.passedTogether) return undefined;
  const members: TogetherMember[] = [];
  const datasets: LoadedDataset[] = [];
  for (const input of inputs) {
    if (typeof input?.file !== 'string' || !input.file) return undefined;
    if (input.prevalidated && input.json !== undefined) {
      members.push({ file: input.file });
      datasets.push({ file: input.file, data: input.json as DatasetFile });
      continue;
    }
    if (typeof input.text !== 'string' || input.json !== undefined) return undefined;
    const held = store.held(input.file, input.text);
    if (!held) return undefined;
    members.push({ file: input.file, text: input.text });
    datasets.push(deferredDataset({ file: input.file, text: input.text }, held.underReview, store));
  }
  if (members.every((m) => m.text === undefined) || !store.passedTogether(members)) return undefined;
  return { datasets, problems: [] };
}

/**
 * A dataset whose data is read from the store on first use. Should the store fail to give it then, the
 * text is validated again: it passed before with the same code, so it passes again.
 */
function deferredDataset(input: { file: string; text: string }, underReview: FactReview[], store: ValidatedFileStore): LoadedDataset {
  let data: DatasetFile | undefined;
  const read = (): DatasetFile => {
    const again = store.get(input.file, input.text) ?? validateOnItsOwn(input, input.file).data;
    if (again === undefined) throw new Error(`${input.file}: its validated data could not be read back, and the file no longer validates`);
    return again;
  };
  const dataset = {
    file: input.file,
    get data(): DatasetFile {
      return (data ??= read());
    },
  };
  // Not enumerable: the JSON of a deferred dataset is that of any other.
  Object.defineProperty(dataset, 'underReview', { value: underReview });
  return dataset;
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

/**
 * Data the build validated passed the checks across files together (scripts/bundled-datasets.mjs loads the
 * bundled files as one set; the catalogue alone refers to nothing else).
 */
function builtTogether(inputs: readonly DatasetInput[]): boolean {
  return inputs.every((input) => input?.prevalidated === true && input.json !== undefined);
}

let crossCheckModule: typeof import('./crossCheck') | undefined;
/** The checks across files, required when a load has data the build did not validate: a file of their own in the Node bundles. */
function crossChecks(): typeof import('./crossCheck') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (crossCheckModule ??= require('./crossCheck') as typeof import('./crossCheck'));
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

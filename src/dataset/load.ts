// Loads dataset files (*.facts.json and the entity catalogue) from texts or parsed JSON. No Node
// built-ins: hosts read the files (the CLI from disk, the extension through the workspace API, a web
// worker from wherever) and hand the texts over. Nothing here throws: every problem becomes a
// DatasetProblem, a file with problems is left out whole, and every other file keeps loading.
import type { DatasetFile } from './schema';
import type { FactReview } from './review';

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
  // Data the build validated, all of it, passed every check together then (builtTogether).
  if (builtTogether(inputs)) return { datasets: inputs.map((input) => ({ file: input.file, data: input.json as DatasetFile })), problems: [] };
  return checked().checkedLoad(inputs, options);
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
    const again = store.get(input.file, input.text) ?? checked().validateOnItsOwn(input, input.file).data;
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
 * Data the build validated passed the checks across files together (scripts/bundled-datasets.mjs loads the
 * bundled files as one set; the catalogue alone refers to nothing else).
 */
function builtTogether(inputs: readonly DatasetInput[]): boolean {
  return inputs.every((input) => input?.prevalidated === true && input.json !== undefined);
}

/**
 * Does a later load's work on one file ahead of it: a host that validates its files one at a time, giving
 * its event loop a turn between them, is not held up by 100,000 facts at once, and the load then finds
 * each file validated. A file with problems is left for the load to report.
 */
export function validateAhead(input: DatasetInput, store?: ValidatedFileStore): void {
  if (input.prevalidated || typeof input.file !== 'string' || !input.file) return;
  checked().validateAhead(input, store);
}

/** Forgets every file validated so far, as a new process would start (for tests and benchmarks). */
export function forgetValidatedFiles(): void {
  checkedModule?.forgetValidatedFiles();
}

let checkedModule: typeof import('./checkedLoad') | undefined;
/**
 * The load of data the build did not validate (each file's checks, the checks across files, the memory of
 * texts that passed), required on first use: a start with only the bundled data never evaluates it, and
 * the Node bundles keep it in a file of their own beside the validator (scripts/build.mjs).
 */
function checked(): typeof import('./checkedLoad') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (checkedModule ??= require('./checkedLoad') as typeof import('./checkedLoad'));
}

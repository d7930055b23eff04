// Schema validation of one dataset file with zod, and zod's issues turned into problems that name the
// JSON path and say what was found; with it, the file's own checks that follow the schema
// (src/dataset/ownChecks.ts). Loaded only when a dataset that was not validated at build time is read
// (src/dataset/load.ts requires it on first use), so that a check against the bundled datasets alone
// never loads zod.
import { z } from 'zod';
// Where a file that is no JSON breaks: read only for such a file, so it lives in this bundle too.
export { locateJsonError } from './jsonErrors';
import { datasetFileSchema, entitySchema, factSchema, periodSchema, sourceSchema, vendorSchema, type DatasetFile } from './schema';
import type { DatasetProblem } from './load';
import { closest, describeValue, formatPath, type Path } from './paths';

export { checkFile } from './ownChecks';

/** The file parsed with defaults filled in, or the problems that keep it out. */
export function validateFile(file: string, raw: unknown): { data: DatasetFile; problems: [] } | { data: undefined; problems: DatasetProblem[] } {
  const parsed = schemaFor(raw).safeParse(raw, { reportInput: true });
  if (parsed.success) return { data: parsed.data, problems: [] };
  return { data: undefined, problems: parsed.error.issues.flatMap((issue) => issueToProblems(file, raw, issue)) };
}

/**
 * zod's own compiler (z.compile) turns the schema into one generated function that answers a valid
 * file several times faster and hands any other input to the ordinary parser, so that results, issues
 * and messages are zod's own either way. Compiling costs about 10 ms, more than the ordinary parser
 * spends on a small file: a process compiles on the first file with this many items, and keeps it.
 */
const COMPILE_FROM_ITEMS = 200;
let compiledSchema: typeof datasetFileSchema | undefined;

function schemaFor(raw: unknown): typeof datasetFileSchema {
  return compiledSchema ?? (itemCount(raw) < COMPILE_FROM_ITEMS ? datasetFileSchema : compiledFileSchema());
}

/** The compiled schema, made on first use (exported for the test that compares it with zod's parser). */
export function compiledFileSchema(): typeof datasetFileSchema {
  return (compiledSchema ??= z.compile(datasetFileSchema));
}

/** The facts, entities, sources and vendors of a file that looks like a dataset; 0 for anything else. */
function itemCount(raw: unknown): number {
  if (raw === null || typeof raw !== 'object') return 0;
  let count = 0;
  for (const key of ['facts', 'entities', 'sources', 'vendors']) {
    const list = (raw as Record<string, unknown>)[key];
    if (Array.isArray(list)) count += list.length;
  }
  return count;
}

const KNOWN_FIELDS = [
  ...new Set([
    ...Object.keys(datasetFileSchema.shape),
    ...Object.keys(sourceSchema.shape),
    ...Object.keys(entitySchema.shape),
    ...Object.keys(vendorSchema.shape),
    ...Object.keys(factSchema.shape),
    ...Object.keys(periodSchema.shape),
  ]),
];

/** The value at `path` in `raw`, and whether it is there at all. */
function valueAt(raw: unknown, path: Path): { present: boolean; value: unknown } {
  let current: unknown = raw;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return { present: false, value: undefined };
    const container = current as Record<PropertyKey, unknown>;
    if (!Object.prototype.hasOwnProperty.call(container, key)) return { present: false, value: undefined };
    current = container[key];
  }
  return { present: true, value: current };
}


const EXPECTED_NAMES: Record<string, string> = { int: 'an integer', object: 'object', array: 'array' };

function issueToProblems(file: string, raw: unknown, issue: z.core.$ZodIssue): DatasetProblem[] {
  const path = issue.path;
  const at = valueAt(raw, path);
  const problem = (message: string, p: Path = path): DatasetProblem => ({ file, path: formatPath(p), message });
  const got = at.present ? `, got ${describeValue(at.value)}` : '';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      if (!at.present) return [problem(`required field is missing (expected ${expected})`)];
      return [problem(`expected ${expected}, got ${describeValue(at.value)}`)];
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return [problem(`expected one of ${options}${got}`)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closest(key, KNOWN_FIELDS);
        return problem(`unknown field "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, [...path, key]);
      });
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return [problem(min <= 1 ? 'must not be empty' : `must be at least ${min} characters long`)];
      if (issue.origin === 'array') return [problem(`must have at least ${min} item${min === 1 ? '' : 's'}`)];
      return [problem(`must be ${issue.inclusive ? 'at least' : 'greater than'} ${min}${got}`)];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return [problem(`must be at most ${max} characters long`)];
      if (issue.origin === 'array') return [problem(`must have at most ${max} items`)];
      return [problem(`must be ${issue.inclusive ? 'at most' : 'less than'} ${max}${got}`)];
    }
    case 'invalid_format': {
      const what = issue.format === 'url' ? 'expected a URL' : issue.message;
      return [problem(`${what}${got}`)];
    }
    default:
      return [problem(issue.message)];
  }
}

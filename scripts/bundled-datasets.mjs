// Validates the bundled datasets at build time and hands them to esbuild, normalised (every default
// filled in), as the module 'factdesk:bundled-datasets' (see src/dataset/bundled.ts). Any problem fails
// the build with the file and JSON path, so that the CLI and the extension can trust the bundled data
// and never load the validator (zod) for it at start-up.
//   node scripts/bundled-datasets.mjs [file...]   validate (default: the bundled files), exit 1 on a problem
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The datasets shipped inside the CLI and the extension, as paths relative to the repository. */
export const BUNDLED_FILES = ['data/entities.json', 'data/rferl-2024-05-07-cameras.facts.json'];

/** The loader (src/dataset/load.ts), bundled in memory and evaluated here: the same code that checks user files. */
async function loader() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/dataset/load.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  const require = createRequire(join(root, 'src/dataset/load.ts'));
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}

/** Loads the files with the loader: `{ files: [{ file, data }], errors: ['file: path: message'] }`. */
export async function validateDatasets(files = BUNDLED_FILES) {
  const { loadDatasets, formatProblem } = await loader();
  const inputs = files.map((file) => ({ file, text: readFileSync(resolve(root, file), 'utf8') }));
  const loaded = loadDatasets(inputs);
  return {
    files: loaded.datasets.map(({ file, data }) => ({ file, data })),
    errors: loaded.problems.map(formatProblem),
  };
}

/** Strings shorter than this are written where they stand: a reference would save too little. */
const MIN_SHARED_LENGTH = 12;

/**
 * The data as a module whose default export is the value JSON would give, with every long string that
 * occurs more than once written once (facts of one sentence repeat its quote): the bundles every process
 * reads are that much shorter. Keys whose value is undefined are left out and such items of a list
 * written null, as JSON writes them.
 */
function asModule(value) {
  const counts = new Map();
  const count = (v) => {
    if (typeof v === 'string') {
      if (v.length >= MIN_SHARED_LENGTH) counts.set(v, (counts.get(v) ?? 0) + 1);
    } else if (Array.isArray(v)) v.forEach(count);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(count);
  };
  count(value);
  const shared = [...counts].filter(([, n]) => n > 1).map(([text]) => text);
  const slot = new Map(shared.map((text, i) => [text, i]));
  const makers = [];
  const entries = (v) => Object.entries(v).filter(([, x]) => x !== undefined);
  const object = (pairs) => `{${pairs.map(([k, x]) => `${JSON.stringify(k)}:${write(x)}`).join(',')}}`;
  const write = (v) => {
    if (v === undefined) return 'null';
    if (typeof v === 'string' && slot.has(v)) return `shared[${slot.get(v)}]`;
    if (Array.isArray(v)) {
      const defaults = commonValues(v);
      if (!defaults) return `[${v.map(write).join(',')}]`;
      // A function that writes the defaults into a fresh object, then the item's own values.
      const maker = makers.push(`(o)=>({${Object.entries(defaults).map(([k, x]) => `${JSON.stringify(k)}:${JSON.stringify(x)}`).join(',')},...o})`) - 1;
      return `[${v.map((item) => `made[${maker}](${object(entries(item).filter(([k, x]) => !(k in defaults) || JSON.stringify(x) !== JSON.stringify(defaults[k])))})`).join(',')}]`;
    }
    if (v !== null && typeof v === 'object') return object(entries(v));
    return JSON.stringify(v);
  };
  const body = write(value);
  return `const shared=${JSON.stringify(shared)};const made=[${makers.join(',')}];export default ${body};`;
}

/** A list needs this many objects before its common values are written once. */
const MIN_ITEMS_WITH_DEFAULTS = 8;

/**
 * The short values (null, a word, an empty list) that most objects of a list share under one key ("qualifier":
 * "exact", "counterexamples": []): the normalised facts fill in every default, and the module writes each once.
 */
function commonValues(list) {
  if (list.length < MIN_ITEMS_WITH_DEFAULTS || !list.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) return undefined;
  const tally = new Map();
  for (const item of list) {
    for (const [key, value] of Object.entries(item)) {
      const text = JSON.stringify(value);
      if (value === undefined || text.length > MAX_DEFAULT_LENGTH || (typeof value === 'object' && value !== null && text !== '[]' && text !== '{}')) continue;
      const id = `${key}\u0000${text}`;
      tally.set(id, (tally.get(id) ?? 0) + 1);
    }
  }
  const defaults = {};
  for (const [id, n] of tally) {
    const [key, text] = id.split('\u0000');
    // A key some object lacks would be given to it: only keys every object has take a default.
    if (n * 2 > list.length && !(key in defaults) && list.every((item) => item[key] !== undefined)) defaults[key] = JSON.parse(text);
  }
  return Object.keys(defaults).length > 0 ? defaults : undefined;
}

/** Longer values are not defaults but data. */
const MAX_DEFAULT_LENGTH = 16;

/** One validation for every plugin made with `once`. */
let sharedValidation;

/**
 * The files with every fact's counterexamples left empty and its examples cut to the first of the facts the
 * warm-up reads: sentences for the tests and the dataset checks, which the running engine never reads (it
 * reads the first example of a few facts, to warm up).
 */
function withoutTestSentences(files) {
  let kept = 0;
  const firstExample = (fact) => {
    if (kept >= WARM_UP_EXAMPLES || !(fact.examples?.length > 0)) return [];
    kept++;
    return fact.examples.slice(0, 1);
  };
  return files.map(({ file, data }) => ({
    file,
    data: Array.isArray(data.facts)
      ? { ...data, facts: data.facts.map((fact) => ({ ...fact, examples: firstExample(fact), counterexamples: [] })) }
      : data,
  }));
}

/**
 * How many facts keep their first example: the warm-up checks the first WARM_UP_SENTENCES of them
 * (src/core/warmUp.ts), in the order the files and facts are loaded, and reads no other.
 */
const WARM_UP_EXAMPLES = 8;

/**
 * The esbuild plugin: resolves 'factdesk:bundled-datasets'. Without `counterexamples`, the facts' wrong
 * example sentences and all but their first right one are left out (the bundles users run). With `once`, the
 * validation is shared by every build; otherwise (watch mode) it runs at each rebuild. With `jsonFile` (a path
 * from the repository, next to the bundle), the data is written there as JSON and the module requires it.
 */
export function bundledDatasetsPlugin({ once = true, counterexamples = true, jsonFile = undefined } = {}) {
  let validation;
  return {
    name: 'factdesk-bundled-datasets',
    setup(build) {
      if (!once) build.onStart(() => { validation = undefined; });
      build.onResolve({ filter: /^factdesk:bundled-datasets$/ }, () => ({ path: 'bundled-datasets', namespace: 'factdesk-bundled' }));
      if (jsonFile) build.onResolve({ filter: /^\.\/bundled-datasets\.json$/, namespace: 'factdesk-bundled' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'factdesk-bundled' }, async () => {
        const { files, errors } = await (once ? (sharedValidation ??= validateDatasets()) : (validation ??= validateDatasets()));
        const watchFiles = BUNDLED_FILES.map((file) => resolve(root, file));
        if (errors.length > 0) {
          return { errors: errors.map((text) => ({ text: `invalid bundled dataset: ${text}` })), watchFiles };
        }
        const data = counterexamples ? files : withoutTestSentences(files);
        // With `jsonFile`, the data is a JSON file beside the bundle, read when the bundle starts: JSON.parse
        // reads data faster than the engine compiles the same data as code.
        if (jsonFile) {
          mkdirSync(dirname(resolve(root, jsonFile)), { recursive: true });
          writeFileSync(resolve(root, jsonFile), JSON.stringify(data));
          return { contents: "module.exports = require('./bundled-datasets.json');", loader: 'js', watchFiles };
        }
        return { contents: asModule(data), loader: 'js', watchFiles };
      });
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const { files, errors } = await validateDatasets(args.length > 0 ? args : BUNDLED_FILES);
  for (const error of errors) console.error(error);
  if (errors.length > 0) process.exitCode = 1;
  else console.log(`valid: ${files.map((f) => f.file).join(', ')}`);
}

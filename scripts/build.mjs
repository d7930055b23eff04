// Bundles every entry point with esbuild. Entry points are found by convention so that adding a test
// file or a host needs no change here.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { bundledDatasetsPlugin } from './bundled-datasets.mjs';
import { MANGLED_PROPS, mangleCacheOf } from './mangled-props.mjs';
import { markdownItFieldsPlugin } from './markdown-it-fields.mjs';
import { engineSourcePlugin } from './engine-source.mjs';

const watch = process.argv.includes('--watch');

function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, suffix));
    else if (path.endsWith(suffix)) found.push(path);
  }
  return found;
}

// Every build inlines the bundled datasets as validated at build time: a problem in them fails the build.
const datasets = bundledDatasetsPlugin({ once: !watch });
// The bundles users run leave out the facts' counterexamples, which only the tests read.
const runtimeDatasets = bundledDatasetsPlugin({ once: !watch, counterexamples: false });
// The Node extension reads them from dist/bundled-datasets.json when it starts: data, not code, in the file
// that every activation compiles (dist/extension-main.js, which must stay under 400 KB). The web extension
// keeps them inside (a web worker requires no files).
const runtimeDatasetsAsJson = bundledDatasetsPlugin({ once: !watch, counterexamples: false, jsonFile: 'dist/bundled-datasets.json' });
// `require('zod')` (a lazy load) and `import … from 'zod'` must reach the same copy: esbuild would pick zod's
// CommonJS build for the first and its ES module build for the second, bundling zod twice.
const zodOnce = {
  name: 'zod-once',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, (args) =>
      args.kind === 'require-call' ? build.resolve('zod', { kind: 'import-statement', resolveDir: args.resolveDir }) : undefined);
  },
};
// esbuild's table marks Unicode property escapes (\\p{L}) as missing from Node 20 and rewrites each such
// literal as `new RegExp(...)`, which builds a new pattern object every time the expression runs (once per
// figure in the engine's hot path). Node has had them since 10: keep them literals.
const REGEXP_LITERALS = { 'regexp-unicode-property-escapes': true };
// markdown-it's class fields as plain assignments (scripts/markdown-it-fields.mjs): every bundle that parses.
const markdownItFields = markdownItFieldsPlugin();
// Production bundles also leave out the rules' docs and the weights' reasons, which only developers read.
// Every bundle narrows the engine's letter classes (scripts/letter-classes.mjs), so the tests run what ships.
const productionSource = engineSourcePlugin({ production: true });
const engineSource = engineSourcePlugin({ production: false });
// The English table of country names, without the names worldCountries() leaves out at run time (those
// with a comma: "Korea, Republic of"), a lone name kept as a string, for every bundle: the same names, about
// 190 bytes fewer. With `jsonFile` (the Node extension's), the table is a JSON file beside the bundle, read
// when it starts, as the bundled datasets are: data, not code, in dist/extension-main.js, which every
// activation compiles and which must stay under 400 KB.
function countryNamesPlugin({ jsonFile = undefined } = {}) {
  return {
    name: 'country-names',
    setup(build) {
      if (jsonFile) build.onResolve({ filter: /^\.\/country-names\.json$/ }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /[\\/]i18n-iso-countries[\\/]langs[\\/]en\.json$/ }, (args) => {
        const table = JSON.parse(readFileSync(args.path, 'utf8'));
        const kept = (names) => (Array.isArray(names) ? names : [names]).filter((n) => !n.includes(','));
        const keep = (names) => (kept(names).length === 1 ? kept(names)[0] : kept(names));
        const countries = Object.fromEntries(Object.entries(table.countries).map(([code, names]) => [code, keep(names)]));
        if (!jsonFile) return { contents: JSON.stringify({ countries }), loader: 'json' };
        mkdirSync(dirname(jsonFile), { recursive: true });
        writeFileSync(jsonFile, JSON.stringify({ countries }));
        return { contents: "module.exports = require('./country-names.json');", loader: 'js' };
      });
    },
  };
}
const countryNames = countryNamesPlugin();
const countryNamesAsJson = countryNamesPlugin({ jsonFile: 'dist/country-names.json' });
const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node20', supported: REGEXP_LITERALS, plugins: [datasets, zodOnce, markdownItFields, countryNames, engineSource] };
const nodeExternals = ['vscode', 'mocha', 'fast-check', 'playwright-core'];
// What users run is minified (start-up reads every byte of it); tests and tools are not, for readable traces.
// linkify-it is replaced by a stub there: the parser is configured with linkify off (src/core/prose.ts),
// and markdown-it calls it only when linkify is on. punycode.js is too: markdown-it uses it only for
// internationalised host names in links, which match no dataset source either way (scripts/stubs/punycode.mjs).
// mdurl's address parser and formatter are too: encoding a whole address at once gives the target and text
// the parts would (scripts/stubs/mdurl.mjs; test/unit/core/mdurlStub.test.ts compares every source's).
// Tests keep the real modules: their results are the same.
// The engine's own working fields, given short names in production bundles (scripts/mangled-props.mjs).
const mangling = { mangleProps: new RegExp(`^(?:${MANGLED_PROPS.join('|')})$`), mangleCache: mangleCacheOf(MANGLED_PROPS) };
const production = { ...mangling, minify: true, charset: 'utf8', alias: { 'linkify-it': './scripts/stubs/linkify-it.mjs', 'punycode.js': './scripts/stubs/punycode.mjs', 'uc.micro': './scripts/stubs/uc-micro.mjs', mdurl: './scripts/stubs/mdurl.mjs' } };
// In the Node bundles, markdown-it's entities decoder is evaluated on its first use (scripts/stubs/entities.mjs),
// not at start-up, and its ~22 KB of decoding tables live in dist/entities.js beside them: markdown-it calls
// it only on text that holds an entity ("&amp;"), and dist/extension-main.js, read at every activation, must
// stay under 400 KB. Only markdown-it's import is redirected: htmlparser2 (extract) has entities of its own.
const lazyEntities = {
  name: 'lazy-entities',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, (args) =>
      /[\\/]node_modules[\\/]markdown-it[\\/]/.test(args.importer) ? { path: join(process.cwd(), 'scripts/stubs/entities.mjs') } : undefined);
    build.onResolve({ filter: /^entities\/decode$/ }, (args) =>
      args.importer.endsWith(join('scripts', 'stubs', 'entities.mjs')) ? { path: './entities.js', external: true } : undefined);
  },
};

// fuse.js, the same way: it runs only on a word that may be a typo of a name, and in the editor's searches, so
// the Node bundles read it from dist/fuse.js on its first use (scripts/stubs/fuse.mjs).
const lazyFuse = {
  name: 'lazy-fuse',
  setup(build) {
    build.onResolve({ filter: /^fuse\.js$/ }, (args) =>
      args.importer.endsWith(join('scripts', 'stubs', 'fuse.mjs')) ? { path: './fuse.js', external: true } : { path: join(process.cwd(), 'scripts/stubs/fuse.mjs') });
  },
};

// markdown-it-footnote, the same way: the engine builds its footnote parser only for a document whose text
// holds footnote syntax (src/core/prose.ts), so the Node bundles read the plugin from dist/footnote.js then.
const lazyFootnote = {
  name: 'lazy-footnote',
  setup(build) {
    build.onResolve({ filter: /^markdown-it-footnote$/ }, (args) =>
      args.importer.endsWith(join('scripts', 'stubs', 'markdown-it-footnote.mjs')) ? { path: './footnote.js', external: true } : { path: join(process.cwd(), 'scripts/stubs/markdown-it-footnote.mjs') });
  },
};

// mdurl's encoder and decoder, the same way: markdown-it calls them only on links, so the Node bundles read
// them from dist/mdurl.js on the first link (scripts/stubs/mdurl-codec-lazy.mjs).
const lazyMdurl = {
  name: 'lazy-mdurl',
  setup(build) {
    build.onResolve({ filter: /^\.\/mdurl-codec\.mjs$/ }, () => ({ path: join(process.cwd(), 'scripts/stubs/mdurl-codec-lazy.mjs') }));
    build.onResolve({ filter: /^mdurl-codec$/ }, () => ({ path: './mdurl.js', external: true }));
  },
};

// jsonc-parser, the same way: it parses .factdesk.json files and the dataset a fact is appended to, so the
// Node bundles read it from dist/jsonc.js when the first such file is parsed (scripts/stubs/jsonc.mjs).
const JSONC = 'jsonc-parser/lib/esm/main.js';
const lazyJsonc = {
  name: 'lazy-jsonc',
  setup(build) {
    build.onResolve({ filter: /^jsonc-parser\/lib\/esm\/main\.js$/ }, (args) =>
      args.importer.endsWith(join('scripts', 'stubs', 'jsonc.mjs')) ? { path: './jsonc.js', external: true } : { path: join(process.cwd(), 'scripts/stubs/jsonc.mjs') });
  },
};

// zod (the dataset validator, about 450 KB minified) lives in dist/zod.js beside the Node bundles, which
// require it only when a dataset from disk or the workspace is validated: a check against the bundled
// datasets alone never reads it.
const zodBeside = {
  name: 'zod-beside',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, () => ({ path: './zod.js', external: true }));
  },
};

// The commands a check never runs (the language server, extract, import) are bundles of their own beside
// the CLI's, required when the command runs: a check then compiles less than half as much code. A dynamic
// import() of one becomes a require of the file (the code-cached CLI runs in vm.Script, which has no
// import()); each is self-contained, sharing nothing with the CLI bundle but its arguments.
// The load of datasets that were not validated at build time (src/dataset/checkedLoad.ts), the dataset validator
// (zod's schemas and the checks after them) it requires, and the .factdesk.json schema, required when one is
// parsed, are such bundles too: in the CLI's and the Node extension's alike.
const VALIDATOR_BUNDLE = { 'src/dataset/validate.ts': 'validate.js', 'src/config/schema.ts': 'config-schema.js', 'src/dataset/checkedLoad.ts': 'dataset-load.js' };
const SIDE_BUNDLES = { 'src/cli/extract.ts': 'cli-extract.js', 'src/cli/import.ts': 'cli-import.js', 'src/lsp/stdio.ts': 'cli-lsp.js', ...VALIDATOR_BUNDLE };
// The Node extension's commands that make datasets, the fact sheet's view model and page, the Figures view's
// model, the report of dataset problems, the hover cards and the fact search, the same way: dist/extension-main.js must stay
// under 400 KB, and every activation reads it. The web extension keeps them inside (a web worker requires no
// files).
const EXTENSION_SIDE_BUNDLES = {
  'src/vscode/datasetCommands.ts': 'extension-datasets.js',
  'src/vscode/factSheetModel.ts': 'extension-factsheet.js',
  'src/vscode/factSearch.ts': 'extension-factsearch.js',
  'src/vscode/figuresModel.ts': 'extension-figures.js',
  'src/vscode/datasetProblemsReport.ts': 'extension-problems.js',
  'src/core/fixes.ts': 'extension-fixes.js',
  'src/core/hoverTarget.ts': 'extension-hover.js',
  'src/vscode/commandsOnDemand.ts': 'extension-commands.js',
  // The .factdesk.json parser (jsonc-parser's positions and the schema's checks), read for the first such file.
  'src/config/parse.ts': 'extension-config.js',
  // The kept form's writer, read when a session first saves newly validated dataset files.
  'src/dataset/keptFormWrite.ts': 'extension-keptform.js',
  ...VALIDATOR_BUNDLE,
};
function sideBundlesOf(bundles) {
  return {
    name: 'side-bundles',
    setup(build) {
      build.onResolve({ filter: /^\./ }, async (args) => {
        if ((args.kind !== 'dynamic-import' && args.kind !== 'require-call') || args.pluginData?.side) return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { side: true } });
        const outfile = bundles[relative(process.cwd(), resolved.path).split(sep).join('/')];
        return outfile ? { path: outfile, namespace: 'side-bundle' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'side-bundle' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`./${args.path}`)});`, loader: 'js' }));
      build.onResolve({ filter: /.*/, namespace: 'side-bundle' }, (args) => ({ path: args.path, external: true }));
    },
  };
}
const sideBundles = sideBundlesOf(SIDE_BUNDLES);

// The CLI bundle ends with its own SHA-256, which keys its code cache (src/cli/compileCache.ts) without
// hashing it at each start. Written here, after the build, at every rebuild in watch mode too.
const hashFooter = {
  name: 'hash-footer',
  setup(build) {
    build.onEnd((result) => {
      for (const output of result.outputFiles ?? []) {
        let contents = output.contents;
        if (output.path.endsWith('.js')) {
          const hash = createHash('sha256').update(contents).digest('hex');
          contents = Buffer.concat([contents, Buffer.from(`//# factdesk-bundle-sha256=${hash}\n`)]);
        }
        mkdirSync(dirname(output.path), { recursive: true });
        writeFileSync(output.path, contents);
      }
    });
  },
};

// What validated a dataset file (the loader, the schema, zod): the extension keeps the files it validated
// under this (src/vscode/validatedDatasets.ts), so that a change to any of it validates them again.
function datasetCodeHash() {
  const hash = createHash('sha256');
  for (const file of [...filesUnder('src/dataset', '.ts'), 'src/core/periods.ts', 'node_modules/zod/package.json'].sort()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 32);
}
const extensionDefines = { define: { FACTDESK_DATASET_CODE: JSON.stringify(datasetCodeHash()) } };

const builds = [
  // The CLI: dist/cli.js is a small entry (src/cli/entry.ts) that runs dist/cli-main.js, a self-contained
  // bundle with the bundled datasets inside, with a code cache (src/cli/compileCache.ts).
  { ...common, ...production, entryPoints: ['src/cli/entry.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs',
    banner: { js: '#!/usr/bin/env node' }, plugins: [] },
  { ...common, ...production, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-main.js', platform: 'node', format: 'cjs',
    plugins: [runtimeDatasets, zodBeside, sideBundles, hashFooter, lazyEntities, lazyFuse, lazyFootnote, lazyJsonc, lazyMdurl, markdownItFields, countryNames, productionSource], metafile: true, write: false },
  // The load of unvalidated data requires the validator from its own file, as the main bundles do.
  ...Object.entries(SIDE_BUNDLES).map(([entry, outfile]) => ({ ...common, ...production, entryPoints: [entry], outfile: `dist/${outfile}`,
    platform: 'node', format: 'cjs', plugins: [runtimeDatasets, zodBeside, ...(entry in VALIDATOR_BUNDLE ? [sideBundlesOf(VALIDATOR_BUNDLE)] : []), lazyEntities, lazyFuse, lazyFootnote, lazyJsonc, lazyMdurl, markdownItFields, countryNames, productionSource] })),
  { ...common, ...production, stdin: { contents: "module.exports = require('zod');", resolveDir: '.', sourcefile: 'zod.js' },
    outfile: 'dist/zod.js', platform: 'node', format: 'cjs', sourcemap: false },
  { ...common, ...production, stdin: { contents: "module.exports = require('entities/decode');", resolveDir: '.', sourcefile: 'entities.js' },
    outfile: 'dist/entities.js', platform: 'node', format: 'cjs', sourcemap: false },
  { ...common, ...production, stdin: { contents: `module.exports = require('${JSONC}');`, resolveDir: '.', sourcefile: 'jsonc.js' },
    outfile: 'dist/jsonc.js', platform: 'node', format: 'cjs', sourcemap: false },
  { ...common, ...production, stdin: { contents: "export * from './scripts/stubs/mdurl-codec.mjs';", resolveDir: '.', sourcefile: 'mdurl.js' },
    outfile: 'dist/mdurl.js', platform: 'node', format: 'cjs', sourcemap: false },
  { ...common, ...production, stdin: { contents: "module.exports = require('fuse.js');", resolveDir: '.', sourcefile: 'fuse.js' },
    outfile: 'dist/fuse.js', platform: 'node', format: 'cjs', sourcemap: false },
  { ...common, ...production, stdin: { contents: "module.exports = require('markdown-it-footnote');", resolveDir: '.', sourcefile: 'footnote.js' },
    outfile: 'dist/footnote.js', platform: 'node', format: 'cjs', sourcemap: false },
  // Unit tests, the benchmark and the developer tools (the evidence model's fit) run in plain Node.
  { ...common, entryPoints: [...filesUnder('test/unit', '.test.ts'), ...filesUnder('bench', '.ts'), ...filesUnder('tools', '.ts')],
    outdir: 'out', outbase: '.', platform: 'node', format: 'cjs', external: nodeExternals },
];
if (existsSync('src/vscode/extension.ts')) {
  builds.push(
    // dist/extension.js is a small entry (src/node/extensionEntry.ts) that runs dist/extension-main.js with its
    // code cache, keyed by the hash written at its end.
    { ...common, ...production, entryPoints: ['src/node/extensionEntry.ts'], outfile: 'dist/extension.js', platform: 'node',
      format: 'cjs', external: ['vscode'] },
    { ...common, ...production, ...extensionDefines, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension-main.js', platform: 'node',
      format: 'cjs', external: ['vscode'], plugins: [runtimeDatasetsAsJson, zodBeside, sideBundlesOf(EXTENSION_SIDE_BUNDLES), hashFooter, lazyEntities, lazyFuse, lazyFootnote, lazyJsonc, lazyMdurl, markdownItFields, countryNamesAsJson, productionSource], write: false },
    // The validator's bundle is built once, with the CLI's side bundles.
    ...Object.entries(EXTENSION_SIDE_BUNDLES).filter(([entry]) => !(entry in SIDE_BUNDLES)).map(([entry, outfile]) => ({ ...common, ...production, entryPoints: [entry],
      outfile: `dist/${outfile}`, platform: 'node', format: 'cjs', external: ['vscode'], plugins: [runtimeDatasets, zodBeside, sideBundlesOf(VALIDATOR_BUNDLE), lazyEntities, lazyFuse, lazyFootnote, lazyJsonc, lazyMdurl, markdownItFields, countryNames, productionSource] })),
    // The web extension host runs this in a web worker; the core has no Node dependencies.
    { ...common, ...production, ...extensionDefines, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser',
      format: 'cjs', external: ['vscode'], target: 'es2022', plugins: [runtimeDatasets, zodOnce, markdownItFields, countryNames, productionSource] },
  );
}
// The fact sheet's webview script, with the map geometry inside: the webview may load files from media/ only.
if (existsSync('src/webview/factSheet/main.ts')) {
  builds.push({ ...common, entryPoints: ['src/webview/factSheet/main.ts'], outfile: 'media/webview/factSheet.js',
    platform: 'browser', format: 'iife', target: 'es2022', minify: true, sourcemap: false, loader: { '.json': 'json' } });
}
// Integration tests run in VS Code's Node extension host; those under test/integration/web run in its
// web worker extension host (as on vscode.dev) and are bundled for the browser, mocha included.
const integration = filesUnder('test/integration', '.ts').filter((f) => !f.startsWith(join('test/integration', 'web')));
if (integration.length > 0) {
  builds.push({ ...common, entryPoints: integration, outdir: 'out', outbase: '.', platform: 'node', format: 'cjs',
    external: nodeExternals });
}
if (existsSync('test/integration/web/index.ts')) {
  builds.push({ ...common, entryPoints: ['test/integration/web/index.ts'], outfile: 'out/test/integration/web/index.js',
    platform: 'browser', format: 'cjs', external: ['vscode'], target: 'es2022' });
}

const runnable = builds.filter((b) => b.stdin || b.entryPoints.length > 0);
if (watch) {
  for (const options of runnable) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.all(runnable.map((options) => esbuild.build(options)));
  noDynamicImport(results[runnable.findIndex((b) => b.outfile === 'dist/cli-main.js')]);
}

/** The CLI bundle runs in vm.Script, where a real import() fails: every one must have become a require. */
function noDynamicImport(result) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    const dynamic = output.imports.filter((i) => i.kind === 'dynamic-import');
    if (dynamic.length > 0) throw new Error(`${file}: import() of ${dynamic.map((i) => i.path).join(', ')}: list it in SIDE_BUNDLES`);
  }
}

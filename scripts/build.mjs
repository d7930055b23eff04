// Bundles every entry point with esbuild. Entry points are found by convention so that adding a test
// file or a host needs no change here.
import * as esbuild from 'esbuild';
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDatasetsPlugin } from './bundled-datasets.mjs';

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
const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node20', supported: REGEXP_LITERALS, plugins: [datasets, zodOnce] };
const nodeExternals = ['vscode', 'mocha', 'fast-check', 'playwright-core'];
// What users run is minified (start-up reads every byte of it); tests and tools are not, for readable traces.
// linkify-it is replaced by a stub there: the parser is configured with linkify off (src/core/prose.ts),
// and markdown-it calls it only when linkify is on. Tests keep the real module: their results are the same.
const production = { minify: true, alias: { 'linkify-it': './scripts/stubs/linkify-it.mjs' } };

// zod (the dataset validator, about 450 KB minified) lives in dist/zod.js beside the Node bundles, which
// require it only when a dataset from disk or the workspace is validated: a check against the bundled
// datasets alone never reads it.
const zodBeside = {
  name: 'zod-beside',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, () => ({ path: './zod.js', external: true }));
  },
};

const builds = [
  // The CLI: one self-contained file with the bundled datasets inside.
  { ...common, ...production, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs',
    banner: { js: '#!/usr/bin/env node' }, plugins: [datasets, zodBeside] },
  { ...common, ...production, stdin: { contents: "module.exports = require('zod');", resolveDir: '.', sourcefile: 'zod.js' },
    outfile: 'dist/zod.js', platform: 'node', format: 'cjs', sourcemap: false },
  // Unit tests, the benchmark and the developer tools (the evidence model's fit) run in plain Node.
  { ...common, entryPoints: [...filesUnder('test/unit', '.test.ts'), ...filesUnder('bench', '.ts'), ...filesUnder('tools', '.ts')],
    outdir: 'out', outbase: '.', platform: 'node', format: 'cjs', external: nodeExternals },
];
if (existsSync('src/vscode/extension.ts')) {
  builds.push(
    { ...common, ...production, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', platform: 'node',
      format: 'cjs', external: ['vscode'], plugins: [datasets, zodBeside] },
    // The web extension host runs this in a web worker; the core has no Node dependencies.
    { ...common, ...production, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser',
      format: 'cjs', external: ['vscode'], target: 'es2022' },
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
  await Promise.all(runnable.map((options) => esbuild.build(options)));
}

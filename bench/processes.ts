// Benchmark rows measured on whole processes: the CLI's start-up against `node -e ''`, the CLI on the
// factbook corpus against a process that only parses it with markdown-it, worker threads, the cache,
// and the size of the bundles. Runs alternate between the compared commands so that a machine busy
// with other work slows both alike; medians are compared.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { activationRow } from './activation';
import { BUNDLED_DATASETS } from '../src/dataset/bundled';
import { loadDatasets } from '../src/dataset/load';
import { factbookTimes, KIB, MIB, splitDataset, syntheticDataset } from './inputs';

export interface ProcessBenchContext {
  root: string;
  /** A scratch folder, removed by the caller. */
  work: string;
  quick: boolean;
  row(name: string, value: string, target: string, pass: boolean | null, detail?: string): void;
  ms(value: number): string;
  ratio(value: number): string;
}

type Command = { command: string; args: string[]; okCodes?: number[]; env?: Record<string, string> };

function runOnce(c: Command, cwd: string): number {
  const start = performance.now();
  const env = c.env ? { ...process.env, ...c.env } : undefined;
  const result = spawnSync(c.command, c.args, { cwd, encoding: 'utf8', maxBuffer: 256 * MIB, env });
  const elapsed = performance.now() - start;
  if (result.error) throw result.error;
  if (!(c.okCodes ?? [0, 1]).includes(result.status ?? -1)) {
    throw new Error(`${c.command} ${c.args.join(' ')} exited ${result.status}: ${(result.stderr || '').slice(0, 300)}`);
  }
  return elapsed;
}

interface RunSample {
  wall: number;
  /** CPU time of the whole process, every thread. */
  cpu: number;
  /** Cores idle on average during the run (the machine's, not only ours). */
  idle: number;
}

function idleMs(): number {
  return cpus().reduce((sum, c) => sum + c.times.idle, 0);
}

/** One run with its CPU time (printed by the preloaded cpu-report.js) and the machine's idle cores. */
function measuredRun(c: Command, cwd: string): RunSample {
  const idleBefore = idleMs();
  const start = performance.now();
  const result = spawnSync(c.command, c.args, { cwd, encoding: 'utf8', maxBuffer: 256 * MIB });
  const wall = performance.now() - start;
  const idle = (idleMs() - idleBefore) / wall;
  if (result.error) throw result.error;
  if (!(c.okCodes ?? [0, 1]).includes(result.status ?? -1)) {
    throw new Error(`${c.command} ${c.args.join(' ')} exited ${result.status}: ${(result.stderr || '').slice(0, 300)}`);
  }
  const cpu = Number(/factdesk-bench-cpu ([\d.]+)/.exec(result.stderr)?.[1] ?? NaN);
  return { wall, cpu, idle };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Medians of each command, run in turn `runs` times after one warm-up round. */
function alternate(commands: Command[], cwd: string, runs: number, prepare?: (i: number) => void): number[] {
  const samples = commands.map(() => [] as number[]);
  for (let r = -1; r < runs; r++) {
    commands.forEach((c, i) => {
      prepare?.(i);
      const t = runOnce(c, cwd);
      if (r >= 0) samples[i]!.push(t);
    });
  }
  return samples.map(median);
}

/**
 * Whole processes as the guide measured them on the machine the targets in milliseconds were set on
 * (issue 12): `node -e ''`, and Node parsing the factbook corpus ×3 with markdown-it.
 */
const REFERENCE_MACHINE = { bareMs: 49, parseFactbookMs: 235 };

/** Returns how many times slower this machine runs the reference processes (undefined when not measured). */
export function processRows(ctx: ProcessBenchContext): { machineFactor?: number } {
  const cli = join(ctx.root, 'dist/cli.js');
  if (!existsSync(cli)) {
    ctx.row('(f) CLI processes', 'skipped', '', null, 'dist/cli.js missing: run npm run build');
    return {};
  }
  const node = process.execPath;
  const runs = ctx.quick ? 5 : 11;

  // (f) Start-up: the CLI on a 5 KB draft (the example draft twice) against a process that does nothing.
  const exampleDraft = readFileSync(join(ctx.root, 'examples/draft.md'), 'utf8');
  const small = join(ctx.work, 'draft-5kb.md');
  const smallText = `${exampleDraft.trimEnd()}\n\n${exampleDraft.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\[\^([^\]\s]+)\]/g, '[^$1-2]')}`;
  writeFileSync(small, smallText);
  // The CLI's code cache (src/cli/compileCache.ts) in a folder of the run's own; the warm-up round writes it.
  const codeCache = { NODE_COMPILE_CACHE: join(ctx.work, 'compile-cache') };
  const [bare, start, uncached, version] = alternate([
    { command: node, args: ['-e', ''], okCodes: [0] },
    { command: node, args: [cli, 'check', small], env: codeCache },
    { command: node, args: [cli, 'check', small], env: { FACTDESK_NO_COMPILE_CACHE: '1' } },
    { command: node, args: [cli, '--version'], okCodes: [0], env: codeCache },
  ], ctx.work, runs);
  const startRatio = start! / bare!;
  ctx.row(`(f) CLI check of a ${(Buffer.byteLength(smallText) / 1000).toFixed(1)} KB draft / node -e ''`, ctx.ratio(startRatio), '≤ 1.3×', startRatio <= 1.3,
    `${ctx.ms(start!)} vs ${ctx.ms(bare!)}, whole processes, compile cache written by a first run`);
  ctx.row('(f) the same without the compile cache (FACTDESK_NO_COMPILE_CACHE=1) / node -e \'\'', ctx.ratio(uncached! / bare!), '', null,
    `${ctx.ms(uncached!)}: the first run after an install or upgrade`);
  ctx.row('(f) CLI --version / node -e \'\' (start-up without a check)', ctx.ratio(version! / bare!), '', null, ctx.ms(version!));
  for (const { file, limitKb, detail } of BUNDLE_SIZES) {
    const path = join(ctx.root, file);
    if (!existsSync(path)) continue;
    const kib = statSync(path).size / KIB;
    ctx.row(`(f) size of ${file}`, `${kib.toFixed(0)} KiB`, limitKb ? `≤ ${limitKb} KB` : '', limitKb ? kib * KIB <= limitKb * 1000 : null, detail);
  }
  activationRow(ctx, exampleDraft);

  // (g) Throughput: the whole CLI on the factbook corpus ×3 against Node parsing it with markdown-it.
  const corpus = join(ctx.work, 'factbook-x3.md');
  const corpusText = factbookTimes(ctx.root, 3);
  writeFileSync(corpus, corpusText);
  const parseScript = join(ctx.work, 'parse-only.js');
  const modules = join(ctx.root, 'node_modules');
  writeFileSync(parseScript, [
    `const md = require(${JSON.stringify(join(modules, 'markdown-it'))})({ html: true, linkify: false, typographer: false })`,
    `  .use(require(${JSON.stringify(join(modules, 'markdown-it-footnote'))}))`,
    `  .use(require(${JSON.stringify(join(modules, 'markdown-it-front-matter'))}), () => undefined);`,
    `md.disable('text_join');`,
    `md.parse(require('fs').readFileSync(process.argv[2], 'utf8'), {});`,
  ].join('\n'));
  const [parseOnly, whole] = alternate([{ command: node, args: [parseScript, corpus], okCodes: [0] }, { command: node, args: [cli, 'check', corpus] }], ctx.work, ctx.quick ? 3 : 7);
  const floor = whole! / parseOnly!;
  ctx.row('(g) CLI on factbook ×3 / Node + markdown-it parse', ctx.ratio(floor), '≤ 1.15×', floor <= 1.15,
    `${(Buffer.byteLength(corpusText) / MIB).toFixed(2)} MiB: factdesk ${ctx.ms(whole!)}, parse-only process ${ctx.ms(parseOnly!)}`);
  // Both kinds of work: start-up, and JavaScript running hot.
  const machineFactor = Math.sqrt((bare! / REFERENCE_MACHINE.bareMs) * (parseOnly! / REFERENCE_MACHINE.parseFactbookMs));
  ctx.row('(machine) this machine / the one the targets in ms were set on', `${machineFactor.toFixed(2)}× slower`, '', null,
    `node -e '' ${ctx.ms(bare!)} (${REFERENCE_MACHINE.bareMs} ms there), Node + markdown-it parse of factbook ×3 ${ctx.ms(parseOnly!)} ` +
      `(${REFERENCE_MACHINE.parseFactbookMs} ms there); geometric mean`);

  // (h) Many files: a folder of drafts on one and on two threads, then (i) with the cache. The drafts are
  // the labelled corpora's and the factbook's (real-looking Markdown, some findings each), cycled.
  const folder = join(ctx.work, 'drafts');
  mkdirSync(folder);
  const fileCount = ctx.quick ? 40 : 100;
  const sources = ['drafts', 'holdout', 'holdout2', 'holdout3', 'holdout4/dev', 'factbook']
    .flatMap((d) => markdownFiles(join(ctx.root, 'test/fixtures', d)));
  let folderBytes = 0;
  for (let i = 0; i < fileCount; i++) {
    // A comment line makes each copy a file of its own for the cache.
    const text = `<!-- copy ${i} -->\n${readFileSync(sources[i % sources.length]!, 'utf8')}`;
    folderBytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `draft-${String(i).padStart(5, '0')}.md`), text);
  }
  // Each run also reports the process's CPU time (every thread: the workers, V8's compiler and GC
  // threads) through a preloaded script, and the machine's idle time is read around it: on a shared
  // machine a second thread can only be as fast as the core it finds free.
  const cpuReport = join(ctx.work, 'cpu-report.js');
  writeFileSync(cpuReport, [
    `if (require('node:worker_threads').isMainThread) process.on('exit', () => {`,
    `  const c = process.cpuUsage();`,
    `  require('node:fs').writeSync(2, '\\nfactdesk-bench-cpu ' + (c.user + c.system) / 1000 + '\\n');`,
    `});`,
  ].join('\n'));
  const measured = (jobs: number, dir: string) => measuredRun({ command: node, args: ['--require', cpuReport, cli, 'check', '--jobs', String(jobs), dir] }, ctx.work);
  const tiny = join(ctx.work, 'tiny');
  mkdirSync(tiny);
  writeFileSync(join(tiny, 'one.md'), '# One\n\nHungary has 18,166 cameras.\n');
  const samples: Record<'one' | 'two' | 'fixed', RunSample[]> = { one: [], two: [], fixed: [] };
  for (let r = -1; r < (ctx.quick ? 1 : 3); r++) {
    const round = { one: measured(1, folder), two: measured(2, folder), fixed: measured(1, tiny) };
    if (r >= 0) for (const k of ['one', 'two', 'fixed'] as const) samples[k].push(round[k]);
  }
  const med = (k: 'one' | 'two' | 'fixed', f: keyof RunSample) => median(samples[k].map((x) => x[f]));
  const one = med('one', 'wall');
  const two = med('two', 'wall');
  ctx.row(`(h) ${fileCount} drafts (${(folderBytes / MIB).toFixed(1)} MiB), files/s on 1 and 2 worker threads`, `${(fileCount / (one / 1000)).toFixed(0)} → ${(fileCount / (two / 1000)).toFixed(0)} files/s`, '', null,
    `×${(one / two).toFixed(2)} on 2 threads (${ctx.ms(one)} vs ${ctx.ms(two)}); CPU time ${ctx.ms(med('one', 'cpu'))} vs ${ctx.ms(med('two', 'cpu'))}; ` +
      `idle cores during the runs ${med('one', 'idle').toFixed(2)} and ${med('two', 'idle').toFixed(2)} of ${cpus().length}`);

  const cacheDir = join(ctx.work, 'cache');
  const cached = { command: node, args: [cli, 'check', '--cache-location', cacheDir, folder] };
  const [cold, warm, bareAgain] = alternate([cached, cached, { command: node, args: ['-e', ''], okCodes: [0] }], ctx.work, ctx.quick ? 1 : 3,
    (i) => { if (i === 0) rmSync(cacheDir, { recursive: true, force: true }); });
  ctx.row('(i) --cache: unchanged folder again / first run', ctx.ratio(warm! / cold!), '', null,
    `${fileCount} drafts: first ${ctx.ms(cold!)}, again ${ctx.ms(warm!)} (${ctx.ratio(warm! / bareAgain!)} node -e '')`);

  // The same with 100,000 facts of a dataset of the repository's own: a run over an unchanged folder
  // reads the dataset files to hash them, and their data only if a draft needs checking (deferredLoad in
  // src/dataset/load.ts). Each command has its cache folder: the result cache is keyed by the datasets.
  const big = join(ctx.work, 'big-dataset');
  mkdirSync(big);
  const vendors = loadDatasets(BUNDLED_DATASETS).datasets.flatMap((d) => d.data.vendors.map((v) => v.id));
  splitDataset(syntheticDataset(100_000, vendors, []), 20_000).forEach((data, i) => writeFileSync(join(big, `synthetic-${i + 1}.facts.json`), JSON.stringify(data)));
  const bigCacheDir = join(ctx.work, 'cache-big');
  const bigCached = { command: node, args: [cli, 'check', '--cache-location', bigCacheDir, '--dataset', big, folder] };
  const [bigCold, bigWarm, bundledWarm] = alternate([bigCached, bigCached, cached], ctx.work, ctx.quick ? 1 : 3,
    (i) => { if (i === 0) rmSync(bigCacheDir, { recursive: true, force: true }); });
  ctx.row('(i) --cache with 100,000 facts (--dataset): unchanged folder again / node -e \'\'', ctx.ratio(bigWarm! / bareAgain!), '', null,
    `first ${ctx.ms(bigCold!)}, again ${ctx.ms(bigWarm!)}; the bundled datasets alone again ${ctx.ms(bundledWarm!)}`);

  // On paper. What does not spread over threads: the start-up (the CLI on one tiny file) and the main
  // thread's work per file (reading it, taking its report, printing), which the warm cache run above is
  // made of (it also hashes each file, so this errs on the side of more serial work); and per worker,
  // its own start-up and warm-up (a V8 isolate compiles the engine again), the extra CPU time of the
  // two-thread run. On n free cores: T(n) = serial + worker + (T1 − serial) / n.
  // The least of the tiny runs: start-up is what is left when nothing else slows it down.
  const fixed = Math.min(one, ...samples.fixed.map((x) => x.wall));
  const serial = Math.min(one, Math.max(fixed, warm!));
  const worker = Math.max(0, med('two', 'cpu') - med('one', 'cpu'));
  const speedupOn = (n: number, t1: number, s: number) => t1 / (s + (n > 1 ? worker : 0) + (t1 - s) / n);
  // 10,000 drafts like these: the per-file parts scale, start-up and warm-up do not.
  const scale = 10_000 / fileCount;
  const serialBig = fixed + (serial - fixed) * scale;
  const oneBig = fixed + (one - fixed) * scale;
  ctx.row('(h) on paper: serial share, speed-up on 2 and 64 free cores', `${((serial / one) * 100).toFixed(0)}% serial`, '', null,
    `serial: start-up ${ctx.ms(fixed)} + ${ctx.ms((serial - fixed) / fileCount)} a file on the main thread; a worker's start-up and warm-up ${ctx.ms(worker)} of CPU; ` +
      `this folder ×${speedupOn(2, one, serial).toFixed(2)} on 2, ×${speedupOn(64, one, serial).toFixed(1)} on 64; ` +
      `10,000 such drafts (${((serialBig / oneBig) * 100).toFixed(1)}% serial) ×${speedupOn(2, oneBig, serialBig).toFixed(2)} on 2, ×${speedupOn(64, oneBig, serialBig).toFixed(1)} on 64`);
  return { machineFactor };
}

/** The bundles whose sizes the bench reports; only the one read at every activation has a limit (issue 12). */
const BUNDLE_SIZES: readonly { file: string; limitKb?: number; detail: string }[] = [
  { file: 'dist/extension-main.js', limitKb: 400, detail: 'minified; read at every activation' },
  { file: 'dist/extension.js', detail: 'the entry: runs dist/extension-main.js with its code cache' },
  { file: 'dist/extension-datasets.js', detail: 'Add Fact and New Dataset, read when one first runs' },
  { file: 'dist/extension-factsheet.js', detail: "the fact sheet's view model and page, read when a sheet is first shown" },
  { file: 'dist/extension-factsearch.js', detail: 'Search Facts, read when it first runs' },
  { file: 'dist/extension-figures.js', detail: "the Figures view's log and items, read when the view is first visible" },
  { file: 'dist/extension-problems.js', detail: "the diagnostics and notices of dataset problems, read when a dataset first has one" },
  { file: 'dist/extension-fixes.js', detail: "the quick fixes' planner, read when a first fix is asked for" },
  { file: 'dist/extension-hover.js', detail: 'the hover cards, read for the first hover' },
  { file: 'dist/extension-commands.js', detail: 'commands that run seldom and the quick pick Insert Citation opens, read when first run' },
  { file: 'dist/extension-config.js', detail: 'the .factdesk.json parser, read for the first such file' },
  { file: 'dist/web/extension.js', detail: 'minified' },
  { file: 'dist/cli-main.js', detail: 'minified; lsp, extract and import are side bundles' },
  { file: 'dist/cli.js', detail: 'the entry: runs dist/cli-main.js with its code cache' },
  { file: 'dist/validate.js', detail: 'the dataset schema and the checks after it, read to validate a user dataset' },
  { file: 'dist/config-schema.js', detail: 'the .factdesk.json schema, read for the first configuration file' },
  { file: 'dist/zod.js', detail: 'read only to validate a user dataset or a fact sheet message' },
  { file: 'dist/entities.js', detail: "markdown-it's HTML entity decoder, read for the first text with an entity" },
  { file: 'dist/jsonc.js', detail: 'jsonc-parser, read for the first .factdesk.json or dataset a fact is appended to' },
  { file: 'dist/mdurl.js', detail: "markdown-it's link address encoder, read for the first link" },
];

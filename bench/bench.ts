// factdesk benchmark (`npm run bench`). Every figure is reported against a baseline measured in the
// same run on the same machine, so that results compare across machines: the baseline is one
// markdown-it parse of the same text, with the parser configured exactly as the engine configures it.
// Informational: prints PASS/FAIL next to each target and always exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildFactSheet, buildIndex, checkDocument, type FactIndex } from '../src/core';
import { BUNDLED_DATASETS } from '../src/dataset/bundled';
import { forgetValidatedFiles, loadDatasets, type DatasetInput, type LoadOptions } from '../src/dataset/load';
import { DatasetCache } from '../src/cli/datasetCache';
import {
  countWords,
  deeplyNestedList,
  digitsAndCommas,
  factbookProse,
  KIB,
  longDraft,
  MIB,
  repeatTo,
  sawtoothList,
  splitDataset,
  syntheticDataset,
} from './inputs';
import { processRows } from './processes';
import { stockParser } from './stockParser';
import { heapAfterGc, keep, once, time, type Timing } from './timing';
import { timeIncremental } from './incremental';

const ROOT = resolve(__dirname, '../..');
const quick = process.argv.includes('--quick');
/**
 * How long row (b) warms up: long enough for V8 to optimise the check's functions (about 100 runs of
 * the 30 KiB draft on a machine 2.8× slower than the reference one), so that the median is the steady
 * state a long editing session sees, not a moment of the JIT's warm-up. The early runs are shown too.
 */
const B_WARMUP_MS = 4_000;
/**
 * Runs row (b) takes its median of. Even warm, the check's time moves between two levels for stretches
 * of 20 to 50 runs (22–25 ms and 36–45 ms here), with no optimisation, deoptimisation or GC event at the
 * changes, while a plain loop and a memory-bound loop timed in between stay constant: a median of 31
 * runs fell in one stretch or the other. About 100 runs span several stretches.
 */
const B_RUNS = 101;

interface Row {
  name: string;
  value: string;
  target: string;
  pass: boolean | null;
  detail: string;
}

const rows: Row[] = [];
function row(name: string, value: string, target: string, pass: boolean | null, detail = ''): void {
  rows.push({ name, value, target, pass, detail });
  // Progress on stderr, so that a slow step is visible while it runs.
  process.stderr.write(`  … ${name}: ${value}${detail ? ` (${detail})` : ''}\n`);
}

function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`;
}

function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

function size(text: string): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes >= MIB ? `${(bytes / MIB).toFixed(2)} MiB` : `${(bytes / KIB).toFixed(1)} KiB`;
}

const stockParse = stockParser(ROOT);
function parse(text: string): unknown {
  return stockParse(text);
}

function runs(n: number): number {
  return quick ? Math.max(3, Math.ceil(n / 2)) : n;
}

/** Medians of several functions run in turn, after two rounds of warm-up. */
function alternating(fns: (() => unknown)[], n: number): Timing[] {
  const samples = fns.map(() => [] as number[]);
  for (let r = -2; r < n; r++) {
    fns.forEach((fn, i) => {
      const t = once(fn).ms;
      if (r >= 0) samples[i]!.push(t);
    });
  }
  return samples.map((list) => {
    list.sort((a, b) => a - b);
    const mid = list.length >> 1;
    return { median: list.length % 2 ? list[mid]! : (list[mid - 1]! + list[mid]!) / 2, min: list[0]!, max: list[list.length - 1]!, runs: list.length, warmups: 2 };
  });
}

/** Engine time / parse time on the same text, medians of interleaved-free runs. */
function againstParse(text: string, index: FactIndex, n = 5): { engine: Timing; parse: Timing; ratio: number } {
  const parseTiming = time(() => parse(text), { warmups: 2, runs: runs(n) });
  const engineTiming = time(() => checkDocument(text, index), { warmups: 2, runs: runs(n) });
  return { engine: engineTiming, parse: parseTiming, ratio: engineTiming.median / parseTiming.median };
}

interface AdversarialResult {
  size: string;
  parseMs: number;
  checkMs: number;
  /** The first check, cold: JIT warm-up included. */
  firstMs: number;
  runs: number;
  findings: number;
}

const ADVERSARIAL_TIMEOUT_MS = 240_000;
/** Warm-up runs before an adversarial case's timed runs (the check's first, cold run counts as one). */
const ADVERSARIAL_WARMUPS = 3;
const ADVERSARIAL_RUNS = 7;
/**
 * After those, both the parse and the check keep warming up for this long (warmupMs): these rows ask
 * how the work grows with the input, which the warm code answers. With three runs each, the published
 * parse of the depth-50 list measured 5–6 ms in some processes and 11–13 ms in others, and the check
 * was still getting faster: it took 14 ms over runs 2–8 and 7–8 ms from about its 20th run on.
 */
const ADVERSARIAL_WARMUP_MS = 2_000;
/** Timed runs stop after this much time once three are in: the 5 MiB case takes half a second a run. */
const ADVERSARIAL_BUDGET_MS = 5_000;

function bundledIndex(): { index: FactIndex; draft: string } {
  const loaded = loadDatasets(BUNDLED_DATASETS);
  const exampleDraft = readFileSync(join(ROOT, 'examples/draft.md'), 'utf8');
  return { index: buildIndex(loaded.datasets), draft: longDraft(exampleDraft, loaded.datasets.map((d) => d.data), 30 * KIB) };
}

const ADVERSARIAL: { name: string; make: (draft: string) => string }[] = [
  { name: '1 MiB single line of digits and commas', make: () => digitsAndCommas(MIB) },
  { name: '10,000 nested list items ("- - - …")', make: () => deeplyNestedList(10_000) },
  { name: '10,000 list items nesting to depth 50', make: () => sawtoothList(10_000, 50) },
  { name: '5 MiB draft', make: (draft) => repeatTo([draft], 5 * MIB) },
];

/**
 * Child mode: one adversarial case, a JSON line on stdout. Slow cases get one run, fast ones a median
 * after the same warm-up as the parse they are compared with, in runs and in time
 * (ADVERSARIAL_WARMUP_MS). The first, cold check is reported beside the median.
 */
function adversarialCase(i: number): void {
  const { index, draft } = bundledIndex();
  const text = ADVERSARIAL[i].make(draft);
  const warm = { warmupMs: ADVERSARIAL_WARMUP_MS, runs: ADVERSARIAL_RUNS, budgetMs: ADVERSARIAL_BUDGET_MS };
  const parseTiming = time(() => parse(text), { ...warm, warmups: ADVERSARIAL_WARMUPS });
  process.stderr.write(`parse ${ms(parseTiming.median)}\n`);
  const first = once(() => checkDocument(text, index));
  let checkMs = first.ms;
  let runCount = 1;
  if (first.ms < 5_000) {
    const t = time(() => checkDocument(text, index), { ...warm, warmups: ADVERSARIAL_WARMUPS - 1 });
    checkMs = t.median;
    runCount = t.runs;
  }
  const result: AdversarialResult = { size: size(text), parseMs: parseTiming.median, checkMs, firstMs: first.ms, runs: runCount, findings: first.value.findings.length };
  console.log(JSON.stringify(result));
}

/**
 * Building the fact sheet's view model for Hungary and for the whole dataset, as a ratio to one check of
 * the 30 KiB draft against the same facts, and the size of the message the webview receives.
 */
function factSheetRows(label: string, index: FactIndex, checkMs: number): void {
  for (const [what, subject] of [['Hungary', { kind: 'entity', id: 'HU' }], ['whole dataset', { kind: 'dataset' }]] as const) {
    const timing = time(() => buildFactSheet(index, subject), { warmups: 1, runs: runs(7), budgetMs: 5_000 });
    const bytes = Buffer.byteLength(JSON.stringify(buildFactSheet(index, subject)));
    row(`${label}: ${what}`, ratio(timing.median / checkMs), '', null,
      `${ms(timing.median)} vs one check ${ms(checkMs)}; message ${(bytes / 1024).toFixed(0)} KiB (informational)`);
  }
}

function main(): void {
  const started = performance.now();
  console.log(`factdesk benchmark — node ${process.version}, ${process.platform}/${process.arch}${quick ? ' (quick)' : ''}`);
  console.log('Figures are ratios to one parse of the same text by markdown-it as published (configured as the engine\'s parser; the engine\'s\n' +
    'bundled copy parses about 1.7× faster, scripts/markdown-it-fields.mjs), or medians in ms after warm-up.\n');

  const bundledLoad = once(() => loadDatasets(BUNDLED_DATASETS));
  const bundled = buildIndex(bundledLoad.value.datasets);
  const bundledData = bundledLoad.value.datasets.map((d) => d.data);

  // (a) The whole engine on 1 MiB of prose, against one parse.
  const prose = factbookProse(ROOT, MIB);
  const a = againstParse(prose, bundled, 7);
  row('(a) engine on 1 MiB factbook prose / parse', ratio(a.ratio), '≤ 2×', a.ratio <= 2,
    `${size(prose)}: check ${ms(a.engine.median)}, parse ${ms(a.parse.median)}`);

  // (b) A 30 KiB draft (≈5,000 words) made from the example draft and the datasets' examples.
  const draft = longDraft(readFileSync(join(ROOT, 'examples/draft.md'), 'utf8'), bundledData, 30 * KIB);
  // Both sides warm up for the same time, until V8 has optimised what the check runs (see warmupMs).
  const warm = { warmups: 5, warmupMs: quick ? 1_000 : B_WARMUP_MS, runs: runs(B_RUNS), budgetMs: 10_000 };
  const b = time(() => checkDocument(draft, bundled), warm);
  const bParse = time(() => parse(draft), warm);
  const bResult = checkDocument(draft, bundled);
  // The cost per judged figure is what must stay flat as drafts grow denser.
  const perFigure = (b.median * 1000) / Math.max(1, bResult.judged);
  row('(b) 30 KiB draft, median', ms(b.median), '≤ 5 ms', b.median <= 5,
    `${size(draft)}, ${countWords(draft)} words, ${bResult.judged} figures judged, ${bResult.findings.length} findings: ` +
      `${perFigure.toFixed(0)} µs per judged figure; ${ratio(b.median / bParse.median)} parse; ${b.runs} runs after ${b.warmups} warm-up runs ` +
      `(${(warm.warmupMs / 1000).toFixed(0)} s), fastest ${ms(b.min)}; runs 6–${5 + warm.runs} alone: ${ms(b.early ?? NaN)}`);

  // (e) Live on a 1 MiB draft: a one-character edit re-checks only its section (issue 10).
  const big = longDraft(readFileSync(join(ROOT, 'examples/draft.md'), 'utf8'), bundledData, MIB);
  const e = timeIncremental(big, bundled, runs(31));
  row('(e) 1 MiB draft, one-character edit re-checked', ms(e.edit.median), '≤ 20 ms', e.edit.median <= 20,
    `${size(big)} in ${e.sections} sections, at most ${e.rechecked} re-read per edit; full check ${ms(e.full.median)}`);

  // (c) 100,000 synthetic facts: load + index, then checking the same draft against them: with synthetic
  // regions of their own (the draft names none of them: does the index keep unrelated facts out of the
  // way?), and (c') with the same regions placed inside the bundled countries (every Hungarian figure of
  // the draft then has thousands of facts in its country, of which only the nearest in value are scored).
  const bundledVendors = bundledData.flatMap((d) => d.vendors.map((v) => v.id));
  const bundledCountries = bundledData.flatMap((d) => d.entities.filter((e) => e.kind === 'country').map((e) => e.id));
  const cSmall = time(() => checkDocument(draft, bundled), { warmups: 5, runs: runs(21), budgetMs: 5_000 });
  let firstCheckMs = NaN;
  for (const inCountries of [false, true]) {
    const label = inCountries ? "(c') same, regions in bundled countries" : '(c) 100,000 synthetic facts';
    const synthetic = syntheticDataset(100_000, bundledVendors, inCountries ? bundledCountries : []);
    // Split below the loader's 10 MB per-file limit, as a real dataset of this size would be.
    const texts = splitDataset(synthetic, 20_000).map((data, i) => ({ file: `synthetic-${i + 1}.facts.json`, text: JSON.stringify(data) }));
    const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0);
    const inputs: DatasetInput[] = [...BUNDLED_DATASETS, ...texts];
    if (!inCountries) heapRow(label, inputs, draft);
    const loaded = loadDatasets(inputs);
    if (loaded.problems.length > 0) {
      row(label, 'invalid', '', false, JSON.stringify(loaded.problems.slice(0, 2)));
      continue;
    }
    if (!inCountries) {
      // Each run times loadDatasets (JSON.parse + validation + cross-file checks) and buildIndex apart, so
      // that the phases add up to the total. Texts never loaded before (a space appended per run) are
      // validated in full; the same texts again (an editor reloading its datasets after one changed, a
      // server) reuse what their first load validated. Medians of each, the first (cold) run left out.
      // A third way: files validated by an earlier process and kept by --cache (src/cli/datasetCache.ts);
      // what this process remembered is forgotten before each run, as a new process starts without it.
      const kept = mkdtempSync(join(tmpdir(), 'factdesk-bench-datasets-'));
      const measure = (way: 'fresh' | 'again' | 'kept') => {
        const phases: { load: number; index: number; total: number }[] = [];
        for (let r = 0; r < runs(5) + 1; r++) {
          const these = way === 'fresh' ? texts.map((t) => ({ file: t.file, text: `${t.text}${' '.repeat(r + 1)}` })) : texts;
          const options: LoadOptions = {};
          if (way === 'kept') {
            forgetValidatedFiles();
            options.validated = new DatasetCache(kept, 'bench');
          }
          const t0 = performance.now();
          const l = loadDatasets([...BUNDLED_DATASETS, ...these], options);
          const t1 = performance.now();
          keep(buildIndex(l.datasets));
          const t2 = performance.now();
          phases.push({ load: t1 - t0, index: t2 - t1, total: t2 - t0 });
        }
        phases.shift();
        const med = (key: 'load' | 'index' | 'total'): number => {
          const sorted = phases.map((p) => p[key]).sort((x, y) => x - y);
          const mid = sorted.length >> 1;
          return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        };
        return { load: med('load'), index: med('index'), total: med('total') };
      };
      const full = measure('fresh');
      const again = measure('again');
      let fromCache: ReturnType<typeof measure>;
      try {
        fromCache = measure('kept');
      } finally {
        rmSync(kept, { recursive: true, force: true });
      }
      const jsonParse = time(() => texts.map((t) => JSON.parse(t.text) as unknown), { warmups: 1, runs: runs(5) });
      row(`${label}: load (validating) + index, median`, ms(full.total), '≤ 500 ms', full.total <= 500,
        `${(bytes / MIB).toFixed(1)} MiB of JSON in ${texts.length} files; loadDatasets ${ms(full.load)} ` +
          `(JSON.parse alone ${ms(jsonParse.median)}, ${((100 * jsonParse.median) / full.total).toFixed(0)}% of the row), buildIndex ${ms(full.index)}`);
      row(`${label}: reload of unchanged files + index, median`, ms(again.total), '≤ 500 ms', again.total <= 500,
        `loadDatasets ${ms(again.load)} (files validated before are not parsed again), buildIndex ${ms(again.index)}`);
      row(`${label}: load of files an earlier run validated (--cache) + index, median`, ms(fromCache.total), '≤ 500 ms', fromCache.total <= 500,
        `loadDatasets ${ms(fromCache.load)} (hashes the texts, reads the heads of the kept entries: the files passed together before, so no data is read), ` +
          `buildIndex ${ms(fromCache.index)} (reads the kept data on first use)`);
      // The index makes most of its structures on first use (src/core/factIndex.ts): the first check
      // after a load pays for those it needs.
      const firstChecks: number[] = [];
      for (let r = 0; r < runs(5); r++) {
        const fresh = buildIndex(loaded.datasets);
        firstChecks.push(once(() => checkDocument(draft, fresh)).ms);
      }
      firstChecks.sort((x, y) => x - y);
      firstCheckMs = firstChecks[firstChecks.length >> 1]!;
    }
    const big = buildIndex(loaded.datasets);
    // The two checks alternate, so that a machine that gets busier during the run slows both alike.
    const pair = alternating([() => checkDocument(draft, big), () => checkDocument(draft, bundled)], runs(21));
    const cBig = pair[0]!;
    const value = cBig.median / pair[1]!.median;
    // With the regions inside the bundled countries every figure of the draft meets its own entity's and
    // country's facts plus the few places nearest in value: issue 12 asks for at most 1.5× the bundled check.
    const target = 1.5;
    row(`${label}: 30 KiB draft, 100k facts / bundled`, ratio(value), `≤ ${target}×`, value <= target,
      `${ms(cBig.median)} vs ${ms(pair[1]!.median)}${inCountries ? '' : `; the first check after a new index ${ms(firstCheckMs)}`}`);
    if (inCountries) factSheetRows('(e) fact sheet model, 100k facts in bundled countries', big, cBig.median);
  }
  factSheetRows('(e) fact sheet model, bundled dataset', bundled, cSmall.median);

  // (d) The CLI process on the 1 MiB file against cspell 9.8 on the same file.
  let machineFactor: number | undefined;
  const work = mkdtempSync(join(tmpdir(), 'factdesk-bench-'));
  try {
    const proseFile = join(work, 'factbook-1mib.md');
    writeFileSync(proseFile, prose);
    const cli = join(ROOT, 'dist/cli.js');
    const processTime = (command: string, args: string[], okCodes: number[]): Timing | string => {
      const runOnce = (): number => {
        const start = performance.now();
        const result = spawnSync(command, args, { cwd: work, encoding: 'utf8', maxBuffer: 256 * MIB });
        const elapsed = performance.now() - start;
        if (result.error) throw result.error;
        if (!okCodes.includes(result.status ?? -1)) {
          throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${(result.stderr || '').slice(0, 300)}`);
        }
        return elapsed;
      };
      try {
        return time(runOnce, { warmups: 1, runs: runs(5) });
      } catch (error) {
        return (error as Error).message;
      }
    };
    if (!existsSync(cli)) {
      row('(d) CLI on 1 MiB vs cspell', 'skipped', '≥ 20× faster', null, 'dist/cli.js missing: run npm run build');
    } else {
      const ours = processTime(process.execPath, [cli, 'check', proseFile], [0, 1]);
      const small = processTime(process.execPath, [cli, 'check', join(ROOT, 'examples/draft.md')], [0, 1]);
      const bare = processTime(process.execPath, ['-e', '0'], [0]);
      if (typeof small !== 'string' && typeof bare !== 'string') {
        row('(d) CLI process on examples/draft.md', ms(small.median), '', null,
          `startup included; \`node -e 0\` takes ${ms(bare.median)} here`);
      }
      const cspellBin = process.env.CSPELL_BIN;
      if (typeof ours === 'string') {
        row('(d) CLI process on 1 MiB', 'failed', '', false, ours);
      } else if (!cspellBin) {
        row('(d) CLI process on 1 MiB vs cspell', 'skipped: set CSPELL_BIN', '≥ 20× faster', null, `factdesk process ${ms(ours.median)}`);
      } else {
        const theirs = processTime(cspellBin, ['lint', '--no-progress', '--no-summary', '--no-cache', proseFile], [0, 1]);
        if (typeof theirs === 'string') {
          row('(d) CLI process on 1 MiB vs cspell', 'cspell failed', '≥ 20× faster', null, theirs);
        } else {
          const speedup = theirs.median / ours.median;
          const version = spawnSync(cspellBin, ['--version'], { encoding: 'utf8' }).stdout.trim();
          row('(d) CLI process on 1 MiB vs cspell', `${speedup.toFixed(1)}× faster`, '≥ 20× faster', speedup >= 20,
            `factdesk ${ms(ours.median)}, cspell ${version} ${ms(theirs.median)}`);
        }
      }
    }
    machineFactor = processRows({ root: ROOT, work, quick, row, ms, ratio }).machineFactor;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  // Adversarial inputs, each against one parse of the same text. Each runs in its own process with a
  // time limit, so that a pathological case is reported (FAIL: timeout or crash) instead of hanging
  // or killing the benchmark.
  for (let i = 0; i < ADVERSARIAL.length; i++) {
    const name = ADVERSARIAL[i].name;
    const child = spawnSync(process.execPath, [__filename, '--adversarial', String(i)], {
      encoding: 'utf8',
      timeout: ADVERSARIAL_TIMEOUT_MS,
      maxBuffer: 16 * MIB,
    });
    const lastLine = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status === 0 && lastLine.startsWith('{')) {
      const r = JSON.parse(lastLine) as AdversarialResult;
      const ratioValue = r.checkMs / r.parseMs;
      row(`adversarial: ${name} / parse`, ratio(ratioValue), '≤ 2×', ratioValue <= 2,
        `${r.size}: check ${ms(r.checkMs)}${r.runs === 1 ? ' (1 run)' : `, first (cold) ${ms(r.firstMs)}`}, parse ${ms(r.parseMs)}, ${r.findings} findings`);
    } else {
      const timedOut = child.error && (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT';
      const oom = /heap out of memory/.test(child.stderr);
      const why = timedOut ? `timeout: no result within ${ADVERSARIAL_TIMEOUT_MS / 1000} s` : oom ? 'crashed: JavaScript heap out of memory' : `exited ${child.status ?? child.signal}: ${child.stderr.trim().split('\n').slice(-1)[0] ?? ''}`;
      const partial = child.stderr.split('\n').filter((l) => l.startsWith('parse ')).join('; ');
      row(`adversarial: ${name} / parse`, timedOut ? 'timeout' : 'crash', '≤ 2×', false, `${why}${partial ? `; ${partial}` : ''}`);
    }
  }
  keep(bundled);

  // The table.
  const headers = ['measure', 'result', 'target', 'verdict', 'detail'];
  const table = rows.map((r) => [r.name, r.value, r.target, r.pass === null ? (/^skipped|failed/.test(r.value) ? 'SKIP' : 'INFO') : r.pass ? 'PASS' : 'FAIL', r.detail]);
  const widths = headers.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  console.log(line(headers));
  console.log(line(widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? headers[i].length : w))));
  for (const t of table) console.log(line(t));
  if (machineFactor !== undefined) console.log(`\n${atReferenceSpeed(machineFactor)}`);
  const failed = rows.filter((r) => r.pass === false).length;
  console.log(`\n${rows.length} measures, ${failed} below target (informational); ${((performance.now() - started) / 1000).toFixed(1)} s in all.`);
}

/**
 * What 100,000 facts hold on the heap once loaded and indexed, with the structures a check makes on
 * first use: measured before any other load of these texts, so that none of it was there before.
 */
function heapRow(label: string, inputs: DatasetInput[], draft: string): void {
  const before = heapAfterGc();
  const loaded = loadDatasets(inputs);
  const index = buildIndex(loaded.datasets);
  checkDocument(draft, index);
  const held = heapAfterGc() - before;
  // Both stay reachable until after the measurement.
  keep([loaded, index]);
  const facts = loaded.datasets.reduce((sum, d) => sum + d.data.facts.length, 0);
  row(`${label}: heap held once loaded and indexed`, `${(held / MIB).toFixed(0)} MiB`, '', null,
    `${(held / facts).toFixed(0)} bytes a fact (${facts} facts), after a check made what it needs of the index; the files' texts not counted`);
}

/**
 * The rows with a target in milliseconds, as they would read on the machine the targets were set on:
 * informational, since the verdicts above stay those of this machine.
 */
function atReferenceSpeed(factor: number): string {
  const lines = rows.flatMap((r) => {
    const value = /^([\d.]+) ms$/.exec(r.value);
    const target = /^≤ ([\d.]+) ms$/.exec(r.target);
    if (!value || !target) return [];
    const scaled = Number(value[1]) / factor;
    return [`  ${r.name}: ${ms(scaled)} (target ${target[1]} ms: ${scaled <= Number(target[1]) ? 'within' : 'above'})`];
  });
  return [`Targets in ms at the speed of the machine they were set on (this one is ${factor.toFixed(2)}× slower; informational):`, ...lines].join('\n');
}

const caseIndex = process.argv.indexOf('--adversarial');
if (caseIndex >= 0) adversarialCase(Number(process.argv[caseIndex + 1]));
else main();

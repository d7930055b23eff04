// Timing helpers for the benchmark: warm-ups, then the median of several runs, with performance.now.
import { performance } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Timing {
  /** Milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
  /** Warm-up runs made before measuring. */
  warmups: number;
  /** With warmupMs: the median of the same number of runs measured after `warmups` runs only (ms). */
  early?: number;
}

export interface TimingOptions {
  warmups?: number;
  runs?: number;
  /** Stop early (but after at least 3 runs) once this many milliseconds have been spent measuring. */
  budgetMs?: number;
  /**
   * Keep warming up, after `warmups` runs, until this many milliseconds have been spent (at most
   * MAX_WARMUP_RUNS runs). V8 optimises a check's hundreds of functions one by one as each gets hot:
   * the 30 KiB draft's check took 40–45 ms from its 6th to its 60th run here and 22–25 ms from about its
   * 100th on, and when that drop comes varies from process to process.
   */
  warmupMs?: number;
}

/** Most runs a time-based warm-up makes, for work far faster than its time budget. */
const MAX_WARMUP_RUNS = 500;

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function time(fn: () => unknown, options: TimingOptions = {}): Timing {
  const warmups = options.warmups ?? 2;
  const runs = options.runs ?? 7;
  const budget = options.budgetMs ?? Infinity;
  let sink: unknown;
  for (let i = 0; i < warmups; i++) sink = fn();
  let made = warmups;
  let early: number | undefined;
  if (options.warmupMs !== undefined) {
    // The runs right after the fixed warm-ups are kept as the early figure, and count as warm-up.
    const first: number[] = [];
    let spent = 0;
    while ((spent < options.warmupMs || first.length < runs) && made < MAX_WARMUP_RUNS) {
      const start = performance.now();
      sink = fn();
      const elapsed = performance.now() - start;
      if (first.length < runs) first.push(elapsed);
      spent += elapsed;
      made++;
    }
    early = median(first.sort((a, b) => a - b));
  }
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink = fn();
    const elapsed = performance.now() - start;
    samples.push(elapsed);
    spent += elapsed;
    if (samples.length >= 3 && spent > budget) break;
  }
  keep(sink);
  samples.sort((a, b) => a - b);
  return { median: median(samples), min: samples[0], max: samples[samples.length - 1], runs: samples.length, warmups: made, early };
}

/** Timing of a single run, for work that cannot be repeated cheaply or must be measured cold. */
export function once<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

let blackhole: unknown;
/** Keeps a result alive so that the work producing it cannot be optimised away. */
export function keep(value: unknown): void {
  blackhole = value;
  if (blackhole === Symbol.for('never')) console.log('');
}

let collect: (() => void) | undefined;

/** The heap in use after a full collection (V8's gc, exposed for the measurement). */
export function heapAfterGc(): number {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  return getHeapStatistics().used_heap_size;
}

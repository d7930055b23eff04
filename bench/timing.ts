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
}

export interface TimingOptions {
  warmups?: number;
  runs?: number;
  /** Stop early (but after at least 3 runs) once this many milliseconds have been spent measuring. */
  budgetMs?: number;
}

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
  return { median: median(samples), min: samples[0], max: samples[samples.length - 1], runs: samples.length };
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

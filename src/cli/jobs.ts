// Checking many files: results from the cache where the file is unchanged, the rest on worker threads
// (`--jobs`) or on this thread. Whatever the route, the reports come back in the order of the files and
// are the same data, so every output format prints the same bytes.
import { availableParallelism } from 'node:os';
import type * as WorkerThreads from 'node:worker_threads';
import { buildIndex, checkDocument, type CheckOptions, type FactIndex } from '../core';
import type { LoadedDataset } from '../dataset/load';
import { hashText, type ReportCache } from './cache';
import { reportFor, type FileReport } from './report';

export interface FileText {
  file: string;
  text: string;
}

export interface CheckFilesContext {
  datasets: LoadedDataset[];
  /** --jobs (threads, this one included); undefined means the number of cores, used only when the files are worth it. */
  jobs: number | undefined;
  cache: ReportCache | undefined;
  /** The script a worker runs (the CLI bundle itself); without it everything runs on this thread. */
  workerScript: string | undefined;
  /** Severity per code, from .factdesk.json (src/cli/project.ts). */
  severity?: CheckOptions['severity'];
}

/**
 * Without --jobs, worker threads are started only for at least this much Markdown to check: a worker
 * costs about the CPU time one warm thread needs for 1 MiB (it compiles the bundle, builds the index and
 * warms up on its own: a second thread added 1.5 s of CPU to the bench's 100 drafts, bench row (h)), and
 * it pays off only when its share of the work is larger than that: from about twice that with two
 * threads. On the bench machine two threads were slower still at 2.2 MB (400 drafts: 5.2 s against
 * 3.7–4.4 s): its two cores slow each other, since two processes checking half each took 1.5× as long
 * as one alone.
 */
export const MIN_PARALLEL_BYTES = 2 * 1024 * 1024;

/** Files handed to a worker at a time: enough to keep it busy while its results travel back. */
const IN_FLIGHT_PER_WORKER = 2;

const WORKER_MARK = 'factdesk-check-worker';

/**
 * node:worker_threads, loaded when needed: loading it costs about a tenth of a small check's start-up,
 * and a run on one thread never needs it. A worker is recognised by its first argument before that.
 */
function workerThreads(): typeof WorkerThreads {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:worker_threads') as typeof WorkerThreads;
}

function checkOne(file: string, text: string, index: FactIndex, severity: CheckOptions['severity']): FileReport {
  return reportFor(file, text, checkDocument(text, index, { mentions: false, severity }).findings);
}

export function workerCount(files: readonly FileText[], jobs: number | undefined): number {
  if (jobs !== undefined) return Math.min(jobs, files.length);
  let bytes = 0;
  for (const f of files) bytes += f.text.length;
  return bytes < MIN_PARALLEL_BYTES ? 1 : Math.min(availableParallelism(), files.length);
}

/** Reports for `files`, in their order. Synchronous unless worker threads are used. */
export function checkFiles(files: readonly FileText[], ctx: CheckFilesContext): FileReport[] | Promise<FileReport[]> {
  const reports: (FileReport | undefined)[] = new Array(files.length);
  const hashes = ctx.cache ? files.map((f) => hashText(f.text)) : [];
  const misses: number[] = [];
  files.forEach((f, i) => {
    reports[i] = ctx.cache?.get(f.file, hashes[i]!);
    if (!reports[i]) misses.push(i);
  });
  const finish = (): FileReport[] => {
    if (ctx.cache) {
      for (const i of misses) ctx.cache.set(files[i]!.file, hashes[i]!, reports[i]!);
      ctx.cache.save();
    }
    return reports as FileReport[];
  };
  const workers = ctx.workerScript ? workerCount(misses.map((i) => files[i]!), ctx.jobs) : 1;
  if (workers <= 1) {
    if (misses.length > 0) {
      const index = buildIndex(ctx.datasets);
      for (const i of misses) reports[i] = checkOne(files[i]!.file, files[i]!.text, index, ctx.severity);
    }
    return finish();
  }
  return inParallel(files, misses, reports, { ...ctx, workerScript: ctx.workerScript!, threads: workers }).then(finish);
}

interface WorkerJob {
  id: number;
  file: string;
  text: string;
}

/**
 * A report travels as JSON text: V8's JSON is several times faster than the structured clone of
 * postMessage for these object trees (the evidence of every finding), and a report is JSON-safe data.
 */
type WorkerReply = { id: number; report: string } | { id: number; error: string };

/**
 * Checks on `threads` threads: this one and threads − 1 workers, each taking the next file when it is
 * free; results land at their file's place. This thread takes part (one file per turn of the event loop,
 * so that the workers' results are taken in between), which saves one worker's start-up: a worker
 * compiles the bundle, builds the index and warms up on its own.
 */
function inParallel(
  files: readonly FileText[],
  todo: readonly number[],
  reports: (FileReport | undefined)[],
  ctx: CheckFilesContext & { workerScript: string; threads: number },
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let failed = false;
    const { Worker } = workerThreads();
    const pool: WorkerThreads.Worker[] = [];
    const stopAll = (): void => {
      for (const worker of pool) void worker.terminate();
    };
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      stopAll();
      reject(error);
    };
    const completed = (): void => {
      if (++done === todo.length) {
        stopAll();
        resolve();
      }
    };
    const feed = (worker: WorkerThreads.Worker): void => {
      if (next >= todo.length) return;
      const i = todo[next++]!;
      const job: WorkerJob = { id: i, file: files[i]!.file, text: files[i]!.text };
      worker.postMessage(job);
    };
    const datasets = datasetsForWorkers(ctx.datasets);
    for (let w = 0; w < ctx.threads - 1; w++) {
      const worker = new Worker(ctx.workerScript, { argv: [WORKER_MARK], workerData: { [WORKER_MARK]: true, ...datasets, severity: ctx.severity } });
      pool.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (failed) return;
        if ('error' in reply) {
          fail(new Error(`${files[reply.id]!.file}: ${reply.error}`));
          return;
        }
        reports[reply.id] = JSON.parse(reply.report) as FileReport;
        feed(worker);
        completed();
      });
      worker.on('error', fail);
      for (let k = 0; k < IN_FLIGHT_PER_WORKER; k++) feed(worker);
    }
    // This thread's share: built after the workers are started, so that they start meanwhile.
    const index = buildIndex(ctx.datasets);
    const step = (): void => {
      if (failed || next >= todo.length) return;
      const i = todo[next++]!;
      try {
        reports[i] = checkOne(files[i]!.file, files[i]!.text, index, ctx.severity);
      } catch (error) {
        fail(error);
        return;
      }
      completed();
      setImmediate(step);
    };
    setImmediate(step);
  });
}

/**
 * The datasets as workers get them: one JSON text, made once. workerData is cloned for each worker on
 * this thread, and the structured clone of 100,000 facts cost this thread about 0.65 s per worker
 * (and the worker twice that to read), where JSON.stringify costs 0.35 s once and each worker parses
 * its copy in parallel. JSON writes a negative zero back as 0, so data holding one is cloned instead.
 */
function datasetsForWorkers(datasets: LoadedDataset[]): { datasetsJson: string } | { datasets: LoadedDataset[] } {
  return hasNegativeZero(datasets) ? { datasets } : { datasetsJson: JSON.stringify(datasets) };
}

function hasNegativeZero(value: unknown): boolean {
  if (typeof value === 'number') return Object.is(value, -0);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (hasNegativeZero(item)) return true;
    return false;
  }
  for (const key in value) if (hasNegativeZero((value as Record<string, unknown>)[key])) return true;
  return false;
}

/** True in a thread started by checkFiles. */
export function isCheckWorker(): boolean {
  if (process.argv[2] !== WORKER_MARK) return false;
  const { isMainThread, workerData } = workerThreads();
  return !isMainThread && typeof workerData === 'object' && workerData !== null && WORKER_MARK in workerData;
}

/** A worker's loop: build the index once, then check each file it is sent. */
export function runCheckWorker(): void {
  const { parentPort, workerData } = workerThreads();
  const data = workerData as { datasetsJson?: string; datasets?: LoadedDataset[]; severity: CheckOptions['severity'] };
  const index = buildIndex(data.datasetsJson !== undefined ? (JSON.parse(data.datasetsJson) as LoadedDataset[]) : data.datasets!);
  const severity = data.severity;
  parentPort!.on('message', (job: WorkerJob) => {
    let reply: WorkerReply;
    try {
      reply = { id: job.id, report: JSON.stringify(checkOne(job.file, job.text, index, severity)) };
    } catch (error) {
      reply = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    parentPort!.postMessage(reply);
  });
}

// (f) The extension's activation, timed in fresh Node processes with an in-memory `vscode` shim
// (bench/vscodeShim.ts): require of dist/extension.js, activate(), and the first diagnostics of an open
// 30 KiB draft (the first check shows its first sections' findings, then all). A shim, not VS Code: the
// extension host's own start-up and IPC are not in it; what is in it is the extension's code on the host's
// thread, from the first byte of the bundle to the first diagnostics. Two sessions are timed: a draft
// opened for the first time (no storage), and a draft VS Code reopens unchanged, whose last result the
// extension kept in its storage in the session before (src/vscode/keptResults.ts). A third row opens the
// draft in a workspace whose file searches answer late, as in a session's first seconds, where the
// extension warms its engine up while it waits (src/core/warmUp.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFile } from '../src/dataset/schema';
import { BUNDLED_DATASETS } from '../src/dataset/bundled';
import { KIB, longDraft, splitDataset, syntheticDataset } from './inputs';
import type { ProcessBenchContext } from './processes';

interface Activation {
  requireMs: number;
  activateMs: number;
  firstDiagnosticsMs: number;
  diagnostics: number;
  allDiagnosticsMs: number;
  allDiagnostics: number;
  /** True when the first diagnostics were the result kept by the session before. */
  kept: boolean;
  /** The extension's own marks (src/vscode/startupTiming.ts), in ms from before require; durations as they are. */
  marks: Record<string, number>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function activationRow(ctx: ProcessBenchContext, exampleDraft: string): void {
  const extension = join(ctx.root, 'dist/extension.js');
  const child = join(ctx.root, 'out/bench/activationChild.js');
  if (!existsSync(extension) || !existsSync(child)) {
    ctx.row('(f) extension activation → first diagnostics (vscode shim)', 'skipped', '', null, 'dist/extension.js missing: run npm run build');
    return;
  }
  // A folder of its own: with --search-ms it is the workspace, whose files the shim's searches find.
  const folder = join(ctx.work, 'activation');
  mkdirSync(folder, { recursive: true });
  const draft = join(folder, 'draft-30kib.md');
  const text = longDraft(exampleDraft, BUNDLED_DATASETS.map((d) => d.json as DatasetFile), 30 * KIB);
  writeFileSync(draft, text);
  const first = sessions(ctx, extension, child, draft, undefined);
  ctx.row(`(f) extension activation → first diagnostics, ${(text.length / KIB).toFixed(0)} KiB draft (vscode shim)`, ctx.ms(first.firstMs), '≤ 60 ms', first.firstMs <= 60,
    `${first.detail}; a fresh Node process with an in-memory vscode module, not VS Code`);
  // The same draft in a workspace with storage: the first session keeps its result, the next ones show it.
  const reopened = sessions(ctx, extension, child, draft, join(ctx.work, 'storage'));
  ctx.row('(f) the same, draft reopened unchanged (its result kept by the session before)', ctx.ms(reopened.firstMs), '≤ 60 ms', reopened.firstMs <= 60 && reopened.allKept,
    `${reopened.detail}; ${reopened.allKept ? 'every later session showed the kept result first' : 'a later session did not show the kept result'}`);
  // VS Code's search service took 2 to 4 s to start in code-server's first sessions here; 300 ms is enough for a warm-up.
  const waiting = sessions(ctx, extension, child, draft, undefined, SEARCH_MS);
  ctx.row(`(f) the same, file searches answering after ${SEARCH_MS} ms (a session's first seconds): datasets loaded → first diagnostics`, ctx.ms(afterLoad(waiting.runs)), '', null,
    `warm-up ${ctx.ms(median(waiting.runs.map((r) => r.marks.warmUpDurationMs ?? 0)))} in steps while waiting; activation → first diagnostics ${ctx.ms(waiting.firstMs)}, the searches included; ` +
      `datasets loaded → first diagnostics in the first row, which has no wait to warm up in: ${ctx.ms(afterLoad(first.runs))}`);
  largeWorkspaceRow(ctx, extension, child, text);
}

/**
 * The draft reopened in a workspace with 100,000 facts in five dataset files, which the sessions before
 * validated and kept (src/vscode/keptValidations.ts). The first session validates them and the second may
 * still find them being written, so the median is of the sessions after both.
 */
function largeWorkspaceRow(ctx: ProcessBenchContext, extension: string, child: string, text: string): void {
  const folder = join(ctx.work, 'activation-100k');
  mkdirSync(join(folder, 'data'), { recursive: true });
  const bundled = BUNDLED_DATASETS.map((d) => d.json as DatasetFile);
  const vendors = bundled.flatMap((d) => d.vendors.map((v) => v.id));
  splitDataset(syntheticDataset(100_000, vendors, []), 20_000).forEach((data, i) => writeFileSync(join(folder, 'data', `synthetic-${i + 1}.facts.json`), JSON.stringify(data)));
  const draft = join(folder, 'draft-30kib.md');
  writeFileSync(draft, text);
  const large = sessions(ctx, extension, child, draft, join(ctx.work, 'storage-100k'), 0, ctx.quick ? 4 : 6);
  const settled = large.runs.slice(1);
  ctx.row('(f) the same, reopened in a workspace with 100,000 facts the session before kept validated', ctx.ms(median(settled.map((r) => r.firstDiagnosticsMs))), '', null,
    `dataset files read at ${ctx.ms(median(settled.map((r) => r.marks.datasetFilesReadMs ?? NaN)))}, loaded at ${ctx.ms(median(settled.map((r) => r.marks.datasetsLoadedMs ?? NaN)))}; ` +
      `${settled.every((r) => r.kept) ? 'the kept result shown first' : 'a session did not show the kept result'}`);
}

/** How long the shim's file searches take to answer in the third row. */
const SEARCH_MS = 300;

function afterLoad(runs: readonly Activation[]): number {
  return median(runs.map((r) => (r.marks.firstDiagnosticsMs ?? NaN) - (r.marks.datasetsLoadedMs ?? NaN)));
}

/**
 * Runs the child as successive sessions of one workspace; medians are of the sessions after the first,
 * which writes the code cache (and, with `storage`, keeps its result) as a first session does.
 */
function sessions(ctx: ProcessBenchContext, extension: string, child: string, draft: string, storage: string | undefined, searchMs?: number, count = ctx.quick ? 5 : 11): { firstMs: number; allKept: boolean; detail: string; runs: Activation[] } {
  const runs: Activation[] = [];
  const cache = join(ctx.work, storage ? 'compile-cache-kept' : 'compile-cache');
  for (let i = 0; i < count; i++) {
    const env = { ...process.env, NODE_COMPILE_CACHE: cache };
    const result = spawnSync(process.execPath, [child, extension, draft, ...(storage ? [storage] : []), ...(searchMs === undefined ? [] : ['--search-ms', String(searchMs)])], { cwd: ctx.work, encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(`activation child exited ${result.status}: ${result.stderr.slice(0, 300)}`);
    runs.push(JSON.parse(result.stdout) as Activation);
  }
  const later = runs.slice(1);
  const firstMs = median(later.map((r) => r.firstDiagnosticsMs));
  const detail = `require ${ctx.ms(median(later.map((r) => r.requireMs)))}, activate() ${ctx.ms(median(later.map((r) => r.activateMs)))}, ` +
    `${median(later.map((r) => r.diagnostics))} diagnostics first; all ${runs[0]!.allDiagnostics} at ${ctx.ms(median(later.map((r) => r.allDiagnosticsMs)))}`;
  return { firstMs, allKept: later.every((r) => r.kept), detail, runs: later };
}

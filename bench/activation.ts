// (f) The extension's activation, timed in fresh Node processes with an in-memory `vscode` shim
// (bench/vscodeShim.ts): require of dist/extension.js, activate(), and the first diagnostics of an open
// 30 KiB draft (the first check shows its first sections' findings, then all). A shim, not VS Code: the
// extension host's own start-up and IPC are not in it; what is in it is the extension's code on the host's
// thread, from the first byte of the bundle to the first diagnostics.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFile } from '../src/dataset/schema';
import { BUNDLED_DATASETS } from '../src/dataset/bundled';
import { KIB, longDraft } from './inputs';
import type { ProcessBenchContext } from './processes';

interface Activation {
  requireMs: number;
  activateMs: number;
  firstDiagnosticsMs: number;
  diagnostics: number;
  allDiagnosticsMs: number;
  allDiagnostics: number;
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
  const draft = join(ctx.work, 'draft-30kib.md');
  const text = longDraft(exampleDraft, BUNDLED_DATASETS.map((d) => d.json as DatasetFile), 30 * KIB);
  writeFileSync(draft, text);
  const runs: Activation[] = [];
  for (let i = 0; i < (ctx.quick ? 5 : 11); i++) {
    // The extension's code cache (src/node/extensionEntry.ts) in a folder of the run's own: the first run, as a
    // first session, writes it; the median is of the sessions after.
    const env = { ...process.env, NODE_COMPILE_CACHE: join(ctx.work, 'compile-cache') };
    const result = spawnSync(process.execPath, [child, extension, draft], { cwd: ctx.work, encoding: 'utf8', env });
    if (result.status !== 0) throw new Error(`activation child exited ${result.status}: ${result.stderr.slice(0, 300)}`);
    runs.push(JSON.parse(result.stdout) as Activation);
  }
  const first = median(runs.map((r) => r.firstDiagnosticsMs));
  ctx.row(`(f) extension activation → first diagnostics, ${(text.length / KIB).toFixed(0)} KiB draft (vscode shim)`, ctx.ms(first), '≤ 60 ms', first <= 60,
    `require ${ctx.ms(median(runs.map((r) => r.requireMs)))}, activate() ${ctx.ms(median(runs.map((r) => r.activateMs)))}, ` +
      `${median(runs.map((r) => r.diagnostics))} diagnostics of the first sections; all ${runs[0]!.allDiagnostics} at ${ctx.ms(median(runs.map((r) => r.allDiagnosticsMs)))}; ` +
      'a fresh Node process with an in-memory vscode module, not VS Code');
}

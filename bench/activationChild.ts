// Run by the benchmark in a fresh Node process: loads the built extension (dist/extension.js) with the
// in-memory `vscode` shim (bench/vscodeShim.ts, not VS Code) and one open Markdown draft, and prints as
// JSON how long require, activate(), the first diagnostics of that draft and all of them took, from before require.
// With a storage folder, the extension has storage and a workspace memory kept there from run to run, as
// VS Code keeps them between sessions of a workspace; without one, it has neither.
// With --search-ms N, the draft's folder is the workspace, and VS Code's file search answers after N ms, as
// in a session's first seconds. The JSON also has the extension's own marks (startupTiming).
//   node out/bench/activationChild.js <extension.js> <draft.md> [<storage folder>] [--search-ms N]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, resolve } from 'node:path';
import { createShim, shimDocument } from './vscodeShim';

interface Manifest {
  contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
}

/** How long after the last diagnostics the document counts as checked. */
const QUIET_MS = 400;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const searchAt = args.indexOf('--search-ms');
  const searchMs = searchAt >= 0 ? Number(args.splice(searchAt, 2)[1]) : undefined;
  const [extensionFile, draftFile, storage] = args.map((p) => resolve(p));
  const root = resolve(dirname(extensionFile!), '..');
  const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as Manifest;
  const defaults = Object.fromEntries(Object.entries(manifest.contributes.configuration.properties).map(([k, v]) => [k, v.default]));
  const doc = shimDocument(draftFile!, readFileSync(draftFile!, 'utf8'));
  if (storage) mkdirSync(storage, { recursive: true });
  const shim = createShim([doc], defaults, { disk: storage !== undefined, folder: searchMs === undefined ? undefined : { path: dirname(draftFile!), searchMs } });
  const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
  const load = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? shim.vscode : load.call(this, request, ...rest);
  };
  const Uri = shim.vscode.Uri as { file(path: string): unknown };
  const context = {
    subscriptions: [] as { dispose(): unknown }[],
    extensionUri: Uri.file(root),
    extensionPath: root,
    asAbsolutePath: (p: string) => resolve(root, p),
    globalState: { get: () => undefined, update: () => Promise.resolve(), keys: () => [] },
    workspaceState: storage ? keptMemory(resolve(storage, 'workspace-state.json')) : { get: () => undefined, update: () => Promise.resolve(), keys: () => [] },
    storageUri: storage ? Uri.file(storage) : undefined,
  };

  // VS Code's extension host has loaded node:crypto at its own start, before any extension.
  require('node:crypto');
  const start = performance.now();
  const extension = require(extensionFile!) as { activate(context: unknown): unknown; deactivate(): unknown };
  const required = performance.now();
  const api = extension.activate(context) as { startupTiming(): Record<string, unknown> & { firstDiagnosticsKept?: boolean } };
  const activated = performance.now();
  const first = await shim.firstDiagnostics;
  // The check is done when no diagnostics have come for a while: a first check shows its first sections'
  // findings early, then all of them.
  while (performance.now() - shim.diagnosticSets[shim.diagnosticSets.length - 1]!.at < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 20));
  const all = shim.diagnosticSets[shim.diagnosticSets.length - 1]!;
  process.stdout.write(
    `${JSON.stringify({ requireMs: required - start, activateMs: activated - required, firstDiagnosticsMs: first.at - start, diagnostics: first.count, allDiagnosticsMs: all.at - start, allDiagnostics: all.count, kept: api.startupTiming().firstDiagnosticsKept === true, marks: marksFrom(api.startupTiming(), start) })}\n`,
  );
  // As VS Code shuts an extension down: deactivate() writes the code cache when there was none, and what
  // the extension keeps for the next session.
  await extension.deactivate();
  for (const s of context.subscriptions) s.dispose();
  process.exit(0);
}

/** The extension's start-up marks, in ms from before require like the rest (durations as they are). */
function marksFrom(timing: Record<string, unknown>, start: number): Record<string, number> {
  const marks: Record<string, number> = {};
  for (const [key, value] of Object.entries(timing)) {
    if (typeof value === 'number' && key.endsWith('Ms')) marks[key] = key.endsWith('DurationMs') ? value : value - start;
  }
  return marks;
}

/** A workspace memory kept in a file, read before the extension loads, as VS Code's is. */
function keptMemory(file: string): { get(key: string): unknown; update(key: string, value: unknown): Promise<void>; keys(): string[] } {
  const values = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<string, unknown>;
  return {
    get: (key) => values[key],
    update: (key, value) => {
      values[key] = value;
      writeFileSync(file, JSON.stringify(values));
      return Promise.resolve();
    },
    keys: () => Object.keys(values),
  };
}

void main();

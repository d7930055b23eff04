// When the extension's bundle started to run, when activate() was called and when the first diagnostics
// were set: issue 12 asks for activation to first diagnostics within 60 ms of extension-host time. The
// benchmark times it with a vscode shim; the integration tests print these marks from VS Code itself.
// Imported first by extension.ts, so that the first mark is taken before the other modules are evaluated.

export interface StartupTiming {
  /** performance.now() of the extension host when the bundle began to run. */
  bundleStartMs: number;
  activateMs?: number;
  /** The workspace's .factdesk.json files were found and read (the first step of loading the datasets). */
  configsReadMs?: number;
  /** The workspace's dataset files were found and read, before they are validated. */
  datasetFilesReadMs?: number;
  /** The first load of the datasets (bundled and workspace) and their index was done. */
  datasetsLoadedMs?: number;
  firstDiagnosticsMs?: number;
  /** The length of the document whose diagnostics were set first. */
  firstDocumentChars?: number;
  /** True when the first diagnostics were a result kept from the last session (src/vscode/keptResults.ts). */
  firstDiagnosticsKept?: boolean;
  /** Workspace searches answered from what the last session found (src/vscode/rememberedSearch.ts). */
  searchesRemembered: number;
  /** Workspace searches that had to be waited for. */
  searchesWaited: number;
  /** Workspace dataset files of the first load that an earlier session had validated (src/vscode/keptValidations.ts). */
  datasetFilesKept?: number;
  /** Documents that showed a result kept from an earlier check before their own check was done (src/vscode/keptResults.ts). */
  keptResultsShown: number;
  /** When the engine's warm-up began while the first load waited for VS Code, and the time its steps took (src/core/warmUp.ts). */
  warmUpMs?: number;
  warmUpDurationMs?: number;
  /** The warm-up's steps taken, and whether it ran to its end before the load went on. */
  warmUpSteps?: number;
  warmUpDone?: boolean;
}

const timing: StartupTiming = { bundleStartMs: performance.now(), searchesRemembered: 0, searchesWaited: 0, keptResultsShown: 0 };

export function markActivate(): void {
  timing.activateMs ??= performance.now();
}

export function markConfigsRead(): void {
  timing.configsReadMs ??= performance.now();
}

export function markDatasetFilesRead(): void {
  timing.datasetFilesReadMs ??= performance.now();
}

export function markDatasetsLoaded(): void {
  timing.datasetsLoadedMs ??= performance.now();
}

/** Counts a workspace search by whether the last session's result answered it. */
export function countSearch(remembered: boolean): void {
  if (remembered) timing.searchesRemembered++;
  else timing.searchesWaited++;
}

/** Counts, once, the dataset files of the first load that were not validated again. */
export function countKeptValidations(files: number): void {
  timing.datasetFilesKept ??= files;
}

/**
 * Takes one step of the warm-up and marks it; true when the warm-up is over (its last step, or a step
 * that failed: a failure only costs the time it took).
 */
export function markWarmUpStep(step: () => boolean): boolean {
  const start = performance.now();
  let done = true;
  try {
    done = step();
  } catch (err) {
    console.error('factdesk: warming up failed', err);
  }
  timing.warmUpMs ??= start;
  timing.warmUpDurationMs = (timing.warmUpDurationMs ?? 0) + performance.now() - start;
  timing.warmUpSteps = (timing.warmUpSteps ?? 0) + 1;
  timing.warmUpDone = done;
  return done;
}

export function countKeptResultShown(): void {
  timing.keptResultsShown++;
}

/** Called whenever diagnostics are set; only the first call is kept. */
export function markFirstDiagnostics(documentChars: () => number, kept = false): void {
  if (timing.firstDiagnosticsMs !== undefined) return;
  timing.firstDiagnosticsMs = performance.now();
  timing.firstDocumentChars = documentChars();
  timing.firstDiagnosticsKept = kept;
}

export function startupTiming(): StartupTiming {
  return { ...timing };
}

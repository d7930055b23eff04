// The engine as the extension sees it: datasets loaded lazily and once (bundled + workspace), reloaded
// on demand, and check results cached per document version; each document keeps its sections' results,
// so an edit re-checks only the section it touched.
import * as vscode from 'vscode';
import { buildIndex, checkInSlicesFrom, SLICED_FROM_CHARS, warmUpSteps, type CheckResult, type Fact, type FactIndex } from '../core';
import { SectionChecker } from '../core/check';
import type { DatasetInput } from '../dataset/load';
import { idPositionsOf } from '../dataset/idPositions';
import type { DatasetFile } from '../dataset/schema';
import { checkOptions, readConfig } from './config';
import { type DatasetProblem, WorkspaceDatasets } from './datasets';
import { markDatasetFilesRead, markDatasetsLoaded, markWarmUpStep } from './startupTiming';
import type { SearchMemory } from './rememberedSearch';
import { ValidatedDatasets } from './validatedDatasets';
import { KeptResultStore, type KeptDocument } from './keptResultStore';
import { whileWaiting, yieldToEditor } from './idleWork';
import { filesFor } from './nodeHost';
import type { KeptResult } from './keptResults';

/**
 * A first load still reading the workspace's files after this long is waiting for VS Code (its search
 * service took 2 to 4 s to start in a first session in code-server; a remote window's reads are round
 * trips), not for the extension's own work: the engine is warmed up meanwhile (src/core/warmUp.ts).
 */
const WARM_UP_AFTER_MS = 15;

/**
 * Dataset text validated, or read back from storage, between two turns given back to the extension host:
 * 100,000 facts in five files held it for 2.7 s at once here, keeping other extensions waiting.
 */
const VALIDATED_CHARS_PER_TURN = 1024 * 1024;

/** Validates the workspace's dataset texts ahead of the load, a turn given back after each megabyte or so. */
async function validateInTurns(inputs: readonly DatasetInput[], validateAhead: (input: DatasetInput) => void): Promise<void> {
  let sinceTurn = 0;
  for (const input of inputs) {
    if (sinceTurn >= VALIDATED_CHARS_PER_TURN) {
      await yieldToEditor();
      sinceTurn = 0;
    }
    validateAhead(input);
    sinceTurn += input.text?.length ?? 0;
  }
  // The load's checks across files and the index come next, in a turn of their own.
  if (sinceTurn >= VALIDATED_CHARS_PER_TURN) await yieldToEditor();
}

export interface Snapshot {
  readonly index: FactIndex;
  /** Every problem found while loading (bundled and workspace files). */
  readonly problems: DatasetProblem[];
  /** Labels of the dataset files that loaded. */
  readonly files: string[];
  /** Workspace dataset file label → URI (for problems and locations). */
  readonly workspaceUris: Map<string, vscode.Uri>;
  /** Label → the file's text or parsed JSON, to find a fact in it. */
  readonly inputs: Map<string, DatasetInput>;
  /** The inputs that are the bundled datasets (part of the bundle, validated at build time). */
  readonly bundled: ReadonlySet<DatasetInput>;
  readonly generation: number;
  readonly formatProblem: (p: DatasetProblem) => string;
  /** Facts with a review note: loaded, listed in Show Dataset Problems, never used by the checker. */
  readonly underReview: string[];
}

interface CachedCheck {
  key: string;
  result: CheckResult;
  /** Keeps the document's section results: an edit re-checks only the section it touched. */
  checker: SectionChecker;
  /** Datasets and settings the checker was made for. */
  checkerKey: string;
}

/** What the state needs from the extension's context. */
export interface StateContext {
  extensionUri: vscode.Uri;
  /** The workspace's memory: the dataset files found at the last session's start, and those kept validated. */
  workspaceState: SearchMemory;
  /** The extension's storage for this workspace: dataset files validated before. */
  storageUri: vscode.Uri | undefined;
}

export class FactdeskState implements vscode.Disposable {
  readonly workspaceDatasets: WorkspaceDatasets;
  private loading: Promise<Snapshot> | undefined;
  private latest: Snapshot | undefined;
  private generation = 0;
  // Keyed by the document object: an untitled URI is reused by the next untitled document.
  private checks = new WeakMap<vscode.TextDocument, CachedCheck>();
  /** Each document's checks run one after another: a SectionChecker runs one check at a time. */
  private readonly queue = new WeakMap<vscode.TextDocument, Promise<unknown>>();
  private readonly slicing = new WeakSet<vscode.TextDocument>();
  /**
   * Documents given a kept result whose own check has not started: a provider asking meanwhile (the
   * Figures view, a code action at the cursor) waits for that check rather than running the whole
   * document's check on the spot, as it waits while a first check runs in slices.
   */
  private readonly keptFirst = new WeakSet<vscode.TextDocument>();
  private readonly reloaded = new vscode.EventEmitter<Snapshot>();
  /** Where each dataset file's ids are written, for the snapshot of that generation (factLocation). */
  private positions: { generation: number; files: Map<string, Promise<Map<string, vscode.Position> | undefined>> } | undefined;
  /** Fires after the datasets were (re)loaded. */
  readonly onDidLoad = this.reloaded.event;

  private readonly validated: ValidatedDatasets;
  private readonly keptResults: KeptResultStore;
  private readonly extensionUri: vscode.Uri;

  constructor(context: StateContext) {
    this.extensionUri = context.extensionUri;
    // The store of files validated before is asked for first: its reads must be done before the dataset
    // files are, or the first load validates them anyway (src/vscode/validatedDatasets.ts).
    this.validated = new ValidatedDatasets(context.storageUri, context.workspaceState);
    if (vscode.workspace.isTrusted) this.validated.open();
    this.workspaceDatasets = new WorkspaceDatasets(context.workspaceState);
    this.keptResults = new KeptResultStore(context.storageUri, context.workspaceState);
  }

  /** The datasets, loading them on first use. */
  snapshot(): Promise<Snapshot> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** The snapshot if already loaded (for synchronous callers). */
  get current(): Snapshot | undefined {
    return this.latest;
  }

  /** Reloads every dataset; concurrent callers all get the newest result. */
  reload(): Promise<Snapshot> {
    this.loading = this.load();
    return this.loading;
  }

  /** Resolves once no load is pending (tests and commands use this). */
  async settled(): Promise<Snapshot> {
    for (;;) {
      const pending = this.snapshot();
      const snapshot = await pending;
      if (pending === this.loading) return snapshot;
    }
  }

  private async load(): Promise<Snapshot> {
    const generation = ++this.generation;
    // Heavy modules (zod schema, the bundled data) are evaluated only now, not at activation.
    const [{ loadDatasets, validateAhead, formatProblem }, { BUNDLED_DATASETS }, { factsUnderReview, formatReview }] = await Promise.all([
      import('../dataset/load'),
      import('../dataset/bundled'),
      import('../dataset/review'),
    ]);
    // The files validated in an earlier session are read beside the workspace's own (trust may have come since).
    if (vscode.workspace.isTrusted) this.validated.open();
    // Only the first load of a session warms up: a reload finds the engine warm.
    const reading = this.workspaceDatasets.read();
    const workspace = await (generation === 1 ? whileWaiting(reading, WARM_UP_AFTER_MS, () => warmUpSteps(BUNDLED_DATASETS.map((d) => d.json as DatasetFile)), markWarmUpStep) : reading);
    markDatasetFilesRead();
    const validated = await this.validated.storeFor(workspace.inputs);
    await validateInTurns(workspace.inputs, (input) => validateAhead(input, validated));
    const loaded = loadDatasets([...BUNDLED_DATASETS, ...workspace.inputs], { validated });
    void this.validated.save(workspace.inputs, validated);
    const index = buildIndex(loaded.datasets);
    markDatasetsLoaded();
    const inputs = new Map<string, DatasetInput>();
    for (const input of [...BUNDLED_DATASETS, ...workspace.inputs]) inputs.set(input.file, input);
    const snapshot: Snapshot = {
      index,
      problems: [...workspace.problems, ...loaded.problems],
      files: loaded.datasets.map((d) => d.file),
      workspaceUris: workspace.uris,
      inputs,
      bundled: new Set(BUNDLED_DATASETS),
      generation,
      formatProblem,
      underReview: factsUnderReview(loaded.datasets).map(formatReview),
    };
    if (generation === this.generation) {
      this.latest = snapshot;
      this.checks = new WeakMap();
      this.reloaded.fire(snapshot);
    }
    return snapshot;
  }

  /** The checker and cache key for a document's current settings and datasets. */
  private checkerFor(doc: vscode.TextDocument, snapshot: Snapshot): { checker: SectionChecker; checkerKey: string; key: string; cached?: CachedCheck } {
    const options = checkOptions(readConfig(doc));
    const checkerKey = `${snapshot.generation}|${JSON.stringify(options)}`;
    const cached = this.checks.get(doc);
    const checker = cached?.checkerKey === checkerKey ? cached.checker : new SectionChecker(snapshot.index, options);
    return { checker, checkerKey, key: `${doc.version}|${checkerKey}`, cached };
  }

  /**
   * Checks a document now (cached per version, settings and datasets); undefined until the datasets
   * loaded. While a sliced check of the document runs, the last result stands in: one check of a
   * document's sections at a time.
   */
  check(doc: vscode.TextDocument): CheckResult | undefined {
    const snapshot = this.latest;
    if (!snapshot) return undefined;
    const { checker, checkerKey, key, cached } = this.checkerFor(doc, snapshot);
    if (cached?.key === key) return cached.result;
    if (this.slicing.has(doc) || this.keptFirst.has(doc)) return cached?.result;
    const result = checker.check(doc.getText());
    this.checks.set(doc, { key, result, checker, checkerKey });
    return result;
  }

  /**
   * Checks a document without blocking typing: a large text is checked in slices that let the editor
   * handle input between them. Resolves undefined when the document changed meanwhile (a newer check
   * follows) or the datasets are not loaded.
   */
  checkLive(doc: vscode.TextDocument, progress?: (partial: CheckResult) => void): Promise<CheckResult | undefined> {
    const previous = this.queue.get(doc) ?? Promise.resolve(undefined);
    const mine = previous.then(() => this.checkInSlices(doc, progress));
    this.queue.set(doc, mine.catch(() => undefined));
    return mine;
  }

  private async checkInSlices(doc: vscode.TextDocument, progress?: (partial: CheckResult) => void): Promise<CheckResult | undefined> {
    this.keptFirst.delete(doc);
    const snapshot = this.latest;
    if (!snapshot || doc.isClosed) return undefined;
    const { checker, checkerKey, key, cached } = this.checkerFor(doc, snapshot);
    if (cached?.key === key) return cached.result;
    const text = doc.getText();
    if (!checkInSlicesFrom(text.length, !cached)) return this.check(doc);
    const version = doc.version;
    this.slicing.add(doc);
    try {
      const result = await checker.checkInSlices(text, yieldToEditor, () => doc.isClosed || doc.version !== version || this.latest !== snapshot, undefined, progress);
      if (result) this.checks.set(doc, { key, result, checker, checkerKey });
      return result;
    } finally {
      this.slicing.delete(doc);
    }
  }

  /** Forgets a document's result of this session, as a new session starts without it. */
  forgetResult(doc: vscode.TextDocument): void {
    this.checks.delete(doc);
  }

  /** True when the document has a result of this session (current or not). */
  hasResult(doc: vscode.TextDocument): boolean {
    return this.checks.has(doc);
  }

  /** True when kept results are read from the local disk, which never holds a check up for long. */
  get keptResultsReadLocally(): boolean {
    return this.keptResults.readsLocally;
  }

  /** Starts reading the result the document kept from an earlier session, if it has one. */
  readKeptResult(doc: vscode.TextDocument): Promise<string | undefined> {
    return this.keptResults.read(doc.uri);
  }

  /**
   * The kept result of an entry readKeptResult() read, when it was made for the document's text and
   * settings now and for the snapshot's datasets; undefined otherwise.
   */
  async keptResult(doc: vscode.TextDocument, entry: string | undefined, snapshot: Snapshot): Promise<KeptResult | undefined> {
    const result = await this.keptResults.resultFor(entry, this.keptDocument(doc), snapshot);
    if (result) this.keptFirst.add(doc);
    return result;
  }

  /** Keeps a document's final result for the next session: `doc` must still be the version it was made from. */
  keepResult(doc: vscode.TextDocument, snapshot: Snapshot, result: CheckResult): void {
    this.keptResults.keep(this.keptDocument(doc), snapshot, result);
  }

  /** Writes the kept results still waiting (at deactivation). */
  flushKeptResults(): Promise<void> {
    return this.keptResults.flush();
  }

  /** The document as it is now, for the kept results; its text is read only if a key needs it. */
  private keptDocument(doc: vscode.TextDocument): KeptDocument {
    const version = doc.version;
    let text: string | undefined;
    return {
      uri: doc.uri,
      options: checkOptions(readConfig(doc)),
      text: () => (text ??= doc.isClosed || doc.version !== version ? undefined : doc.getText()),
    };
  }

  /** True when the document has no result yet and is large enough to be checked in slices. */
  isLongFirstCheck(doc: vscode.TextDocument): boolean {
    return !this.checks.has(doc) && doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end) >= SLICED_FROM_CHARS;
  }

  /** Like check(), loading the datasets first if needed and waiting for a sliced check to finish. */
  async checkWhenReady(doc: vscode.TextDocument): Promise<CheckResult> {
    await this.snapshot();
    return (await this.checkLive(doc)) ?? this.check(doc) ?? { findings: [], mentions: [], judged: 0 };
  }

  /** Where a fact is defined: the dataset file (workspace or bundled) and the line of its id. */
  async factLocation(fact: Fact): Promise<vscode.Location | undefined> {
    const snapshot = this.latest;
    const file = snapshot?.index.fileOf(fact.id);
    if (!snapshot || !file) return undefined;
    const uri = snapshot.workspaceUris.get(file) ?? vscode.Uri.joinPath(this.extensionUri, file);
    const ids = await this.idPositions(snapshot, file, uri);
    if (!ids) return undefined;
    return new vscode.Location(uri, ids.get(fact.id) ?? new vscode.Position(0, 0));
  }

  /**
   * Where each id of a dataset file is first written, read once per file and snapshot: a first check
   * can relate dozens of findings to facts of one file, and the bundled files are read from disk.
   */
  private idPositions(snapshot: Snapshot, file: string, uri: vscode.Uri): Promise<Map<string, vscode.Position> | undefined> {
    if (this.positions?.generation !== snapshot.generation) this.positions = { generation: snapshot.generation, files: new Map() };
    let positions = this.positions.files.get(file);
    if (!positions) {
      positions = this.readIdPositions(snapshot, file, uri);
      this.positions.files.set(file, positions);
    }
    return positions;
  }

  private async readIdPositions(snapshot: Snapshot, file: string, uri: vscode.Uri): Promise<Map<string, vscode.Position> | undefined> {
    let text = snapshot.inputs.get(file)?.text;
    if (text === undefined) {
      try {
        text = new TextDecoder().decode(await filesFor(uri, vscode.workspace.fs).files.readFile(uri));
      } catch {
        return undefined;
      }
    }
    const positions = new Map<string, vscode.Position>();
    for (const [id, at] of idPositionsOf(text)) positions.set(id, new vscode.Position(at.line, at.character));
    return positions;
  }

  dispose(): void {
    this.workspaceDatasets.dispose();
    this.reloaded.dispose();
  }
}

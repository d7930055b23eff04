// Diagnostics for every open checked document, from the live buffer (unsaved edits count), debounced
// while typing, cleared when the document closes.
import * as vscode from 'vscode';
import { diagnosticMessage } from '../config/diagnostics';
import { describeFact, partialResults, type CheckResult, type Finding } from '../core';
import { diagnosticSeverity, isChecked, readConfig, toVscodeSeverity, type FactdeskConfig } from './config';
import type { FactdeskState, Snapshot } from './state';
import { countKeptResultShown, markFirstDiagnostics } from './startupTiming';
import type { ShownFinding, KeptResult } from './keptResults';

export const DIAGNOSTIC_SOURCE = 'factdesk';

/**
 * How long a first check waits for the document's kept result (src/vscode/keptResults.ts) when VS Code
 * reads it (no local disk): a remote window's reads took 60 to 340 ms here, and the check goes ahead
 * meanwhile (the kept result is still shown if it comes before the check's own findings).
 */
const KEPT_RESULT_WAIT_MS = 20;

/** The promise's value, or undefined when it takes longer than `ms`. */
function within<T>(promise: Promise<T | undefined>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Per-document counts for the status item. */
export interface DocumentStats {
  judged: number;
  /** Diagnostics the Problems panel lists: errors, warnings and information (hints are not listed). */
  problems: number;
  /** Findings left out because VS Code shows at most MAX_DIAGNOSTICS per file. */
  notShown: number;
}

/** VS Code lists at most this many problems per file; beyond it, the most severe are kept. */
export const MAX_DIAGNOSTICS = 1000;

/** The count the writer sees in the Problems panel: hints (and verified figures) are not listed there. */
export function visibleProblems(diagnostics: readonly vscode.Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity !== vscode.DiagnosticSeverity.Hint && d.code !== 'figure-verified').length;
}

/** The most severe first, then in document order, cut to what VS Code shows. */
export function mostImportantFirst(diagnostics: vscode.Diagnostic[]): { shown: vscode.Diagnostic[]; notShown: number } {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return { shown: diagnostics, notShown: 0 };
  const ranked = [...diagnostics].sort((a, b) => a.severity - b.severity || a.range.start.compareTo(b.range.start));
  const shown = ranked.slice(0, MAX_DIAGNOSTICS).sort((a, b) => a.range.start.compareTo(b.range.start));
  return { shown, notShown: diagnostics.length - MAX_DIAGNOSTICS };
}

export function findingRange(doc: Positioned, finding: Pick<Finding, 'start' | 'end'>): vscode.Range {
  return new vscode.Range(doc.positionAt(finding.start), doc.positionAt(finding.end));
}

export { diagnosticMessage };

/** What toDiagnostics needs of a document: an open TextDocument or a file read from disk. */
export interface Positioned {
  uri: vscode.Uri;
  positionAt(offset: number): vscode.Position;
}

export async function toDiagnostics(
  doc: Positioned,
  result: { findings: readonly ShownFinding[] },
  snapshot: Snapshot,
  config: FactdeskConfig,
  state: FactdeskState,
): Promise<vscode.Diagnostic[]> {
  const diagnostics: vscode.Diagnostic[] = [];
  for (const finding of result.findings) {
    const severity = diagnosticSeverity(config, finding.code, finding.severity);
    if (!severity) continue;
    const range = findingRange(doc, finding);
    const diagnostic = new vscode.Diagnostic(range, diagnosticMessage(finding), toVscodeSeverity(severity));
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = finding.code;
    if (finding.relatedFactId) {
      const related = snapshot.index.fact(finding.relatedFactId);
      if (related) {
        const location = (await state.factLocation(related)) ?? new vscode.Location(doc.uri, range);
        diagnostic.relatedInformation = [
          new vscode.DiagnosticRelatedInformation(location, `${finding.found ?? 'This figure'} is the figure for ${snapshot.index.displayName(related.entity)}: ${describeFact(related, snapshot.index)}`),
        ];
      }
    }
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** The refreshes of a document that share one check, and what the run has shown before its final result. */
interface Run {
  /** Shows the document's kept result, when it has one and it comes before the check's own findings. */
  kept?: Promise<void>;
  /** What the run showed: the kept result, then nothing until the final result; else partial results. */
  shown?: 'kept' | 'partial';
}

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('factdesk');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly stats = new Map<string, DocumentStats>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  /** A document's refreshes since its last final result: partial results of an ended run are dropped. */
  private readonly runs = new Map<string, Run>();
  /** The read of a document's kept result, shared by the refreshes that overlap with it. */
  private readonly keptReads = new Map<string, Promise<string | undefined>>();
  /** Fires after a document's diagnostics were set. */
  readonly onDidUpdate = this.updated.event;
  /** Set by the workspace check so that a live result replaces its entry. */
  onLiveResult: (uri: vscode.Uri) => void = () => undefined;

  constructor(private readonly state: FactdeskState) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        const config = readConfig(e.document);
        if (config.run === 'onType') this.schedule(e.document, config.debounceMs);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // An untitled URI can already belong to a newly opened document: check that one instead.
        const reopened = vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString() && !d.isClosed);
        if (reopened) this.schedule(reopened, 0);
        else this.clear(doc.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('factdesk')) this.refreshAll();
      }),
      state.onDidLoad(() => this.refreshAll()),
    );
  }

  /** Checks every open document now. */
  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  /** Clears an open document's diagnostics and result and checks it again as a new session would (for the tests). */
  checkAsNewSession(uri: vscode.Uri): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!doc) return;
    this.state.forgetResult(doc);
    this.clear(doc.uri);
    this.schedule(doc, 0);
  }

  statsFor(uri: vscode.Uri): DocumentStats | undefined {
    return this.stats.get(uri.toString());
  }

  schedule(doc: vscode.TextDocument, delayMs: number): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    if (!isChecked(doc)) {
      if (this.collection.has(doc.uri)) this.clear(doc.uri);
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.refresh(doc).catch((err) => console.error('factdesk: check failed', err));
      }, delayMs),
    );
  }

  async refresh(doc: vscode.TextDocument): Promise<void> {
    const keptRead = this.readKept(doc);
    const snapshot = await this.state.snapshot();
    if (doc.isClosed || !isChecked(doc)) return;
    const version = doc.version;
    const key = doc.uri.toString();
    // Refreshes that overlap (the document opened, then the datasets loaded) share one run: the first
    // final result shown ends it, and with it the partial results still on their way.
    let run = this.runs.get(key);
    if (!run) this.runs.set(key, (run = {}));
    if (keptRead) run.kept ??= this.showKept(doc, snapshot, run, keptRead);
    // A kept result read from the local disk is shown before the check starts; one read through VS Code
    // (a remote window) is waited for briefly, and shown when it comes if the check has shown nothing yet.
    if (run.kept) await (this.state.keptResultsReadLocally ? run.kept : within(run.kept, KEPT_RESULT_WAIT_MS));
    // A check of a document that shows no diagnostics (its first check, or a long text pasted into an
    // empty one) shows the findings of the sections read so far while it reads the rest; other checks
    // keep the diagnostics shown until they finish, so that none flickers away and back.
    const progress = this.showsNothing(doc) ? this.showPartial(doc, snapshot, run) : undefined;
    // A large document is checked in slices: typing goes on while it runs, and its first check shows progress.
    const check = () => this.state.checkLive(doc, progress);
    const result = this.state.isLongFirstCheck(doc)
      ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'factdesk: checking figures' }, check)
      : await check();
    if (!result) return;
    const diagnostics = await toDiagnostics(doc, result, snapshot, readConfig(doc), this.state);
    // A newer edit or a reload arrived meanwhile: that run sets the diagnostics.
    if (doc.isClosed || doc.version !== version || this.state.current?.generation !== snapshot.generation) return;
    if (this.runs.get(key) === run) this.runs.delete(key);
    this.show(doc, result, diagnostics);
    this.state.keepResult(doc, snapshot, result);
    this.onLiveResult(doc.uri);
    this.updated.fire(doc.uri);
  }

  /**
   * A document that shows nothing and has no result yet may have kept its last session's result: read
   * while the datasets load, once for the refreshes that overlap.
   */
  private readKept(doc: vscode.TextDocument): Promise<string | undefined> | undefined {
    const key = doc.uri.toString();
    let read = this.keptReads.get(key);
    if (!read && this.showsNothing(doc) && !this.state.hasResult(doc)) {
      this.keptReads.set(key, (read = this.state.readKeptResult(doc)));
      void read.finally(() => this.keptReads.delete(key));
    }
    return read;
  }

  private showsNothing(doc: vscode.TextDocument): boolean {
    return (this.collection.get(doc.uri)?.length ?? 0) === 0;
  }

  private show(doc: vscode.TextDocument, result: KeptResult, diagnostics: vscode.Diagnostic[], kept = false): void {
    const { shown, notShown } = mostImportantFirst(diagnostics);
    this.collection.set(doc.uri, shown);
    markFirstDiagnostics(() => doc.getText().length, kept);
    this.stats.set(doc.uri.toString(), { judged: result.judged, problems: visibleProblems(shown), notShown });
  }

  /**
   * Shows the result the document kept from the last session when it was made for exactly this text,
   * these settings and these datasets, and the run has shown nothing yet: the check's final result
   * replaces it with the same findings, and its partial results are not shown meanwhile.
   */
  private async showKept(doc: vscode.TextDocument, snapshot: Snapshot, run: Run, entry: Promise<string | undefined>): Promise<void> {
    const version = doc.version;
    const current = (): boolean =>
      this.runs.get(doc.uri.toString()) === run && run.shown === undefined && !doc.isClosed && doc.version === version && this.state.current?.generation === snapshot.generation && this.showsNothing(doc);
    const result = await this.state.keptResult(doc, await entry, snapshot);
    if (!result || !current()) return;
    const diagnostics = await toDiagnostics(doc, result, snapshot, readConfig(doc), this.state);
    if (!current()) return;
    run.shown = 'kept';
    this.show(doc, result, diagnostics, true);
    countKeptResultShown();
    this.updated.fire(doc.uri);
  }

  /**
   * Shows a first check's partial results as they come, in order: each holds exactly the final findings
   * of the sections read so far (SectionChecker.checkInSlices), so diagnostics are only ever added.
   */
  private showPartial(doc: vscode.TextDocument, snapshot: Snapshot, run: Run): (partial: CheckResult) => void {
    const key = doc.uri.toString();
    const version = doc.version;
    let queue = Promise.resolve();
    const current = (): boolean =>
      this.runs.get(key) === run && run.shown !== 'kept' && !doc.isClosed && doc.version === version && this.state.current?.generation === snapshot.generation;
    return partialResults((partial) => {
      queue = queue.then(async () => {
        if (!current()) return;
        const diagnostics = await toDiagnostics(doc, partial, snapshot, readConfig(doc), this.state);
        // Past VS Code's limit the final result keeps the most severe only: it might drop what a partial showed.
        if (!current() || diagnostics.length === 0 || diagnostics.length > MAX_DIAGNOSTICS) return;
        run.shown = 'partial';
        this.collection.set(doc.uri, diagnostics);
        markFirstDiagnostics(() => doc.getText().length);
      }).catch((err) => console.error('factdesk: showing a partial check failed', err));
    });
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
    this.runs.delete(key);
    this.collection.delete(uri);
    this.stats.delete(key);
    this.updated.fire(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
    this.collection.dispose();
    this.updated.dispose();
  }
}

// Diagnostics for every open checked document, from the live buffer (unsaved edits count), debounced
// while typing, cleared when the document closes.
import * as vscode from 'vscode';
import { diagnosticMessage } from '../config/diagnostics';
import { describeFact, partialResults, type CheckResult, type Finding } from '../core';
import { diagnosticSeverity, isChecked, readConfig, toVscodeSeverity, type FactdeskConfig } from './config';
import type { FactdeskState, Snapshot } from './state';
import { markFirstDiagnostics } from './startupTiming';

export const DIAGNOSTIC_SOURCE = 'factdesk';

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
  result: CheckResult,
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

export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('factdesk');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly stats = new Map<string, DocumentStats>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  /** A document's refreshes since its last final result: partial results of an ended run are dropped. */
  private readonly runs = new Map<string, object>();
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
    const snapshot = await this.state.snapshot();
    if (doc.isClosed || !isChecked(doc)) return;
    const version = doc.version;
    const key = doc.uri.toString();
    // Refreshes that overlap (the document opened, then the datasets loaded) share one run: the first
    // final result shown ends it, and with it the partial results still on their way.
    let run = this.runs.get(key);
    if (!run) this.runs.set(key, (run = {}));
    // A check of a document that shows no diagnostics (its first check, or a long text pasted into an
    // empty one) shows the findings of the sections read so far while it reads the rest; other checks
    // keep the diagnostics shown until they finish, so that none flickers away and back.
    const progress = (this.collection.get(doc.uri)?.length ?? 0) === 0 ? this.showPartial(doc, snapshot, run) : undefined;
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
    const { shown, notShown } = mostImportantFirst(diagnostics);
    this.collection.set(doc.uri, shown);
    markFirstDiagnostics(() => doc.getText().length);
    this.stats.set(doc.uri.toString(), { judged: result.judged, problems: visibleProblems(shown), notShown });
    this.onLiveResult(doc.uri);
    this.updated.fire(doc.uri);
  }

  /**
   * Shows a first check's partial results as they come, in order: each holds exactly the final findings
   * of the sections read so far (SectionChecker.checkInSlices), so diagnostics are only ever added.
   */
  private showPartial(doc: vscode.TextDocument, snapshot: Snapshot, run: object): (partial: CheckResult) => void {
    const key = doc.uri.toString();
    const version = doc.version;
    let queue = Promise.resolve();
    const current = (): boolean =>
      this.runs.get(key) === run && !doc.isClosed && doc.version === version && this.state.current?.generation === snapshot.generation;
    return partialResults((partial) => {
      queue = queue.then(async () => {
        if (!current()) return;
        const diagnostics = await toDiagnostics(doc, partial, snapshot, readConfig(doc), this.state);
        // Past VS Code's limit the final result keeps the most severe only: it might drop what a partial showed.
        if (!current() || diagnostics.length === 0 || diagnostics.length > MAX_DIAGNOSTICS) return;
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

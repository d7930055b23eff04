// Commands that run seldom ("Check All Markdown Files in Workspace" among them), and "Insert Citation…" with
// its fuzzy quick pick over every fact: read only when first run, in their own bundle
// (dist/extension-commands.js). Every activation reads dist/extension-main.js, which must stay under 400 KB.
import * as vscode from 'vscode';
import { fuzzyPick, noIcons } from './fuzzyPick';
import type { CitationStyle, Fact, FactIndex } from '../core';
import type { citationEdits } from '../core/citations';
import type { FactdeskState } from './state';
import type { toWorkspaceEdit } from './codeActions';
import type { InsertCitationArgs } from './commands';
import type { checkDocument, LineIndex } from '../core';
import type { checkOptions, isChecked, readConfig } from './config';
import type { DiagnosticsController, mostImportantFirst, toDiagnostics, visibleProblems } from './diagnostics';

/** What inserting a citation needs from the main bundle, passed in so that this one holds none of it. */
export interface CitationKit {
  citationEdits: typeof citationEdits;
  toWorkspaceEdit: typeof toWorkspaceEdit;
  citationStyleOf(doc: vscode.TextDocument): CitationStyle;
}

/** What the workspace check needs from the main bundle, passed in so that this one holds none of the engine. */
export interface WorkspaceCheckKit {
  state: FactdeskState;
  diagnostics: DiagnosticsController;
  collection: vscode.DiagnosticCollection;
  output: vscode.OutputChannel;
  checkDocument: typeof checkDocument;
  LineIndex: typeof LineIndex;
  checkOptions: typeof checkOptions;
  isChecked: typeof isChecked;
  readConfig: typeof readConfig;
  mostImportantFirst: typeof mostImportantFirst;
  toDiagnostics: typeof toDiagnostics;
  visibleProblems: typeof visibleProblems;
}

const MARKDOWN_FILES = '**/*.{md,markdown,mdown,mkd,mkdn}';
const decoder = new TextDecoder('utf-8');

/** Checks every Markdown file of the workspace; results go to the Problems panel. */
export async function checkWorkspace(kit: WorkspaceCheckKit): Promise<{ files: number; problems: number }> {
  const { checkDocument, LineIndex, checkOptions, isChecked, readConfig, mostImportantFirst, toDiagnostics, visibleProblems } = kit;
  const snapshot = await kit.state.settled();
  const folders = vscode.workspace.workspaceFolders ?? [];
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'factdesk: checking Markdown files', cancellable: true },
    async (progress, token) => {
      const uris: vscode.Uri[] = [];
      for (const folder of folders) {
        const exclude = readConfig(folder.uri).exclude;
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, MARKDOWN_FILES), exclude.length > 0 ? `{${exclude.join(',')}}` : undefined, undefined, token);
        uris.push(...found);
      }
      kit.collection.clear();
      let problems = 0;
      let done = 0;
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
        done++;
        const doc = open.get(uri.toString());
        if (doc) {
          if (!isChecked(doc)) continue;
          await kit.diagnostics.refresh(doc);
          problems += kit.diagnostics.statsFor(doc.uri)?.problems ?? 0;
          continue;
        }
        const config = readConfig(uri);
        if (!config.enable || config.ignored) continue;
        let text: string;
        try {
          text = decoder.decode(await vscode.workspace.fs.readFile(uri));
        } catch {
          continue;
        }
        const result = checkDocument(text, snapshot.index, checkOptions(config));
        const lines = new LineIndex(text);
        const positioned = { uri, positionAt: (offset: number) => { const p = lines.positionAt(offset); return new vscode.Position(p.line, p.character); } };
        const { shown } = mostImportantFirst(await toDiagnostics(positioned, result, snapshot, config, kit.state));
        kit.collection.set(uri, shown);
        problems += visibleProblems(shown);
      }
      const summary = `factdesk: checked ${done} Markdown file${done === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'}`;
      kit.output.appendLine(summary);
      void vscode.window.showInformationMessage(summary, 'Show Problems').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
      return { files: done, problems };
    },
  );
}

/** Turns the missing-citation hint off, in the workspace's settings when a folder is open. */
export async function disableCitationHints(): Promise<void> {
  const config = vscode.workspace.getConfiguration('factdesk');
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const current = config.get<Record<string, string>>('severity') ?? {};
  await config.update('severity', { ...current, 'missing-citation': 'off' }, target);
  void vscode.window.showInformationMessage('factdesk: missing-citation hints are off (setting factdesk.severity).');
}

/** Lists every dataset problem in the output channel. */
export async function showDatasetProblems(state: FactdeskState, output: vscode.OutputChannel): Promise<string[]> {
  const snapshot = await state.settled();
  const lines = snapshot.problems.map(snapshot.formatProblem);
  output.clear();
  output.appendLine(`factdesk: ${snapshot.files.length} dataset file${snapshot.files.length === 1 ? '' : 's'} loaded, ${snapshot.index.facts.length} facts`);
  for (const file of snapshot.files) output.appendLine(`  ${file}`);
  if (!vscode.workspace.isTrusted) output.appendLine('Workspace datasets are not loaded: this workspace is not trusted.');
  output.appendLine(lines.length === 0 ? 'No dataset problems.' : `${lines.length} dataset problem${lines.length === 1 ? '' : 's'}:`);
  for (const line of lines) output.appendLine(`  ${line}`);
  if (snapshot.underReview.length > 0) output.appendLine(`${snapshot.underReview.length} fact${snapshot.underReview.length === 1 ? '' : 's'} under review:`);
  for (const line of snapshot.underReview) output.appendLine(`  ${line}`);
  output.show(true);
  return lines;
}

/** Reloads every dataset and says how many facts and problems there are. */
export async function reloadDatasets(state: FactdeskState): Promise<void> {
  state.workspaceDatasets.watch();
  await state.reload();
  const snapshot = await state.settled();
  const problems = snapshot.problems.length;
  void vscode.window.showInformationMessage(
    `factdesk: ${snapshot.files.length} dataset file${snapshot.files.length === 1 ? '' : 's'} loaded, ${snapshot.index.facts.length} facts${problems ? `, ${problems} problem${problems === 1 ? '' : 's'}` : ''}.`,
  );
}

/** Inserts a citation for a fact (chosen in a fuzzy quick pick unless given) at the cursor. */
export async function insertCitation(state: FactdeskState, kit: CitationKit, args?: InsertCitationArgs): Promise<boolean> {
  const snapshot = await state.settled();
  let editor = vscode.window.activeTextEditor;
  if (args?.uri && editor?.document.uri.toString() !== args.uri) {
    editor =
      vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === args.uri) ??
      (await vscode.window.showTextDocument(vscode.Uri.parse(args.uri)));
  }
  if (!editor) {
    void vscode.window.showWarningMessage('factdesk: open a Markdown document to insert a citation.');
    return false;
  }
  const fact = args?.factId ? snapshot.index.fact(args.factId) : await pickFact(snapshot.index);
  if (!fact) return false;
  const source = snapshot.index.source(fact.source);
  if (!source) {
    void vscode.window.showWarningMessage(`factdesk: the source of ${fact.id} is not in the datasets.`);
    return false;
  }
  const doc = editor.document;
  const text = doc.getText();
  const offset = args?.offset !== undefined && args.offset <= text.length ? args.offset : doc.offsetAt(editor.selection.active);
  // The citation goes at the end of the sentence that holds the offset, never inside a word.
  const edits = kit.citationEdits(text, [{ offset, source }], kit.citationStyleOf(doc));
  if (edits.length === 0) {
    void vscode.window.showInformationMessage(`factdesk: ${source.publisher} is already cited in this sentence.`);
    return false;
  }
  const applied = await vscode.workspace.applyEdit(kit.toWorkspaceEdit(doc, edits));
  // The cursor moves to the new marker: the writer sees where it went, and a hover that asked for it closes.
  if (applied) {
    const marker = edits[0];
    const after = doc.positionAt(marker.start + marker.newText.length);
    editor.selection = new vscode.Selection(after, after);
    editor.revealRange(new vscode.Range(after, after));
  }
  return applied;
}

/** A quick pick over all facts, fuzzy-searched with fuse.js (value, measure, place, vendor, source). */
export async function pickFact(index: FactIndex): Promise<Fact | undefined> {
  const { createFactSearch } = await import('./factSearch');
  const search = createFactSearch(index);
  type Entry = (typeof search.entries)[number];
  const picked = await fuzzyPick<Entry>({
    title: 'factdesk: insert citation',
    placeholder: 'Search the sourced figures (place, vendor, measure, value, source)',
    all: search.entries,
    search: (query) => search.search(query),
    toItem: (e) => ({ label: noIcons(e.label), description: noIcons(e.description), detail: noIcons(e.detail) }),
    matchOnDetail: true,
  });
  return picked?.fact;
}

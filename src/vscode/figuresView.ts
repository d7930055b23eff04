// The Figures view: the active draft's fact-check log as a tree in the Explorer, grouped by section. Each
// figure says whether a source verifies it, contradicts it, or none covers it; a click reveals it. "Not
// covered" is the writer's to-do list. This class, created at activation, holds the view; what it shows is
// built by src/vscode/figuresModel.ts, loaded when the view is first visible.
import * as vscode from 'vscode';
import type { FigureLog, LoggedFigure } from '../core/figureLog';
import { isChecked } from './config';
import type { DiagnosticsController } from './diagnostics';
import type { FigureNode } from './figuresModel';
import type { FactdeskState } from './state';

export const FIGURES_VIEW = 'factdesk.figures';

type FiguresModel = typeof import('./figuresModel');

export class FiguresView implements vscode.TreeDataProvider<FigureNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<FigureNode>;
  private readonly subscriptions: vscode.Disposable[];
  private model: FiguresModel | undefined;
  private log: FigureLog | undefined;
  private doc: vscode.TextDocument | undefined;
  /** Counts refreshes, so that a slow first load never shows an older draft's log over a newer one. */
  private generation = 0;

  constructor(
    private readonly state: FactdeskState,
    diagnostics: DiagnosticsController,
  ) {
    this.view = vscode.window.createTreeView(FIGURES_VIEW, { treeDataProvider: this });
    this.subscriptions = [
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      diagnostics.onDidUpdate((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) void this.refresh();
      }),
      this.view.onDidChangeVisibility(() => void this.refresh()),
      vscode.commands.registerCommand('factdesk.revealFigure', (figure: LoggedFigure) => this.doc && this.model?.revealFigure(this.doc, figure)),
    ];
    void this.refresh();
  }

  /** The log shown now (for tests and the status of the view). */
  get current(): FigureLog | undefined {
    return this.log;
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    const index = this.state.current?.index;
    // Only a visible view costs a walk of the draft, and loads the code that makes it.
    const shown = doc && index && this.view.visible && isChecked(doc);
    if (shown && !this.model) this.model = await import('./figuresModel');
    if (generation !== this.generation) return;
    const result = shown && doc && index ? this.state.check(doc) : undefined;
    const log = result && doc && index && this.model ? this.model.showLog(doc.getText(), result, index) : undefined;
    this.doc = log ? doc : undefined;
    this.log = log?.log;
    this.view.description = log?.description;
    this.view.message = !doc ? 'Open a Markdown draft to list its figures.' : log?.message;
    this.changed.fire();
  }

  getChildren(node?: FigureNode): FigureNode[] {
    return this.log && this.model ? this.model.childrenOf(this.log, node) : [];
  }

  getTreeItem(node: FigureNode): vscode.TreeItem {
    // The view asks for items only of the children above, which exist once the model is loaded.
    return this.model!.treeItemOf(node, this.state.current?.index);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

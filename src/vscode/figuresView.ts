// The Figures view: the active draft's fact-check log (src/core/figureLog.ts) as a tree in the Explorer,
// grouped by section. Each figure says whether a source verifies it, contradicts it, or none covers it;
// a click reveals it. "Not covered" is the writer's to-do list.
import * as vscode from 'vscode';
import { figureLog, type FigureLog, type FigureStatus, type LoggedFigure } from '../core/figureLog';
import { formatValue } from '../core/describe';
import { sourceLine } from '../core/messages';
import { isChecked } from './config';
import type { DiagnosticsController } from './diagnostics';
import type { FactdeskState } from './state';

export const FIGURES_VIEW = 'factdesk.figures';

type Node = { kind: 'section'; title: string; figures: LoggedFigure[] } | { kind: 'figure'; figure: LoggedFigure };

const ICONS: Record<FigureStatus, vscode.ThemeIcon> = {
  verified: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  contradicted: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  'not-covered': new vscode.ThemeIcon('circle-large-outline'),
};

const STATUS_WORDS: Record<FigureStatus, string> = { verified: 'verified', contradicted: 'contradicted', 'not-covered': 'not covered by any dataset' };

export class FiguresView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[];
  private log: FigureLog | undefined;
  private doc: vscode.TextDocument | undefined;

  constructor(
    private readonly state: FactdeskState,
    diagnostics: DiagnosticsController,
  ) {
    this.view = vscode.window.createTreeView(FIGURES_VIEW, { treeDataProvider: this });
    this.subscriptions = [
      this.view,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      diagnostics.onDidUpdate((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.refresh();
      }),
      this.view.onDidChangeVisibility(() => this.refresh()),
      vscode.commands.registerCommand('factdesk.revealFigure', (figure: LoggedFigure) => this.reveal(figure)),
    ];
    this.refresh();
  }

  /** The log shown now (for tests and the status of the view). */
  get current(): FigureLog | undefined {
    return this.log;
  }

  refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const index = this.state.current?.index;
    // Only a visible view costs a walk of the draft.
    const result = doc && index && this.view.visible && isChecked(doc) ? this.state.check(doc) : undefined;
    this.doc = result ? doc : undefined;
    this.log = result && doc && index ? figureLog(doc.getText(), result, index) : undefined;
    const counts = this.log?.counts;
    const total = counts ? counts.verified + counts.contradicted + counts['not-covered'] : 0;
    this.view.description = counts && total > 0 ? `${counts.verified + counts.contradicted} of ${total} sourced (${Math.round(((counts.verified + counts.contradicted) / total) * 100)}%)` : undefined;
    this.view.message = !doc ? 'Open a Markdown draft to list its figures.' : counts && total === 0 ? 'No figures in this draft.' : undefined;
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (!this.log) return [];
    if (node?.kind === 'section') return node.figures.map((figure) => ({ kind: 'figure', figure }));
    if (node) return [];
    const sections: Node[] = [];
    for (const figure of this.log.figures) {
      const last = sections[sections.length - 1];
      if (last?.kind === 'section' && last.title === figure.section) last.figures.push(figure);
      else sections.push({ kind: 'section', title: figure.section, figures: [figure] });
    }
    return sections;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'section') {
      const item = new vscode.TreeItem(node.title || '(before the first heading)', vscode.TreeItemCollapsibleState.Expanded);
      const open = node.figures.filter((f) => f.status !== 'verified').length;
      item.description = open > 0 ? `${open} to check` : 'all verified';
      return item;
    }
    const { figure } = node;
    const item = new vscode.TreeItem(figure.text, vscode.TreeItemCollapsibleState.None);
    item.iconPath = ICONS[figure.status];
    const fact = figure.finding?.factId ? this.state.current?.index.fact(figure.finding.factId) : undefined;
    const index = this.state.current?.index;
    item.description = fact && index ? `${figure.status === 'contradicted' ? 'source: ' : ''}${formatValue(fact)} · ${sourceLine(fact, index)}` : STATUS_WORDS[figure.status];
    item.tooltip = figure.finding?.message ?? `${figure.text}: ${STATUS_WORDS[figure.status]}`;
    item.command = { title: 'Reveal', command: 'factdesk.revealFigure', arguments: [figure] };
    return item;
  }

  private async reveal(figure: LoggedFigure): Promise<void> {
    if (!this.doc) return;
    const editor = await vscode.window.showTextDocument(this.doc);
    const range = new vscode.Range(this.doc.positionAt(figure.start), this.doc.positionAt(figure.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

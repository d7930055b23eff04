// What the Figures view shows: the active draft's log (src/core/figureLog.ts) as sections and items. For the
// Node extension a bundle of its own (dist/extension-figures.js, scripts/build.mjs), required when the view is
// first visible: most sessions never open it, and dist/extension-main.js, read at every activation, must stay
// under 400 KB.
import * as vscode from 'vscode';
import { figureLog, type FigureLog, type FigureStatus, type LoggedFigure } from '../core/figureLog';
import { formatValue } from '../core/describe';
import type { FactIndex } from '../core/factIndex';
import { sourceLine } from '../core/messages';
import type { CheckResult } from '../core/types';

export type FigureNode = { kind: 'section'; title: string; figures: LoggedFigure[] } | { kind: 'figure'; figure: LoggedFigure };

/** A draft's log with the view's one-line summary of it. */
export interface ShownLog {
  log: FigureLog;
  description: string | undefined;
  message: string | undefined;
}

const ICONS: Record<FigureStatus, vscode.ThemeIcon> = {
  verified: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  contradicted: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  'not-covered': new vscode.ThemeIcon('circle-large-outline'),
};

const STATUS_WORDS: Record<FigureStatus, string> = { verified: 'verified', contradicted: 'contradicted', 'not-covered': 'not covered by any dataset' };

export function showLog(text: string, result: CheckResult, index: FactIndex): ShownLog {
  const log = figureLog(text, result, index);
  const { counts } = log;
  const sourced = counts.verified + counts.contradicted;
  const total = sourced + counts['not-covered'];
  return {
    log,
    description: total > 0 ? `${sourced} of ${total} sourced (${Math.round((sourced / total) * 100)}%)` : undefined,
    message: total === 0 ? 'No figures in this draft.' : undefined,
  };
}

/** The log's sections in reading order, or a section's figures. */
export function childrenOf(log: FigureLog, node?: FigureNode): FigureNode[] {
  if (node?.kind === 'section') return node.figures.map((figure) => ({ kind: 'figure', figure }));
  if (node) return [];
  const sections: FigureNode[] = [];
  for (const figure of log.figures) {
    const last = sections[sections.length - 1];
    if (last?.kind === 'section' && last.title === figure.section) last.figures.push(figure);
    else sections.push({ kind: 'section', title: figure.section, figures: [figure] });
  }
  return sections;
}

export function treeItemOf(node: FigureNode, index: FactIndex | undefined): vscode.TreeItem {
  if (node.kind === 'section') {
    const item = new vscode.TreeItem(node.title || '(before the first heading)', vscode.TreeItemCollapsibleState.Expanded);
    const open = node.figures.filter((f) => f.status !== 'verified').length;
    item.description = open > 0 ? `${open} to check` : 'all verified';
    return item;
  }
  const { figure } = node;
  const item = new vscode.TreeItem(figure.text, vscode.TreeItemCollapsibleState.None);
  item.iconPath = ICONS[figure.status];
  const fact = figure.finding?.factId ? index?.fact(figure.finding.factId) : undefined;
  item.description = fact && index ? `${figure.status === 'contradicted' ? 'source: ' : ''}${formatValue(fact)} · ${sourceLine(fact, index)}` : STATUS_WORDS[figure.status];
  item.tooltip = figure.finding?.message ?? `${figure.text}: ${STATUS_WORDS[figure.status]}`;
  item.command = { title: 'Reveal', command: 'factdesk.revealFigure', arguments: [figure] };
  return item;
}

export async function revealFigure(doc: vscode.TextDocument, figure: LoggedFigure): Promise<void> {
  const editor = await vscode.window.showTextDocument(doc);
  const range = new vscode.Range(doc.positionAt(figure.start), doc.positionAt(figure.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

// Hovers: a card of sourced figures on an entity or vendor mention; the verdict on a judged figure. The
// cards are written by src/core/cards.ts (shared with the language server); here they become trusted
// Markdown whose links may run only factdesk's own commands.
import * as vscode from 'vscode';
import { escapeMarkdown, type CardContext } from '../core/cards';
import { readConfig, isChecked } from './config';
import type { FactdeskState } from './state';
import type { FactSheetPanel } from './factSheetPanel';

export const HOVER_COMMANDS = ['factdesk.insertCitation', 'factdesk.showFactSheet', 'factdesk.disableCitationHints'];

export { escapeMarkdown };

function commandLink(title: string, command: string, args: unknown): string {
  return `[${escapeMarkdown(title)}](command:${command}?${encodeURIComponent(JSON.stringify([args]))} "${escapeMarkdown(title)}")`;
}

function trusted(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, false);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  return md;
}

export class FactdeskHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly state: FactdeskState,
    private readonly factSheet?: Pick<FactSheetPanel, 'followHover'>,
  ) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const config = readConfig(doc);
    if (!config.hover || !isChecked(doc, config)) return undefined;
    const result = await this.state.checkWhenReady(doc);
    const index = this.state.current?.index;
    if (!index) return undefined;
    const ctx: CardContext = { index, uri: doc.uri.toString(), links: { command: commandLink } };
    // The cards are read for the first hover (dist/extension-hover.js), not at every activation.
    const { hoverCard, hoverTarget } = await import('../core/hoverTarget');
    const target = hoverTarget(result, doc.offsetAt(position));
    if (!target) return undefined;
    if (target.kind === 'mention') this.factSheet?.followHover(doc, target.mention);
    const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
    return new vscode.Hover(trusted(hoverCard(ctx, target, doc.getText())), range);
  }
}

// Hovers: a card of sourced figures on an entity or vendor mention; the verdict on a judged figure.
// Every dataset string is escaped; links are command URIs limited to factdesk's own commands.
import * as vscode from 'vscode';
import { describeFact, formatValue, mentionAt, type Fact, type FactIndex, type Finding, type NameMention } from '../core';
import { formatSourceDate } from '../core/citations';
import { capitalize } from '../core/describe';
import { readConfig, isChecked } from './config';
import type { FactdeskState } from './state';
import type { FactSheetFollower } from './factSheetFollow';

export const HOVER_COMMANDS = ['factdesk.insertCitation', 'factdesk.showFactSheet'];

/** Escapes text for a MarkdownString (like MarkdownString.appendText, usable inside a line). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, '\\$&').replace(/\r?\n/g, ' ');
}

function commandLink(title: string, command: string, args: unknown): string {
  return `[${escapeMarkdown(title)}](command:${command}?${encodeURIComponent(JSON.stringify([args]))} "${escapeMarkdown(title)}")`;
}

function newMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  return md;
}

function periodText(fact: Fact): string | undefined {
  if (!fact.period) return undefined;
  const years = fact.period.from === fact.period.to ? `${fact.period.from}` : `${fact.period.from}–${fact.period.to}`;
  return fact.period.text ? `${fact.period.text} (${years})` : years;
}

function factLine(fact: Fact, index: FactIndex, uri: vscode.Uri, about: string | undefined): string {
  const source = index.source(fact.source);
  const parts: string[] = [`**${escapeMarkdown(formatValue(fact))}**`];
  if (fact.entity !== about) parts.push(escapeMarkdown(index.displayName(fact.entity)));
  const period = periodText(fact);
  if (period) parts.push(escapeMarkdown(period));
  parts.push(`via ${escapeMarkdown(fact.via)}`);
  if (source) parts.push(`${escapeMarkdown(source.publisher)}, *${escapeMarkdown(source.title)}*, ${escapeMarkdown(formatSourceDate(source.date))}`);
  return `- ${parts.join(' · ')} — ${commandLink('Insert citation', 'factdesk.insertCitation', { factId: fact.id, uri: uri.toString() })}`;
}

/** The card for an entity or vendor: its sourced figures grouped by measure. */
export function mentionCard(mention: NameMention, index: FactIndex, uri: vscode.Uri): vscode.MarkdownString | undefined {
  const facts = index.factsAbout(mention.id);
  const md = newMarkdown();
  const name = index.displayName(mention.id);
  md.appendMarkdown(`### ${escapeMarkdown(name)}\n\n`);
  md.appendMarkdown(`${commandLink('Open fact sheet', 'factdesk.showFactSheet', { subject: { kind: mention.kind, id: mention.id } })}\n\n`);
  if (mention.fuzzy) md.appendMarkdown(`*Read as ${escapeMarkdown(name)}.*\n\n`);
  if (facts.length === 0) {
    md.appendMarkdown('No sourced figures in the loaded datasets.\n');
    return md;
  }
  md.appendMarkdown(`${facts.length} sourced figure${facts.length === 1 ? '' : 's'}\n\n`);
  const byMeasure = new Map<string, Fact[]>();
  for (const fact of facts) {
    const list = byMeasure.get(fact.measure);
    if (list) list.push(fact);
    else byMeasure.set(fact.measure, [fact]);
  }
  for (const [measure, list] of byMeasure) {
    md.appendMarkdown(`**${escapeMarkdown(capitalize(measure))}**\n\n`);
    md.appendMarkdown(list.map((f) => factLine(f, index, uri, mention.kind === 'entity' ? mention.id : undefined)).join('\n') + '\n\n');
  }
  return md;
}

const VERDICT: Record<string, string> = {
  'figure-mismatch': 'Does not match the source',
  'figure-misattributed': 'Belongs to another fact',
  'period-mismatch': 'Stated for another period than the source gives',
  'qualifier-mismatch': 'Qualified differently from the source',
  'missing-citation': 'No citation',
};

/** The card for a judged figure: verdict, matched fact and its quote, and why it was matched. */
export function findingCard(findings: Finding[], index: FactIndex, uri: vscode.Uri): vscode.MarkdownString {
  const md = newMarkdown();
  const factIds = new Set<string>();
  for (const finding of findings) {
    const fact = finding.factId ? index.fact(finding.factId) : undefined;
    if (finding.code === 'figure-verified') {
      md.appendMarkdown(`**✓ matches** ${fact ? escapeMarkdown(describeFact(fact, index)) : escapeMarkdown(finding.message)}\n\n`);
    } else {
      // The diagnostic's message is shown right above this card by VS Code: not repeated here.
      md.appendMarkdown(`**factdesk: ${escapeMarkdown(VERDICT[finding.code] ?? finding.code)}** \`${finding.code}\`\n\n`);
      if (finding.expected !== null && fact && finding.code !== 'missing-citation') {
        md.appendMarkdown(`Sourced value: **${escapeMarkdown(formatValue(fact))}**\n\n`);
      }
      if (finding.relatedFactId) {
        const related = index.fact(finding.relatedFactId);
        if (related) md.appendMarkdown(`This figure is sourced for: ${escapeMarkdown(describeFact(related, index))}\n\n`);
      }
    }
    if (fact && !factIds.has(fact.id)) {
      factIds.add(fact.id);
      if (finding.code !== 'figure-verified') md.appendMarkdown(`Matched fact: ${escapeMarkdown(describeFact(fact, index))}\n\n`);
      md.appendMarkdown(`> ${escapeMarkdown(fact.quote)}\n\n`);
      if (finding.evidence) {
        const percent = Math.round(finding.evidence.probability * 100);
        md.appendMarkdown(`Linked by: ${escapeMarkdown(finding.evidence.summary)} (${percent}% likely).\n\n`);
      }
      const cite = commandLink('Insert citation', 'factdesk.insertCitation', { factId: fact.id, uri: uri.toString(), offset: finding.figure?.end ?? finding.end });
      const sheet = commandLink('Open fact sheet', 'factdesk.showFactSheet', { subject: { kind: 'entity', id: index.countryOf(fact.entity) } });
      md.appendMarkdown(`${cite} · ${sheet}\n\n`);
    }
  }
  return md;
}

export class FactdeskHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly state: FactdeskState,
    private readonly follower?: FactSheetFollower,
  ) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const config = readConfig(doc);
    if (!config.hover || !isChecked(doc, config)) return undefined;
    const result = await this.state.checkWhenReady(doc);
    const index = this.state.current?.index;
    if (!index) return undefined;
    const offset = doc.offsetAt(position);
    const findings = result.findings
      .filter((f) => offset >= (f.figure?.start ?? f.start) && offset <= (f.figure?.end ?? f.end))
      .sort((a, b) => Number(a.code === 'missing-citation') - Number(b.code === 'missing-citation'));
    // A figure's verdict wins over the name card when both are under the cursor.
    if (findings.length > 0) {
      const first = findings[0];
      const range = new vscode.Range(doc.positionAt(first.figure?.start ?? first.start), doc.positionAt(first.figure?.end ?? first.end));
      return new vscode.Hover(findingCard(findings, index, doc.uri), range);
    }
    const mention = mentionAt(result, offset);
    if (!mention) return undefined;
    this.follower?.followHover(doc, mention);
    const card = mentionCard(mention, index, doc.uri);
    return card ? new vscode.Hover(card, new vscode.Range(doc.positionAt(mention.start), doc.positionAt(mention.end))) : undefined;
  }
}

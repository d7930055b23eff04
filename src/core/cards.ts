// Hover cards as Markdown, for every host (the VS Code extension, the language server). A host passes
// how it writes a command link (or that it cannot); every dataset string is escaped here.
import type { FactIndex } from './factIndex';
import type { Fact, Finding, FindingCode, NameMention } from './types';
import { formatPeriod, formatValue } from './describe';
import { formatSourceDate } from './citations';
import { measureOf, sourceLine } from './messages';

/** A card shows at most this many figures: the bundled data's largest country then fits a hover without scrolling. */
export const MAX_CARD_FIGURES = 5;

/** Relevance of a fact to the hovered paragraph (named in the reason of each weight). */
const RELEVANCE = {
  /** The paragraph names one of the fact's parties: the figure is most likely about them. */
  party: 3,
  /** The fact's value is written in the paragraph. */
  value: 3,
  /** The paragraph names the fact's year. */
  period: 2,
  /** Each measure word of the fact the paragraph uses, up to three. */
  keyword: 1,
  maxKeywords: 3,
  /** The fact is about the hovered entity itself, not one of its places or bodies. */
  ownEntity: 1,
} as const;

export interface CardLinks {
  /** A Markdown link that runs a command, or '' where the host cannot run one. */
  command(title: string, command: string, args: unknown): string;
}

export interface CardContext {
  index: FactIndex;
  links: CardLinks;
  /** The document the card is shown in (command arguments name it). */
  uri: string;
}

/** Escapes text for Markdown, usable inside a line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** The paragraph around offset: the lines between the blank lines above and below it. */
export function paragraphAround(text: string, offset: number): string {
  const before = text.lastIndexOf('\n\n', offset);
  const after = text.indexOf('\n\n', offset);
  return text.slice(before < 0 ? 0 : before, after < 0 ? text.length : after);
}

function contains(haystack: string, needle: string): boolean {
  return needle.length > 1 && haystack.includes(needle.toLowerCase());
}

/** The paragraph as relevance reads it: lower-cased, and with its numbers' group separators taken out. */
interface ReadParagraph {
  lower: string;
  ungrouped: string;
}

function relevance(fact: Fact, { lower, ungrouped }: ReadParagraph, mentionId: string, index: FactIndex): number {
  let score = 0;
  if (fact.vendors.some((v) => contains(lower, index.displayName(v)))) score += RELEVANCE.party;
  const digits = String(Math.round(fact.value));
  if (digits.length >= 2 && ungrouped.includes(digits)) score += RELEVANCE.value;
  if (fact.period && (contains(lower, String(fact.period.from).slice(0, 4)) || contains(lower, String(fact.period.to).slice(0, 4)))) score += RELEVANCE.period;
  score += Math.min(RELEVANCE.maxKeywords, fact.keywords.filter((k) => contains(lower, k)).length) * RELEVANCE.keyword;
  if (fact.entity === mentionId) score += RELEVANCE.ownEntity;
  return score;
}

/** The facts of a mention, most relevant to the paragraph first (dataset order on ties). */
export function rankFacts(facts: readonly Fact[], paragraph: string, mentionId: string, index: FactIndex): Fact[] {
  // Read once for all the facts: a country of a large dataset has thousands.
  const lower = paragraph.toLowerCase();
  const read: ReadParagraph = { lower, ungrouped: lower.replace(/[,\s](?=\d{3}\b)/g, '') };
  return facts
    .map((fact, order) => ({ fact, order, score: relevance(fact, read, mentionId, index) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((r) => r.fact);
}

/** "Source: RFE/RL, *Title*, 7 May 2024", once per source among the facts. */
function sourcesFooter(facts: readonly Fact[], index: FactIndex): string {
  const ids = [...new Set(facts.map((f) => f.source))];
  const lines = ids.map((id) => {
    const source = index.source(id);
    return source ? `${escapeMarkdown(source.publisher)}, *${escapeMarkdown(source.title)}*, ${escapeMarkdown(formatSourceDate(source.date))}` : escapeMarkdown(id);
  });
  return lines.length === 0 ? '' : `Source${lines.length > 1 ? 's' : ''}: ${lines.join('; ')}`;
}

function figureLine(ctx: CardContext, fact: Fact, mentionId: string, offset: number): string {
  const parts = [`**${escapeMarkdown(formatValue(fact))}** ${escapeMarkdown(measureOf(fact))}`];
  if (fact.entity !== mentionId) parts.push(escapeMarkdown(ctx.index.displayName(fact.entity)));
  const period = formatPeriod(fact.period);
  if (period) parts.push(escapeMarkdown(period));
  if (fact.via) parts.push(`via ${escapeMarkdown(fact.via)}`);
  const cite = ctx.links.command('Cite', 'factdesk.insertCitation', { factId: fact.id, uri: ctx.uri, offset });
  return `- ${parts.join(' · ')}${cite ? ` — ${cite}` : ''}`;
}

/** The card for an entity or vendor mention: its figures most relevant to the paragraph first. */
export function mentionCard(ctx: CardContext, mention: NameMention, paragraph: string): string {
  const { index } = ctx;
  const name = index.displayName(mention.id);
  const sheet = ctx.links.command('Open fact sheet', 'factdesk.showFactSheet', { subject: { kind: mention.kind, id: mention.id } });
  const out = [`### ${escapeMarkdown(name)}`];
  if (mention.fuzzy) out.push(`*Read as ${escapeMarkdown(name)}.*`);
  const facts = index.factsAbout(mention.id);
  if (facts.length === 0) return [...out, 'No sourced figures in the loaded datasets.'].join('\n\n');
  const shown = rankFacts(facts, paragraph, mention.id, index).slice(0, MAX_CARD_FIGURES);
  out.push(shown.map((f) => figureLine(ctx, f, mention.kind === 'entity' ? mention.id : '', mention.end)).join('\n'));
  const more = facts.length - shown.length;
  const footer = [sourcesFooter(shown, index), more > 0 ? `${more} more figure${more === 1 ? '' : 's'}${sheet ? ` in the ${sheet}` : ''}` : sheet].filter(Boolean);
  out.push(footer.join(' · '));
  return out.join('\n\n');
}

const VERDICT: Record<FindingCode, string> = {
  'figure-mismatch': 'Does not match the source',
  'figure-misattributed': 'Belongs to another fact',
  'period-mismatch': 'Stated for another period than the source gives',
  'qualifier-mismatch': 'Qualified differently from the source',
  'figure-verified': '✓ Matches the source',
  'missing-citation': 'No citation',
};

/** Warnings first, then the verification, then the citation hint. */
const SECTION_ORDER: Record<FindingCode, number> = {
  'figure-mismatch': 0, 'figure-misattributed': 0, 'period-mismatch': 0, 'qualifier-mismatch': 0, 'figure-verified': 1, 'missing-citation': 2,
};

function sourcedLine(fact: Fact, index: FactIndex): string {
  const period = formatPeriod(fact.period);
  return `**${escapeMarkdown(formatValue(fact))}** ${escapeMarkdown(measureOf(fact))}, ${escapeMarkdown(index.displayName(fact.entity))}${period ? `, ${escapeMarkdown(period)}` : ''}`;
}

/** The card for a judged figure: the verdict and the sourced value once, the quote, why it was linked. */
export function findingCard(ctx: CardContext, findings: readonly Finding[]): string {
  const { index } = ctx;
  const sorted = [...findings].sort((a, b) => SECTION_ORDER[a.code] - SECTION_ORDER[b.code]);
  const out: string[] = [];
  const quoted = new Set<string>();
  const facts: Fact[] = [];
  for (const finding of sorted) {
    const fact = finding.factId ? index.fact(finding.factId) : undefined;
    if (finding.code === 'missing-citation') {
      const cite = fact ? ctx.links.command('Insert citation', 'factdesk.insertCitation', { factId: fact.id, uri: ctx.uri, offset: finding.figure?.end ?? finding.end }) : '';
      const off = ctx.links.command('Turn off citation hints', 'factdesk.disableCitationHints', {});
      out.push([`*${VERDICT[finding.code]} in this sentence.*`, cite, off].filter(Boolean).join(' · '));
      continue;
    }
    out.push(fact ? `**${VERDICT[finding.code]}** — ${finding.code === 'figure-verified' ? '' : 'source: '}${sourcedLine(fact, index)}` : `**${VERDICT[finding.code]}**`);
    const related = finding.relatedFactId ? index.fact(finding.relatedFactId) : undefined;
    if (related) out.push(`${escapeMarkdown(finding.figure?.text ?? 'This figure')} is the figure for: ${sourcedLine(related, index)}`);
    if (fact && !quoted.has(fact.id)) {
      quoted.add(fact.id);
      facts.push(fact);
      out.push(`> ${escapeMarkdown(fact.quote)}`);
      if (finding.evidence) out.push(`Why linked: ${escapeMarkdown(finding.evidence.summary)}`);
    }
  }
  const first = facts[0];
  if (first) {
    const source = index.source(first.source);
    const sheet = ctx.links.command('Open fact sheet', 'factdesk.showFactSheet', { subject: { kind: 'entity', id: index.countryOf(first.entity) } });
    out.push([`Source: ${escapeMarkdown(sourceLine(first, index))}${source ? `, *${escapeMarkdown(source.title)}*` : ''}`, sheet].filter(Boolean).join(' · '));
  }
  return out.join('\n\n');
}

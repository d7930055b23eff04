// The quick fixes a finding offers, as plain text edits every host applies the same way (the VS Code
// extension, the language server, tests). Each rule here keeps an edit safe: a replacement is written in
// the figure's own kind and unit and read back before it is offered; a citation never cites a flagged
// figure to the source that contradicts it; a suppression never changes the document's blocks.
import type { FactIndex } from './factIndex';
import type { CheckResult, Fact, Figure, Finding, FindingCode, Unit } from './types';
import { citationEdits, formatSourceDate, type CitationRequest, type CitationStyle, type TextEdit } from './citations';
import { suppressionEdit } from './suppressionEdit';
import { formatFigureLike } from './format';
import { scanNumbers } from './numbers';
import { THRESHOLDS } from './evidence/weights';

// The citation's edit maker, for hosts that load this module on demand and would not keep it in their main bundle.
export { citationEdits } from './citations';

export type FixKind = 'replace' | 'cite' | 'cite-all' | 'suppress';

export interface Fix {
  kind: FixKind;
  title: string;
  edits: TextEdit[];
  /** The finding the fix answers (none for "cite all"). */
  finding?: Finding;
  /** The one fix to apply when the writer asks for "the" fix. */
  preferred?: boolean;
}

export interface FixContext {
  text: string;
  result: CheckResult;
  index: FactIndex;
  citationStyle: CitationStyle;
}

/** Codes whose figure is wrong: replaced, never cited to the source that contradicts it. */
const FLAGGED: ReadonlySet<FindingCode> = new Set(['figure-mismatch', 'figure-misattributed', 'period-mismatch', 'qualifier-mismatch']);
const REPLACEABLE: ReadonlySet<FindingCode> = new Set(['figure-mismatch', 'figure-misattributed']);

/** Units a figure may be rewritten between, with the factor from the fact's unit to the figure's. */
function unitFactor(figure: Unit, fact: Unit): number | null {
  if (figure === fact) return 1;
  // "roughly a third" against a sourced "80%": the fraction word may become the percentage.
  if (figure === 'fraction' && fact === 'percent') return 1 / 100;
  if (figure === 'percent' && fact === 'fraction') return 100;
  return null;
}

/** The value the replacement must read as, in the figure's unit; null when the kinds differ. */
function replacementValue(figure: Figure, fact: Fact, expected: number): number | null {
  const factor = unitFactor(figure.unit, fact.unit);
  if (factor === null) return null;
  if (figure.change !== fact.change && (figure.change || fact.change)) return null;
  if ((figure.per ?? null) !== (fact.per ?? null)) return null;
  return expected * factor;
}

/** True when the text, read by the same scanner as the draft, states the value (or the range) in the unit. */
/** The replacement reads back as the value: in the scale of its column or unit ("18.166" under "(thousands)"), when it has one. */
function readsAs(text: string, value: number, unit: Unit, upper?: number, unitScale = 1): boolean {
  const tokens = scanNumbers(text);
  if (tokens.length !== 1 || tokens[0].start !== 0 || tokens[0].end !== text.length) return false;
  const read = tokens[0];
  const sameUnit = read.unit === unit || (unit === 'fraction' && read.unit === 'percent');
  // A token that carries its own scale ("24p", pounds at a hundredth) was read in the unit already.
  const scale = read.style.unitScale === undefined ? unitScale : 1;
  const inUnit = (n: number): number => (unit === 'fraction' && read.unit === 'percent' ? n / 100 : n) * scale;
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.abs(b) * 1e-6 + 1e-9;
  const sameUpper = upper === undefined ? read.upper === undefined : read.upper !== undefined && close(inUnit(read.upper), upper);
  return sameUnit && close(inUnit(read.value), value) && sameUpper;
}

/** "Replace with 18,166 (RFE/RL)": only for a sure link, in the figure's kind, and read back as the value. */
function replaceFix(finding: Finding, index: FactIndex): Fix | null {
  const { figure, expected } = finding;
  if (!REPLACEABLE.has(finding.code) || !figure || expected === null || finding.found === expected) return null;
  if ((finding.evidence?.probability ?? 0) < THRESHOLDS.fix.value) return null;
  const fact = finding.factId ? index.fact(finding.factId) : undefined;
  if (!fact) return null;
  const value = replacementValue(figure, fact, expected);
  if (value === null) return null;
  // A range ("3 to 4 years") is stated by both its ends: one number in its place would state another fact.
  const upper = fact.qualifier === 'range' && fact.upper !== undefined ? replacementValue(figure, fact, fact.upper) : undefined;
  if (upper === null) return null;
  // A fraction word given a percentage's value is written as a percentage ("80%"), which reads back.
  const replacement = upper === undefined ? formatFigureLike(figure, value) : `${formatFigureLike(figure, value)} to ${formatFigureLike(figure, upper)}`;
  if (replacement === figure.text || !readsAs(replacement, value, figure.unit, upper, figure.style.unitScale)) return null;
  const source = index.source(fact.source);
  return {
    kind: 'replace',
    title: `Replace with ${replacement}${source ? ` (${source.publisher})` : ''}`,
    edits: [{ start: figure.start, end: figure.end, newText: replacement }],
    finding,
    preferred: true,
  };
}

/** Findings grouped by the figure they judge. */
function byFigure(findings: readonly Finding[]): Map<number, Finding[]> {
  const groups = new Map<number, Finding[]>();
  for (const f of findings) {
    const at = f.figure?.start ?? f.start;
    const list = groups.get(at);
    if (list) list.push(f);
    else groups.set(at, [f]);
  }
  return groups;
}

/** The citation for a figure whose findings flag nothing: its own source, at the end of its sentence. */
function citationRequest(findings: readonly Finding[], index: FactIndex): CitationRequest | undefined {
  if (findings.some((f) => FLAGGED.has(f.code))) return undefined;
  const matched = findings.find((f) => f.factId);
  const fact = matched?.factId ? index.fact(matched.factId) : undefined;
  const source = fact ? index.source(fact.source) : undefined;
  return source ? { offset: matched!.figure?.end ?? matched!.end, source } : undefined;
}

/** Every figure of the result that may be cited: matched, and flagged by nothing. */
export function citableRequests(result: CheckResult, index: FactIndex): CitationRequest[] {
  const requests: CitationRequest[] = [];
  for (const group of byFigure(result.findings).values()) {
    const request = citationRequest(group, index);
    if (request) requests.push(request);
  }
  return requests;
}

/** The fixes for the findings under a range of the document, in the order a writer wants them. */
export function fixesFor(ctx: FixContext, findings: readonly Finding[]): Fix[] {
  const fixes: Fix[] = [];
  const figures = byFigure(ctx.result.findings);
  const cited = new Set<number>();
  for (const finding of findings) {
    const replace = replaceFix(finding, ctx.index);
    if (replace) fixes.push(replace);
    const at = finding.figure?.start ?? finding.start;
    const request = cited.has(at) ? undefined : citationRequest(figures.get(at) ?? [finding], ctx.index);
    if (request) {
      cited.add(at);
      const edits = citationEdits(ctx.text, [request], ctx.citationStyle);
      if (edits.length > 0) fixes.push({ kind: 'cite', title: `Insert citation: ${request.source.publisher}, ${formatSourceDate(request.source.date)}`, edits, finding });
    }
    const suppress = suppressionEdit(ctx.text, finding.start, [finding.code]);
    if (suppress && finding.code !== 'figure-verified') {
      fixes.push({ kind: 'suppress', title: `Disable ${finding.code} for this line`, edits: [suppress], finding });
    }
  }
  if (findings.some((f) => f.factId)) {
    const requests = citableRequests(ctx.result, ctx.index);
    const edits = citationEdits(ctx.text, requests, ctx.citationStyle);
    if (edits.length > 0 && requests.length > 1) {
      fixes.push({ kind: 'cite-all', title: `Insert citations for all ${requests.length} verified figures`, edits });
    }
  }
  return fixes;
}

// One check of one document: prose → claims → the fact each states, by the evidence → a verdict → findings.
import type { FactIndex } from './factIndex';
import type { CheckOptions, CheckResult, Evidence, Finding, FindingCode, NameMention, Severity } from './types';
import { DEFAULT_SEVERITY } from './types';
import { parseProse } from './prose';
import { readClaims, type Claim } from './claims';
import { judgeClaim, type Verdict } from './verdict';
import { explain } from './evidence/model';
import { sourceRef } from './describe';
import { findingMessage } from './messages';
import { attributesFigure, SentenceCache, sentenceOf } from './attribution';
import { applySuppressions } from './suppression';

const explained = new WeakMap<Verdict, Evidence>();

/** The evidence of a verdict, written once for its finding and its citation hint. */
function evidenceOf(index: FactIndex, claim: Claim, verdict: Verdict): Evidence {
  let evidence = explained.get(verdict);
  if (!evidence) explained.set(verdict, (evidence = explain(index, claim, verdict.link!)));
  return evidence;
}

function finding(index: FactIndex, code: FindingCode, severity: Severity, claim: Claim, verdict: Verdict): Finding {
  const link = verdict.link;
  const fact = link?.indexed.fact ?? null;
  const result: Finding = {
    code,
    severity,
    message: findingMessage(index, code, claim, verdict),
    start: claim.figure.start,
    end: claim.figure.end,
    found: claim.figure.value,
    expected: fact ? fact.value : null,
    factId: fact ? fact.id : null,
    source: sourceRef(fact ? index.source(fact.source) : verdict.related ? index.source(verdict.related.fact.source) : undefined),
    figure: claim.figure,
  };
  if (verdict.related) result.relatedFactId = verdict.related.fact.id;
  if (link) result.evidence = evidenceOf(index, claim, verdict);
  return result;
}

/**
 * The mismatch of a wrong whole ("265 of the 352"): linked to the fact whose value the whole should be
 * (the 325 planned) when the dataset has it, else to the part's fact, which states its whole.
 */
function wholeFinding(index: FactIndex, severity: Severity, claim: Claim, verdict: Verdict): Finding {
  const part = verdict.link!.indexed;
  const whole = index.factsAbout(part.fact.entity).find((f) => f.value === part.fact.of && f.unit === part.fact.unit && f.id !== part.fact.id);
  const wholeLink = whole ? { ...verdict.link!, indexed: index.indexedFact(whole.id)! } : verdict.link;
  const wrong = finding(index, 'figure-mismatch', severity, { ...claim, figure: claim.whole! }, { code: 'figure-mismatch', link: wholeLink });
  wrong.expected = part.fact.of!;
  return wrong;
}

/** Checks one Markdown document against the index. Deterministic; never throws on any input text. */
export function checkDocument(text: string, index: FactIndex, options: CheckOptions = {}): CheckResult {
  const doc = parseProse(text);
  const { claims, reader } = readClaims(doc, index);
  const severityOf = (code: FindingCode): Severity | 'off' => options.severity?.[code] ?? DEFAULT_SEVERITY[code];
  const findings: Finding[] = [];
  const sentences = new SentenceCache();
  const attributed = (claim: Claim, verdict: Verdict): boolean => {
    const block = doc.blocks[claim.block];
    const sentence = sentenceOf(block.text, sentences.of(block.text), claim.figure.start - block.start);
    const fact = verdict.link!.indexed.fact;
    return attributesFigure(sentence, fact, index.source(fact.source));
  };
  let judged = 0;
  for (const claim of claims) {
    const verdict = judgeClaim(index, claim);
    if (!verdict) continue;
    judged++;
    const severity = severityOf(verdict.code);
    if (severity !== 'off') findings.push(finding(index, verdict.code, severity, claim, verdict));
    const wholeSeverity = severityOf('figure-mismatch');
    if (verdict.wrongWhole && claim.whole && wholeSeverity !== 'off') {
      findings.push(wholeFinding(index, wholeSeverity, claim, verdict));
    }
    const citation = severityOf('missing-citation');
    // Only a right figure wants a citation: a wrong one is to be fixed, not cited to the source that contradicts it.
    if (verdict.code === 'figure-verified' && !claim.cited && citation !== 'off' && !attributed(claim, verdict)) {
      findings.push(finding(index, 'missing-citation', citation, claim, verdict));
    }
  }
  const mentions: NameMention[] = [];
  if (options.mentions !== false) {
    doc.blocks.forEach((block, i) => {
      for (const hit of reader.blockFacts(i).hits) {
        mentions.push({ start: block.start + hit.start, end: block.start + hit.end, kind: hit.kind, id: hit.id, fuzzy: hit.fuzzy });
      }
    });
  }
  return { findings: applySuppressions(findings, doc), mentions, judged };
}

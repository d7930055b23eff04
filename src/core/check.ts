// One check of one document: prose → claims → the fact each speaks of → a verdict → findings.
import type { FactIndex, IndexedFact } from './factIndex';
import type { CheckOptions, CheckResult, Finding, FindingCode, NameMention, Severity } from './types';
import { DEFAULT_SEVERITY } from './types';
import { parseProse } from './prose';
import { ClaimReader, type Claim } from './claims';
import { rankCandidates, scoreCandidate, valueInUnit, vendorScore, type Candidate } from './match';
import { agree, sameNumber, statedFact, type Stated } from './judge';
import { attribution, factSummary, formatPeriod, formatValue, sourceRef, vendorNames } from './describe';
import { applySuppressions } from './suppression';
import { formatSpan } from './periods';

interface Verdict {
  code: FindingCode;
  candidate: Candidate | null;
  related?: IndexedFact;
  /** The part of "265 of the 352" is right and the whole is not: the whole gets its own mismatch. */
  wrongWhole?: boolean;
}

/** How many facts with a value near the draft's are looked at when asking whose the value is. */
const OWNER_LOOKUPS = 64;

/** Figures this small are too common to say whose they are. */
const MIN_DISTINCTIVE = 10;

function stated(claim: Claim, indexed: IndexedFact): Stated {
  const value = valueInUnit(claim.figure.value, claim.figure.unit, indexed.fact.unit) ?? claim.figure.value;
  const scale = value / (claim.figure.value || 1);
  return { value, qualifier: claim.figure.qualifier, precision: claim.figure.precision * (scale || 1) };
}

function factStated(indexed: IndexedFact): Stated {
  return statedFact(indexed.fact.value, indexed.fact.qualifier, indexed.fact.upper);
}

function ofAgrees(claim: Claim, indexed: IndexedFact): boolean {
  return claim.figure.of === undefined || indexed.fact.of === undefined || claim.figure.of === indexed.fact.of;
}

/** A figure that says the fact's value, written precisely enough to recognise it elsewhere. */
function distinctlySame(claim: Claim, indexed: IndexedFact, sameBody = false): boolean {
  const draft = stated(claim, indexed);
  // Small counts ("three cameras") are everywhere; only the same body's own figure is recognisable.
  if (!sameBody && Math.abs(indexed.fact.value) < MIN_DISTINCTIVE && indexed.fact.unit === 'count') return false;
  if (!ofAgrees(claim, indexed)) return false;
  if (sameNumber(draft, factStated(indexed))) return true;
  // "eighteen thousand" is 18,166 rounded: a fair rounding of a precise value still names it.
  return significantDigits(draft.value) >= 2 && significantDigits(indexed.fact.value) >= 3 && agree(draft, factStated(indexed)) === 'verified';
}

/** Significant digits of a value: 15133 → 5, 10000 → 1, 5800000 → 2. */
/** 5800000 → "58", 0.3333 → "3333". */
function mantissa(value: number): string {
  return String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

function significantDigits(value: number): number {
  return Math.max(1, mantissa(value).length);
}

/**
 * Whether a figure equal to another owner's value is recognisably that owner's: a precise number
 * (15,133, $5.8 million), or a round one stated with the owner's own qualifier and vendors ("nearly 80 percent").
 */
function recognisablyTheirs(index: FactIndex, claim: Claim, owner: IndexedFact): boolean {
  if (significantDigits(owner.fact.value) >= 3) return true;
  if (claim.figure.of !== undefined && claim.figure.of === owner.fact.of) return true; // "10 of 42"
  const claimVendors = claim.vendorsFromHeading ? [] : claim.vendors;
  const vendorsFit = claimVendors.length === 0 ? owner.vendorSet.size === 0 : (vendorScore(index, claimVendors, owner.vendorSet) ?? 0) >= 1;
  if (significantDigits(owner.fact.value) === 2) {
    // "$5.8 million" or "2,300" is no number one rounds to; "$25 million" or "1,500" may be anyone's.
    return Number(mantissa(owner.fact.value)) % 5 !== 0 || vendorsFit || owner.vendorSet.size > 0;
  }
  return vendorsFit && owner.fact.qualifier !== 'exact' && claim.figure.qualifier === owner.fact.qualifier;
}

function judgeClaim(index: FactIndex, claim: Claim): Verdict | null {
  const ranked = rankCandidates(index, claim);
  const best = ranked[0] ?? null;
  if (best) {
    const agreement = agree(stated(claim, best.indexed), factStated(best.indexed));
    if (agreement === 'verified' && ofAgrees(claim, best.indexed)) {
      return { code: best.periodAgrees === false ? 'period-mismatch' : 'figure-verified', candidate: best };
    }
    if (agreement === 'qualifier') return { code: 'qualifier-mismatch', candidate: best };
    if (agreement === 'verified' && claim.whole && best.indexed.fact.of !== undefined) {
      return { code: best.periodAgrees === false ? 'period-mismatch' : 'figure-verified', candidate: best, wrongWhole: true };
    }
    // The same measure in another period: a right number on the wrong year.
    for (const other of ranked.slice(1)) {
      if (other.periodAgrees === false && distinctlySame(claim, other.indexed) && sharesMeasure(best, other)) {
        return { code: 'period-mismatch', candidate: best, related: other.indexed };
      }
    }
    const elsewhere = findOwner(index, claim, best);
    if (elsewhere) return { code: 'figure-misattributed', candidate: best, related: elsewhere };
    if (agreement === 'mismatch' || !ofAgrees(claim, best.indexed)) {
      // When another candidate fits as well, the claim is ambiguous: stay silent rather than cry wolf.
      const runnerUp = ranked[1];
      if (runnerUp && runnerUp.score === best.score && runnerUp.indexed.fact.value !== best.indexed.fact.value) return null;
      return { code: 'figure-mismatch', candidate: best };
    }
    return null;
  }
  if (!claim.entity || !claim.onTopic) return null;
  const elsewhere = findOwner(index, claim, null);
  return elsewhere ? { code: 'figure-misattributed', candidate: null, related: elsewhere } : null;
}

function sharesMeasure(a: Candidate, b: Candidate): boolean {
  return a.indexed.fact.measure === b.indexed.fact.measure || a.measureWords.some((w) => b.measureWords.includes(w));
}

function sharesConcept(claim: Claim, indexed: IndexedFact): boolean {
  for (const concept of indexed.conceptSet) if (claim.concepts.has(concept)) return true;
  return false;
}

/** The fact whose value the draft gives to the wrong entity or vendor. */
function findOwner(index: FactIndex, claim: Claim, best: Candidate | null): IndexedFact | null {
  const unit = claim.figure.unit;
  const value = claim.figure.value;
  const spread = Math.max(claim.figure.precision, Math.abs(value) * 1e-9);
  const units = unit === 'percent' ? (['percent', 'fraction'] as const) : ([unit] as const);
  for (const u of units) {
    const v = valueInUnit(value, unit, u)!;
    const s = valueInUnit(spread, unit, u)!;
    for (const indexed of index.factsNearValue(u, v, s, OWNER_LOOKUPS)) {
      if (best && indexed === best.indexed) continue;
      if (!sharesConcept(claim, indexed)) continue;
      const sameBody = claim.entity === indexed.fact.entity;
      if (!distinctlySame(claim, indexed, sameBody)) continue;
      // The same owner at the level the draft names: a country, or one place or body in it.
      const sameEntity =
        claim.entity !== null &&
        (index.countryOf(claim.entity) === claim.entity
          ? index.countryOf(indexed.fact.entity) === claim.entity
          : indexed.fact.entity === claim.entity || indexed.fact.entity === index.countryOf(claim.entity));
      const sameVendors = claim.vendors.length === 0 || claim.vendors.every((vendor) => indexed.vendorSet.has(vendor));
      if (sameEntity && sameVendors) continue; // Same owner: a different measure, not a misattribution.
      if (!sameBody && !recognisablyTheirs(index, claim, indexed)) continue;
      // The owner must be about the same kind of thing: one shared measure word at least.
      const asIfOwned = scoreCandidate(index, { ...claim, entity: indexed.fact.entity, vendors: [...indexed.fact.vendors] }, indexed);
      if (asIfOwned) return indexed;
    }
  }
  return null;
}

function message(index: FactIndex, code: FindingCode, claim: Claim, verdict: Verdict): string {
  const draft = claim.figure.text;
  const fact = verdict.candidate?.indexed.fact;
  const says = fact ? `Source says ${factSummary(fact, index)} ${attribution(fact, index)}` : '';
  switch (code) {
    case 'figure-verified':
      return `✓ Matches the source: ${factSummary(fact!, index)} ${attribution(fact!, index)}.`;
    case 'figure-mismatch':
      return `${says}; the draft says ${draft}.`;
    case 'qualifier-mismatch':
      return `${says}; the draft says ${claim.figure.qualifier === 'exact' ? 'exactly ' : qualifierWords(claim)}${draft}.`;
    case 'period-mismatch': {
      if (verdict.related) {
        const other = verdict.related.fact;
        return `${draft} is the figure for ${formatPeriod(other.period)}: ${factSummary(other, index)} ${attribution(other, index)}. ${says}.`;
      }
      const draftPeriod = claim.period ? formatSpan(claim.period) : 'another period';
      return `${says}; the draft gives it for ${draftPeriod}.`;
    }
    case 'figure-misattributed': {
      const owner = verdict.related!.fact;
      const sameCountry = claim.entity !== null && index.countryOf(owner.entity) === index.countryOf(claim.entity);
      const whose = sameCountry ? vendorNames(owner, index) || index.displayName(owner.entity) : index.displayName(owner.entity);
      const ownerLine = `${draft} belongs to ${whose}: ${formatValue(owner)} ${owner.measure}${owner.period ? `, ${formatPeriod(owner.period)}` : ''} ${attribution(owner, index)}.`;
      if (!fact) return ownerLine;
      return `${ownerLine} For ${index.displayName(claim.entity ?? fact.entity)} the source says ${formatValue(fact)} ${fact.measure}.`;
    }
    case 'missing-citation':
      return `No citation for ${draft}: cite ${fact ? `${index.source(fact.source)?.publisher ?? fact.via}` : 'the source'}.`;
  }
}

function qualifierWords(claim: Claim): string {
  const words: Record<string, string> = {
    'more-than': 'more than ', 'at-least': 'at least ', nearly: 'nearly ', approximately: 'about ',
    'fewer-than': 'fewer than ', 'up-to': 'up to ', range: '', exact: '',
  };
  return words[claim.figure.qualifier];
}

function finding(index: FactIndex, code: FindingCode, severity: Severity, claim: Claim, verdict: Verdict): Finding {
  const candidate = verdict.candidate;
  const fact = candidate?.indexed.fact ?? null;
  const result: Finding = {
    code,
    severity,
    message: message(index, code, claim, verdict),
    start: claim.figure.start,
    end: claim.figure.end,
    found: claim.figure.value,
    expected: fact ? fact.value : null,
    factId: fact ? fact.id : null,
    source: sourceRef(fact ? index.source(fact.source) : verdict.related ? index.source(verdict.related.fact.source) : undefined),
    figure: claim.figure,
  };
  if (verdict.related) result.relatedFactId = verdict.related.fact.id;
  if (candidate) {
    result.reason = {
      entity: claim.entity ?? '',
      vendors: claim.vendors,
      measureWords: candidate.measureWords,
      period: claim.period ? formatSpan(claim.period) : null,
      score: candidate.score,
    };
  }
  return result;
}

/** Checks one Markdown document against the index. Deterministic; never throws on any input text. */
export function checkDocument(text: string, index: FactIndex, options: CheckOptions = {}): CheckResult {
  const doc = parseProse(text);
  const reader = new ClaimReader(doc, index);
  const claims = reader.read();
  const severityOf = (code: FindingCode): Severity | 'off' => options.severity?.[code] ?? DEFAULT_SEVERITY[code];
  const findings: Finding[] = [];
  let judged = 0;
  for (const claim of claims) {
    const verdict = judgeClaim(index, claim);
    if (!verdict) continue;
    judged++;
    const severity = severityOf(verdict.code);
    if (severity !== 'off') findings.push(finding(index, verdict.code, severity, claim, verdict));
    const wholeSeverity = severityOf('figure-mismatch');
    if (verdict.wrongWhole && claim.whole && wholeSeverity !== 'off') {
      const wrong = finding(index, 'figure-mismatch', wholeSeverity, { ...claim, figure: claim.whole }, { code: 'figure-mismatch', candidate: verdict.candidate });
      wrong.expected = verdict.candidate!.indexed.fact.of!;
      findings.push(wrong);
    }
    const citation = severityOf('missing-citation');
    if (!claim.cited && verdict.candidate && citation !== 'off') {
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

// The one-line message of a finding, verdict first: the draft's figure, then the sourced one, then what
// and whose. Rows in a Problems list are read from the left, so the part that differs comes first.
import type { FactIndex } from './factIndex';
import type { Fact, FindingCode } from './types';
import type { Claim } from './claims';
import type { Verdict } from './verdict';
import { formatPeriod, formatValue, qualifierWords, vendorNames } from './describe';
import { formatSourceDate } from './citations';
import { formatSpan } from './periods';

/** "Customs office; Daily News, 7 May 2024": who counted, then who published, once each. */
export function sourceLine(fact: Fact, index: FactIndex): string {
  const source = index.source(fact.source);
  if (!source) return fact.via;
  const published = `${source.publisher}, ${formatSourceDate(source.date)}`;
  return fact.via && fact.via !== source.publisher ? `${fact.via}; ${published}` : published;
}

/** A measure without a trailing "(via)" that the source line names anyway. */
export function measureOf(fact: Fact): string {
  const suffix = ` (${fact.via})`;
  return fact.measure.endsWith(suffix) ? fact.measure.slice(0, -suffix.length) : fact.measure;
}

/** "18,166 Acme widgets sold, Ruritania, 2023 (Customs office; Daily News, 7 May 2024)". */
export function sourcedFigure(fact: Fact, index: FactIndex): string {
  let written = sourcedFigures.get(index);
  if (!written) sourcedFigures.set(index, (written = new WeakMap()));
  let text = written.get(fact);
  if (text === undefined) {
    const period = formatPeriod(fact.period);
    text = `${formatValue(fact)} ${measureOf(fact)}, ${index.displayName(fact.entity)}${period ? `, ${period}` : ''} (${sourceLine(fact, index)})`;
    written.set(fact, text);
  }
  return text;
}

/** A fact's sourced figure, written once per index: a draft may state the same fact dozens of times. */
const sourcedFigures = new WeakMap<FactIndex, WeakMap<Fact, string>>();

function draftWithQualifier(claim: Claim): string {
  const words = claim.figure.qualifier === 'exact' ? 'exactly' : qualifierWords(claim.figure.qualifier);
  // A qualifier written in the figure's own text ("over 5,000") is not repeated.
  return words && !claim.figure.text.toLowerCase().startsWith(words) ? `${words} ${claim.figure.text}` : claim.figure.text;
}

/** The finding's message for the Problems list, the CLI and SARIF. */
export function findingMessage(index: FactIndex, code: FindingCode, claim: Claim, verdict: Verdict): string {
  const draft = claim.figure.text;
  const fact = verdict.link?.indexed.fact;
  const source = fact ? `source: ${sourcedFigure(fact, index)}` : '';
  switch (code) {
    case 'figure-verified':
      return `✓ ${draft} — ${source}`;
    case 'figure-mismatch':
      return `${draft} — ${source}`;
    case 'qualifier-mismatch':
      return `${draftWithQualifier(claim)} — ${source}`;
    case 'period-mismatch': {
      if (verdict.related) {
        const other = verdict.related.fact;
        return `${draft} is for ${formatPeriod(other.period) ?? 'another period'} — ${source}; ${formatPeriod(other.period) ?? 'that period'}: ${sourcedFigure(other, index)}`;
      }
      return `${draft} for ${claim.period ? formatSpan(claim.period) : 'another period'} — ${source}`;
    }
    case 'figure-misattributed': {
      const owner = verdict.related!.fact;
      const sameCountry = claim.entity !== null && index.countryOf(owner.entity) === index.countryOf(claim.entity);
      const whose = sameCountry ? vendorNames(owner, index) || index.displayName(owner.entity) : index.displayName(owner.entity);
      const ownerLine = `${draft} is ${whose}'s figure: ${sourcedFigure(owner, index)}`;
      return fact ? `${draft} — ${source}; ${ownerLine}` : ownerLine;
    }
    case 'missing-citation':
      return `${draft}: no citation — cite ${fact ? (index.source(fact.source)?.publisher ?? fact.via) : 'the source'}`;
  }
}

// Words for people: a fact's value with its qualifier, a fact in one line, a source reference.
import type { Fact, Source } from '../dataset/schema';
import type { FactIndex } from './factIndex';
import type { SourceRef } from './types';
import { formatSourceDate } from './citations';
import { formatSpan, periodMonths } from './periods';
import { currencyPrefix, isCurrency } from './currencies';

const QUALIFIER_WORDS: Record<Fact['qualifier'], string> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  nearly: 'nearly ',
  approximately: 'about ',
  'fewer-than': 'fewer than ',
  'up-to': 'up to ',
  range: '',
};

const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** A plain number with thousands separators: 18166 → "18,166", 5800000 → "5.8 million". */
export function formatNumber(value: number, unit: Fact['unit']): string {
  if (unit === 'rank') return value >= 0 && value < ORDINALS.length && Number.isInteger(value) ? ORDINALS[value] : `${value}th`;
  if (unit === 'fraction') {
    if (Math.abs(value - 1 / 3) < 0.005) return 'one-third';
    if (Math.abs(value - 0.5) < 0.005) return 'half';
    if (Math.abs(value - 0.25) < 0.005) return 'a quarter';
    return `${round(value * 100)}%`;
  }
  const abs = Math.abs(value);
  const prefix = isCurrency(unit) ? currencyPrefix(unit) : '';
  const suffix = unit === 'percent' ? '%' : '';
  if (abs >= 1e6 && unit !== 'percent') {
    const [scale, word] = abs >= 1e9 ? [1e9, 'billion'] : [1e6, 'million'];
    return `${prefix}${round(value / scale)} ${word}`;
  }
  return `${prefix}${groupThousands(value)}${suffix}`;
}

/** 18166 → "18,166"; toLocaleString is slow enough to show in profiles. */
function groupThousands(value: number): string {
  const [integer, fraction] = String(Math.round(value * 1e4) / 1e4).split('.');
  const grouped = groupDigits(integer, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

const THOUSANDS_BOUNDARY = /\B(?=(\d{3})+(?!\d))/g;

/** "-1234567", "," → "-1,234,567": the separator before each group of three digits from the right. */
export function groupDigits(integer: string, separator: string): string {
  const start = integer.charCodeAt(0) === 45 ? 1 : 0; // "-"
  // Exponent forms ("1e+21") keep the pattern's reading: no group of three digits ends them.
  for (let k = start; k < integer.length; k++) {
    const c = integer.charCodeAt(k);
    if (c < 48 || c > 57) return integer.replace(THOUSANDS_BOUNDARY, separator);
  }
  const head = start + ((integer.length - start) % 3 || 3);
  let out = integer.slice(0, head);
  for (let k = head; k < integer.length; k += 3) out += separator + integer.slice(k, k + 3);
  return out;
}

function round(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** "widgets bought" → "Widgets bought": a measure used as a heading. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "more than", "fewer than", "" for an exact figure. */
export function qualifierWords(qualifier: Fact['qualifier']): string {
  return QUALIFIER_WORDS[qualifier].trim();
}

/** The value as the source states it: "more than 7,210", "$5.8 million", "nearly 80%", "eighth". */
export function formatValue(fact: Fact): string {
  if (fact.qualifier === 'range' && fact.upper !== undefined) {
    return `${formatNumber(fact.value, fact.unit)} to ${formatNumber(fact.upper, fact.unit)}`;
  }
  const of = fact.of !== undefined ? ` of ${formatNumber(fact.of, 'count')}` : '';
  return `${QUALIFIER_WORDS[fact.qualifier]}${formatNumber(fact.value, fact.unit)}${of}`;
}



export function formatPeriod(period: Fact['period']): string | null {
  if (!period) return null;
  return formatSpan(periodMonths(period));
}

export function sourceRef(source: Source | undefined): SourceRef | null {
  return source ? { title: source.title, publisher: source.publisher, date: source.date, url: source.url } : null;
}

/** The vendors of a fact as a writer would name them: "Acme and Bolt". */
export function vendorNames(fact: Fact, index: FactIndex): string {
  const names = fact.vendors.map((v) => index.displayName(v));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "18,166 Acme widgets sold — Hungary, 2023", without the source. */
export function factSummary(fact: Fact, index: FactIndex): string {
  const period = formatPeriod(fact.period);
  return `${formatValue(fact)} ${fact.measure} — ${index.displayName(fact.entity)}${period ? `, ${period}` : ''}`;
}

/** One line for hovers and pickers: "18,166 Acme widgets sold — Hungary (RFE/RL, 7 May 2024)". */
export function describeFact(fact: Fact, index: FactIndex): string {
  const source = index.source(fact.source);
  return `${factSummary(fact, index)} (${source ? `${source.publisher}, ${formatSourceDate(source.date)}` : fact.via})`;
}

// The sheet for one country, place, body or vendor: its figures grouped by measure, as bars where
// several figures of a measure share a unit, and as a list where a figure has nothing to be drawn against.
import type { Fact, Unit } from '../../dataset/schema';
import type { FactIndex } from '../factIndex';
import { barEnd, sheetFigure } from './figure';
import { measureFamily, measureTitle } from './family';
import type { EntitySheet, SheetChart, SheetFigure } from './model';
import { capitalize, formatPeriod } from '../describe';
import { isCurrency } from '../currencies';
import { periodMonths } from '../periods';

/** Units a bar can show: a rank is an order, not an amount, so ranks are listed. */
const PLAIN_CHARTABLE: ReadonlySet<Unit> = new Set(['count', 'percent', 'fraction', 'rate']);

/** Units whose figures can share a bar chart's scale: counts, shares, rates, and sums in one currency. */
export function chartable(unit: Unit): boolean {
  return PLAIN_CHARTABLE.has(unit) || isCurrency(unit);
}

/** More bars than this are no longer read as a comparison; more list items than this make a slow page. */
export const MAX_BARS = 40;
export const MAX_LISTED = 200;

const ENTITY_KIND_WORDS: Record<string, string> = { country: 'Country', city: 'City', region: 'Region', body: 'Body' };

export function entitySheet(index: FactIndex, kind: 'entity' | 'vendor', id: string): EntitySheet | undefined {
  const entity = kind === 'entity' ? index.entity(id) : undefined;
  const vendor = kind === 'vendor' ? index.vendor(id) : undefined;
  if (!entity && !vendor) return undefined;
  const facts = index.factsAbout(id);

  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    const key = measureFamily(fact, index);
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  const charts: SheetChart[] = [];
  const listed: Fact[] = [];
  for (const group of groups.values()) {
    if (group.length >= 2 && chartable(group[0].unit)) charts.push(chartOf(group, index, id, `chart-${charts.length + 1}`));
    else for (const fact of group) listed.push(fact);
  }
  const others: SheetFigure[] = listed.slice(0, MAX_LISTED).map((fact) => sheetFigure(fact, index, listLabel(fact, index, id)));

  const count = `${facts.length} sourced figure${facts.length === 1 ? '' : 's'}`;
  let what = 'Vendor';
  if (entity) {
    what = ENTITY_KIND_WORDS[entity.kind] ?? entity.kind;
    if (entity.kind !== 'country' && entity.country) what += ` in ${index.displayName(entity.country)}`;
  }
  return {
    kind,
    id,
    title: index.displayName(id),
    subtitle: `${what} · ${count}`,
    country: entity ? (entity.kind === 'country' ? entity.id : (entity.country ?? null)) : null,
    charts,
    others,
    othersHidden: Math.max(0, listed.length - MAX_LISTED),
  };
}

/**
 * Bars of one length in the order of their labels, as String.prototype.localeCompare orders them. Made
 * on first use: making a collator took ~14 ms of the extension's activation here.
 */
let labelOrder: Intl.Collator | undefined;

/** The parts of a figure that can tell it apart from others of its measure. */
function parts(fact: Fact, index: FactIndex): { entity: string; vendors: string; period: string } {
  return {
    entity: index.displayName(fact.entity),
    vendors: fact.vendors.map((v) => index.displayName(v)).join(' and '),
    period: formatPeriod(fact.period) ?? '',
  };
}

function chartOf(group: Fact[], index: FactIndex, subjectId: string, id: string): SheetChart {
  const all = group.map((fact) => parts(fact, index));
  const varies = (key: 'entity' | 'vendors' | 'period') => new Set(all.map((p) => p[key])).size > 1;
  const shown = (['entity', 'vendors', 'period'] as const).filter(varies);
  const labels = group.map((_, i) => shown.map((key) => all[i][key] || (key === 'period' ? 'no period given' : 'no vendor named')).join(' · ') || all[i].entity);

  // The facts are ordered by their places in the group, and only the bars drawn are made: a country's
  // sheet can group thousands of facts under one measure.
  const chronological = shown.includes('period') && group.every((fact) => fact.period !== null);
  const order = group.map((_, i) => i);
  if (chronological) {
    // Every fact of a chronological chart has a period.
    const spans = group.map((fact) => periodMonths(fact.period!));
    order.sort((a, b) => spans[a]!.from - spans[b]!.from || spans[a]!.to - spans[b]!.to || a - b);
  } else {
    const ends = group.map((fact) => fact.upper ?? fact.value);
    const collator = (labelOrder ??= new Intl.Collator());
    order.sort((a, b) => ends[b]! - ends[a]! || collator.compare(labels[a]!, labels[b]!));
  }
  // Keep the newest or the largest.
  const hidden = Math.max(0, order.length - MAX_BARS);
  const drawn = hidden === 0 ? order : chronological ? order.slice(-MAX_BARS) : order.slice(0, MAX_BARS);
  const figures = drawn.map((i) => sheetFigure(group[i]!, index, labels[i]!));

  // What every bar shares goes into the title: the measure, and the place when it is not the sheet's subject.
  let title = capitalize(measureTitle(group[0], index, shown.includes('entity')));
  const sameEntity = !shown.includes('entity') ? group[0].entity : undefined;
  if (sameEntity && sameEntity !== subjectId && !title.toLowerCase().includes(all[0].entity.toLowerCase())) title += ` — ${all[0].entity}`;
  const sharedVendors = !shown.includes('vendors') && !group[0].vendors.includes(subjectId) ? all[0].vendors : '';
  if (sharedVendors) title += ` (${sharedVendors})`;
  const sharedPeriod = !shown.includes('period') && all[0].period ? all[0].period : '';
  if (sharedPeriod) title += `, ${sharedPeriod}`;

  return {
    id,
    title,
    unit: group[0].unit,
    order: chronological ? 'chronological' : 'largest-first',
    max: Math.max(...figures.map(barEnd)),
    figures,
    hidden,
    summary: `${title}: ${figures.map((f) => `${f.label}, ${f.valueText}`).join('; ')}${hidden > 0 ? `; and ${hidden} more not drawn` : ''}.`,
  };
}

/** A listed figure is labelled by its measure, and by its place or vendor when that is not the subject. */
function listLabel(fact: Fact, index: FactIndex, subjectId: string): string {
  const label = capitalize(fact.measure);
  if (fact.entity === subjectId) return label;
  const entity = index.displayName(fact.entity);
  return label.toLowerCase().includes(entity.toLowerCase()) ? label : `${label} — ${entity}`;
}

// The sheet for the whole dataset: a table of countries, and the measures several countries share,
// each of which can shade the map.
import type { Fact } from '../../dataset/schema';
import type { FactIndex } from '../factIndex';
import { capitalize, formatPeriod } from '../describe';
import { chartable } from './entitySheet';
import { measureFamily } from './family';
import { sheetFigure } from './figure';
import type { DatasetSheet, MapSeries } from './model';

export function datasetSheet(index: FactIndex): DatasetSheet {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const countries = index
    .allEntities()
    .filter((e) => e.kind === 'country')
    .map((e) => ({ id: e.id, name: e.name, figureCount: index.factsAbout(e.id).length }))
    .sort(byName);
  const vendors = index
    .allVendors()
    .map((v) => ({ id: v.id, name: v.name, figureCount: index.factsAbout(v.id).length }))
    .filter((v) => v.figureCount > 0)
    .sort(byName);

  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    kind: 'dataset',
    title: 'All sourced figures',
    subtitle: `${plural(countries.length, 'country').replace('countrys', 'countries')} · ${plural(vendors.length, 'vendor')} · ${plural(index.facts.length, 'figure')}`,
    countries,
    vendors,
    series: mapSeries(index),
  };
}

/**
 * Measures that at least two countries have a figure for, about the same vendors and period. Only a
 * country's own figures count: a city's or a ministry's figure does not shade the whole country.
 */
function mapSeries(index: FactIndex): MapSeries[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of index.facts) {
    if (index.entity(fact.entity)?.kind !== 'country' || !chartable(fact.unit)) continue;
    const key = [measureFamily(fact, index), [...fact.vendors].sort().join('+'), formatPeriod(fact.period) ?? ''].join('|');
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  const series: MapSeries[] = [];
  for (const group of groups.values()) {
    const first = new Map<string, Fact>();
    for (const fact of group) if (!first.has(fact.entity)) first.set(fact.entity, fact);
    if (first.size < 2) continue;
    const values = [...first.values()]
      .map((fact) => ({ country: fact.entity, figure: sheetFigure(fact, index, index.displayName(fact.entity)) }))
      .sort((a, b) => b.figure.value - a.figure.value || a.figure.label.localeCompare(b.figure.label));
    const period = formatPeriod(group[0].period);
    series.push({
      id: '',
      title: `${capitalize(group[0].measure)}${period ? `, ${period}` : ''}`,
      unit: group[0].unit,
      values,
      min: Math.min(...values.map((v) => v.figure.value)),
      max: Math.max(...values.map((v) => v.figure.value)),
    });
  }
  // The measures that cover the most countries come first; the first one shades the map at the start.
  series.sort((a, b) => b.values.length - a.values.length);
  series.forEach((s, i) => (s.id = `series-${i + 1}`));
  return series;
}

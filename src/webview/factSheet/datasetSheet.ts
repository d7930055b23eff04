// The sheet of the whole dataset: a map shaded by a chosen series, a table of countries with their
// figures in every series, and the vendors. Countries and vendors open their own sheets.
import type { DatasetSheet, MapSeries } from '../../core/factSheet/model';
import type { Actions } from './actions';
import { asFigure } from './details';
import { actionButton, h, uniqueId } from './dom';
import { sheetHeader } from './entitySheet';
import { datasetMap } from './map';

function seriesPicker(series: MapSeries[], chosen: MapSeries, onChange: (series: MapSeries) => void): HTMLElement {
  const id = uniqueId('series');
  const select = h('select', { id }, ...series.map((s) => h('option', { value: s.id, selected: s.id === chosen.id }, s.title)));
  select.addEventListener('change', () => {
    const next = series.find((s) => s.id === select.value);
    if (next) onChange(next);
  });
  return h('div', { class: 'series-picker' }, h('label', { for: id }, 'Shade the map by'), select);
}

function mapSection(sheet: DatasetSheet, actions: Actions): HTMLElement {
  const section = h('section', { class: 'map-section', 'aria-label': 'Map' });
  const saved = sheet.series.find((s) => s.id === actions.savedSeries());
  const first = saved ?? sheet.series[0];
  if (!first) {
    section.append(
      h('p', { class: 'map-status' }, 'No measure is shared by two countries, so the map is not shaded.'),
      datasetMap(sheet, undefined, actions),
    );
    return section;
  }
  // Only the map is redrawn when the series changes, so the picker keeps focus.
  let map = datasetMap(sheet, first, actions);
  const picker = seriesPicker(sheet.series, first, (series) => {
    actions.saveSeries(series.id);
    const next = datasetMap(sheet, series, actions);
    map.replaceWith(next);
    map = next;
  });
  section.append(picker, map);
  return section;
}

function countryTable(sheet: DatasetSheet, actions: Actions): HTMLElement {
  const captionId = uniqueId('countries');
  const byCountry = sheet.series.map((s) => new Map(s.values.map((v) => [v.country, v.figure])));
  const header = h(
    'tr',
    {},
    h('th', { scope: 'col' }, 'Country'),
    h('th', { scope: 'col', class: 'number' }, 'Figures'),
    ...sheet.series.map((s) => h('th', { scope: 'col', class: 'number' }, s.title)),
  );
  const rows = sheet.countries.map((country) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        actionButton(country.name, 'link', () => actions.open({ kind: 'entity', id: country.id }), { 'aria-label': `${country.name}: open its sheet` }),
      ),
      h('td', { class: 'number' }, String(country.figureCount)),
      ...byCountry.map((values, i) => {
        const figure = values.get(country.id);
        if (!figure) return h('td', { class: 'number missing', 'aria-label': 'no figure' }, '—');
        const name = `${country.name}, ${sheet.series[i].title}: ${figure.valueText}`;
        return asFigure(h('td', { class: 'number' }, figure.valueText), figure, name, actions, 'details');
      }),
    ),
  );
  return h(
    // Unnamed, so not a landmark of its own: the scroll region below carries the table's name once.
    'section',
    { class: 'countries' },
    // Wide tables scroll inside their own region (focusable, so keyboards can scroll it too).
    h(
      'div',
      { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-labelledby': captionId },
      h('table', {}, h('caption', { id: captionId }, 'Countries'), h('thead', {}, header), h('tbody', {}, ...rows)),
    ),
  );
}

function vendorList(sheet: DatasetSheet, actions: Actions): HTMLElement | null {
  if (sheet.vendors.length === 0) return null;
  const headingId = uniqueId('vendors');
  return h(
    'section',
    { class: 'vendors', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, 'Vendors'),
    h(
      'ul',
      { class: 'vendor-list' },
      ...sheet.vendors.map((vendor) => {
        // The name a screen reader gives is the visible text ("Dahua 13") plus a hidden word, so that
        // speech users can say what they see.
        const button = actionButton(vendor.name, 'chip', () => actions.open({ kind: 'vendor', id: vendor.id }));
        button.append(' ', h('span', { class: 'chip-count' }, String(vendor.figureCount)), h('span', { class: 'visually-hidden' }, ' figures'));
        return h('li', {}, button);
      }),
    ),
  );
}

export function datasetSheet(sheet: DatasetSheet, actions: Actions): HTMLElement[] {
  const parts = [sheetHeader(sheet.title, sheet.subtitle), mapSection(sheet, actions), countryTable(sheet, actions)];
  const vendors = vendorList(sheet, actions);
  if (vendors) parts.push(vendors);
  return parts;
}

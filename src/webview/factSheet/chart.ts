// One chart of an entity sheet: horizontal bars on one linear scale from 0 to the chart's max, one row per
// figure in the model's order. The bar's end shows the qualifier; the value text says it in words.
import type { SheetChart, SheetFigure } from '../../core/factSheet/model';
import type { Actions } from './actions';
import { asFigure } from './details';
import { h, uniqueId } from './dom';
import { barEnd, percentOf, type BarEnd } from './format';

/** The key under a chart: each kind of bar end it uses, drawn small, with the qualifiers it stands for. */
const END_KEYS: Record<BarEnd, string> = {
  above: 'more than, at least',
  below: 'fewer than, up to, nearly',
  about: 'about',
  range: 'a range',
  exact: '',
};

function endKey(ends: BarEnd[]): HTMLElement | null {
  const shown = [...new Set(ends)].filter((end) => END_KEYS[end]);
  if (shown.length === 0) return null;
  // Decoration for sighted readers: every value says its qualifier in words.
  return h(
    'p',
    { class: 'chart-key', 'aria-hidden': 'true' },
    ...shown.map((end) => {
      const sample = h('span', { class: `bar bar-${end}` }, end === 'range' ? h('span', { class: 'bar-solid' }) : null);
      return h('span', { class: 'key' }, h('span', { class: 'bar-track key-sample' }, sample), END_KEYS[end]);
    }),
  );
}

function bar(figure: SheetFigure, max: number): HTMLElement {
  const end = barEnd(figure.qualifier);
  const reach = h('span', { class: `bar bar-${end}` });
  reach.style.width = `${percentOf(figure.upper ?? figure.value, max)}%`;
  if (end === 'range' && figure.upper !== undefined) {
    // The solid part reaches the range's bottom, the lighter rest its top.
    const solid = h('span', { class: 'bar-solid' });
    solid.style.width = `${percentOf(figure.value, figure.upper)}%`;
    reach.append(solid);
  }
  return h('span', { class: 'bar-track', 'aria-hidden': 'true' }, reach);
}

function row(figure: SheetFigure, max: number, actions: Actions): HTMLElement {
  const item = h(
    'li',
    { class: 'bar-row' },
    h('span', { class: 'bar-label' }, figure.label),
    h('span', { class: 'bar-value' }, figure.valueText),
    bar(figure, max),
  );
  return asFigure(item, figure, `${figure.label}: ${figure.valueText}`, actions, 'row');
}

export function chartSection(chart: SheetChart, actions: Actions): HTMLElement {
  const headingId = uniqueId(chart.id);
  const summaryId = uniqueId(`${chart.id}-summary`);
  return h(
    'section',
    { class: 'chart', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, chart.title),
    // The chart's text alternative; each row also reads as label and value.
    h('p', { class: 'visually-hidden', id: summaryId }, chart.summary),
    h('ul', { class: 'bars', 'aria-describedby': summaryId }, ...chart.figures.map((figure) => row(figure, chart.max, actions))),
    endKey(chart.figures.map((f) => barEnd(f.qualifier))),
    chart.hidden > 0
      ? h('p', { class: 'left-out' }, `${chart.hidden} more not drawn: the ${chart.order === 'chronological' ? 'oldest' : 'smallest'}.`)
      : null,
  );
}

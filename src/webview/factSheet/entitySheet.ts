// The sheet of a country, place, body or vendor: a heading, its charts, and the figures that have nothing
// to be drawn against as a list.
import type { EntitySheet, SheetFigure } from '../../core/factSheet/model';
import type { Actions } from './actions';
import { chartSection } from './chart';
import { asFigure } from './details';
import { actionButton, h } from './dom';
import { locatorMap } from './locator';

function listItem(figure: SheetFigure, actions: Actions): HTMLElement {
  const item = h(
    'li',
    { class: 'list-row' },
    h('span', { class: 'list-label' }, figure.label),
    h('span', { class: 'list-value' }, figure.valueText),
    figure.period ? h('span', { class: 'list-period' }, figure.period) : null,
  );
  return asFigure(item, figure, `${figure.label}: ${figure.valueText}${figure.period ? `, ${figure.period}` : ''}`, actions, 'row');
}

export function sheetHeader(title: string, subtitle: string, ...extra: (Node | null)[]): HTMLElement {
  return h('header', { class: 'sheet-header' }, h('div', { class: 'sheet-heading' }, h('h1', {}, title), h('p', { class: 'subtitle' }, subtitle)), ...extra);
}

export function entitySheet(sheet: EntitySheet, actions: Actions): HTMLElement[] {
  const back = h(
    'nav',
    { class: 'breadcrumb', 'aria-label': 'Fact sheets' },
    actionButton('All figures', 'link', () => actions.open({ kind: 'dataset' })),
  );
  const parts: HTMLElement[] = [back, sheetHeader(sheet.title, sheet.subtitle, sheet.country ? locatorMap(sheet.country, sheet.country === sheet.id ? sheet.title : undefined) : null)];
  if (sheet.charts.length === 0 && sheet.others.length === 0) {
    parts.push(h('p', { class: 'empty' }, 'No sourced figures in the loaded datasets.'));
    return parts;
  }
  parts.push(...sheet.charts.map((chart) => chartSection(chart, actions)));
  if (sheet.others.length > 0) {
    parts.push(
      h(
        'section',
        { class: 'others', 'aria-labelledby': 'others-heading' },
        h('h2', { id: 'others-heading' }, sheet.charts.length > 0 ? 'Other figures' : 'Figures'),
        h('ul', { class: 'figure-list' }, ...sheet.others.map((figure) => listItem(figure, actions))),
        sheet.othersHidden > 0 ? h('p', { class: 'left-out' }, `${sheet.othersHidden} more not listed.`) : null,
      ),
    );
  }
  return parts;
}

// A figure element: one focusable element per sourced figure, carrying data-fact-id, with a details
// panel (measure, value, who, when, via, source, quote) shown on hover and on keyboard focus.
import type { SheetFigure } from '../../core/factSheet/model';
import type { Actions } from './actions';
import { actionButton, h, uniqueId } from './dom';
import { placePopover } from './popover';

function entry(term: string, description: string | Node | null): Node | null {
  return description ? h('div', { class: 'details-entry' }, h('dt', {}, term), h('dd', {}, description)) : null;
}

function periodDescription(figure: SheetFigure): string | null {
  if (!figure.period) return figure.periodText;
  return figure.periodText && figure.periodText !== figure.period ? `${figure.period} (“${figure.periodText}”)` : figure.period;
}

function sourceDescription(figure: SheetFigure): Node {
  const { source } = figure;
  if (!source) return document.createTextNode('not in the loaded datasets');
  // The URL is text, not a link: following it would need the extension to open it.
  return h(
    'span',
    {},
    h('span', { class: 'source-publisher' }, source.publisher),
    ', ',
    h('cite', {}, source.title),
    source.date ? `, ${source.date}` : '',
    source.url ? h('span', { class: 'source-url' }, source.url) : null,
  );
}

/** The details panel's text part, linked from the figure element with aria-describedby. */
function detailsBody(figure: SheetFigure, id: string): HTMLElement {
  return h(
    'div',
    { class: 'details-body', id },
    h('p', { class: 'details-measure' }, figure.measure),
    h('p', { class: 'details-value' }, figure.valueText),
    h(
      'dl',
      {},
      entry('Entity', figure.entity),
      entry(figure.vendors.length === 1 ? 'Vendor' : 'Vendors', figure.vendors.join(', ')),
      entry('Period', periodDescription(figure) ?? 'not given by the source'),
      entry('Via', figure.via),
      entry('Source', sourceDescription(figure)),
    ),
    h('blockquote', {}, figure.quote),
  );
}

/** Where a figure's "Insert citation" button goes: at the end of its row, or in its details panel (table cells have no room). */
export type CitePlace = 'row' | 'details';

/**
 * Turns `element` into the figure's element: focusable, described by its details, which it holds. The
 * details sit inside the element so that moving the pointer or Tab into them keeps them open.
 */
export function asFigure<E extends HTMLElement>(element: E, figure: SheetFigure, name: string, actions: Actions, cite: CitePlace): E {
  const bodyId = uniqueId('details');
  const button = actionButton('Insert citation', cite === 'row' ? 'cite' : 'cite-button', () => actions.cite(figure.factId), {
    'aria-label': `Insert citation: ${name}`,
  });
  const details = h('div', { class: 'details' }, detailsBody(figure, bodyId), cite === 'details' ? button : null);
  element.classList.add('figure');
  element.dataset.factId = figure.factId;
  element.tabIndex = 0;
  element.setAttribute('aria-label', name);
  element.setAttribute('aria-describedby', bodyId);
  element.append(...(cite === 'row' ? [button, details] : [details]));
  element.addEventListener('mouseenter', () => placePopover(details));
  element.addEventListener('focusin', () => placePopover(details));
  return element;
}

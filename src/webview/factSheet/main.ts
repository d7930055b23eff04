// The fact sheet webview: draws the sheets the extension sends, reports what it drew, and sends back the
// reader's choices (open another sheet, insert a citation). Everything is built as DOM nodes with text.
import type { SheetSubject } from '../../core/factSheet/model';
import type { ExtensionMessage, WebviewMessage } from '../protocol';
import type { Actions } from './actions';
import { datasetSheet } from './datasetSheet';
import { actionButton, h } from './dom';
import { entitySheet } from './entitySheet';
import { plainText } from './format';
import { moveBetweenFigures } from './keyboard';

/** What survives a reload of the panel; the extension reads `subject` to restore the sheet. */
interface SavedState {
  subject?: SheetSubject;
  series?: string;
}

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
let saved: SavedState = vscode.getState() ?? {};
const root = document.getElementById('root') ?? document.body.appendChild(h('main', { id: 'root' }));
let shown: string | undefined;

function save(change: Partial<SavedState>): void {
  saved = { ...saved, ...change };
  vscode.setState(saved);
}

const actions: Actions = {
  open: (subject) => vscode.postMessage({ type: 'open', subject }),
  cite: (factId) => vscode.postMessage({ type: 'insertCitation', factId }),
  savedSeries: () => saved.series,
  saveSeries: (series) => save({ series }),
};

/** A figure's text as shown, hidden details included and its buttons left out: what the tests read. */
function shownText(element: Element): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node instanceof HTMLButtonElement ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) parts.push(node.data);
  return plainText(parts, 5000);
}

function report(subject: SheetSubject): void {
  const figures = new Map<string, string>();
  for (const element of root.querySelectorAll<HTMLElement>('[data-fact-id]')) {
    const factId = element.dataset.factId;
    if (factId && !figures.has(factId)) figures.set(factId, shownText(element));
  }
  vscode.postMessage({
    type: 'rendered',
    subject,
    figures: [...figures].map(([factId, text]) => ({ factId, text })),
    map: root.querySelector('svg.map, svg.locator') !== null,
  });
}

/** The focused figure or country, so that a redraw of the same sheet (datasets reloaded) keeps the reader's place. */
function focusKey(): string | undefined {
  const active = document.activeElement;
  if (!(active instanceof Element) || !root.contains(active)) return undefined;
  const factId = active.closest<HTMLElement>('[data-fact-id]')?.dataset.factId;
  if (factId) return `[data-fact-id="${CSS.escape(factId)}"]`;
  const country = active.getAttribute('data-country');
  return country ? `[data-country="${CSS.escape(country)}"]` : undefined;
}

function draw(subject: SheetSubject, content: () => HTMLElement[]): boolean {
  const key = JSON.stringify(subject);
  const same = key === shown;
  const focus = same ? focusKey() : undefined;
  const scroll = same ? window.scrollY : 0;
  shown = key;
  try {
    root.replaceChildren(...content());
  } catch (error) {
    root.replaceChildren(
      h(
        'div',
        { class: 'message error', role: 'alert' },
        h('p', {}, 'The fact sheet could not be drawn.'),
        h('pre', {}, error instanceof Error ? error.message : String(error)),
      ),
    );
    return false;
  }
  window.scrollTo(0, scroll);
  if (focus) root.querySelector<HTMLElement>(focus)?.focus({ preventScroll: true });
  return true;
}

function receive(message: ExtensionMessage): void {
  save({ subject: message.subject });
  if (message.type === 'unknown') {
    draw(message.subject, () => [
      h('p', { class: 'message' }, message.reason),
      h('p', {}, actionButton('All figures', 'link', () => actions.open({ kind: 'dataset' }))),
    ]);
    return;
  }
  const { sheet } = message;
  const drawn = draw(message.subject, () => (sheet.kind === 'dataset' ? datasetSheet(sheet, actions) : entitySheet(sheet, actions)));
  if (drawn) report(message.subject);
}

window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => {
  const message = event.data;
  if (message?.type === 'show' || message?.type === 'unknown') receive(message);
});
moveBetweenFigures(root);
vscode.postMessage({ type: 'ready' });

// Small DOM builders. Dataset text only ever enters the page as text nodes or attribute values, so it is
// escaped by construction; the webview's CSP forbids inline styles, so there is no way to pass one.
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill<E extends Element>(element: E, attributes: Attributes, children: Child[]): E {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, children);
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(SVG_NS, tag), attributes, children);
}

let lastId = 0;

/** A document-unique id; the page is redrawn often, so ids only need to be unique, not stable. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++lastId}`;
}

/** A button that runs an action; a click or Enter/Space on a native button both arrive as click. */
export function actionButton(text: string, className: string, action: () => void, attributes: Attributes = {}): HTMLButtonElement {
  const button = h('button', { type: 'button', class: className, ...attributes }, text);
  button.addEventListener('click', action);
  return button;
}

// An HTML page as Markdown the reader can read: htmlparser2 builds the DOM (entities decoded, broken
// markup repaired the way browsers do), and this walk keeps the article's text blocks: headings,
// paragraphs, list items, quotes and tables. Scripts, styles, navigation, forms and the like are left out.
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type ChildNode, type Element } from 'domhandler';

/** What a page says about itself in its <head>: used for the source's title, publisher, date and URL. */
export interface PageMeta {
  title?: string;
  publisher?: string;
  date?: string;
  url?: string;
}

export interface HtmlText {
  markdown: string;
  meta: PageMeta;
}

/** Elements whose content is never article prose. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'nav', 'form', 'button', 'select', 'textarea', 'head', 'aside', 'footer', 'menu', 'dialog', 'object', 'picture', 'img']);
/** Elements that start and end a block of text. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'blockquote', 'figure', 'figcaption', 'dd', 'dt', 'dl', 'ul', 'ol', 'pre', 'address', 'caption', 'summary', 'details', 'body', 'html', 'center']);
const HEADING = /^h([1-6])$/;

/** Characters that would start Markdown structure at the beginning of a line ("# ", "- ", "1. ", "> "). */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+*-]|\d+[.)])(?=\s|$)/, (_, space: string, marker: string) => `${space}${marker.replace(/([#>+*-]|[.)])$/, '\\$1')}`);
}

/** Inline Markdown that would change the text: emphasis, links, HTML, code. Escaped so that it reads as written. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

class Walker {
  readonly blocks: string[] = [];
  private inline = '';

  flush(prefix = ''): void {
    const text = this.inline.replace(/\s+/g, ' ').trim();
    this.inline = '';
    if (text) this.blocks.push(prefix ? `${prefix}${text}` : escapeLineStart(text));
  }

  walk(nodes: readonly ChildNode[]): void {
    for (const node of nodes) {
      if (isText(node)) this.inline += escapeInline(node.data);
      else if (isTag(node)) this.element(node);
    }
  }

  private element(el: Element): void {
    const name = el.name.toLowerCase();
    if (SKIPPED.has(name) || el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true') return;
    if (name === 'br') {
      this.inline += ' ';
      return;
    }
    const heading = HEADING.exec(name);
    if (heading) {
      this.flush();
      this.walk(el.children);
      this.flush(`${'#'.repeat(Number(heading[1]))} `);
      return;
    }
    if (name === 'li') {
      // A list item stays a list item, so that the paragraph before the list is its lead-in.
      this.flush();
      this.walk(el.children);
      this.flush(el.parent && isTag(el.parent) && el.parent.name === 'ol' ? '1. ' : '- ');
      return;
    }
    if (name === 'table') {
      this.flush();
      this.table(el);
      return;
    }
    if (BLOCKS.has(name)) {
      this.flush();
      this.walk(el.children);
      this.flush();
      return;
    }
    this.walk(el.children);
  }

  /** A table as a Markdown table: its first row is the header, as the reader expects. */
  private table(el: Element): void {
    const rows: string[][] = [];
    const collect = (nodes: readonly ChildNode[]): void => {
      for (const node of nodes) {
        if (!isTag(node)) continue;
        if (node.name === 'tr') {
          rows.push(node.children.filter(isTag).filter((c) => c.name === 'td' || c.name === 'th').map((c) => cellText(c)));
        } else if (node.name !== 'table') collect(node.children);
      }
    };
    collect(el.children);
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (width === 0) return;
    const line = (cells: string[]): string => `| ${Array.from({ length: width }, (_, k) => cells[k] ?? '').join(' | ')} |`;
    this.blocks.push([line(rows[0]), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n'));
  }
}

function cellText(cell: Element): string {
  const walker = new Walker();
  walker.walk(cell.children);
  walker.flush();
  return walker.blocks.join(' ').replace(/\n/g, ' ');
}

function findAll(nodes: readonly ChildNode[], test: (el: Element) => boolean, found: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (test(node)) found.push(node);
    findAll(node.children, test, found);
  }
  return found;
}

function textOf(nodes: readonly ChildNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (isText(node)) out += node.data;
    else if (isTag(node)) out += textOf(node.children);
  }
  return out.replace(/\s+/g, ' ').trim();
}

function metaOf(root: readonly ChildNode[]): PageMeta {
  const metas = findAll(root, (el) => el.name === 'meta');
  const content = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      const el = metas.find((m) => (m.attribs.property ?? m.attribs.name ?? '').toLowerCase() === key);
      if (el?.attribs.content?.trim()) return el.attribs.content.trim();
    }
    return undefined;
  };
  const canonical = findAll(root, (el) => el.name === 'link' && (el.attribs.rel ?? '').toLowerCase() === 'canonical')[0]?.attribs.href;
  const title = content('og:title', 'twitter:title') ?? (textOf(findAll(root, (el) => el.name === 'title')[0]?.children ?? []) || undefined);
  const date = content('article:published_time', 'date', 'dc.date', 'dcterms.date', 'pubdate')?.slice(0, 10);
  const meta: PageMeta = {};
  if (title) meta.title = title;
  const publisher = content('og:site_name', 'publisher', 'dc.publisher');
  if (publisher) meta.publisher = publisher;
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) meta.date = date;
  const url = content('og:url') ?? canonical;
  if (url && /^https?:\/\//.test(url)) meta.url = url;
  return meta;
}

/** The page's article text as Markdown, and what its head says about it. */
export function htmlToMarkdown(html: string): HtmlText {
  const dom = parseDocument(html, { decodeEntities: true });
  const walker = new Walker();
  walker.walk(dom.children);
  walker.flush();
  return { markdown: walker.blocks.join('\n\n') + '\n', meta: metaOf(dom.children) };
}

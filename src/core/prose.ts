// Turns a Markdown document into prose blocks with exact source offsets, using markdown-it.
// Only prose is kept: code, HTML, front matter, link targets, autolinks, images and footnote
// definitions are masked out. Each block's `text` has the same length as its source slice, with
// everything that is not prose replaced by spaces, so offsets in `text` map 1:1 to the document.
import markdownit, { type MarkdownIt, type Token } from 'markdown-it';
import footnotePlugin from 'markdown-it-footnote';
import frontMatterPlugin from 'markdown-it-front-matter';
import { LineIndex } from './lineIndex';
import { fastParserSteps } from './parserLines';

export type BlockKind = 'paragraph' | 'heading' | 'cell';

export interface ProseBlock {
  kind: BlockKind;
  /** Document offset of text[0]. */
  start: number;
  text: string;
  /** Heading level for headings, 0 otherwise. */
  level: number;
  /** Index of the nearest heading above this block (for headings: the parent heading), or -1. */
  heading: number;
  /** Index of the paragraph that introduces the list or table this block belongs to, or -1. */
  leadIn: number;
  /** For table cells: the table, row and column; row 0 is the header row. */
  cell?: { table: number; row: number; column: number };
  /** For the items of a list: the innermost list they belong to (any number the items of one list share). */
  list?: number;
  /** A footnote reference, a link or a Pandoc citation occurs in this block. */
  cited: boolean;
  /** The links' texts, as offsets in `text`, with their targets; absent when the block has none. */
  links?: LinkText[];
}

/** The text of a link, [start, end) in its block's text, and where it leads. */
export interface LinkText {
  start: number;
  end: number;
  href: string;
}

export interface Directive {
  /** 0-based line of the comment. */
  line: number;
  /** True when the comment stands on its own line(s), as an HTML block. */
  ownLine: boolean;
  /** Last line the comment occupies. */
  endLine: number;
  action: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  codes: string[];
}

export interface ProseDocument {
  /** The Markdown the blocks were read from. */
  source: string;
  blocks: ProseBlock[];
  directives: Directive[];
  lines: LineIndex;
}

let plainParser: MarkdownIt | undefined;
let footnoteParser: MarkdownIt | undefined;

/**
 * The footnote plugin's rules start only at "[^" (a reference or a definition) or "^[" (an inline note):
 * a document without either parses to the same tokens without the plugin, and most drafts never load it.
 */
const FOOTNOTE_SYNTAX = /\[\^|\^\[/;

/** True when the source may hold a footnote, and is parsed with the footnote plugin. */
export function usesFootnoteSyntax(source: string): boolean {
  return FOOTNOTE_SYNTAX.test(source);
}

/** The parser factdesk uses; exported so that benchmarks measure the same configuration. */
export function createParser({ footnotes = true }: { footnotes?: boolean } = {}): MarkdownIt {
  const md = markdownit({ html: true, linkify: false, typographer: false });
  if (footnotes) md.use(footnotePlugin);
  md.use(frontMatterPlugin, () => undefined);
  // Keeping escapes and entities as separate tokens lets us find each piece of text in the source.
  md.disable('text_join');
  fastParserSteps(md);
  return md;
}

function parserFor(source: string): MarkdownIt {
  if (usesFootnoteSyntax(source)) return (footnoteParser ??= createParser());
  return (plainParser ??= createParser({ footnotes: false }));
}

const DIRECTIVE = /<!--\s*factdesk-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;
const PANDOC_CITATION = /\[[^\]\n]*@[\w:.#$%&\-+?<>~/]+[^\]\n]*\]/;
const PANDOC_CITATIONS = new RegExp(PANDOC_CITATION.source, 'g');

function readDirectives(html: string, line: number, ownLine: boolean, endLine: number, out: Directive[]): void {
  if (!html.includes('factdesk-')) return;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(html); m; m = DIRECTIVE.exec(html)) {
    const codes = m[2].trim().split(/[\s,]+/).filter(Boolean);
    out.push({ line, ownLine, endLine, action: m[1] as Directive['action'], codes });
  }
}

/** Collects the prose pieces of one inline token as [start, end) document offsets. */
class InlineWalker {
  segments: number[] = [];
  cited = false;
  /** Links' texts as document offsets, with their targets. */
  links: LinkText[] = [];
  private openLink: { start: number; href: string } | undefined;
  constructor(
    private readonly source: string,
    private pos: number,
    private readonly limit: number,
    private readonly lines: LineIndex,
    private readonly directives: Directive[],
  ) {}

  get position(): number {
    return this.pos;
  }

  private find(needle: string): number {
    if (needle.length === 0) return -1;
    const at = this.source.indexOf(needle, this.pos);
    return at >= 0 && at + needle.length <= this.limit ? at : -1;
  }

  /** Inside ~~struck-out~~ text: deleted words are read past but never checked. */
  private struck = 0;

  private keep(start: number, end: number): void {
    if (this.struck === 0) this.segments.push(start, end);
    this.pos = end;
  }

  /** Moves past a link destination or reference after the closing bracket of a link's text. */
  private skipLinkTail(): void {
    const close = this.find(']');
    if (close < 0) return;
    let at = close + 1;
    const next = this.source[at];
    if (next === '(') {
      let depth = 0;
      for (; at < this.limit; at++) {
        const ch = this.source[at];
        if (ch === '\\') at++;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) break;
      }
      at++;
    } else if (next === '[') {
      const end = this.source.indexOf(']', at);
      at = end >= 0 ? end + 1 : at;
    }
    this.pos = Math.min(at, this.limit);
  }

  walk(children: Token[]): void {
    for (let i = 0; i < children.length; i++) {
      const token = children[i];
      switch (token.type) {
        case 'text': {
          const at = this.find(token.content);
          if (at >= 0) this.keep(at, at + token.content.length);
          break;
        }
        case 'text_special': {
          const at = this.find(token.markup);
          if (at >= 0) {
            // An escaped character is prose ("\$5" reads "$5"); an entity is masked.
            if (token.info === 'escape') this.keep(at + 1, at + token.markup.length);
            else this.pos = at + token.markup.length;
          }
          break;
        }
        case 'code_inline': {
          const open = this.find(token.markup);
          if (open >= 0) {
            this.pos = open + token.markup.length;
            const close = this.find(token.markup);
            this.pos = close >= 0 ? close + token.markup.length : this.pos;
          }
          break;
        }
        case 'html_inline': {
          const at = this.find(token.content);
          if (at >= 0) {
            readDirectives(token.content, this.lines.positionAt(at).line, false, this.lines.positionAt(at).line, this.directives);
            this.pos = at + token.content.length;
          }
          break;
        }
        case 'footnote_ref': {
          this.cited = true;
          const label = (token.meta as { label?: string } | null)?.label ?? '';
          const at = this.find(`[^${label}]`);
          if (at >= 0) this.pos = at + label.length + 3;
          break;
        }
        case 'link_open': {
          if (token.markup === 'autolink') {
            const open = this.find('<');
            const close = open >= 0 ? this.source.indexOf('>', open) : -1;
            if (close >= 0) this.pos = close + 1;
            while (i < children.length && children[i].type !== 'link_close') i++;
          } else {
            this.cited = true;
            const open = this.find('[');
            if (open >= 0) {
              this.pos = open + 1;
              this.openLink = { start: this.pos, href: String(token.attrGet('href') ?? '') };
            }
          }
          break;
        }
        case 'link_close': {
          const close = this.find(']');
          if (this.openLink && close >= 0) this.links.push({ start: this.openLink.start, end: close, href: this.openLink.href });
          this.openLink = undefined;
          this.skipLinkTail();
          break;
        }
        case 's_open':
          this.struck++;
          break;
        case 's_close':
          this.struck = Math.max(0, this.struck - 1);
          break;
        case 'image': {
          const open = this.find('![');
          if (open >= 0) {
            this.pos = open + 2;
            this.skipLinkTail();
          }
          break;
        }
        default:
          break;
      }
    }
  }
}

/** Builds a masked copy of source[start, end) that keeps only the given segments. */
function maskedText(source: string, start: number, end: number, segments: number[]): string {
  const parts: string[] = [];
  let at = start;
  for (let i = 0; i < segments.length; i += 2) {
    const s = Math.max(segments[i], at);
    const e = Math.min(segments[i + 1], end);
    if (e <= s) continue;
    if (s > at) parts.push(blankOut(source.slice(at, s)));
    parts.push(source.slice(s, e));
    at = e;
  }
  if (end > at) parts.push(blankOut(source.slice(at, end)));
  return parts.join('').replace(URL_IN_TEXT, (url) => ' '.repeat(url.length));
}

const NOT_A_LINE_BREAK = /[^\n\r]/g;

/** Replaces everything but line breaks with spaces, keeping the length. */
function blankOut(text: string): string {
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return ' '.repeat(text.length);
  return text.replace(NOT_A_LINE_BREAK, ' ');
}

export function parseProse(source: string): ProseDocument {
  const lines = new LineIndex(source);
  const tokens = parserFor(source).parse(source, {});
  const blocks: ProseBlock[] = [];
  const directives: Directive[] = [];
  const headingAtLevel: number[] = [];
  const leadInStack: number[] = [];
  const listStack: number[] = [];
  let lastParagraph = -1;
  let lastBlockWasParagraph = false;
  let table = -1;
  let row = -1;
  let column = -1;
  let rowStart = 0;
  let rowEnd = 0;
  let rowCursor = 0;
  let inFootnote = 0;

  const nearestHeading = (): number => {
    for (let level = headingAtLevel.length - 1; level >= 1; level--) {
      if (headingAtLevel[level] !== undefined && headingAtLevel[level] >= 0) return headingAtLevel[level];
    }
    return -1;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    switch (token.type) {
      case 'footnote_block_open':
        inFootnote++;
        break;
      case 'footnote_block_close':
        inFootnote--;
        break;
      case 'html_block':
        if (token.map) readDirectives(token.content, token.map[0], true, token.map[1] - 1, directives);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        leadInStack.push(lastBlockWasParagraph ? lastParagraph : leadInStack.length > 0 ? leadInStack[leadInStack.length - 1] : -1);
        listStack.push(i);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        leadInStack.pop();
        listStack.pop();
        break;
      case 'table_open':
        table = i;
        row = -1;
        leadInStack.push(lastBlockWasParagraph ? lastParagraph : -1);
        break;
      case 'table_close':
        leadInStack.pop();
        table = -1;
        break;
      case 'tr_open':
        row++;
        column = -1;
        if (token.map) {
          rowStart = lines.lineStart(token.map[0]);
          rowEnd = token.map[1] < lines.lineCount ? lines.lineStart(token.map[1]) : source.length;
        }
        rowCursor = rowStart;
        break;
      case 'th_open':
      case 'td_open':
        column++;
        break;
      case 'inline': {
        if (inFootnote > 0) break;
        const parent = tokens[i - 1];
        const isCell = table >= 0 && (parent.type === 'th_open' || parent.type === 'td_open');
        let start: number;
        let end: number;
        if (isCell) {
          start = rowStart;
          end = rowEnd;
        } else if (token.map) {
          start = lines.lineStart(token.map[0]);
          end = token.map[1] < lines.lineCount ? lines.lineStart(token.map[1]) : source.length;
        } else {
          break;
        }
        const walker = new InlineWalker(source, isCell ? rowCursor : start, end, lines, directives);
        walker.walk(token.children ?? []);
        if (isCell) rowCursor = walker.position;
        const prose = maskedText(source, start, end, walker.segments);
        const pandocCited = prose.includes('@') && PANDOC_CITATION.test(prose);
        // A Pandoc citation's key ("[@agency-2024-01-17-december-2023]") is no prose: its dates and words
        // would date and name the figures around it, so citing one figure would change how others read.
        const text = pandocCited ? prose.replace(PANDOC_CITATIONS, blankOut) : prose;
        const isHeading = parent.type === 'heading_open';
        const level = isHeading ? Number(parent.tag.slice(1)) : 0;
        const block: ProseBlock = {
          kind: isHeading ? 'heading' : isCell ? 'cell' : 'paragraph',
          start,
          text,
          level,
          heading: nearestHeading(),
          leadIn: leadInStack.length > 0 ? leadInStack[leadInStack.length - 1] : -1,
          cited: walker.cited || pandocCited,
        };
        if (isCell) block.cell = { table, row, column };
        else if (!isHeading && listStack.length > 0) block.list = listStack[listStack.length - 1];
        if (walker.links.length > 0) block.links = walker.links.map((l) => ({ start: l.start - start, end: l.end - start, href: l.href }));
        const index = blocks.push(block) - 1;
        if (isHeading) {
          block.heading = -1;
          for (let l = level - 1; l >= 1; l--) {
            if (headingAtLevel[l] !== undefined && headingAtLevel[l] >= 0) {
              block.heading = headingAtLevel[l];
              break;
            }
          }
          headingAtLevel[level] = index;
          for (let l = level + 1; l < headingAtLevel.length; l++) headingAtLevel[l] = -1;
          lastBlockWasParagraph = false;
        } else if (!isCell) {
          lastParagraph = index;
          lastBlockWasParagraph = true;
        }
        break;
      }
      case 'heading_open':
        lastBlockWasParagraph = false;
        break;
      case 'fence':
      case 'code_block':
      case 'hr':
        lastBlockWasParagraph = false;
        break;
      default:
        break;
    }
  }
  return { source, blocks, directives, lines };
}

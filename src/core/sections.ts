// Splits a Markdown document into sections that can be checked on their own: a section starts at an
// ATX heading of level 1 or 2 in column 0, which ends every list, quote, table and paragraph above it,
// and at which the reading rules stop looking back. What a section still needs from the rest of the
// document is given to it: the level-1 heading above (its blocks' heading chain goes up to it), the date
// written under that heading ("last year" counts from it: dateUnderTitle), and every footnote and link
// reference definition (a marker is a citation only where its definition exists).

import { MONTH_NAME } from './periods';

export interface Section {
  /** Offsets of the section in the document. */
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
  /** Text parsed before the section (its ancestor heading), whose results are dropped. */
  prefix: string;
}

export interface SectionSplit {
  sections: Section[];
  /** The document's footnote and link reference definitions (first lines), in order. */
  definitions: string[];
}

/** How many paragraphs under a title may give the piece's date: a byline, then a date line. */
const PARAGRAPHS_THAT_MAY_DATE = 2;
/** How far into its paragraph a date line's or a dateline's date may stand. */
const DATE_REACH = 80;

/** The paragraph is a date line ("*Data desk · 20 June 2025*", "Last updated 2 April 2025. Figures from …"): a date near its start. */
export function isDateLine(paragraph: string): boolean {
  return DATE_NEAR_LINE_START.test(paragraph.slice(0, DATE_REACH));
}
/** A day, a month and a year, or a month and a year: "4 November 2024", "December 2024", "Jan. 3, 2025". */
const DATE_NEAR_LINE_START = new RegExp(`\\b(?:\\d{1,2}\\s+)?${MONTH_NAME}\\.?\\s+(?:\\d{1,2},?\\s+)?(?:19|20)\\d\\d\\b`);

/**
 * The date written under a level-1 heading whose line ends before `from`: near the start of one of the
 * first paragraphs (a setext underline skipped), before any heading ("*Health desk – December 2024*",
 * "WASHINGTON, 3 January 2025 (Wire) –"). Read from the text alone, by paragraphs (a wrapped line reads as
 * the unwrapped one), so that a whole document and a section given its title and this date read the same.
 */
export function dateUnderTitle(text: string, from: number): string | undefined {
  let paragraph = '';
  let seen = 0;
  for (let at = from; at <= text.length && seen < PARAGRAPHS_THAT_MAY_DATE; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end).trim();
    at = end + 1;
    const underline = paragraph === '' && seen === 0 && SETEXT_UNDERLINE.test(line);
    if (line !== '' && !underline && !line.startsWith('#') && paragraph.length < DATE_REACH) paragraph += ` ${line}`;
    // A paragraph ends at a blank line, a heading or the text's end.
    if (line === '' || line.startsWith('#') || newline < 0) {
      if (paragraph !== '') {
        seen++;
        const date = DATE_NEAR_LINE_START.exec(paragraph.slice(1, DATE_REACH + 1));
        if (date) return date[0];
        paragraph = '';
      }
      if (line.startsWith('#') || newline < 0) return undefined;
    }
  }
  return undefined;
}

/** A line that opens something other than a paragraph of prose. */
const NOT_PROSE = /^(?:[`~<|>[]|[-+*]\s|\d{1,9}[.)]\s)/;
/** How many paragraphs under a title make the piece's opening (DocumentReader.lede): a date line, a paragraph or two. */
export const OPENING_PARAGRAPHS = 3;
/** The longest opening a section is given: a short lede; of a longer one, the paragraphs within it, else only its date. */
const OPENING_MAX = 600;

/**
 * The paragraphs under a level-1 heading whose line ends before `from`, before any heading, as the reader
 * reads a piece's opening (each paragraph unwrapped), when they are short: a section is given them with its
 * title, so that the one country a lede names carries into it as it does in the whole document.
 */
export function openingUnderTitle(text: string, from: number): string | undefined {
  const paragraphs: string[] = [];
  let paragraph = '';
  let length = 0;
  for (let at = from; at <= text.length && paragraphs.length < OPENING_PARAGRAPHS; ) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end).trim();
    at = end + 1;
    const underline = paragraph === '' && paragraphs.length === 0 && SETEXT_UNDERLINE.test(line);
    // Only prose: a fence, HTML, a comment, a table, a list, a quote or a definition ends the opening (a fence
    // given to a section would swallow it).
    if (line !== '' && !underline && !line.startsWith('#') && NOT_PROSE.test(line)) {
      if (paragraph !== '') paragraphs.push(paragraph);
      break;
    }
    if (line !== '' && !underline && !line.startsWith('#')) {
      paragraph += paragraph === '' ? line : ` ${line}`;
      length += line.length + 1;
      // A long opening gives its first paragraphs, those within the limit; a first paragraph over it, nothing.
      if (length > OPENING_MAX) return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
    }
    if (line === '' || line.startsWith('#') || newline < 0) {
      if (paragraph !== '') paragraphs.push(paragraph);
      paragraph = '';
      if (line.startsWith('#') || newline < 0) break;
    }
  }
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
}

/** What a section under a title is given of the opening: its short lede, and its date where the lede holds none. */
function openingOf(text: string, from: number): string {
  const lede = openingUnderTitle(text, from);
  const date = dateUnderTitle(text, from);
  return (lede ? `${lede}\n\n` : '') + (date && !lede?.includes(date) ? `${date}\n\n` : '');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RAW_HTML_START = /^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i;
const HTML_BLOCK_START = /^ {0,3}<\/?[A-Za-z]/;
const SECTION_HEADING = /^(#{1,2})(?:[ \t]|$)/;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/;
/** Spaces and tabs at a line's start (sticky: matched where the line starts, possibly empty). */
const LEADING_BLANKS = /[ \t]*/y;
const FRONT_MATTER_OPEN = /^---\s*$/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)\s*$/;
const FENCE_CLOSE = /^ {0,3}[`~]+\s*$/;
const BLANK_LINE = /^\s*$/;
const COMMENT_OPEN = /^ {0,3}<!--/;
/** A setext heading's "===" underline. */
const SETEXT_UNDERLINE = /^ {0,3}=+\s*$/;
/** First characters of the lines the scan must look at: headings, HTML, fences, definitions, setext underlines. */
const LINE_START_THAT_MATTERS = new Set([...'#<`~[='].map((c) => c.charCodeAt(0)));

/** Where each kind of raw block ends; null while none is open. */
interface ScanState {
  fence: string | null;
  rawHtml: RegExp | null;
  comment: boolean;
  htmlBlock: boolean;
  frontMatter: boolean;
}

/** Updates the state for one line; true when the line is ordinary Markdown (outside raw blocks). */
function step(state: ScanState, line: string, first: boolean): boolean {
  if (first && FRONT_MATTER_OPEN.test(line)) return !(state.frontMatter = true);
  if (state.frontMatter) {
    if (FRONT_MATTER_CLOSE.test(line)) state.frontMatter = false;
    return false;
  }
  if (state.fence) {
    const close = FENCE.exec(line);
    if (close && close[1][0] === state.fence[0] && close[1].length >= state.fence.length && FENCE_CLOSE.test(line)) state.fence = null;
    return false;
  }
  if (state.comment) {
    if (line.includes('-->')) state.comment = false;
    return false;
  }
  if (state.rawHtml) {
    if (state.rawHtml.test(line)) state.rawHtml = null;
    return false;
  }
  if (BLANK_LINE.test(line)) {
    state.htmlBlock = false;
    return true;
  }
  const fence = FENCE.exec(line);
  if (fence) {
    state.fence = fence[1];
    return false;
  }
  if (COMMENT_OPEN.test(line)) {
    state.comment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
    return false;
  }
  const raw = RAW_HTML_START.exec(line);
  if (raw) {
    const close = new RegExp(`</${raw[1]}>`, 'i');
    if (!close.test(line)) state.rawHtml = close;
    return false;
  }
  if (HTML_BLOCK_START.test(line)) state.htmlBlock = true;
  return !state.htmlBlock;
}

/** The document's sections, in order, covering the whole text. */
export function splitSections(text: string): SectionSplit {
  const sections: Section[] = [];
  const definitions: string[] = [];
  const state: ScanState = { fence: null, rawHtml: null, comment: false, htmlBlock: false, frontMatter: false };
  let sectionStart = 0;
  let sectionLine = 0;
  let prefix = '';
  let levelOneHeading = '';
  // What a section under the title is given of the piece's opening, with a blank line after each part.
  let opening = '';
  let previousBlank = true;
  /**
   * The previous line when it was ordinary Markdown (a setext underline makes it a heading): its start and
   * end, or -1 (two numbers, not an array made for every line).
   */
  let previousStart = -1;
  let previousEnd = -1;
  for (let at = 0, line = 0; at < text.length || (at === 0 && line === 0); line++) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    // Indentation is skipped natively: a deeply nested list indents each line by dozens of spaces. test()
    // leaves the sticky pattern's lastIndex past the blanks and, unlike exec(), allocates no match.
    LEADING_BLANKS.lastIndex = at;
    LEADING_BLANKS.test(text);
    const first = Math.min(end, LEADING_BLANKS.lastIndex);
    const quiet = line > 0 && !state.fence && !state.comment && !state.rawHtml && !state.frontMatter;
    if (quiet && first === end) {
      // A blank line: the most common line there is, and it ends an HTML block.
      state.htmlBlock = false;
      previousBlank = true;
      previousStart = -1;
    } else if (quiet && !state.htmlBlock && !LINE_START_THAT_MATTERS.has(text.charCodeAt(first))) {
      // Prose, list items and quotes: no section starts here and no raw block opens.
      previousBlank = false;
      previousStart = at;
      previousEnd = end;
    } else {
      const content = text.slice(at, end);
      const wasHtml = state.htmlBlock;
      const ordinary = step(state, content, line === 0);
      if (ordinary) {
        const heading = SECTION_HEADING.exec(content);
        // A heading inside an HTML block is HTML; after a blank line it is a heading again.
        if (heading && at > 0 && (!wasHtml || previousBlank)) {
          sections.push({ start: sectionStart, end: at, line: sectionLine, prefix });
          sectionStart = at;
          sectionLine = line;
          prefix = heading[1].length === 2 && levelOneHeading ? `${levelOneHeading}\n\n${opening}` : '';
        }
        if (heading && heading[1].length === 1) {
          levelOneHeading = content;
          opening = openingOf(text, end + 1);
        } else if (SETEXT_UNDERLINE.test(content) && !previousBlank && previousStart >= 0) {
          // A setext heading ("Title" over "===") is a level-1 heading too.
          levelOneHeading = `# ${text.slice(previousStart, previousEnd).trim()}`;
          opening = openingOf(text, end + 1);
        }
        if (DEFINITION.test(content)) definitions.push(content);
      }
      previousBlank = first === end;
      previousStart = ordinary ? at : -1;
      previousEnd = end;
    }
    if (newline < 0) break;
    at = newline + 1;
  }
  sections.push({ start: sectionStart, end: text.length, line: sectionLine, prefix });
  return { sections, definitions };
}

const LABEL_USE = /\[\^?([^\]\n]+)\]/g;
const DEFINITION_LABEL = /^ {0,3}\[\^?([^\]\n]+)\]/;
const BLANKS = /\s+/g;

/** How Markdown matches labels: case-folded, whitespace collapsed. */
function normalLabel(label: string): string {
  return label.trim().replace(BLANKS, ' ').toLowerCase();
}

/**
 * The text to parse after a section: the definitions of the labels it uses (a long article's hundred
 * footnotes would otherwise be parsed again with every section).
 */
export function suffixFor(body: string, definitions: readonly string[]): string {
  if (definitions.length === 0) return '';
  const used = new Set<string>();
  for (const m of body.matchAll(LABEL_USE)) used.add(normalLabel(m[1]));
  const needed = definitions.filter((d) => used.has(normalLabel(DEFINITION_LABEL.exec(d)![1])));
  return needed.length > 0 ? `\n\n${needed.join('\n')}\n` : '';
}

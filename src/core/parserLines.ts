// Three steps of markdown-it that read every character of a document one at a time, replaced through its
// plugin interfaces with versions that give the same values and let the runtime's string search skip
// the characters nothing depends on:
// - the block state's line table (where each line starts and ends, and its indentation), which
//   markdown-it builds with a loop over every character of the source;
// - the normalize rule, which runs two regular-expression replacements over the whole source even when
//   it holds no carriage return and no NUL, as almost every document does;
// - the inline rule, which sets up an inline state and tries every inline rule at each punctuation mark
//   of a paragraph even when nothing in it is markup, as in most paragraphs of prose.
// The unit tests compare the token streams with those of markdown-it as published.
import type { MarkdownIt, StateBlock, StateCore } from 'markdown-it';

type Env = ConstructorParameters<typeof StateBlock>[2];

const TAB = 0x09;
const SPACE = 0x20;
/** markdown-it counts a tab as advancing to the next multiple of four columns. */
const TAB_WIDTH = 4;

/** The line table of markdown-it's block state, the arrays it builds in its constructor. */
interface LineTable {
  bMarks: number[];
  eMarks: number[];
  tShift: number[];
  sCount: number[];
  bsCount: number[];
  lineMax: number;
}

/**
 * Fills `table` for `src` as markdown-it's StateBlock constructor does: one row per line ending in a
 * newline, one for a last line without one unless it holds only spaces and tabs, and a closing row at
 * the end of the source. Only each line's indentation is read character by character.
 */
export function markLines(table: LineTable, src: string): void {
  const { bMarks, eMarks, tShift, sCount, bsCount } = table;
  const length = src.length;
  let start = 0;
  while (start < length) {
    let pos = start;
    let indent = 0;
    let offset = 0;
    for (; pos < length; pos++) {
      const code = src.charCodeAt(pos);
      if (code === SPACE) offset++;
      else if (code === TAB) offset += TAB_WIDTH - (offset % TAB_WIDTH);
      else break;
      indent++;
    }
    // A last line of spaces and tabs alone gets no row of its own.
    if (pos === length) break;
    const newline = src.indexOf('\n', pos);
    const end = newline < 0 ? length : newline;
    bMarks.push(start);
    eMarks.push(end);
    tShift.push(indent);
    sCount.push(offset);
    bsCount.push(0);
    start = end + 1;
  }
  bMarks.push(length);
  eMarks.push(length);
  tShift.push(0);
  sCount.push(0);
  bsCount.push(0);
  table.lineMax = bMarks.length - 1;
}

/**
 * markdown-it's block state with its line table made by markLines. The base constructor is given an
 * empty source, which it reads in no time, so that every field is created in the base's order and all
 * states share one shape.
 */
function lineTableState(Base: typeof StateBlock): typeof StateBlock {
  return class LineTableState extends Base {
    constructor(src: string, md: MarkdownIt, env: Env, tokens: StateBlock['tokens']) {
      super('', md, env, tokens);
      this.src = src;
      this.bMarks = [];
      this.eMarks = [];
      this.tShift = [];
      this.sCount = [];
      this.bsCount = [];
      markLines(this, src);
    }
  };
}

const CARRIAGE_RETURNS = /\r\n?/g;
const NULS = /\0/g;

/** markdown-it's normalize rule, searching for what it replaces before replacing it. */
function normalize(state: StateCore): void {
  let src = state.src;
  if (src.includes('\r')) src = src.replace(CARRIAGE_RETURNS, '\n');
  if (src.includes('\0')) src = src.replace(NULS, '\uFFFD');
  state.src = src;
}

/**
 * The characters where an inline rule of the engine's parser (createParser: markdown-it's own rules, with
 * linkify off, and the footnote plugin's) can make anything but plain text: a line break, an escape, code,
 * strikethrough, emphasis, a link, an image or a footnote (each needs "["), an autolink or HTML, an entity.
 * Content without any of them parses to one text token that holds all of it.
 */
const INLINE_MARKUP = /[\n\\`~*_[<&]/;

/** markdown-it's inline rule, which makes the one text token of plain content itself. */
function inline(state: StateCore): void {
  const { md, env, tokens } = state;
  const plainIsText = !md.options.linkify;
  for (const token of tokens) {
    if (token.type !== 'inline') continue;
    const content = token.content;
    if (plainIsText && content.length > 0 && !INLINE_MARKUP.test(content)) {
      const text = new state.Token('text', '', 0);
      text.content = content;
      token.children!.push(text);
    } else {
      md.inline.parse(content, md, env, token.children!);
    }
  }
}

/** Installs the three replacements in `md`. */
export function fastParserSteps(md: MarkdownIt): void {
  md.block.State = lineTableState(md.block.State);
  md.core.ruler.at('normalize', normalize);
  md.core.ruler.at('inline', inline);
}

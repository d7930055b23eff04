// Where a citation goes: at the end of the sentence that holds the figure, never inside a word, a table
// cell's neighbour or the next block. A paragraph may be wrapped over several lines; a table cell ends
// at its pipe; a list item, heading or quote line ends at its line end.
import { sentenceStarts } from './sentences';

/** A line that starts another block, so a wrapped sentence cannot continue on it. */
const BLOCK_START = /^[ \t]*(?:$|#{1,6}(?:\s|$)|>|[-*+][ \t]|\d{1,9}[.)][ \t]|\||```|~~~|<!--|\[\^[^\]]+\]:)/;
/** Lines a sentence may wrap over before we give up and stop at a line end. */
const MAX_WRAPPED_LINES = 12;
/** The run that ends a sentence: punctuation, then closing quotes and brackets. */
const TERMINAL = /[.!?…]+["'”’)\]]*$/;

export interface CitationAnchor {
  /** Just before the sentence's terminal punctuation (inline links, Pandoc citations). */
  beforePunctuation: number;
  /** Just after it, past closing quotes (footnote markers). */
  afterPunctuation: number;
  /** Where the sentence starts: a citation already in the sentence counts. */
  sentenceStart: number;
}

function lineEndFrom(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  return n < 0 ? text.length : text[n - 1] === '\r' ? n - 1 : n;
}

function lineStartBefore(text: string, offset: number): number {
  const n = text.lastIndexOf('\n', offset - 1);
  return n + 1;
}

/** The end of the text run that can hold the figure's sentence: the cell, the line, or the wrapped paragraph. */
function runEnd(text: string, offset: number): number {
  let lineEnd = lineEndFrom(text, offset);
  const line = text.slice(lineStartBefore(text, offset), lineEnd);
  const pipe = /(?<!\\)\|/.exec(text.slice(offset, lineEnd));
  if (pipe) return offset + pipe.index;
  if (/^[ \t]*(?:>|#{1,6}\s|\|)/.test(line)) return lineEnd;
  for (let wrapped = 0; wrapped < MAX_WRAPPED_LINES; wrapped++) {
    const next = text.indexOf('\n', lineEnd);
    if (next < 0) return lineEnd;
    const nextEnd = lineEndFrom(text, next + 1);
    if (BLOCK_START.test(text.slice(next + 1, nextEnd))) return lineEnd;
    lineEnd = nextEnd;
  }
  return lineEnd;
}

/** The start of the run that holds offset: its cell, its line, or its wrapped paragraph. */
function runStart(text: string, offset: number): number {
  let start = lineStartBefore(text, offset);
  const pipe = text.slice(start, offset).search(/(?<!\\)\|[^|]*$/);
  if (pipe >= 0) return start + pipe + 1;
  for (let wrapped = 0; wrapped < MAX_WRAPPED_LINES && start > 0; wrapped++) {
    const previousStart = lineStartBefore(text, start - 1);
    const previous = text.slice(previousStart, start).replace(/\r?\n$/, '');
    if (BLOCK_START.test(previous) || BLOCK_START.test(text.slice(start, lineEndFrom(text, start)))) break;
    start = previousStart;
  }
  return start;
}

/** Where to cite the figure at offset: the end of its sentence (or of its cell or line). */
export function citationAnchor(text: string, offset: number): CitationAnchor {
  const from = runStart(text, offset);
  const to = runEnd(text, offset);
  // Footnote markers after a full stop ("sold.[^1] Next") must not hide the sentence boundary.
  const run = text.slice(from, to).replace(/\[\^[^\]\s]+\]/g, (marker) => ' '.repeat(marker.length));
  const starts = sentenceStarts(run);
  let sentence = 0;
  while (sentence + 1 < starts.length && starts[sentence + 1] <= offset - from) sentence++;
  let end = sentence + 1 < starts.length ? from + starts[sentence + 1] : to;
  // Trailing spaces (or a hard line break's backslash) stay after the citation.
  while (end > offset && /[ \t\r\n\\]/.test(run[end - from - 1])) end--;
  const tail = TERMINAL.exec(run.slice(Math.max(offset, end - 12) - from, end - from));
  return {
    beforePunctuation: tail ? end - tail[0].length : end,
    afterPunctuation: end,
    sentenceStart: from + starts[sentence],
  };
}

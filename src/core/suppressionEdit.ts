// Pure text edit that silences a finding's line with `<!-- factdesk-disable-line CODE -->` at the end of
// the line's content. An inline comment keeps every block as it was: a comment line of its own would
// end a table, split a list or interrupt a paragraph. No vscode or Node imports: every host shares it.
// Offsets are UTF-16 code units.
import type { TextEdit } from './citations';

const NEXT_LINE = /^(\s*(?:>\s?)*)<!--\s*factdesk-disable-next-line\b([^>]*?)-->\s*$/;
const SAME_LINE = /<!--\s*factdesk-disable-line\b([^>]*?)-->/;

function lineStartAt(text: string, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
  return at;
}

function lineEndAt(text: string, start: number): number {
  const n = text.indexOf('\n', start);
  if (n < 0) return text.length;
  return text[n - 1] === '\r' ? n - 1 : n;
}

/** Codes already silenced by a comment's list; null when the comment silences every code. */
function listed(raw: string): string[] | null {
  const codes = raw.trim().split(/[\s,]+/).filter(Boolean);
  return codes.length === 0 ? null : codes;
}

/** An edit that adds the missing codes to an existing comment, or null when it already covers them. */
function mergeInto(commentStart: number, commentEnd: number, raw: string, codes: readonly string[], write: (codes: string[]) => string): TextEdit | null {
  const existing = listed(raw);
  if (existing === null) return null;
  const missing = codes.filter((c) => !existing.includes(c));
  if (codes.length > 0 && missing.length === 0) return null;
  return { start: commentStart, end: commentEnd, newText: write(codes.length === 0 ? [] : [...existing, ...missing]) };
}

/**
 * Where an end-of-line comment goes so that the line keeps its meaning: before a table row's closing
 * pipe, before an ATX heading's closing hashes, before a hard line break (two spaces or a backslash).
 */
export function lineContentEnd(line: string): number {
  let end = line.replace(/[ \t]+$/, '').length;
  const trimmed = line.slice(0, end);
  if (/(?<!\\)\|/.test(trimmed.slice(0, -1)) && /(?<!\\)\|$/.test(trimmed)) end -= 1;
  else if (/^[ \t]{0,3}#{1,6}[ \t]/.test(trimmed)) {
    const closing = /[ \t]+#+$/.exec(trimmed);
    if (closing) end = closing.index;
  } else if (/(?<!\\)\\$/.test(trimmed)) end -= 1;
  while (end > 0 && /[ \t]/.test(line[end - 1])) end--;
  return end;
}

/**
 * An edit that silences `codes` (all codes when empty) on the line containing `offset`: codes are added
 * to a factdesk comment already on that line or on its own line above it; else a comment goes at the end
 * of the line's content. Null when the line is already silenced for them.
 */
export function suppressionEdit(text: string, offset: number, codes: readonly string[] = []): TextEdit | null {
  const start = lineStartAt(text, offset);
  const end = lineEndAt(text, start);
  const line = text.slice(start, end);
  const same = SAME_LINE.exec(line);
  if (same) return mergeInto(start + same.index, start + same.index + same[0].length, same[1], codes, (c) => comment('disable-line', c));
  if (start > 0) {
    const prevEnd = text[start - 1] === '\n' && text[start - 2] === '\r' ? start - 2 : start - 1;
    const prevStart = lineStartAt(text, prevEnd);
    const m = NEXT_LINE.exec(text.slice(prevStart, prevEnd));
    if (m) return mergeInto(prevStart, prevEnd, m[2], codes, (c) => m[1] + comment('disable-next-line', c));
  }
  const at = start + lineContentEnd(line);
  return { start: at, end: at, newText: ` ${comment('disable-line', [...codes])}` };
}

function comment(action: 'disable-line' | 'disable-next-line', codes: string[]): string {
  return `<!-- factdesk-${action}${codes.length > 0 ? ` ${codes.join(' ')}` : ''} -->`;
}

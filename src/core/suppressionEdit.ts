// Pure text edit that adds `<!-- factdesk-disable-next-line CODE -->` on its own line above a line.
// No vscode or Node imports: the extension and the CLI share it. Offsets are UTF-16 code units.
import type { TextEdit } from './citations';

const NEXT_LINE = /^(\s*(?:>\s?)*)<!--\s*factdesk-disable-next-line\b([^>]*?)-->\s*$/;

function lineStartAt(text: string, offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
  return at;
}

/**
 * An edit that silences `codes` (all codes when empty) on the line containing `offset`. When the line
 * above already holds a disable-next-line comment, the codes are added to it instead; null when the
 * line is already silenced for them. The comment keeps the line's indentation and blockquote markers.
 */
export function suppressionEdit(text: string, offset: number, codes: readonly string[] = []): TextEdit | null {
  const start = lineStartAt(text, offset);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (start > 0) {
    const prevEnd = text[start - 1] === '\n' && text[start - 2] === '\r' ? start - 2 : start - 1;
    const prevStart = lineStartAt(text, prevEnd);
    const previous = text.slice(prevStart, prevEnd);
    const m = NEXT_LINE.exec(previous);
    if (m) {
      const existing = m[2].trim().split(/[\s,]+/).filter(Boolean);
      if (existing.length === 0) return null;
      const missing = codes.filter((c) => !existing.includes(c));
      if (codes.length > 0 && missing.length === 0) return null;
      const merged = codes.length === 0 ? [] : [...existing, ...missing];
      return { start: prevStart, end: prevEnd, newText: comment(m[1], merged) };
    }
  }
  const line = text.slice(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start));
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(line)![0].replace(/>[ \t]?$/, '> ');
  return { start, end: start, newText: comment(prefix, [...codes]) + eol };
}

function comment(prefix: string, codes: string[]): string {
  return `${prefix}<!-- factdesk-disable-next-line${codes.length > 0 ? ` ${codes.join(' ')}` : ''} -->`;
}

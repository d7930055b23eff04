// What a source open in an editor says about itself: its title (first heading, else the file name), a
// publication date and a URL written near its top. Used to propose a new source for its facts.
import * as vscode from 'vscode';

export interface DocumentMeta {
  title: string;
  date: string;
  url?: string;
  publisher?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The first date near the top: 2024-05-07, "May 7, 2024" or "7 May 2024"; else today. */
function dateOf(head: string): string {
  const iso = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b/.exec(head);
  if (iso) return iso[0];
  const words = new RegExp(`\\b(?:(\\d{1,2})\\s+(${MONTHS.join('|')})|(${MONTHS.join('|')})\\s+(\\d{1,2}),?)\\s+((?:19|20)\\d\\d)\\b`, 'i').exec(head);
  if (words) {
    const day = Number(words[1] ?? words[4]);
    const month = MONTHS.indexOf((words[2] ?? words[3]).toLowerCase()) + 1;
    return `${words[5]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return new Date().toISOString().slice(0, 10);
}

export function documentMeta(text: string, uri: vscode.Uri): DocumentMeta {
  const head = text.slice(0, 3000);
  const heading = /^#{1,6}\s+(.+)$/m.exec(head)?.[1]?.trim();
  const firstLine = head.split(/\r?\n/).find((l) => l.trim())?.trim();
  const file = uri.path.split('/').pop() ?? 'source';
  const url = /https?:\/\/[^\s)>\]"']+/.exec(head)?.[0] ?? (/^https?$/.test(uri.scheme) ? uri.toString() : undefined);
  return { title: heading ?? (firstLine && firstLine.length <= 120 ? firstLine : file), date: dateOf(head), ...(url ? { url } : {}) };
}

// Pure text edits that cite a source after a figure: GFM footnotes, inline links or Pandoc citations.
// No vscode or Node imports: the extension and the CLI share these. Offsets are UTF-16 code units,
// as in Finding.start/end; every edit is an insertion, so no edit can delete the writer's text.
import type { Source } from '../dataset/schema';
import { escapeRegExp } from './regex';
import { citationAnchor } from './citationAnchor';
import { MONTH_NAMES as MONTHS } from './wordLists';

export type CitationStyle = 'footnote' | 'inline' | 'pandoc';

export const CITATION_STYLES: readonly CitationStyle[] = ['footnote', 'inline', 'pandoc'];

/** Replace text[start, end) with newText. Edits returned together never overlap and are sorted by start. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** What a citation needs of a source (a dataset Source fits). */
export type CitableSource = Pick<Source, 'id' | 'title' | 'publisher' | 'date' | 'url'> & { author?: string };

export interface CitationRequest {
  /** The figure (or mention) cited: the citation goes at the end of the sentence that holds it. */
  offset: number;
  source: CitableSource;
}


/** "2024-05-07" → "7 May 2024"; anything else is returned as it is. */
export function formatSourceDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** Escapes the characters that would start Markdown syntax inside citation text. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

function linkDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

/** The text of a footnote definition or reference-list entry for a source. */
export function citationText(source: CitableSource): string {
  const parts = [
    source.author ? escapeMarkdownText(source.author) : '',
    `"${escapeMarkdownText(source.title)}"`,
    escapeMarkdownText(source.publisher),
    formatSourceDate(source.date),
  ].filter(Boolean);
  return `${parts.join(', ')}. <${source.url}>`;
}

/** The inline-link citation: ` ([RFE/RL, 7 May 2024](url))`. */
export function inlineCitation(source: CitableSource): string {
  return ` ([${escapeMarkdownText(source.publisher)}, ${formatSourceDate(source.date)}](${linkDestination(source.url)}))`;
}

/** The Pandoc citation: ` [@source-id]`. */
export function pandocCitation(source: CitableSource): string {
  return ` [@${source.id}]`;
}

const DEFINITION = /^\[\^([^\]\s]+)\]:[ \t]*(.*)$/gm;


function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The existing footnote definitions: label → first line of the definition. */
export function footnoteDefinitions(text: string): Map<string, string> {
  const found = new Map<string, string>();
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) {
    if (!found.has(m[1])) found.set(m[1], m[2]);
  }
  return found;
}

/** Labels of footnote markers used anywhere in the text (defined or not). */
function footnoteMarkers(text: string): Set<string> {
  const used = new Set<string>();
  for (const m of text.matchAll(/\[\^([^\]\s]+)\]/g)) used.add(m[1]);
  return used;
}

/** End of the run of footnote markers ("[^a][^b]") that starts at offset. */
function markerRunEnd(text: string, offset: number): { end: number; labels: string[] } {
  const labels: string[] = [];
  const re = /\[\^([^\]\s]+)\]/y;
  let at = offset;
  for (;;) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return { end: at, labels };
    labels.push(m[1]);
    at = re.lastIndex;
  }
}

/**
 * Edits that cite each request's source after its offset, in the given style. Inserting the same
 * citations again yields no edits: markers already present are kept, and a footnote definition for the
 * same source (found by its URL) is reused rather than duplicated.
 */
export function citationEdits(text: string, requests: readonly CitationRequest[], style: CitationStyle): TextEdit[] {
  const seen = new Set<string>();
  const unique = requests.filter((r) => {
    const key = `${r.offset}\u0000${r.source.id}`;
    if (seen.has(key) || r.offset < 0 || r.offset > text.length) return false;
    seen.add(key);
    return true;
  });
  if (style === 'footnote') return footnoteEdits(text, unique);
  const edits: TextEdit[] = [];
  const planned = new Set<string>();
  for (const { offset, source } of unique) {
    // Inline links and Pandoc citations go at the end of the sentence, before its full stop.
    const anchor = citationAnchor(text, offset);
    const at = anchor.beforePunctuation;
    const inline = style === 'inline';
    const one = inline
      ? `\\(\\[[^\\]\\n]*\\]\\(<?${escapeRegExp(source.url)}>?\\)\\)`
      : `\\[[^\\]\\n]*@${escapeRegExp(source.id)}(?![\\w:.#$%&\\-+?<>~/])[^\\]\\n]*\\]`;
    const other = `(?:\\(\\[[^\\]\\n]*\\]\\([^)\\n]*\\)\\)|\\[[^\\]\\n]*\\])`;
    const after = new RegExp(`^(?: ?${other})*? ?${one}`);
    const before = new RegExp(`${one}(?: ?${other})*$`);
    const key = `${at}\u0000${source.id}`;
    const sentence = text.slice(anchor.sentenceStart, anchor.afterPunctuation);
    const citedInSentence = inline ? sentence.includes(`](${source.url})`) || sentence.includes(`](<${source.url}>)`) : new RegExp(one).test(sentence);
    if (planned.has(key) || citedInSentence || after.test(text.slice(at, at + 2000)) || before.test(text.slice(Math.max(0, at - 2000), at))) continue;
    planned.add(key);
    edits.push({ start: at, end: at, newText: inline ? inlineCitation(source) : pandocCitation(source) });
  }
  return sortEdits(edits);
}

/**
 * The footnote's text holds the URL whole: not only as the start of a longer one (a report's front page
 * "…/annual-report/en/" inside a link to one of its chapters).
 */
function citesUrl(body: string, url: string): boolean {
  for (let at = body.indexOf(url); at >= 0; at = body.indexOf(url, at + 1)) {
    if (!URL_GOES_ON.test(body[at + url.length] ?? '')) return true;
  }
  return false;
}
/** A character that would carry a URL on: anything but white space or what closes a link. */
const URL_GOES_ON = /[^\s)>\]"'<]/;

function footnoteEdits(text: string, requests: readonly CitationRequest[]): TextEdit[] {
  const definitions = footnoteDefinitions(text);
  const taken = new Set([...definitions.keys(), ...footnoteMarkers(text)]);
  const labelOfSource = new Map<string, string>();
  const newDefinitions: string[] = [];

  const labelFor = (source: CitableSource): string => {
    const known = labelOfSource.get(source.id);
    if (known) return known;
    // Reuse a definition that already cites this source (by URL), whatever its label.
    for (const [label, body] of definitions) {
      if (citesUrl(body, source.url)) {
        labelOfSource.set(source.id, label);
        return label;
      }
    }
    let label = source.id;
    for (let n = 2; taken.has(label); n++) label = `${source.id}-${n}`;
    taken.add(label);
    labelOfSource.set(source.id, label);
    newDefinitions.push(`[^${label}]: ${citationText(source)}`);
    return label;
  };

  const edits: TextEdit[] = [];
  const planned = new Map<number, Set<string>>();
  for (const { offset, source } of requests) {
    const label = labelFor(source);
    // Once per source per sentence: a marker anywhere in the sentence (or right after it) is enough.
    const anchor = citationAnchor(text, offset);
    const run = markerRunEnd(text, anchor.afterPunctuation);
    if (run.labels.includes(label) || text.slice(anchor.sentenceStart, anchor.afterPunctuation).includes(`[^${label}]`)) continue;
    const at = run.end;
    const here = planned.get(at) ?? new Set<string>();
    if (here.has(label)) continue;
    here.add(label);
    planned.set(at, here);
    edits.push({ start: at, end: at, newText: `[^${label}]` });
  }
  // A definition is only added for a source that gets a marker or has markers already.
  const referenced = new Set([...footnoteMarkers(text), ...edits.map((e) => e.newText.slice(2, -1))]);
  const toAdd = newDefinitions.filter((d) => referenced.has(/^\[\^([^\]]+)\]/.exec(d)![1]));
  if (toAdd.length > 0) edits.push(appendAtEnd(text, toAdd));
  return sortEdits(edits);
}

/** Appends lines at the end of the document, after a blank line unless it already ends with footnotes. */
function appendAtEnd(text: string, lines: string[]): TextEdit {
  const eol = eolOf(text);
  let prefix = '';
  if (text.length > 0) {
    const trimmed = text.replace(/\s+$/, '');
    const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
    const endsWithNewline = /\n$/.test(text);
    const afterFootnote = /^\[\^[^\]\s]+\]:/.test(lastLine);
    if (!endsWithNewline) prefix = eol;
    if (!afterFootnote && !/\n[ \t]*\r?\n$/.test(text)) prefix += eol;
  }
  return { start: text.length, end: text.length, newText: `${prefix}${lines.join(eol)}${eol}` };
}

function sortEdits(edits: TextEdit[]): TextEdit[] {
  // Stable: at the same offset, markers come before what is appended at the end.
  return edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i).map(({ e }) => e);
}

/** Applies non-overlapping edits to text (for the CLI and tests). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

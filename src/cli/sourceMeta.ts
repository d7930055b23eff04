// The source a new dataset's facts cite, from --source-id, --title, --publisher, --date and --url, with
// what the document says about itself (an HTML page's head) as defaults.
import { basename } from 'node:path';
import { sourceSchema, type Source } from '../dataset/schema';
import { formatPath } from '../dataset/load';
import type { PageMeta } from '../core/extract/html';

export const SOURCE_OPTIONS = ['source-id', 'title', 'publisher', 'date', 'url'] as const;

const SOURCE_LINES: [string, string][] = [
  ['--source-id <id>', 'Id of the source (default: from publisher, date and title)'],
  ['--title <text>', "Title of the source (default: the page's title or first heading, else the file name)"],
  ['--publisher <name>', 'Who published it (required unless an HTML page names its site)'],
  ['--date <YYYY-MM-DD>', 'Publication date (required unless an HTML page gives it)'],
  ['--url <url>', 'Where a reader can check the figures (required unless an HTML page gives it)'],
];

/** The source options' help lines, the descriptions starting at `column`. */
export function sourceUsage(column: number, required = 'required unless an HTML page (names its site|gives it)', instead?: string): string {
  const pattern = new RegExp(required);
  return SOURCE_LINES.map(([option, text]) => `  ${option.padEnd(column - 2)}${instead ? text.replace(pattern, instead) : text}`).join('\n');
}

export const SOURCE_USAGE = sourceUsage(26);

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The source, or the message of what is missing or wrong. */
export function sourceFrom(values: Record<string, string[]>, file: string, meta: PageMeta & { heading?: string } = {}): Source | string {
  const given = (name: string): string | undefined => values[name]?.[0];
  const title = given('title') ?? meta.title ?? meta.heading ?? basename(file);
  const publisher = given('publisher') ?? meta.publisher;
  const date = given('date') ?? meta.date;
  const url = given('url') ?? meta.url;
  const missing = [!publisher && '--publisher', !date && '--date', !url && '--url'].filter(Boolean);
  if (missing.length > 0) return `${file}: the source needs ${missing.join(', ')} (facts must say where a reader can check them)`;
  const words = slug(title).split('-').slice(0, 4).join('-');
  const id = given('source-id') ?? ([slug(publisher!), slug(date!), words].filter(Boolean).join('-').slice(0, 80).replace(/-+$/, '') || 'source');
  const parsed = sourceSchema.safeParse({ id, title, publisher, date, url });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const option = { id: '--source-id', title: '--title', publisher: '--publisher', date: '--date', url: '--url' }[String(issue.path[0])] ?? formatPath(issue.path);
    return `${option}: ${issue.message}`;
  }
  return parsed.data;
}

// Cell readers of `factdesk import`: each turns one cell into a dataset value or says what is wrong.
import type { Fact, Period, Qualifier } from '../../dataset/schema';
import { PLAIN_UNITS, qualifierSchema, unitSchema } from '../../dataset/schema';
import { scanNumbers } from '../numbers';

export type Read<T> = { ok: T } | { error: string };

/**
 * A number as a spreadsheet exports it: "18166", "18,166" or "1.6"; with a decimal comma ("1,6",
 * "48.300.000.000,5") in files separated by semicolons; or as prose ("$5.8 million", "80%").
 */
export function readNumber(cell: string, decimalComma: boolean): Read<{ value: number; unit?: string }> {
  const text = cell.replace(/[\s\u00a0\u202f']/g, '');
  const plain = decimalComma
    ? /^[-−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text) ? text.replace(/\./g, '').replace(',', '.') : text.replace(',', '.')
    : /^[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text;
  if (/^[-−]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(plain)) return { ok: { value: Number(plain.replace('−', '-')) } };
  const tokens = scanNumbers(cell.trim());
  if (tokens.length === 1 && tokens[0].start === 0 && cell.trim().length - tokens[0].end <= 1) {
    const t = tokens[0];
    return { ok: { value: t.value, ...(t.unit !== 'count' ? { unit: t.unit } : {}) } };
  }
  return { error: `expected a number, got "${cell}"` };
}

const QUALIFIER_WORDS: Record<string, Qualifier> = {
  '': 'exact', exactly: 'exact', 'more than': 'more-than', over: 'more-than', above: 'more-than', 'at least': 'at-least',
  nearly: 'nearly', almost: 'nearly', about: 'approximately', around: 'approximately', approximately: 'approximately',
  roughly: 'approximately', some: 'approximately', 'fewer than': 'fewer-than', 'less than': 'fewer-than', under: 'fewer-than',
  'up to': 'up-to', range: 'range',
};

export function readQualifier(cell: string): Read<Qualifier> {
  const text = cell.trim().toLowerCase();
  const parsed = qualifierSchema.safeParse(text);
  if (parsed.success) return { ok: parsed.data };
  const word = QUALIFIER_WORDS[text.replace(/\s+/g, ' ')];
  return word ? { ok: word } : { error: `unknown qualifier "${cell}": expected ${qualifierSchema.options.join(', ')}` };
}

const UNIT_WORDS: Record<string, string> = { '%': 'percent', 'per cent': 'percent', percentage: 'percent', number: 'count', '': 'count', '€': 'EUR', '$': 'USD', '£': 'GBP' };

export function readUnit(cell: string): Read<Fact['unit']> {
  const text = cell.trim();
  const lower = text.toLowerCase();
  const candidate = UNIT_WORDS[lower] ?? ((PLAIN_UNITS as readonly string[]).includes(lower) ? lower : text.toUpperCase());
  const parsed = unitSchema.safeParse(candidate);
  return parsed.success ? { ok: parsed.data } : { error: `unknown unit "${cell}": expected count, percent, rank, fraction, rate or a currency code (USD, EUR)` };
}

export function readBoolean(cell: string): Read<boolean> {
  const text = cell.trim().toLowerCase();
  if (['yes', 'y', 'true', '1', 'x'].includes(text)) return { ok: true };
  if (['no', 'n', 'false', '0', ''].includes(text)) return { ok: false };
  return { error: `expected yes or no, got "${cell}"` };
}

const POINT = '(\\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]))?)';
const PERIOD = new RegExp(`^${POINT}(?:\\s*(?:–|—|/|to|-|\\.\\.)\\s*${POINT})?$`, 'i');

/** "2017", "2017-04", "2024-Q3", "2018–2023", "2018-06 to 2019-02"; empty is no period. */
export function readPeriod(cell: string, text: string): Read<Period | null> {
  const trimmed = cell.trim();
  if (!trimmed) return { ok: null };
  const m = PERIOD.exec(trimmed);
  if (!m) return { error: `expected a period such as 2023, 2022-06, 2024-Q3 or 2018–2023, got "${cell}"` };
  const point = (p: string): number | string => (/^\d{4}$/.test(p) ? Number(p) : p.toUpperCase());
  const period: Period = { from: point(m[1]), to: point(m[2] ?? m[1]) };
  if (text.trim()) period.text = text.trim();
  return { ok: period };
}

/** A list cell: "acme; globex" or "acme, globex". */
export function readList(cell: string): string[] {
  return cell.split(/[;,|]/).map((s) => s.trim()).filter(Boolean);
}

// `--format csv`: the desk's fact-check sign-off sheet, one row per figure of every draft (verified,
// contradicted, or not covered by any dataset), as RFC 4180 CSV that spreadsheets open as it is.
import type { FactIndex } from '../../core/factIndex';
import type { FigureLog } from '../../core/figureLog';
import { formatValue } from '../../core/describe';
import { sourceLine } from '../../core/messages';
import { LineIndex } from '../../core/lineIndex';

export const CSV_COLUMNS = ['file', 'line', 'column', 'section', 'figure', 'status', 'sourced value', 'source', 'quote'] as const;

/** A field quoted when it holds a comma, a quote or a line break; a leading = + - @ is kept as text. */
export function csvField(value: string | number): string {
  let text = String(value);
  // Spreadsheets run a cell that starts with these as a formula: a quote mark keeps it text.
  if (/^[=+\-@]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvInput {
  file: string;
  text: string;
  log: FigureLog;
}

export function formatCsv(inputs: readonly CsvInput[], index: FactIndex): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const { file, text, log } of inputs) {
    const lines = new LineIndex(text);
    for (const figure of log.figures) {
      const at = lines.positionAt(figure.start);
      const factId = figure.finding?.factId;
      const fact = factId ? index.fact(factId) : undefined;
      const fields = [file.replace(/\\/g, '/'), at.line + 1, at.character + 1, figure.section, figure.text, figure.status, fact ? formatValue(fact) : '', fact ? sourceLine(fact, index) : '', fact?.quote ?? ''];
      rows.push(fields.map(csvField).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

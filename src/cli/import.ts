// `factdesk import <figures.csv>`: a data desk's spreadsheet of figures becomes a dataset. The CSV is
// parsed by csv-parse (quoted fields, embedded commas and line breaks, a byte-order mark), separated
// by commas, semicolons or tabs. Exit codes: 0 every row imported, 1 some rows left out (each reported
// with its row and column; the rest is written), 2 bad usage, an unreadable file or no usable header.
import { writeFileSync } from 'node:fs';
import { readSourceText } from './sourceText';
import { parse } from 'csv-parse/sync';
import { importRows, type RowProblem, type TableRow } from '../core/import/rows';
import { DEFAULT_COLUMNS, FIELDS, type Field } from '../core/import/columns';
import { formatProblem, loadDatasets } from '../dataset/load';
import type { DatasetFile } from '../dataset/schema';
import { worldCountries } from '../core/worldCountries';
import { datasetText, readCatalogue } from './extract';
import { parseOptions } from './subcommand';
import { SOURCE_OPTIONS, sourceFrom, sourceUsage } from './sourceMeta';
import type { CliIo, ExitCode } from './main';

const COLUMN_LIST = FIELDS.map((f) => `    ${f.padEnd(16)}${DEFAULT_COLUMNS[f].map((c) => `"${c}"`).join(', ')}`).join('\n');

export const IMPORT_USAGE = `Usage: factdesk import [options] <figures.csv>

Turns a spreadsheet of figures (CSV, one fact per row) into a dataset (*.facts.json).
Columns are found by their header names (below, any case) or named with --map.
Every row with a problem is reported with its row and column and left out; the rest is imported.

Options:
  --map <field=Column,...>   Which column holds which field (repeatable), e.g.
                             --map entity=Country,value=Figure,quote="Source sentence"
  --delimiter <,|;|tab>      Field separator (default: found from the header line). With ";" numbers
                             use a decimal comma (1,6), as spreadsheets in many locales export them
${sourceUsage(29, 'required unless an HTML page (names its site|gives it)', 'for rows that name no source')}
  --dataset <path>           A catalogue or dataset whose entities and parties rows may name (repeatable)
  --out <file>               Write the dataset there (default: standard output)

Fields and the header names recognised without --map (entity, value, measure and quote are required):
${COLUMN_LIST}

Exit codes: 0 every row imported, 1 some rows left out, 2 bad usage or unreadable file.`;

function fail(io: CliIo, message: string): ExitCode {
  io.stderr(`factdesk import: ${message}\n`);
  return 2;
}

/** The separator of the header line: the most frequent of comma, semicolon and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ',';
}

/** "entity=Country,value=Figure" → { entity: 'Country', value: 'Figure' }; a comma inside a column name is kept. */
export function parseMap(values: readonly string[]): Record<string, string> | string {
  const map: Record<string, string> = {};
  for (const value of values) {
    for (const pair of value.split(/,(?=\s*[A-Za-z]+\s*=)/)) {
      const eq = pair.indexOf('=');
      if (eq <= 0) return `--map: expected field=Column, got "${pair}"`;
      map[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    }
  }
  return map;
}

export function runImport(argv: readonly string[], io: CliIo): ExitCode {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const parsed = parseOptions(argv, { values: [...SOURCE_OPTIONS, 'map', 'delimiter', 'dataset', 'out'], repeatable: ['map', 'dataset'] });
  if (typeof parsed === 'string') return fail(io, `${parsed}\n\n${IMPORT_USAGE}`);
  if (parsed.positional.length !== 1) return fail(io, `expected one CSV file, got ${parsed.positional.length}\n\n${IMPORT_USAGE}`);
  const file = parsed.positional[0];
  const map = parseMap(parsed.values.map ?? []);
  if (typeof map === 'string') return fail(io, map);
  const delimiterOption = parsed.values.delimiter?.[0];
  if (delimiterOption !== undefined && ![',', ';', 'tab', '\t'].includes(delimiterOption)) return fail(io, `--delimiter: expected ",", ";" or "tab", got "${delimiterOption}"`);

  const read = readSourceText(file, 'not a text file (a spreadsheet must be exported as CSV)');
  if ('error' in read) return fail(io, read.error);
  const body = read.text;
  const delimiter = delimiterOption === 'tab' ? '\t' : (delimiterOption ?? detectDelimiter(body));

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, trim: false }) as unknown as typeof records;
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return fail(io, `${file}${lines ? `, row ${lines}` : ''}: not valid CSV: ${(error as Error).message.replace(/^Invalid [^:]*: /, '')}`);
  }
  if (records.length < 2) return fail(io, `${file}: no rows below the header`);
  const [header, ...rest] = records;
  const rows: TableRow[] = rest.map((r) => ({ line: r.info.lines, cells: r.record }));

  let source;
  if (parsed.values.publisher || parsed.values.title || parsed.values.url || parsed.values.date) {
    source = sourceFrom(parsed.values, file);
    if (typeof source === 'string') return fail(io, source);
  }
  const catalogue = readCatalogue(parsed.values.dataset ?? []);
  if (catalogue.errors.length > 0) return fail(io, catalogue.errors.join('\n'));
  const loaded = loadDatasets(catalogue.inputs);
  if (loaded.problems.length > 0) return fail(io, loaded.problems.map(formatProblem).join('\n'));

  const result = importRows({
    header: header.record,
    rows,
    map,
    decimalComma: delimiter === ';',
    ...(source ? { source } : {}),
    catalogue: loaded.datasets,
    countries: worldCountries(),
  });
  if (typeof result === 'string') return fail(io, `${file}: ${result}`);
  const problems = [...result.problems];
  const data = validated(result.dataset, rows, result.columnNames, problems, catalogue.inputs, parsed.values.out?.[0]);

  problems.sort((a, b) => a.line - b.line);
  for (const p of problems) io.stderr(`${file}: row ${p.line}, column "${p.column}": ${p.message}\n`);
  if (data.facts.length === 0) {
    io.stderr(`factdesk import: no row of ${file} could be imported\n`);
    return 1;
  }
  const out = parsed.values.out?.[0];
  if (out) {
    try {
      writeFileSync(out, datasetText(data));
    } catch (error) {
      return fail(io, `${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  } else io.stdout(datasetText(data));
  const ignored = result.ignored.length > 0 ? `; columns not used: ${result.ignored.join(', ')}` : '';
  io.stderr(`factdesk import: ${data.facts.length} fact${data.facts.length === 1 ? '' : 's'} from ${file}${problems.length ? `, ${problems.length} rows left out` : ''}${out ? ` → ${out}` : ''}${ignored}\n`);
  return problems.length > 0 ? 1 : 0;
}

/**
 * The dataset as the loader accepts it: a fact the loader refuses (a value its quote does not state, a
 * duplicate id) is left out and reported at its row, and the rest is checked again.
 */
function validated(data: DatasetFile, rows: readonly TableRow[], columnNames: Partial<Record<Field, string>>, problems: RowProblem[], catalogue: Parameters<typeof loadDatasets>[0], out?: string): DatasetFile {
  const factLine = new Map<string, number>();
  const reported = new Set(problems.map((p) => p.line));
  const lines = rows.filter((r) => !reported.has(r.line) && !r.cells.every((c) => c.trim() === '')).map((r) => r.line);
  data.facts.forEach((f, k) => factLine.set(f.id, lines[k]));
  for (let guard = 0; guard < 50 && data.facts.length > 0; guard++) {
    const check = loadDatasets([...catalogue, { file: out ?? '<imported>', json: data }]);
    const bad = new Map<number, string[]>();
    for (const p of check.problems) {
      const m = /^facts\[(\d+)\]\.?(\w*)/.exec(p.path);
      if (!m) continue;
      const list = bad.get(Number(m[1])) ?? [];
      list.push(`${m[2] || 'fact'}: ${p.message}`);
      bad.set(Number(m[1]), list);
    }
    if (bad.size === 0) break;
    for (const [k, messages] of bad) {
      const fact = data.facts[k];
      const field = (/^(\w+)/.exec(messages[0])?.[1] ?? 'fact') as Field;
      problems.push({ line: factLine.get(fact.id) ?? 0, column: columnNames[field] ?? field, message: messages.join('; ') });
    }
    data = { ...data, facts: data.facts.filter((_, k) => !bad.has(k)) };
  }
  return data;
}

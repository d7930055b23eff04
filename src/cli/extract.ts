// `factdesk extract <source>`: proposes a dataset of the sourced figures in a Markdown, text or HTML
// document. Exit codes: 0 written, 2 bad usage, an unreadable source or a dataset that fails to load.
import { writeFileSync } from 'node:fs';
import { readSourceText } from './sourceText';
import { extname } from 'node:path';
import { BUNDLED_CATALOGUE } from '../dataset/bundled';
import { formatProblem, loadDatasets, type DatasetInput } from '../dataset/load';
import { extractDataset } from '../core/extract';
import { htmlToMarkdown, type PageMeta } from '../core/extract/html';
import type { DatasetFile } from '../dataset/schema';
import { worldCountries } from '../core/worldCountries';
import { readDatasetPaths } from './datasets';
import { parseOptions } from './subcommand';
import { SOURCE_OPTIONS, SOURCE_USAGE, sourceFrom } from './sourceMeta';
import type { CliIo, ExitCode } from './main';

export const EXTRACT_USAGE = `Usage: factdesk extract [options] <source.md|.txt|.html>

Proposes a dataset (*.facts.json) of the figures a source states: one fact per figure, with its
sentence as the quote, its entity, parties, value, unit, qualifier and period, measure words,
and a generated example and counterexample. What could not be resolved is marked with a
"review" note; the checker ignores such facts until the note is removed.

Options:
${SOURCE_USAGE}
  --entity <id>           Entity of figures that name none (default: the one the source names most,
                          marked for review)
  --dataset <path>        A catalogue or dataset whose entities and vendors facts may refer to, in
                          addition to the bundled catalogue (repeatable)
  --from <markdown|html>  How to read the source (default: by its extension; .html and .htm are HTML)
  --out <file>            Write the dataset there (default: standard output)

Exit codes: 0 written, 2 bad usage, unreadable source or invalid dataset.`;

function fail(io: CliIo, message: string): ExitCode {
  io.stderr(`factdesk extract: ${message}\n`);
  return 2;
}

/** A stable JSON text: the same input gives the same bytes. */
export function datasetText(data: DatasetFile): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The catalogue: the bundled entities and vendors, and the --dataset files. */
export function readCatalogue(paths: readonly string[]): { inputs: DatasetInput[]; errors: string[] } {
  const reading = readDatasetPaths([...paths]);
  return { inputs: [...BUNDLED_CATALOGUE, ...reading.inputs], errors: reading.errors };
}

function firstHeading(markdown: string): string | undefined {
  return /^#{1,6}\s+(.+)$/m.exec(markdown)?.[1]?.trim();
}

export function runExtract(argv: readonly string[], io: CliIo): ExitCode {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${EXTRACT_USAGE}\n`);
    return 0;
  }
  const parsed = parseOptions(argv, { values: [...SOURCE_OPTIONS, 'entity', 'dataset', 'from', 'out'], repeatable: ['dataset'] });
  if (typeof parsed === 'string') return fail(io, `${parsed}\n\n${EXTRACT_USAGE}`);
  if (parsed.positional.length !== 1) return fail(io, `expected one source file, got ${parsed.positional.length}\n\n${EXTRACT_USAGE}`);
  const file = parsed.positional[0];
  const from = parsed.values.from?.[0] ?? (/^\.html?$/i.test(extname(file)) ? 'html' : 'markdown');
  if (from !== 'html' && from !== 'markdown') return fail(io, `--from: expected "markdown" or "html", got "${from}"`);

  const read = readSourceText(file, 'not a text file');
  if ('error' in read) return fail(io, read.error);
  const text = read.text;

  let markdown = text;
  let meta: PageMeta = {};
  if (from === 'html') ({ markdown, meta } = htmlToMarkdown(text));
  const source = sourceFrom(parsed.values, file, { ...meta, heading: firstHeading(markdown) });
  if (typeof source === 'string') return fail(io, source);

  const catalogue = readCatalogue(parsed.values.dataset ?? []);
  if (catalogue.errors.length > 0) return fail(io, catalogue.errors.join('\n'));
  const loaded = loadDatasets(catalogue.inputs);
  if (loaded.problems.length > 0) return fail(io, loaded.problems.map(formatProblem).join('\n'));
  const entity = parsed.values.entity?.[0];
  if (entity !== undefined && !loaded.datasets.some((d) => d.data.entities.some((e) => e.id === entity))) {
    return fail(io, `--entity: unknown entity "${entity}" (not in the catalogue)`);
  }

  const data = extractDataset(markdown, { source, catalogue: loaded.datasets, countries: worldCountries(), ...(entity ? { entity } : {}) });
  const out = parsed.values.out?.[0];
  // The result must load like any dataset; a problem here is the extractor's, reported as such.
  const check = loadDatasets([...catalogue.inputs, { file: out ?? '<extracted>', json: data }]);
  if (check.problems.length > 0) return fail(io, `internal error: the extracted dataset does not load:\n${check.problems.map(formatProblem).join('\n')}`);

  const textOut = datasetText(data);
  if (out) {
    try {
      writeFileSync(out, textOut);
    } catch (error) {
      return fail(io, `${out}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  } else io.stdout(textOut);
  const review = data.facts.filter((f) => f.review !== undefined).length;
  io.stderr(`factdesk extract: ${data.facts.length} facts from ${file}${review ? `, ${review} marked for review` : ''}${out ? ` → ${out}` : ''}\n`);
  return 0;
}

// `factdesk`: the command-line entry point. Exit codes: 0 no warning or error, 1 some warning or
// error, 2 bad usage, unreadable input or an invalid dataset.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { version } from '../../package.json';
import { BUNDLED_DATASETS } from '../dataset/bundled';
import { formatProblem, loadDatasets, type DatasetInput } from '../dataset/load';
import { factsUnderReview } from '../dataset/review';
import { parseArgs, USAGE, type CheckOptions } from './args';
import { readDatasetPaths } from './datasets';
import { discoverFiles } from './files';
import { formatGithub } from './formats/github';
import { formatCsv } from './formats/csv';
import { figureLog } from '../core/figureLog';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { exitCodeFor, reportFor, summaryLine, type FileReport } from './report';
import { buildIndex, checkDocument } from '../core';
import { cacheKey, DEFAULT_CACHE_LOCATION, ReportCache } from './cache';
import { checkFiles, isCheckWorker, runCheckWorker } from './jobs';
import { shardOf } from './runOptions';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

export type ExitCode = 0 | 1 | 2;

function fail(io: CliIo, message: string): ExitCode {
  io.stderr(`factdesk: ${message}\n`);
  return 2;
}

function readInput(file: string): string {
  const text = readFileSync(file, 'utf8');
  // A byte-order mark is not part of the first line as editors count columns.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The running bundle, which worker threads run too; undefined when the CLI is not run from its bundle (tests). */
const cliScript = require.main === module ? __filename : undefined;

function openCache(options: CheckOptions, io: CliIo, datasets: readonly { file: string; text: string }[]): ReportCache | undefined {
  if (!options.cache) return undefined;
  let engine = version;
  try {
    if (cliScript) engine = readFileSync(cliScript, 'utf8');
  } catch {
    // The version alone then keys the cache.
  }
  const key = cacheKey({ version, engine, bundled: options.bundled, datasets });
  return ReportCache.open(resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION), key);
}

function check(options: CheckOptions, io: CliIo): ExitCode | Promise<ExitCode> {
  // Datasets first: an invalid dataset is a usage problem, reported before any output.
  const reading = readDatasetPaths(options.datasets);
  if (reading.errors.length > 0) {
    for (const error of reading.errors) io.stderr(`factdesk: ${error}\n`);
    return 2;
  }
  const inputs: DatasetInput[] = [...(options.bundled ? BUNDLED_DATASETS : []), ...reading.inputs];
  const loaded = loadDatasets(inputs);
  if (loaded.problems.length > 0) {
    for (const problem of loaded.problems) io.stderr(`factdesk: ${formatProblem(problem)}\n`);
    return 2;
  }
  if (inputs.length === 0) io.stderr('factdesk: no dataset (--no-bundled without --dataset): nothing to check against\n');
  const review = factsUnderReview(loaded.datasets);
  if (review.length > 0 && !options.quiet) io.stderr(`factdesk: ${review.length} fact${review.length === 1 ? '' : 's'} under review not used (remove a fact's "review" note once it is checked)\n`);

  const discovery = discoverFiles(options.inputs);
  if (discovery.errors.length > 0) {
    for (const error of discovery.errors) io.stderr(`factdesk: ${error}\n`);
    return 2;
  }
  if (discovery.files.length === 0) return fail(io, `no Markdown files found in ${options.inputs.join(', ')}`);

  const texts: { file: string; text: string }[] = [];
  for (const file of shardOf(discovery.files, options.shard)) {
    try {
      texts.push({ file, text: readInput(file) });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(io, `${file}: cannot read (${code === 'EACCES' ? 'permission denied' : (code ?? String(error))})`);
    }
  }

  if (options.format === 'csv') return signOffSheet(texts, loaded.datasets, io);
  const cache = openCache(options, io, reading.inputs);
  const reports = checkFiles(texts, { datasets: loaded.datasets, jobs: options.jobs, cache, workerScript: cliScript });
  return reports instanceof Promise ? reports.then((r) => output(r, options, io)) : output(reports, options, io);
}

/** `--format csv` lists every figure, not only findings: its files are checked here, on this thread. */
function signOffSheet(texts: readonly { file: string; text: string }[], datasets: Parameters<typeof buildIndex>[0], io: CliIo): ExitCode {
  const index = buildIndex(datasets);
  const results = texts.map(({ text }) => checkDocument(text, index, { mentions: false }));
  io.stdout(formatCsv(texts.map(({ file, text }, i) => ({ file, text, log: figureLog(text, results[i], index) })), index));
  return exitCodeFor(texts.map(({ file, text }, i) => reportFor(file, text, results[i].findings)));
}

function output(reports: FileReport[], options: CheckOptions, io: CliIo): ExitCode {
  switch (options.format) {
    case 'json':
      io.stdout(formatJson(reports));
      break;
    case 'sarif':
      io.stdout(formatSarif(reports, { version, quiet: options.quiet, root: io.cwd }));
      break;
    case 'github':
      io.stdout(formatGithub(reports, { quiet: options.quiet }));
      io.stderr(`${summaryLine(reports)}\n`);
      break;
    default:
      io.stdout(formatText(reports, { quiet: options.quiet }));
      io.stderr(`${summaryLine(reports)}\n`);
  }
  return exitCodeFor(reports);
}

export function run(argv: readonly string[], io: CliIo): ExitCode | Promise<ExitCode> {
  // Commands that make datasets parse their own options; their modules (HTML and CSV parsers, the
  // schema) load only when used, so that a check starts as fast as before.
  if (argv[0] === 'extract') return import('./extract').then((m) => m.runExtract(argv.slice(1), io));
  if (argv[0] === 'import') return import('./import').then((m) => m.runImport(argv.slice(1), io));
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return 0;
    case 'version':
      io.stdout(`${version}\n`);
      return 0;
    case 'usage-error':
      io.stderr(`factdesk: ${command.message}\n\n${USAGE}\n`);
      return 2;
    case 'check':
      return check(command.options, io);
  }
}

if (isCheckWorker()) {
  runCheckWorker();
} else if (require.main === module) {
  // `factdesk check … | head`: a reader that stops early is not an error; keep the check's exit code.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  const internalError = (error: unknown): ExitCode => {
    process.stderr.write(`factdesk: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  };
  // exitCode, not exit(): lets a large stdout finish writing to a pipe.
  const finish = (code: ExitCode): void => {
    process.exitCode = code;
  };
  try {
    const code = run(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
    });
    if (code instanceof Promise) code.then(finish, (error: unknown) => finish(internalError(error)));
    else finish(code);
  } catch (error) {
    finish(internalError(error));
  }
}

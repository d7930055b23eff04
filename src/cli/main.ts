// `factdesk`: the command-line entry point. Exit codes: 0 no warning or error, 1 some warning or
// error, 2 bad usage, unreadable input or an invalid dataset.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { version } from '../../package.json';
import { factsUnderReview } from '../dataset/review';
import { parseArgs, USAGE, type CheckOptions } from './args';
import { ChangesSince, onlyChanged } from './changedSince';
import { discoverFiles } from './files';
import { exitCodeWithLimit } from './maxWarnings';
import { planProject, type ProjectGroup } from './project';
import { formatGithub } from './formats/github';
import { formatCsv } from './formats/csv';
import { figureLog } from '../core/figureLog';
import { formatJson } from './formats/json';
import { formatJunit } from './formats/junit';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { exitCodeFor, reportFor, summaryLine, type FileReport } from './report';
import { buildIndex, checkDocument } from '../core';
import { CSV_COLUMNS } from './formats/csv';
import { cacheKey, DEFAULT_CACHE_LOCATION, hashText, ReportCache } from './cache';
import { DatasetCache } from './datasetCache';
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

/**
 * Set by main(): the CLI bundle (its text keys the result cache) and the script worker threads start (the
 * entry the user ran, dist/cli.js). Undefined when the CLI is not run from its bundle (tests call run()).
 */
let cliBundle: string | undefined;
let cliScript: string | undefined;

/** What identifies the running engine for the caches: the bundle's text, else the version. */
function runningEngine(): string {
  try {
    if (cliBundle) return readFileSync(cliBundle, 'utf8');
  } catch {
    // The version alone then keys the caches.
  }
  return version;
}

function cacheFolder(options: CheckOptions, io: CliIo): string {
  return resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE_LOCATION);
}

function openCache(options: CheckOptions, io: CliIo, groups: readonly ProjectGroup[], engine: string): ReportCache | undefined {
  if (!options.cache) return undefined;
  // Every configuration's datasets and settings key the cache: a changed .factdesk.json starts a fresh one.
  const datasets = groups.flatMap((g) => [
    ...g.datasetTexts,
    { file: g.settings.configFile ?? '(no configuration)', text: JSON.stringify([g.settings.severity, g.settings.vocabulary ?? null]) },
  ]);
  const key = cacheKey({ version, engine, bundled: options.bundled, datasets });
  return ReportCache.open(cacheFolder(options, io), key);
}

type FileText = { file: string; text: string };

function check(options: CheckOptions, io: CliIo): ExitCode | Promise<ExitCode> {
  const discovery = discoverFiles(options.inputs);
  if (discovery.errors.length > 0) {
    for (const error of discovery.errors) io.stderr(`factdesk: ${error}\n`);
    return 2;
  }
  if (discovery.files.length === 0) return fail(io, `no Markdown files found in ${options.inputs.join(', ')}`);
  const files = shardOf(discovery.files, options.shard);

  // Configuration and datasets next: an invalid one is a usage problem, reported before any output.
  const engine = options.cache ? runningEngine() : version;
  // With --cache, dataset files validated by an earlier run are read as they were validated.
  const plan = planProject(files, options, options.cache ? new DatasetCache(cacheFolder(options, io), hashText(`${version}\0${engine}`)) : undefined);
  if (plan.errors.length > 0) {
    for (const error of plan.errors) io.stderr(`factdesk: ${error}\n`);
    return 2;
  }
  if (plan.noDatasets) io.stderr('factdesk: no dataset (--no-bundled without --dataset): nothing to check against\n');
  // Facts an extraction left under review load but are not used: say so once per fact, whatever its groups.
  const review = new Set(factsUnderReview(plan.groups.flatMap((g) => g.datasets)).map((r) => `${r.file}\u0000${r.factId}`));
  if (review.size > 0 && !options.quiet) io.stderr(`factdesk: ${review.size} fact${review.size === 1 ? '' : 's'} under review not used (remove a fact's "review" note once it is checked)\n`);

  const texts = new Map<string, string>();
  for (const group of plan.groups) {
    for (const file of group.files) {
      try {
        texts.set(file, readInput(file));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return fail(io, `${file}: cannot read (${code === 'EACCES' ? 'permission denied' : (code ?? String(error))})`);
      }
    }
  }
  const own = (group: ProjectGroup): FileText[] => group.files.map((file) => ({ file, text: texts.get(file)! }));
  if (options.format === 'csv') return signOffSheet(files, plan.groups.map((g) => ({ group: g, texts: own(g) })), io);

  const cache = openCache(options, io, plan.groups, engine);
  const perGroup = plan.groups.map((group) => {
    const reports = checkFiles(own(group), { datasets: group.datasets, jobs: options.jobs, cache, workerScript: cliScript, severity: group.settings.severity });
    // An explicit "showVerified": false hides verified figures from every format but JSON, which has everything.
    const hide = (list: FileReport[]) => (group.hideVerified && options.format !== 'json' ? list.map((r) => ({ ...r, findings: r.findings.filter((f) => f.code !== 'figure-verified') })) : list);
    return reports instanceof Promise ? reports.then(hide) : hide(reports);
  });
  const finish = (lists: FileReport[][]): ExitCode => {
    // In the order found, whichever configuration each file has.
    const byFile = new Map(lists.flat().map((r) => [r.file, r]));
    let reports = files.flatMap((file) => byFile.get(file) ?? []);
    if (options.changedSince !== undefined) {
      const narrowed = onlyChanged(reports, new ChangesSince(options.changedSince));
      if ('error' in narrowed) return fail(io, narrowed.error);
      reports = narrowed.reports;
    }
    return output(reports, options, io);
  };
  return perGroup.some((r) => r instanceof Promise) ? Promise.all(perGroup).then(finish) : finish(perGroup as FileReport[][]);
}

/**
 * `--format csv` lists every figure, not only findings: its files are checked here, on this thread, each
 * against its own configuration's datasets; one sheet, in the order the files were found.
 */
function signOffSheet(files: readonly string[], groups: readonly { group: ProjectGroup; texts: FileText[] }[], io: CliIo): ExitCode {
  const sheets = new Map<string, string>();
  const reports: FileReport[] = [];
  for (const { group, texts } of groups) {
    const index = buildIndex(group.datasets);
    for (const { file, text } of texts) {
      const result = checkDocument(text, index, { mentions: false, severity: group.settings.severity });
      sheets.set(file, formatCsv([{ file, text, log: figureLog(text, result, index) }], index));
      reports.push(reportFor(file, text, result.findings));
    }
  }
  const rows = files.flatMap((file) => {
    const sheet = sheets.get(file);
    return sheet === undefined ? [] : [sheet.slice(sheet.indexOf('\r\n') + 2)];
  });
  io.stdout(`${CSV_COLUMNS.join(',')}\r\n${rows.join('')}`);
  return exitCodeFor(reports);
}

function output(reports: FileReport[], options: CheckOptions, io: CliIo): ExitCode {
  switch (options.format) {
    case 'json':
      for (const piece of formatJson(reports)) io.stdout(piece);
      break;
    case 'sarif':
      for (const piece of formatSarif(reports, { version, quiet: options.quiet, root: io.cwd })) io.stdout(piece);
      break;
    case 'junit':
      io.stdout(formatJunit(reports));
      break;
    case 'github':
      io.stdout(formatGithub(reports, { quiet: options.quiet }));
      io.stderr(`${summaryLine(reports)}\n`);
      break;
    default:
      io.stdout(formatText(reports, { quiet: options.quiet }));
      io.stderr(`${summaryLine(reports)}\n`);
  }
  return exitCodeWithLimit(reports, options.maxWarnings, io);
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
    case 'lsp':
      // The server keeps the process alive; its exit code is set when the client says exit. Loaded only
      // here: `check` does not pay for initialising the protocol libraries.
      void import('../lsp/stdio').then(({ startLanguageServer }) => startLanguageServer());
      return 0;
  }
}

/**
 * Runs the CLI on this process's arguments, or a worker thread's loop. `entry` is the script the process
 * started with (dist/cli.js, which compiles this bundle with a code cache): worker threads start it too.
 */
export function main(entry: string = __filename): void {
  cliBundle = __filename;
  cliScript = entry;
  if (isCheckWorker()) {
    runCheckWorker();
    return;
  }
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

// Run directly (node dist/cli-main.js): the bundle is its own entry.
if (require.main === module) main();

// `factdesk`: the command-line entry point. Exit codes: 0 no warning or error, 1 some warning or
// error, 2 bad usage, unreadable input or an invalid dataset.
import { readFileSync } from 'node:fs';
import { version } from '../../package.json';
import { checkDocument, type CheckResult, type FactIndex } from '../core';
import { parseArgs, USAGE, type CheckOptions } from './args';
import { ChangesSince, onlyChanged } from './changedSince';
import { discoverFiles } from './files';
import { exitCodeWithLimit } from './maxWarnings';
import { planProject } from './project';
import { formatGithub } from './formats/github';
import { CSV_COLUMNS, formatCsv } from './formats/csv';
import { figureLog } from '../core/figureLog';
import { formatJson } from './formats/json';
import { formatJunit } from './formats/junit';
import { formatSarif } from './formats/sarif';
import { formatText } from './formats/text';
import { reportFor, summaryLine, type FileReport } from './report';

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

interface CheckedFile {
  text: string;
  result: CheckResult;
  index: FactIndex;
}

/** The sign-off sheet in the order the files were found; each file is read against its own configuration's datasets. */
function csvInOrder(files: readonly string[], checked: ReadonlyMap<string, CheckedFile>): string {
  return files
    .flatMap((file) => {
      const entry = checked.get(file);
      return entry ? [formatCsv([{ file, text: entry.text, log: figureLog(entry.text, entry.result, entry.index) }], entry.index)] : [];
    })
    .map((sheet, i) => (i === 0 ? sheet : sheet.slice(sheet.indexOf('\r\n') + 2)))
    .join('') || `${CSV_COLUMNS.join(',')}\r\n`;
}

function check(options: CheckOptions, io: CliIo): ExitCode {
  const discovery = discoverFiles(options.inputs);
  if (discovery.errors.length > 0) {
    for (const error of discovery.errors) io.stderr(`factdesk: ${error}\n`);
    return 2;
  }
  if (discovery.files.length === 0) return fail(io, `no Markdown files found in ${options.inputs.join(', ')}`);

  // Configuration and datasets next: an invalid one is a usage problem, reported before any output.
  const plan = planProject(discovery.files, options);
  if (plan.errors.length > 0) {
    for (const error of plan.errors) io.stderr(`factdesk: ${error}\n`);
    return 2;
  }
  if (plan.noDatasets) io.stderr('factdesk: no dataset (--no-bundled without --dataset): nothing to check against\n');

  const changes = options.changedSince === undefined ? undefined : new ChangesSince(options.changedSince);
  const byFile = new Map<string, FileReport>();
  const checked = new Map<string, CheckedFile>();
  for (const group of plan.groups) {
    for (const file of group.files) {
      let text: string;
      try {
        text = readInput(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return fail(io, `${file}: cannot read (${code === 'EACCES' ? 'permission denied' : (code ?? String(error))})`);
      }
      const result = checkDocument(text, group.index, { mentions: false, severity: group.settings.severity });
      checked.set(file, { text, result, index: group.index });
      // An explicit "showVerified": false hides verified figures from every format but JSON, which has everything.
      const shown = group.hideVerified && options.format !== 'json' ? result.findings.filter((f) => f.code !== 'figure-verified') : result.findings;
      byFile.set(file, reportFor(file, text, shown));
    }
  }
  // In the order found, whichever configuration each file has.
  let reports = discovery.files.flatMap((file) => byFile.get(file) ?? []);
  if (changes) {
    const narrowed = onlyChanged(reports, changes);
    if ('error' in narrowed) return fail(io, narrowed.error);
    reports = narrowed.reports;
  }

  switch (options.format) {
    case 'json':
      io.stdout(formatJson(reports));
      break;
    case 'sarif':
      io.stdout(formatSarif(reports, { version, quiet: options.quiet, root: io.cwd }));
      break;
    case 'csv':
      io.stdout(csvInOrder(discovery.files, checked));
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

export function run(argv: readonly string[], io: CliIo): ExitCode {
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

if (require.main === module) {
  // `factdesk check … | head`: a reader that stops early is not an error; keep the check's exit code.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
  let code: ExitCode;
  try {
    code = run(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      cwd: process.cwd(),
    });
  } catch (error) {
    process.stderr.write(`factdesk: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    code = 2;
  }
  // exitCode, not exit(): lets a large stdout finish writing to a pipe.
  process.exitCode = code;
}

// Command-line parsing for `factdesk`. Pure: no I/O, so that every branch can be unit-tested.
import { applyRunOption, RUN_OPTIONS_USAGE, runOptionTakesValue, type RunOptions } from './runOptions';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'csv', 'junit'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface CheckOptions extends RunOptions {
  format: OutputFormat;
  /** --dataset values, in order given. */
  datasets: string[];
  /** False with --no-bundled. */
  bundled: boolean;
  quiet: boolean;
  /** Files, directories and globs, in order given. */
  inputs: string[];
  /** --config FILE: this configuration for every file instead of the nearest .factdesk.json. */
  config?: string;
  /** --no-config: no .factdesk.json at all. */
  noConfig?: boolean;
  /** --changed-since REF: only findings on lines changed since this git ref. */
  changedSince?: string;
  /** --max-warnings N: exit 1 only when there are more warnings than this (errors always fail). */
  maxWarnings?: number;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; options: CheckOptions }
  /** `factdesk lsp`: the language server over stdio. */
  | { kind: 'lsp' }
  /** Bad usage: the message goes to stderr and the exit code is 2. */
  | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: factdesk check [options] <file|dir|glob>...
       factdesk extract [options] <source.md|.txt|.html>   (see factdesk extract --help)
       factdesk import [options] <figures.csv>             (see factdesk import --help)
       factdesk lsp                                        (the language server, over stdio)

Checks the figures in Markdown drafts against sourced datasets.
Directories are searched recursively for *.md and *.markdown files (node_modules and
dot-directories are skipped). Globs support *, ** and ?, and a trailing ** is searched like a
directory; quote globs so that the shell leaves them alone: factdesk check 'drafts/**/*.md'

Options:
  --format <text|json|sarif|github|csv|junit>
                                     Output format (default: text); csv lists every figure
                                     with its status, for the desk's sign-off sheet; junit
                                     is JUnit XML for CI test reports
  --dataset <path>                   A *.facts.json file, or a folder of them, checked in
                                     addition to the bundled dataset (repeatable)
  --no-bundled                       Do not use the bundled dataset
  --config <file>                    Use this configuration file instead of the nearest
                                     .factdesk.json above each checked file
  --no-config                        Use no .factdesk.json
  --changed-since <ref>              Only report findings on lines changed since a git ref
                                     (committed, staged or not; untracked files count whole)
  --max-warnings <n>                 Exit 1 only with more than n warnings (errors always)
  -q, --quiet                        Report warnings and errors only (not in json output)
${RUN_OPTIONS_USAGE}
  -h, --help                         Show this help
  -v, --version                      Show the version

Exit codes: 0 no warnings or errors, 1 some warning or error, 2 bad usage, unreadable input
or invalid dataset.`;

const VALUED = new Set(['--format', '--dataset', '--config', '--changed-since', '--max-warnings']);

function takesValue(name: string): boolean {
  return VALUED.has(name) || runOptionTakesValue(name);
}

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) return { kind: 'usage-error', message: 'missing command: expected "check"' };
  // Help and version win wherever they appear (before "--"), as in most tools.
  for (const arg of argv) {
    if (arg === '--') break;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--version' || arg === '-v') return { kind: 'version' };
  }
  const [command, ...rest] = argv;
  if (command === 'help') return { kind: 'help' };
  // Editors start servers with flags of their own ("--stdio"); stdio is the only transport anyway.
  if (command === 'lsp') return { kind: 'lsp' };
  if (command !== 'check') {
    return {
      kind: 'usage-error',
      message: command.startsWith('-')
        ? `expected a command before options: factdesk check ${command} ...`
        : `unknown command "${command}": expected "check", "extract", "import" or "lsp"`,
    };
  }

  const options: CheckOptions = { format: 'text', datasets: [], bundled: true, quiet: false, inputs: [] };
  let formatSeen = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      options.inputs.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (arg === '-') return { kind: 'usage-error', message: 'reading from stdin is not supported; pass file names' };
      options.inputs.push(arg);
      continue;
    }
    let name = arg;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      name = arg.slice(0, eq);
      value = arg.slice(eq + 1);
    }
    if (takesValue(name)) {
      if (value === undefined) {
        if (i + 1 >= rest.length) return { kind: 'usage-error', message: `${name} needs a value` };
        value = rest[++i];
      }
      if (value === '') return { kind: 'usage-error', message: `${name} needs a value` };
      if (name === '--format') {
        if (!(FORMATS as readonly string[]).includes(value)) {
          return { kind: 'usage-error', message: `unknown format "${value}": expected one of ${FORMATS.join(', ')}` };
        }
        if (formatSeen && options.format !== value) {
          return { kind: 'usage-error', message: '--format given twice with different values' };
        }
        formatSeen = true;
        options.format = value as OutputFormat;
      } else if (name === '--dataset') {
        options.datasets.push(value);
      } else {
        const error = VALUED.has(name) ? setValued(options, name, value) : applyRunOption(options, name, value);
        if (error) return { kind: 'usage-error', message: error };
      }
      continue;
    }
    if (value !== undefined) return { kind: 'usage-error', message: `${name} takes no value` };
    if (name === '--no-bundled') options.bundled = false;
    else if (name === '--no-config') options.noConfig = true;
    else if (name === '--quiet' || name === '-q') options.quiet = true;
    else if (applyRunOption(options, name, undefined) === undefined) return { kind: 'usage-error', message: `unknown option "${name}"` };
  }
  if (options.config !== undefined && options.noConfig) {
    return { kind: 'usage-error', message: '--config and --no-config contradict each other' };
  }
  if (options.inputs.length === 0) {
    return { kind: 'usage-error', message: 'no input: pass at least one file, directory or glob' };
  }
  return { kind: 'check', options };
}

/** --config, --changed-since, --max-warnings; returns a usage error or undefined. */
function setValued(options: CheckOptions, name: string, value: string): string | undefined {
  if (name === '--config') options.config = value;
  else if (name === '--changed-since') options.changedSince = value;
  else {
    if (!/^\d+$/.test(value)) return `--max-warnings needs a whole number of 0 or more, got "${value}"`;
    options.maxWarnings = Number(value);
  }
  return undefined;
}

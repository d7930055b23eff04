import type { CliIo, ExitCode } from './main';
export function runImport(_argv: readonly string[], io: CliIo): ExitCode {
  io.stderr('factdesk import: not yet\n');
  return 2;
}

// `path:line:col severity code message`, one finding a line, like compilers print, so that editors
// and terminals turn the location into a link.
import type { FileReport } from '../report';
import { isProblem } from '../report';

export interface TextOptions {
  /** Warnings and errors only. */
  quiet: boolean;
}

/** Keeps each finding on one line whatever its message contains. */
function oneLine(message: string): string {
  return message.replace(/\r\n|[\r\n]/g, ' ');
}

export function formatText(reports: readonly FileReport[], options: TextOptions): string {
  let out = '';
  for (const report of reports) {
    for (const f of report.findings) {
      if (options.quiet && !isProblem(f.severity)) continue;
      out += `${report.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${oneLine(f.message)}\n`;
    }
  }
  return out;
}

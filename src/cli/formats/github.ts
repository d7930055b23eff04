// `--format github`: GitHub Actions workflow commands, which the runner turns into annotations on the
// pull request: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
// Escaping follows the runner (actions/toolkit command.ts): in the message %, \r and \n; in property
// values additionally : and ,.
import type { FileReport } from '../report';
import type { Severity } from '../../core/types';

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(severity: Severity): 'error' | 'warning' | 'notice' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

export interface GithubOptions {
  /** Warnings and errors only. */
  quiet: boolean;
}

/**
 * figure-verified findings are left out: an annotation on every correct figure would bury the
 * ones that need attention. Hints (missing-citation) become notices unless --quiet.
 */
export function formatGithub(reports: readonly FileReport[], options: GithubOptions): string {
  let out = '';
  for (const report of reports) {
    const file = report.file.replace(/\\/g, '/');
    for (const f of report.findings) {
      if (f.code === 'figure-verified') continue;
      if (options.quiet && f.severity !== 'error' && f.severity !== 'warning') continue;
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`factdesk ${f.code}`)}`,
      ].join(',');
      out += `::${command(f.severity)} ${properties}::${escapeData(f.message)}\n`;
    }
  }
  return out;
}

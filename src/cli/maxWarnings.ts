// --max-warnings N, as in ESLint and markdownlint-cli2: errors always fail the run, warnings only when
// there are more than N, so that a repository can hold the line at today's count and lower it over time.
import { exitCodeFor, type FileReport } from './report';

export function countBySeverity(reports: readonly FileReport[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const f of report.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  }
  return { errors, warnings };
}

export function exitCodeWithLimit(reports: readonly FileReport[], maxWarnings: number | undefined, io: { stderr(text: string): void }): 0 | 1 {
  if (maxWarnings === undefined) return exitCodeFor(reports);
  const { errors, warnings } = countBySeverity(reports);
  if (warnings > maxWarnings) {
    io.stderr(`factdesk: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
  }
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}

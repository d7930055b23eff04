// `--format junit`: JUnit XML, which CI systems (GitLab, Jenkins, Azure Pipelines, CircleCI) show as
// test results. One test suite per file; each warning or error is a failing test case named after its
// position and code; a file without any is one passing test case, so that checked files are counted.
// Verified figures and hints are left out, as in SARIF: they are no failures.
import type { FileReport } from '../report';
import { isProblem } from '../report';

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids outright are dropped; the five special ones are escaped.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatJunit(reports: readonly FileReport[]): string {
  let failuresTotal = 0;
  let testsTotal = 0;
  const suites: string[] = [];
  for (const report of reports) {
    const file = escapeXml(report.file.replace(/\\/g, '/'));
    const problems = report.findings.filter((f) => isProblem(f.severity));
    const cases = problems.map((f) => {
      const name = escapeXml(`${f.line}:${f.column} ${f.code}`);
      const message = escapeXml(f.message);
      const body = escapeXml(`${report.file}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`);
      return `    <testcase classname="${file}" name="${name}" file="${file}" line="${f.line}">\n` +
        `      <failure message="${message}" type="${f.severity}">${body}</failure>\n    </testcase>\n`;
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${file}" name="factdesk" file="${file}"/>\n`);
    testsTotal += cases.length;
    failuresTotal += problems.length;
    suites.push(`  <testsuite name="${file}" tests="${cases.length}" failures="${problems.length}" errors="0" skipped="0">\n${cases.join('')}  </testsuite>\n`);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="factdesk" tests="${testsTotal}" failures="${failuresTotal}" errors="0">\n${suites.join('')}</testsuites>\n`;
}

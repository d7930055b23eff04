// `npm start`: checks the example draft with the built CLI (extra arguments are passed on:
// `npm start -- --format json`). The draft is wrong on purpose, so the CLI exits 1, as it would in CI;
// this says so before npm prints its own "command failed" lines, rather than hiding the exit code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', 'examples/draft.md', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (result.error) throw result.error;
if (result.status === 1) {
  console.error(
    '\nfactdesk exited with code 1 because it found warnings: examples/draft.md contains deliberate mistakes ' +
      'to show each verdict. That is the expected result of this demo, even if npm then reports the script as failed.',
  );
}
process.exitCode = result.status ?? 2;

// Runs every *.test.js beside the suite's index inside the VS Code extension host (mocha 11, CommonJS).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** Runs the compiled suite files in `dir`; rejects when a test fails so that VS Code exits non-zero. */
export function runMocha(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec' });
  const grep = process.env.FACTDESK_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(dir, f));
  }
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      const total = passes + failures;
      const skipped = runner.stats?.pending ?? 0;
      // The plain closing line that CI log readers understand.
      console.log(`${passes} passed, ${failures} failed${skipped ? `, ${skipped} skipped` : ''}`);
      console.log(`integration suite took ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const out = process.env.VSCODE_TEST_RESULT_FILE;
      if (out) fs.writeFileSync(out, JSON.stringify({ total, failures }));
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else if (total === 0) reject(new Error('no tests ran'));
      else resolve();
    });
  });
}

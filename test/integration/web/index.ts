// Runs the web suite inside VS Code's web worker extension host (the extension's `browser` entry),
// started by run-vscode-tests.mjs --web. Everything is bundled: the worker can load nothing but vscode.
interface BrowserMocha {
  setup(options: Mocha.MochaOptions): void;
  run(done: (failures: number) => void): Mocha.Runner;
}
// mocha's browser build (the package's main entry is Node-only).
const mocha = require('mocha/mocha.js') as BrowserMocha;

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 30000, color: false });
    // Required after setup so that suite() and test() exist when the files run.
    require('./web.test');
    const started = Date.now();
    const runner = mocha.run((failures) => {
      const passes = runner.stats?.passes ?? 0;
      console.log(`${passes} passed, ${failures} failed`);
      console.log(`web suite took ${((Date.now() - started) / 1000).toFixed(1)} s`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else if (passes === 0) reject(new Error('no tests ran'));
      else resolve();
    });
  });
}

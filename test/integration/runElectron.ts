// Runs the same integration suite in a desktop VS Code through @vscode/test-electron.
// This needs a desktop VS Code: set VSCODE_EXECUTABLE to its binary (this machine has none, and
// test-electron's own download cannot reach its servers offline; CI uses the code-server harness).
//   npm run build && VSCODE_EXECUTABLE=/usr/share/code/code npm run test:electron
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    console.error('set VSCODE_EXECUTABLE to a desktop VS Code binary (>= 1.100) to run the suite in Electron');
    process.exit(2);
  }
  const code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(__dirname, 'index.js'),
    launchArgs: [path.join(root, 'test-workspace'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
  process.exit(code);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

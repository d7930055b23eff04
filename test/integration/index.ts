// Entry point VS Code loads as extensionTestsPath (code-server harness and @vscode/test-electron alike).
import { runMocha } from './runMocha';

export function run(): Promise<void> {
  return runMocha(__dirname);
}

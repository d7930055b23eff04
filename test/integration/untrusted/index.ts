// A second suite, run with Workspace Trust on and the folder untrusted (run-vscode-tests.mjs --untrusted).
import * as path from 'path';
import { runMocha } from '../runMocha';

export function run(): Promise<void> {
  return runMocha(path.join(__dirname));
}

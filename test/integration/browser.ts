// Asks the test harness (scripts/run-vscode-tests.mjs) for what only the browser can do: screenshots, and
// clicks and keys inside webviews. Only the Node extension host can write the request files; elsewhere
// (the web worker host, a desktop VS Code) `browserAvailable()` is false and such tests are skipped.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type BrowserRequest =
  | { screenshot: string }
  | { click: string }
  | { press: string; selector?: string }
  | { focused: string }
  | { axe: string };

export interface BrowserReply {
  ok: boolean;
  error?: string;
  file?: string;
  text?: string;
  violations?: { id: string; impact: string | null; help: string; targets: string[] }[];
}

let requests = 0;

export function browserAvailable(): boolean {
  return !!process.env.VSCODE_TEST_ACTIONS_DIR;
}

export async function browser(request: BrowserRequest, timeoutMs = 15000): Promise<BrowserReply> {
  const dir = process.env.VSCODE_TEST_ACTIONS_DIR;
  if (!dir) throw new Error('no test harness to ask (VSCODE_TEST_ACTIONS_DIR is not set)');
  const base = path.join(dir, `${process.pid}-${++requests}`);
  // Written under another name first so that the harness never reads half a request.
  fs.writeFileSync(`${base}.tmp`, JSON.stringify(request));
  fs.renameSync(`${base}.tmp`, `${base}.request.json`);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(`${base}.reply.json`)) {
      const reply = JSON.parse(fs.readFileSync(`${base}.reply.json`, 'utf8')) as BrowserReply;
      if (!reply.ok) throw new Error(`harness could not ${JSON.stringify(request)}: ${reply.error}`);
      return reply;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`harness did not answer ${JSON.stringify(request)} within ${timeoutMs} ms`);
}

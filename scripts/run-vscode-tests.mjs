#!/usr/bin/env node
// Runs the extension's mocha suite inside a real VS Code (code-server 4.100.3 = VS Code 1.100.3):
// code-server's Node extension host runs the extension + tests; the web workbench is opened in
// Debian's headless Chromium via playwright-core; exit code = the extension host's test exit code.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

// The harness runs itself as a child so that a failure of the machinery (timeout 3, code-server 4,
// browser 5, harness 6) is retried once; test failures (1) and missing prerequisites (2) are not.
if (!process.env.VSCODE_TEST_HARNESS_CHILD) {
  const { spawnSync } = await import('node:child_process');
  let code = 0;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: 'inherit', env: { ...process.env, VSCODE_TEST_HARNESS_CHILD: '1' },
    });
    code = child.status ?? 1;
    if (code < 3 || code === 130 || attempt === 2) break;
    console.error(`harness failed with exit code ${code}; trying once more`);
  }
  process.exit(code);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const testsPath = path.resolve(root, opt('--tests', 'out/test/integration/index.js'));
const workspace = path.resolve(root, opt('--workspace', 'test-workspace'));
const extDevPath = path.resolve(root, opt('--extension', '.'));
const timeoutMs = Number(opt('--timeout', process.env.VSCODE_TEST_TIMEOUT_MS || '240000'));
const codeServer = path.resolve(root, process.env.CODE_SERVER_DIR || '.vscode-test/code-server', 'node_modules/code-server/out/node/entry.js');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const verbose = !!process.env.VSCODE_TEST_VERBOSE;
// --untrusted: leave Workspace Trust on, so the folder opens in Restricted Mode (nobody trusts it).
const untrusted = args.includes('--untrusted');
// --web: run the dev extension (its `browser` entry) and the tests in the web worker extension host.
const web = args.includes('--web');
const pkg = JSON.parse(fs.readFileSync(path.join(extDevPath, 'package.json'), 'utf8'));

for (const [what, p] of [['code-server (run npm run install-code-server)', codeServer], ['chromium (apt-get install chromium)', chromiumPath], ['compiled tests (run npm run build)', testsPath]]) {
  if (!fs.existsSync(p)) { console.error(`missing ${what}: ${p}`); process.exit(2); }
}

const freePort = () => new Promise((res, rej) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); }); s.on('error', rej); });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-test-'));
// A kept profile needs the same origin (port) each run: the browser keeps storage per origin.
const port = process.env.VSCODE_TEST_PROFILE_DIR ? Number(process.env.VSCODE_TEST_PORT || 47190) : await freePort();
const resultFile = path.join(tmp, 'result.json');
// Tests in the Node extension host ask the harness for what only the browser can do (screenshots, clicks
// and keys inside a webview) by writing request files here; see test/integration/browser.ts.
const actionsDir = path.join(tmp, 'actions');
fs.mkdirSync(actionsDir);
const screenshotDir = path.resolve(root, process.env.VSCODE_TEST_SCREENSHOT_DIR || 'test-results/screenshots');

let server, browser, finished = false;
// code-server runs in its own process group so that its server, extension host and pty host all go.
const killServer = sig => { try { process.kill(-server.pid, sig); } catch {} };
process.on('exit', () => { if (server) killServer('SIGKILL'); });
async function finish(code, why) {
  if (finished) return; finished = true;
  if (why) console.error(why);
  try { await browser?.close(); } catch {}
  if (server && server.exitCode === null) { killServer('SIGTERM'); await new Promise(r => { server.once('exit', r); setTimeout(r, 5000); }); }
  // Keep code-server's log and the user-data dir (logs/) when the harness itself failed.
  if (process.env.VSCODE_TEST_KEEP_TMP || code >= 2) console.error(`logs kept in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(code);
}
setTimeout(() => finish(3, `TIMEOUT: no test result after ${timeoutMs} ms`), timeoutMs).unref();
process.on('SIGINT', () => finish(130, 'interrupted'));
process.on('unhandledRejection', e => finish(finished ? 0 : 6, `harness error: ${e?.stack ?? e}`));

// 1. code-server (VS Code server + web workbench). Its env is inherited by the extension host.
fs.writeFileSync(path.join(tmp, 'config.yaml'), '');
// No trust prompt or banner: the suite only needs the restricted state itself.
// VSCODE_TEST_PROFILE_DIR keeps the editor's and the browser's state from one run to the next, to measure
// a second session (the workspace searches it remembers); by default every run starts from nothing.
const profileDir = process.env.VSCODE_TEST_PROFILE_DIR ? path.resolve(process.env.VSCODE_TEST_PROFILE_DIR) : undefined;
const userDataDir = profileDir ? path.join(profileDir, 'user-data') : path.join(tmp, 'user-data');
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
  'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never',
  'workbench.startupEditor': 'none', 'git.openRepositoryInParentFolders': 'never',
  ...(web ? { 'remote.extensionKind': { [`${pkg.publisher}.${pkg.name}`]: ['web'] } } : {}),
}));
const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
server = spawn(process.execPath, [codeServer,
  '--config', path.join(tmp, 'config.yaml'),
  '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
  '--user-data-dir', userDataDir, '--extensions-dir', path.join(tmp, 'extensions'),
  '--disable-telemetry', '--disable-update-check', ...(untrusted ? [] : ['--disable-workspace-trust']),
  '--disable-getting-started-override', '--ignore-last-opened',
], { env: { EXTENSIONS_GALLERY: '{}', ...process.env, VSCODE_TEST_RESULT_FILE: resultFile, VSCODE_TEST_ACTIONS_DIR: actionsDir, XDG_CONFIG_HOME: tmp, XDG_DATA_HOME: tmp }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
server.on('exit', (c, s) => finish(4, `code-server exited early (code ${c}, signal ${s}); log: ${path.join(tmp, 'code-server.log')}`));
await new Promise((resolve, reject) => {
  const t = setTimeout(() => reject(new Error('code-server did not start in 60s')), 60000);
  const onData = d => { serverLog.write(d); if (verbose) process.stderr.write(`[code-server] ${d}`); if (String(d).includes('HTTP server listening')) { clearTimeout(t); resolve(); } };
  server.stdout.on('data', onData); server.stderr.on('data', onData);
}).catch(e => finish(4, e.message));

// 2. headless Chromium from Debian, driven by playwright-core (no browser download).
const browserOptions = {
  executablePath: chromiumPath, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
};
const viewport = { width: 1400, height: 860 };
// The workbench keeps extensions' workspace state in the browser's storage: a kept profile keeps it too.
browser = profileDir ? await chromium.launchPersistentContext(path.join(profileDir, 'browser'), { ...browserOptions, viewport }) : await chromium.launch(browserOptions);
const page = profileDir ? (browser.pages()[0] ?? await browser.newPage()) : await browser.newPage({ viewport });
// The workbench calls these when extensionTestsPath is set (IAutomatedWindow in VS Code):
// Workbench chatter that is expected in this offline setup; shown only with VSCODE_TEST_VERBOSE=1.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore: Migrating 0|Creation of workbench contribution)/;
await page.exposeFunction('codeAutomationLog', (type, args) => {
  const text = format(...(args ?? []));
  if (!verbose && type !== 'error' && NOISE.test(text)) return;
  (type === 'error' ? console.error : console.log)(text);
});
await page.exposeFunction('codeAutomationExit', async (code) => {
  let summary;
  try { summary = JSON.parse(fs.readFileSync(resultFile, 'utf8')); } catch {}
  console.log(`extension host exited with code ${code}${summary ? ` ${JSON.stringify(summary)}` : ''}`);
  // Belt and braces: a test that calls process.exit(0), or a runner that found no test files, is not a pass.
  if (code === 0 && summary && summary.failures > 0) code = 1;
  if (code === 0 && summary && summary.total === 0) { console.error('no tests ran'); code = 1; }
  await finish(code);
});
page.on('crash', () => finish(5, 'browser page crashed'));
browser.on('disconnected', () => finish(5, 'browser disconnected'));
if (verbose) page.on('console', m => console.error(`[browser ${m.type()}] ${m.text()}`));
page.on('pageerror', e => console.error(`[browser pageerror] ${e.message}`));

// Requests from the tests: { screenshot: name } | { click: selector } | { press: key, selector? } |
// { focused: selector } | { axe: selector }.
// A selector is looked up in the frames of webviews first (where the fact sheet lives), then the workbench.
async function frameWith(selector) {
  for (let i = 0; i < 50; i++) {
    for (const frame of page.frames().slice().reverse()) {
      if (await frame.$(selector).catch(() => null)) return frame;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no frame has ${selector}`);
}
async function perform(request) {
  if (request.screenshot) {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${path.basename(request.screenshot)}.png`);
    await page.screenshot({ path: file });
    return { file };
  }
  if (request.click) { await (await frameWith(request.click)).click(request.click); return {}; }
  if (request.press) {
    if (request.selector) await (await frameWith(request.selector)).focus(request.selector);
    await page.keyboard.press(request.press);
    return {};
  }
  if (request.axe) {
    // axe-core's accessibility rules, run inside the frame that holds `axe` (a selector). evaluate() goes
    // through the debugger protocol, so the webview's CSP (rightly) does not stop it.
    const frame = await frameWith(request.axe);
    const source = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
    await frame.evaluate(source);
    const violations = await frame.evaluate(async () => {
      const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    });
    return { violations };
  }
  if (request.focused) {
    // The text of the focused element in the frame that holds `focused` (a selector).
    const frame = await frameWith(request.focused);
    return { text: await frame.evaluate(() => document.activeElement?.textContent ?? '') };
  }
  throw new Error(`unknown request ${JSON.stringify(request)}`);
}
const busy = new Set();
setInterval(() => {
  for (const name of fs.readdirSync(actionsDir)) {
    if (!name.endsWith('.request.json') || busy.has(name)) continue;
    busy.add(name);
    const base = path.join(actionsDir, name.slice(0, -'.request.json'.length));
    const request = JSON.parse(fs.readFileSync(path.join(actionsDir, name), 'utf8'));
    perform(request)
      .then((result) => ({ ok: true, ...result }), (e) => ({ ok: false, error: String(e?.message ?? e) }))
      .then((reply) => { fs.writeFileSync(`${base}.reply.tmp`, JSON.stringify(reply)); fs.renameSync(`${base}.reply.tmp`, `${base}.reply.json`); fs.rmSync(path.join(actionsDir, name)); busy.delete(name); });
  }
}, 100).unref();

// 3. open the workbench with the dev extension + tests, as VS Code's own web integration tests do.
const host = `127.0.0.1:${port}`;
const remote = p => `vscode-remote://${host}${p}`;
const payload = JSON.stringify([
  ['extensionDevelopmentPath', remote(extDevPath)],
  ['extensionTestsPath', remote(testsPath)],
  ['skipWelcome', 'true'],
  ...(web ? [['extensionDevelopmentKind', 'web']] : []),
]);
const url = `http://${host}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
if (verbose) console.error(`opening ${url}`);
// waitUntil 'commit': the workbench keeps loading; the result arrives via codeAutomationExit.
await page.goto(url, { waitUntil: 'commit' }).catch(e => finish(5, `could not open the workbench: ${e.message}`));

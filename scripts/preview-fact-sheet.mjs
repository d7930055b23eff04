// Previews the fact sheet webview outside VS Code: serves media/factSheet.css and the built
// media/webview/factSheet.js in a page with the webview's CSP, a fake acquireVsCodeApi and VS Code-like
// theme variables, sends it sheets built from the bundled datasets, and saves screenshots of each.
//
//   npm run build && node scripts/preview-fact-sheet.mjs [--out DIR] [--subjects HU,GE,dataset]
//     [--themes light,dark,hc,hc-light] [--width 720] [--edge]
//
// --edge adds made-up sheets that the bundled data has none of: every qualifier in one chart (with figures
// left out), a dataset with no map series and a country without a shape, a sheet that makes the renderer
// throw, an unknown subject.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/fact-sheet-preview' },
    subjects: { type: 'string', default: 'HU,GE,BA,XK,dahua,dataset' },
    themes: { type: 'string', default: 'light,dark,hc' },
    width: { type: 'string', default: '720' },
    edge: { type: 'boolean', default: false },
  },
});

const script = join(root, 'media/webview/factSheet.js');
if (!existsSync(script)) {
  console.error('media/webview/factSheet.js is missing: run `npm run build` first.');
  process.exit(1);
}

// Theme variables as VS Code sets them on <html> (a subset), and the body class it sets.
const FONT = '-apple-system, BlinkMacSystemFont, "Segoe WPC", "Segoe UI", "Ubuntu", "Droid Sans", sans-serif';
const THEMES = {
  light: {
    bodyClass: 'vscode-light',
    vars: {
      foreground: '#3b3b3b', 'editor-background': '#ffffff', descriptionForeground: '#3b3b3b', focusBorder: '#005fb8',
      'charts-blue': '#1a85ff', 'charts-foreground': '#616161', 'charts-lines': 'rgba(97, 97, 97, 0.5)',
      'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-hoverBackground': '#0258a8',
      'editorHoverWidget-background': '#f8f8f8', 'editorHoverWidget-border': '#c8c8c8',
      'textBlockQuote-background': '#f8f8f8', 'textBlockQuote-border': '#e5e5e5', 'textLink-foreground': '#005fb8',
      'dropdown-background': '#ffffff', 'dropdown-border': '#cecece', 'dropdown-foreground': '#3b3b3b',
      'list-hoverBackground': '#f2f2f2', 'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b',
      'widget-shadow': 'rgba(0, 0, 0, 0.16)',
    },
  },
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      foreground: '#cccccc', 'editor-background': '#1f1f1f', descriptionForeground: '#9d9d9d', focusBorder: '#0078d4',
      'charts-blue': '#3794ff', 'charts-foreground': '#cccccc', 'charts-lines': 'rgba(204, 204, 204, 0.5)',
      'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-hoverBackground': '#026ec1',
      'editorHoverWidget-background': '#202020', 'editorHoverWidget-border': '#454545',
      'textBlockQuote-background': '#2b2b2b', 'textBlockQuote-border': '#616161', 'textLink-foreground': '#4daafc',
      'dropdown-background': '#313131', 'dropdown-border': '#3c3c3c', 'dropdown-foreground': '#cccccc',
      'list-hoverBackground': '#2a2d2e', 'badge-background': '#616161', 'badge-foreground': '#f8f8f8',
      'widget-shadow': 'rgba(0, 0, 0, 0.36)',
    },
  },
  hc: {
    bodyClass: 'vscode-high-contrast',
    vars: {
      foreground: '#ffffff', 'editor-background': '#000000', descriptionForeground: '#ffffff', focusBorder: '#f38518',
      contrastBorder: '#6fc3df', contrastActiveBorder: '#f38518', 'charts-blue': '#3794ff', 'charts-foreground': '#ffffff',
      'charts-lines': 'rgba(255, 255, 255, 0.5)', 'button-background': '#000000', 'button-foreground': '#ffffff',
      'button-border': '#6fc3df', 'editorHoverWidget-background': '#0c141f', 'editorHoverWidget-border': '#6fc3df',
      'textBlockQuote-background': '#000000', 'textBlockQuote-border': '#ffffff', 'textLink-foreground': '#21a6ff',
      'dropdown-background': '#000000', 'dropdown-border': '#6fc3df', 'dropdown-foreground': '#ffffff',
      'badge-background': '#000000', 'badge-foreground': '#ffffff',
    },
  },
  'hc-light': {
    bodyClass: 'vscode-high-contrast vscode-high-contrast-light',
    vars: {
      foreground: '#292929', 'editor-background': '#ffffff', descriptionForeground: '#292929', focusBorder: '#006bbd',
      contrastBorder: '#0f4a85', contrastActiveBorder: '#006bbd', 'charts-blue': '#0f4a85', 'charts-foreground': '#292929',
      'charts-lines': 'rgba(41, 41, 41, 0.5)', 'button-background': '#0f4a85', 'button-foreground': '#ffffff',
      'button-border': '#0f4a85', 'editorHoverWidget-background': '#ffffff', 'editorHoverWidget-border': '#0f4a85',
      'textBlockQuote-background': '#f2f2f2', 'textBlockQuote-border': '#292929', 'textLink-foreground': '#0f4a85',
      'dropdown-background': '#ffffff', 'dropdown-border': '#0f4a85', 'dropdown-foreground': '#292929',
      'badge-background': '#0f4a85', 'badge-foreground': '#ffffff',
    },
  },
};

/** The messages the extension would send for each subject, built with the engine from the bundled datasets. */
async function buildMessages(subjects) {
  const entry = `
    import { loadDatasets } from './src/dataset/load';
    import { BUNDLED_DATASETS } from './src/dataset/bundled';
    import { buildIndex, buildFactSheet } from './src/core';
    export function message(id) {
      const index = buildIndex(loadDatasets(BUNDLED_DATASETS).datasets);
      const subject = id === 'dataset' ? { kind: 'dataset' } : index.vendor(id) ? { kind: 'vendor', id } : { kind: 'entity', id };
      const sheet = buildFactSheet(index, subject);
      return sheet ? { type: 'show', subject, sheet } : { type: 'unknown', subject, reason: 'The loaded datasets have nothing about “' + id + '”.' };
    }`;
  const built = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'preview-models.ts' },
    bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'fact-sheet-models-')), 'models.cjs');
  writeFileSync(file, built.outputFiles[0].text);
  const { message } = createRequire(import.meta.url)(file);
  return subjects.map((id) => [id, message(id)]);
}

/** Made-up sheets for what the bundled data lacks. */
function edgeMessages(byId) {
  const georgia = byId.get('GE').sheet;
  const template = georgia.charts[0].figures[0];
  const qualifiers = [
    ['exact', '4,000', 4000], ['more-than', 'more than 10,000', 10000], ['at-least', 'at least 7,000', 7000],
    ['approximately', 'about 6,000', 6000], ['nearly', 'nearly 9,000', 9000], ['fewer-than', 'fewer than 1,000', 1000],
    ['up-to', 'up to 3,000', 3000], ['range', '2,000 to 5,000', 2000, 5000],
  ];
  const figures = qualifiers.map(([qualifier, valueText, value, upper], i) => ({
    ...template, factId: `edge-${i}`, label: qualifier, qualifier, valueText, value, ...(upper ? { upper } : {}),
  }));
  const qualifierSheet = {
    ...georgia, id: 'edge', title: 'Every qualifier', subtitle: 'Made-up figures', country: null, others: [template], othersHidden: 5,
    charts: [{ ...georgia.charts[0], id: 'chart-1', title: 'One bar per qualifier', order: 'largest-first', max: 10000, figures, hidden: 2 }],
  };
  const dataset = byId.get('dataset').sheet;
  const noSeries = { ...dataset, series: [], countries: [...dataset.countries, { id: 'ZZ', name: 'Nowhere Land', figureCount: 1 }] };
  return [
    ['edge-qualifiers', { type: 'show', subject: { kind: 'entity', id: 'edge' }, sheet: qualifierSheet }],
    ['edge-no-series', { type: 'show', subject: { kind: 'dataset' }, sheet: noSeries }],
    ['edge-throws', { type: 'show', subject: { kind: 'entity', id: 'broken' }, sheet: { ...qualifierSheet, charts: null } }],
    ['edge-unknown', { type: 'unknown', subject: { kind: 'entity', id: 'ZZ' }, reason: 'The loaded datasets have nothing about “ZZ”.' }],
  ];
}

function page(theme, nonce) {
  const csp = `default-src 'none'; img-src 'self' data:; style-src 'self'; font-src 'self'; script-src 'nonce-${nonce}'`;
  const setup = `
    window.__posted = []; window.__csp = []; let state;
    window.acquireVsCodeApi = () => ({
      postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => state, setState: (s) => { state = s; },
    });
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || e.sample)));
    for (const [name, value] of Object.entries(${JSON.stringify(theme.vars)})) document.documentElement.style.setProperty('--vscode-' + name, value);
    document.documentElement.style.setProperty('--vscode-font-family', ${JSON.stringify(FONT)});
    document.documentElement.style.setProperty('--vscode-font-size', '13px');
    document.body.className = ${JSON.stringify(theme.bodyClass)};`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="icon" href="data:,"><link rel="stylesheet" href="/factSheet.css"></head>
<body><main id="root" aria-live="polite"><p>Loading…</p></main>
<script nonce="${nonce}">${setup}</script>
<script nonce="${nonce}" src="/factSheet.js"></script></body></html>`;
}

function serve(themes) {
  const nonce = 'preview';
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const files = { '/factSheet.css': ['media/factSheet.css', 'text/css'], '/factSheet.js': ['media/webview/factSheet.js', 'text/javascript'] };
    const file = files[url.pathname];
    const theme = themes[url.searchParams.get('theme') ?? 'light'];
    if (file) response.writeHead(200, { 'content-type': file[1] }).end(readFileSync(join(root, file[0])));
    else if (url.pathname === '/' && theme) response.writeHead(200, { 'content-type': 'text/html' }).end(page(theme, nonce));
    else response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function summarize(message) {
  if (message.type !== 'rendered') return JSON.stringify(message);
  const first = message.figures[0]?.text ?? '';
  return `rendered ${JSON.stringify(message.subject)}: ${message.figures.length} figures, map ${message.map}` +
    (first ? `\n      first: ${first.length > 180 ? `${first.slice(0, 180)}…` : first}` : '');
}

/** Keyboard checks on a drawn sheet: arrows move between figures, Tab reaches the citation button, Enter on a map country opens it. */
async function tryKeyboard(tab) {
  let country = '';
  if (await tab.locator('path.country').count()) {
    await tab.locator('path.country').first().focus();
    await tab.keyboard.press('Enter');
    country = `; Enter on a map country → ${JSON.stringify(await tab.evaluate(() => window.__posted.at(-1)))}`;
  }
  const figures = await tab.locator('[data-fact-id]').count();
  if (figures < 2) return `fewer than two figures: arrows not tried${country}`;
  await tab.locator('[data-fact-id]').first().focus();
  await tab.keyboard.press('ArrowDown');
  const second = await tab.evaluate(() => document.activeElement?.getAttribute('data-fact-id'));
  await tab.keyboard.press('End');
  await tab.keyboard.press('Home');
  await tab.keyboard.press('Tab');
  const button = await tab.evaluate(() => document.activeElement?.textContent);
  await tab.keyboard.press('Enter');
  const cited = await tab.evaluate(() => window.__posted.at(-1));
  return `ArrowDown → ${second}; Home, Tab → button "${button}"; Enter → ${JSON.stringify(cited)}${country}`;
}

const out = args.out;
mkdirSync(out, { recursive: true });
const ids = args.subjects.split(',').filter(Boolean);
let messages = await buildMessages(args.edge ? [...new Set([...ids, 'GE', 'dataset'])] : ids);
if (args.edge) messages = [...messages.filter(([id]) => ids.includes(id)), ...edgeMessages(new Map(messages.map(([id, m]) => [id, m])))];
const themes = Object.fromEntries(args.themes.split(',').map((name) => [name, THEMES[name]]));
for (const [name, theme] of Object.entries(themes)) if (!theme) throw new Error(`unknown theme ${name}: ${Object.keys(THEMES).join(', ')}`);

const server = await serve(themes);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let problems = 0;
try {
  for (const themeName of Object.keys(themes)) {
    const tab = await browser.newPage({ viewport: { width: Number(args.width), height: 900 } });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    tab.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
    await tab.goto(`http://127.0.0.1:${server.address().port}/?theme=${themeName}`);
    await tab.waitForFunction(() => window.__posted.some((m) => m.type === 'ready'));
    console.log(`\n== ${themeName}`);
    for (const [id, message] of messages) {
      const before = await tab.evaluate(() => window.__posted.length);
      await tab.evaluate((m) => window.postMessage(m, '*'), message);
      // A sheet that fails to draw shows an error and reports nothing; every other sheet reports itself.
      const fails = id === 'edge-throws';
      if (message.type === 'show' && !fails) {
        await tab.waitForFunction((n) => window.__posted.length > n, before, { timeout: 5000 }).catch(() => errors.push(`${id}: no rendered message`));
      } else {
        await tab.waitForTimeout(100);
      }
      if (fails && !(await tab.locator('#root .error').count())) errors.push(`${id}: no error message shown`);
      const posted = await tab.evaluate((n) => window.__posted.slice(n), before);
      const path = join(out, `${id}-${themeName}.png`);
      await tab.screenshot({ path, fullPage: true });
      console.log(`  ${id}: ${path}`);
      for (const m of posted) console.log(`    ${summarize(m)}`);
      // One look at a figure's details panel, as keyboard focus shows it.
      if (await tab.locator('[data-fact-id]').count()) {
        await tab.locator('[data-fact-id]').first().focus();
        await tab.waitForTimeout(50);
        await tab.screenshot({ path: join(out, `${id}-${themeName}-focus.png`) });
        if (themeName === Object.keys(themes)[0]) console.log(`    keyboard: ${await tryKeyboard(tab)}`);
        await tab.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
      }
      // The other map series, chosen as a reader would.
      if ((await tab.locator('select option').count()) > 1) {
        await tab.selectOption('select', { index: 1 });
        await tab.locator('.map').screenshot({ path: join(out, `${id}-${themeName}-series-2.png`) });
        await tab.selectOption('select', { index: 0 });
      }
    }
    for (const violation of await tab.evaluate(() => window.__csp)) errors.push(`CSP violation: ${violation}`);
    for (const error of errors) console.log(`  !! ${error}`);
    problems += errors.length;
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(problems === 0 ? '\nno page errors' : `\n${problems} problem(s)`);
process.exitCode = problems === 0 ? 0 : 1;

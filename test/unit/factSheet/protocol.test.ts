import { strict as assert } from 'node:assert';
import { webviewMessageSchema } from '../../../src/webview/protocol';
import { contentSecurityPolicy, factSheetHtml, makeNonce } from '../../../src/vscode/factSheetHtml';

describe('fact sheet webview: messages and page', () => {
  describe('messages from the webview', () => {
    const accepts = (message: unknown) => webviewMessageSchema.safeParse(message).success;

    it('accepts the messages the webview sends', () => {
      assert.ok(accepts({ type: 'ready' }));
      assert.ok(accepts({ type: 'insertCitation', factId: 'hu-shodan-hikvision-devices' }));
      assert.ok(accepts({ type: 'open', subject: { kind: 'entity', id: 'HU' } }));
      assert.ok(accepts({ type: 'open', subject: { kind: 'dataset' } }));
      assert.ok(accepts({ type: 'rendered', subject: { kind: 'vendor', id: 'dahua' }, figures: [{ factId: 'x', text: '3,567' }], map: false }));
    });

    it('rejects anything else: unknown types, wrong shapes, extra keys, oversized text', () => {
      assert.ok(!accepts(undefined));
      assert.ok(!accepts('ready'));
      assert.ok(!accepts({ type: 'runCommand', command: 'workbench.action.terminal.new' }));
      assert.ok(!accepts({ type: 'insertCitation', factId: 42 }));
      assert.ok(!accepts({ type: 'insertCitation', factId: '' }));
      assert.ok(!accepts({ type: 'insertCitation', factId: 'x', uri: 'file:///etc/passwd' }));
      assert.ok(!accepts({ type: 'open', subject: { kind: 'file', id: '/etc/passwd' } }));
      assert.ok(!accepts({ type: 'open', subject: { kind: 'dataset', id: 'HU' } }));
      assert.ok(!accepts({ type: 'insertCitation', factId: 'x'.repeat(201) }));
      assert.ok(!accepts({ type: 'rendered', subject: { kind: 'dataset' }, figures: [{ factId: 'x', text: 'y'.repeat(5001) }], map: true }));
    });
  });

  describe('the HTML shell', () => {
    const nonce = makeNonce();
    const html = factSheetHtml({ cspSource: 'https://webview.test', scriptUri: 'https://webview.test/media/webview/factSheet.js', styleUri: 'https://webview.test/media/factSheet.css', nonce });

    it('sets a strict policy: nothing by default, scripts only with the nonce, no inline styles', () => {
      const csp = contentSecurityPolicy('https://webview.test', nonce);
      assert.match(csp, /^default-src 'none'/);
      assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'`));
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
      assert.ok(html.includes(`content="${csp}"`), 'the page carries this policy');
    });

    it('runs only its own script, with the nonce, and holds no inline script or style', () => {
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      assert.deepEqual(scripts, [`<script nonce="${nonce}" src="https://webview.test/media/webview/factSheet.js">`]);
      assert.doesNotMatch(html, /<style|\sstyle=|\son\w+=/);
    });

    it('makes a new nonce each time, long enough not to be guessed', () => {
      const nonces = new Set(Array.from({ length: 100 }, makeNonce));
      assert.equal(nonces.size, 100);
      for (const n of nonces) assert.match(n, /^[0-9a-f]{36}$/);
    });
  });
});

// The extension's SHA-256 (src/vscode/sha256.ts) gives the same hex through Node's hash as through Web
// Crypto: what one host kept under a key, the other finds under the same key.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { setNodeHost, type NodeHost } from '../../../src/vscode/nodeHost';
import { sha256 } from '../../../src/vscode/sha256';

const TEXTS = ['', 'abc', 'Ünïcödé 大海 — “quoted”', 'a lone \uD800 surrogate', '\uFEFF{"facts": []}', '0123456789'.repeat(50_000)];

describe('SHA-256 of texts for what the extension keeps', () => {
  afterEach(() => setNodeHost(undefined as unknown as NodeHost));

  it('gives the same hex through Node and through Web Crypto, for any text', async () => {
    const viaWebCrypto = await Promise.all(TEXTS.map(sha256));
    let calls = 0;
    setNodeHost({
      bundleHash: 'test',
      files: undefined as unknown as NodeHost['files'],
      sha256: (text) => {
        calls++;
        return createHash('sha256').update(text).digest('hex');
      },
    });
    const viaNode = await Promise.all(TEXTS.map(sha256));
    assert.equal(calls, TEXTS.length, "Node's hash answered");
    assert.deepEqual(viaNode, viaWebCrypto);
    assert.equal(viaNode[1], 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'the standard vector for "abc"');
  });
});

// The hash of a dataset text made from the bytes it was read from (src/cli/cache.ts): the same hash as
// the text's own for UTF-8 bytes, a BOM included; bytes that are not UTF-8 leave the text to be hashed.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { datasetTextHash, hashText, rememberDatasetBytes } from '../../../src/cli/cache';

const bytesHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('base64url');

describe('dataset text hashes made from bytes', () => {
  it('gives the hash of the text for UTF-8 bytes: non-ASCII, a BOM, long text', () => {
    const texts = ['{"facts": []}', '\uFEFF{"name": "Magyarország — “quoted”", "x": "大海"}', `{"quote": "${'é'.repeat(100_000)}"}`];
    for (const text of texts) {
      // A fresh string each time: the memory is keyed by the text.
      const bytes = Buffer.from(`${text} `, 'utf8');
      const decoded = bytes.toString('utf8');
      rememberDatasetBytes(decoded, bytes);
      assert.equal(datasetTextHash(decoded), hashText(decoded), text.slice(0, 20));
    }
  });

  it('leaves bytes that are not UTF-8 to be hashed as their decoded text', () => {
    // A four-byte sequence cut short, then more JSON: decoded with a replacement character.
    const bytes = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xf0, 0x9f, 0x98, 0x22, 0x7d]);
    const decoded = bytes.toString('utf8');
    assert.notEqual(bytesHash(bytes), hashText(decoded), 'the two hashes differ for such bytes');
    rememberDatasetBytes(decoded, bytes);
    assert.equal(datasetTextHash(decoded), hashText(decoded));
  });
});

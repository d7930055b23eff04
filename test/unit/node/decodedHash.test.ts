// The Node entry's hash of dataset bytes (src/node/decodedHash.ts) is the hash of the text the extension
// decodes from them, BOM or not; bytes that are not UTF-8 get none, and their text is hashed instead.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { sha256OfDecoded } from '../../../src/node/decodedHash';

const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');
const decoded = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

describe('hash of dataset bytes in the Node extension', () => {
  it('is the hash of the decoded text, for UTF-8 with and without a BOM', () => {
    const texts = ['', '{"facts": []}', '{"name": "Magyarország — “quoted”", "x": "大海 😀"}', `{"quote": "${'é'.repeat(50_000)}"}`];
    for (const text of texts) {
      for (const bytes of [Buffer.from(text, 'utf8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])]) {
        assert.equal(sha256OfDecoded(bytes), textHash(decoded(bytes)), `${bytes.length} bytes`);
      }
    }
  });

  it('gives nothing for bytes that are not UTF-8, whose text holds replacements', () => {
    for (const bytes of [Buffer.from([0x7b, 0xff, 0x7d]), Buffer.from([0x22, 0xf0, 0x9f, 0x98, 0x22]), Buffer.from([0xef, 0xbb, 0xbf, 0xc3])]) {
      assert.equal(sha256OfDecoded(bytes), undefined);
    }
  });
});

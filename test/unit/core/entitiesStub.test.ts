// The CLI bundles give markdown-it a stub of entities (scripts/stubs/entities.mjs) that loads the
// real decoder on first use. It must decode exactly as the real one does.
import assert from 'node:assert/strict';
import { decodeHTMLStrict } from 'entities';
import { decodeHTMLStrict as stubDecode } from '../../../scripts/stubs/entities.mjs';

describe('the entities stub of the CLI bundles', () => {
  it('decodes as entities does', () => {
    for (const text of ['&amp;', '&eacute;t&eacute;', '&#8212; &#x2014;', '&notanentity;', '&amp', 'AT&T', '&lt;&gt;&quot;', '']) {
      assert.equal(stubDecode(text), decodeHTMLStrict(text), text);
    }
  });
});

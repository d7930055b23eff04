// The machine formats write their document in pieces (src/cli/formats/jsonPieces.ts): joined, the
// pieces must be exactly the text JSON.stringify(document, null, 2) gives, wherever the list stands.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { indentedJsonPieces } from '../../../src/cli/formats/jsonPieces';

describe('JSON written in pieces', () => {
  it('joins to JSON.stringify of the whole, the list at any depth, with any items', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.array(fc.jsonValue()), fc.nat(3), (before, after, items, depth) => {
        // The list `depth` objects deep, between two other values.
        const build = (list: unknown): Record<string, unknown> => {
          let inner: Record<string, unknown> = { before, list, after };
          for (let d = 0; d < depth; d++) inner = { [`level${d}`]: inner, [`beside${d}`]: d };
          return inner;
        };
        const whole = JSON.stringify(build(items), null, 2);
        const document = build(null);
        const pieces = indentedJsonPieces(document, items, (doc, marker) => {
          let inner = doc;
          for (let d = depth - 1; d >= 0; d--) inner = inner[`level${d}`] as Record<string, unknown>;
          inner.list = marker;
        });
        assert.equal(pieces.join(''), whole);
        assert.equal(pieces.length, items.length === 0 ? 1 : items.length + 2, 'one piece per item, and the two ends');
      }),
      { numRuns: 300 },
    );
  });

  it('keeps strings with line breaks whole, and refuses a document without the list', () => {
    const items = [{ text: 'two\nlines', list: [1, [2, { a: '\r\n' }]] }, 'x\ny'];
    const pieces = indentedJsonPieces({ results: null as unknown }, items, (d, marker) => (d.results = marker));
    assert.equal(pieces.join(''), JSON.stringify({ results: items }, null, 2));
    assert.throws(() => indentedJsonPieces({ results: [] }, items, () => undefined), /the list must stand once/);
  });
});

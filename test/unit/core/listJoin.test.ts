// listJoinBefore and listJoinAfter (src/core/reading/document.ts) let inForeignList skip its list
// patterns where they cannot match. They must never say no where a pattern would match.
import { strict as assert } from 'node:assert';
import { listJoinAfter, listJoinBefore } from '../../../src/core/reading/document';

const BEFORE = /(\p{Lu}[\p{L}.-]*)(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?$/u;
const AFTER = /^(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?(\p{Lu}[\p{L}.-]*)/u;

const PIECES = ['Poland', 'Italy', 'and', 'or', 'the', 'And', 'band', 'bathe', 'for', ',', ', ', ' ', '  ', '\u00A0', '\n', 'x', '.', '-', 'É'];

describe('list joins around a name', () => {
  it('are never denied where the list patterns match', () => {
    let seed = 99;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let before = 0;
    let after = 0;
    for (let round = 0; round < 20000; round++) {
      let text = '';
      const count = 1 + Math.floor(next() * 7);
      for (let k = 0; k < count; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      const at = Math.floor(next() * (text.length + 1));
      if (BEFORE.test(text.slice(Math.max(0, at - 40), at))) {
        before++;
        assert.ok(listJoinBefore(text, at), `before ${at} in ${JSON.stringify(text)}`);
      }
      if (AFTER.test(text.slice(at, at + 40))) {
        after++;
        assert.ok(listJoinAfter(text, at), `after ${at} in ${JSON.stringify(text)}`);
      }
    }
    assert.ok(before > 100 && after > 100, `the random texts hold lists (${before} before, ${after} after)`);
  });

  it('are denied after an ordinary word', () => {
    assert.equal(listJoinBefore('made in Hungary', 'made in '.length), false);
    assert.equal(listJoinAfter('Hungary has 18,166', 'Hungary'.length), false);
    assert.equal(listJoinBefore('Poland, Hungary', 'Poland, '.length), true);
    assert.equal(listJoinAfter('Hungary and Serbia', 'Hungary'.length), true);
  });
});

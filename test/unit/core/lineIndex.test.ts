// Line positions as VS Code counts them: "\n", "\r\n" and a lone "\r" each end a line. The index has a
// fast path for texts without "\r"; both paths must agree with a plain reading, character by character.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../../src/core/lineIndex';

/** The position of every offset, found by walking the text one character at a time. */
function positionsByWalking(text: string): { line: number; character: number }[] {
  const out: { line: number; character: number }[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i <= text.length; i++) {
    out.push({ line, character });
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      character = 0;
    } else character++;
  }
  return out;
}

describe('LineIndex', () => {
  for (const [name, text] of [
    ['no line break', 'one line'],
    ['newlines', 'a\nbb\n\nccc\n'],
    ['CRLF', 'a\r\nbb\r\n\r\nccc'],
    ['lone CR and mixed', 'a\rbb\r\ncc\ndd\r'],
  ] as const) {
    it(`positions and offsets round-trip: ${name}`, () => {
      const index = new LineIndex(text);
      const expected = positionsByWalking(text);
      for (let offset = 0; offset <= text.length; offset++) {
        // The middle of a CRLF has no position of its own: it reads as the end of its line.
        if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
        assert.deepEqual(index.positionAt(offset), expected[offset], `offset ${offset}`);
        assert.equal(index.offsetAt(expected[offset]), offset, `position of offset ${offset}`);
      }
      assert.equal(index.lineCount, expected[text.length].line + 1);
    });
  }

  it('agrees with a plain reading on random texts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n'), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const index = new LineIndex(text);
        const expected = positionsByWalking(text);
        for (let offset = 0; offset <= text.length; offset++) {
          if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
          assert.deepEqual(index.positionAt(offset), expected[offset]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

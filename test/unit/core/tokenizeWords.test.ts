// The hand-written word scan (tokenizeWords in src/core/names.ts) against its specification: the regular
// expression it replaced. Both must find the same words at the same places in every fixture and in random
// text made of word characters of each script, joiners and other characters.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tokenizeWords, type WordToken } from '../../../src/core/names';

const ROOT = resolve(__dirname, '../../../..');

// The micro sign is a letter of units ("µg/m3").
const LETTERS = '0-9A-Za-z\\u00B5\\u00C0-\\u024F\\u0300-\\u036F\\u0370-\\u03FF\\u0400-\\u04FF\\u0590-\\u06FF\\u10D0-\\u10FF\\u3040-\\u9FFF';
const SPECIFICATION = new RegExp(`[${LETTERS}]+(?:[-+'’.][${LETTERS}]+)*`, 'g');

function wordsByPattern(text: string): WordToken[] {
  return [...text.matchAll(SPECIFICATION)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.md') ? [path] : [];
  });
}

/** Characters at and around every edge of the word classes, and the joiners. */
const PIECES = [
  'a', 'Z', '0', '9', '/', ':', '@', '[', '`', '{', '\u00B4', '\u00B5', '\u00B6', '\u00BF', '\u00C0', '\u024F', '\u0250', '\u02FF', '\u0300', '\u04FF', '\u0500',
  '\u058F', '\u0590', '\u06FF', '\u0700', '\u10CF', '\u10D0', '\u10FF', '\u1100', '\u303F', '\u3040', '\u9FFF', '\uA000',
  '-', '+', "'", '’', '.', ' ', '\n', '\u00A0', '\uD83D', '\uDE00', ',',
];

describe('tokenizeWords', () => {
  it('finds what the pattern finds in every fixture and example draft', () => {
    const files = [...filesUnder(join(ROOT, 'test/fixtures')), ...filesUnder(join(ROOT, 'examples'))];
    assert.ok(files.length > 10, 'the fixtures are found');
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(tokenizeWords(text), wordsByPattern(text), file);
    }
  });

  it('finds what the pattern finds in random text of word characters, joiners and others', () => {
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = 1 + Math.floor(next() * 24);
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      assert.deepEqual(tokenizeWords(text), wordsByPattern(text), JSON.stringify(text));
    }
  });

  it('joins runs only with a word character on both sides', () => {
    assert.deepEqual(tokenizeWords("Hungarian-made C++ U.S. O'Brien’s -x y-").map((w) => w.text), ['Hungarian-made', 'C', 'U.S', "O'Brien’s", 'x', 'y']);
  });
});

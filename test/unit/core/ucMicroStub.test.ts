// The production bundles replace uc.micro, markdown-it's tables of Unicode categories, with Unicode property
// escapes (scripts/stubs/uc-micro.mjs). That is safe only while both say the same of every character: here
// every code point, and every lone surrogate, is tested against both.
import assert from 'node:assert/strict';
import * as real from 'uc.micro';
// @ts-expect-error The stub is plain JavaScript, without declarations.
import * as stub from '../../../scripts/stubs/uc-micro.mjs';

const CATEGORIES = ['Any', 'Cc', 'Cf', 'P', 'S', 'Z'] as const;

describe('the uc.micro stub of the production bundles', function () {
  // Over a million code points, six patterns each: about a second alone, more on a loaded machine.
  this.timeout(20_000);
  it('says of every code point and lone surrogate what uc.micro says', () => {
    const stubbed = stub as Record<(typeof CATEGORIES)[number], RegExp>;
    const differ: string[] = [];
    let punctuation = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      // A surrogate code unit alone, as markdown-it's fromCodePoint gives it for a lone one.
      const ch = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      for (const category of CATEGORIES) {
        if (real[category].test(ch) !== stubbed[category].test(ch) && differ.length < 10) differ.push(`${category} U+${cp.toString(16)}`);
      }
      if (stubbed.P.test(ch)) punctuation++;
    }
    assert.deepEqual(differ, []);
    assert.ok(punctuation > 500, `${punctuation} punctuation characters`);
  });
});

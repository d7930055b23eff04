// containsWholeName is a faster wholeNamePattern(...).test: the two must agree on every text, including
// names next to digits, accented and astral letters, and names that overlap themselves.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { containsWholeName, wholeNamePattern, type WordEdge } from '../../../src/core/regex';

const EDGES: WordEdge[] = ['letters', 'letters-and-digits'];
const PIECES = ['Ab', 'A', 'b', 'é', '𝐀', '7', ' ', '-', '.', '(', 'Ab.', 'AbAb', '\n'];

describe('containsWholeName', () => {
  for (const edge of EDGES) {
    it(`agrees with the pattern on examples (${edge})`, () => {
      const cases: [string, string, boolean][] = [
        ['Hikvision cameras', 'Hikvision', true],
        ['Hikvisions', 'Hikvision', false],
        ['the G5 group', 'G', edge === 'letters'],
        ['(SBU) said', 'SBU', true],
        ['éSBU', 'SBU', false],
        ['𝐀SBU', 'SBU', false],
        ['SBU7', 'SBU', edge === 'letters'],
        ['AbAbAb Ab', 'AbAb', false],
      ];
      for (const [text, name, expected] of cases) {
        assert.equal(wholeNamePattern(name, edge).test(text), expected, `pattern: ${name} in ${text}`);
        assert.equal(containsWholeName(text, name, edge), expected, `${name} in ${text}`);
      }
    });

    it(`agrees with the pattern on random texts (${edge})`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.constantFrom('Ab', 'AbAb', 'Ab.', 'b'), (parts, name) => {
          const text = parts.join('');
          assert.equal(containsWholeName(text, name, edge), wholeNamePattern(name, edge).test(text), JSON.stringify([text, name]));
        }),
        { numRuns: 500 },
      );
    });
  }
});

// containsWholeName is a faster wholeNamePattern(...).test: the two must agree on every text, including
// names next to digits, accented and astral letters, and names that overlap themselves.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { containsWholeName, fromRightBefore, wholeNamePattern, type WordEdge } from '../../../src/core/regex';

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
        ['ŁSBU', 'SBU', false],
        // A letter outside the scripts the engine reads is no letter (scripts/letter-classes.mjs).
        ['𝐀SBU', 'SBU', true],
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

// One definition of "from right before a figure" serves the period binder, the range reader, the month
// of a figure and a series' withdrawn figures: each must read the same starting points.
describe('fromRightBefore', () => {
  const at = (text: string) => fromRightBefore(text, text.indexOf('#'));

  it('finds "from" right before a figure, in any case, with an approximate sign', () => {
    for (const text of ['rose from #', 'From #', 'up from ~#', 'down from ≈#', 'from\n  #']) assert.equal(at(text), true, text);
  });

  it('finds nothing when another word, a letter or a figure comes between', () => {
    for (const text of ['from about #', 'wherefrom#', 'fromage #', 'from 2023 to #', 'from the #']) assert.equal(at(text), false, text);
  });

  it('does not look before the floor it is given', () => {
    const text = 'up from. #';
    assert.equal(fromRightBefore('It rose from #', 13, 8), true);
    assert.equal(fromRightBefore(text, text.indexOf('#'), 0), false);
    assert.equal(fromRightBefore('from #', 5, 2), false);
  });
});

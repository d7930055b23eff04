// How block text is cut and masked: sentence starts (abbreviations and decimals go on; a short month's
// full stop ends a sentence unless a day or a year follows it) and Pandoc citations (masked, not read).
import { strict as assert } from 'node:assert';
import { sentenceStarts } from '../../../src/core/sentences';
import { parseProse } from '../../../src/core/prose';

const split = (text: string): string[] => {
  const starts = sentenceStarts(text);
  return starts.map((start, k) => text.slice(start, starts[k + 1] ?? text.length).trim());
};

describe('sentence starts', () => {
  it('goes on after an abbreviation, an initial or a decimal', () => {
    assert.deepEqual(split('Mr. Smith paid 5.8 million. No. 2 was U.S. Steel.'), ['Mr. Smith paid 5.8 million.', 'No. 2 was U.S. Steel.']);
  });
  it('goes on after initials joined by full stops ("A.P. Moller-Maersk")', () => {
    assert.deepEqual(split('A.P. Moller-Maersk paid more. J.P. Morgan did too.'), ['A.P. Moller-Maersk paid more.', 'J.P. Morgan did too.']);
  });
  it('ends the sentence after a unit\'s letter glued to a number, as after no initial ("15.01C. That")', () => {
    assert.deepEqual(split('It was 15.01C. That beat 2023. Reid S. Standish wrote it.'), ['It was 15.01C.', 'That beat 2023.', 'Reid S. Standish wrote it.']);
  });
  it('goes on after a short month before a day or a year, and ends the sentence before a word', () => {
    assert.deepEqual(split('Prices rose on Nov. 20 and in Jan. 2024 alike.'), ['Prices rose on Nov. 20 and in Jan. 2024 alike.']);
    assert.deepEqual(split('Up from 2.4% in Nov. EU at 3.4%.'), ['Up from 2.4% in Nov.', 'EU at 3.4%.']);
  });
});

describe('Pandoc citations', () => {
  it('are no prose: their keys neither date nor name the figures around them, and the block is cited', () => {
    const doc = parseProse('| Area | Dec | Nov |\n|---|---|---|\n| Euro area | 2.9% [@agency-2024-01-17-december-2023] | 2.4% |\n');
    const cell = doc.blocks.find((b) => b.text.includes('2.9%'))!;
    assert.equal(cell.text.trim(), '2.9%');
    assert.equal(cell.cited, true);
  });
});

import { strict as assert } from 'node:assert';
import { agree, draftInterval, sidesARoundHedge, sourceInterval, statedFact, type Stated } from '../../../src/core/judge';
import { valueRelation } from '../../../src/core/evidence/values';
import type { Qualifier } from '../../../src/dataset/schema';

function draft(value: number, precision: number, qualifier: Qualifier = 'exact'): Stated {
  return { value, precision, qualifier };
}

describe('intervals: comparing a figure with its source', () => {
  const exact18166 = statedFact(18166, 'exact');
  const moreThan7210 = statedFact(7210, 'more-than');
  const nearly80 = statedFact(80, 'nearly');

  it('accepts the exact figure and fair roundings', () => {
    assert.equal(agree(draft(18166, 1), exact18166), 'verified');
    assert.equal(agree(draft(18000, 1000), exact18166), 'verified');
    assert.equal(agree(draft(18000, 1000, 'approximately'), exact18166), 'verified');
    assert.equal(agree(draft(18000, 1000, 'more-than'), exact18166), 'verified');
  });

  it('rejects a rounding the written precision does not cover', () => {
    assert.equal(agree(draft(18100, 100), exact18166), 'mismatch');
    assert.equal(agree(draft(81166, 1), exact18166), 'mismatch');
  });

  it('rounds a half unit up, as writers do: "7,000" rounds 6,500 but not 7,500, and "-7,000" not -7,500', () => {
    assert.equal(agree(draft(7000, 1000), statedFact(6500, 'exact')), 'verified');
    assert.notEqual(agree(draft(7000, 1000), statedFact(7500, 'exact')), 'verified');
    assert.notEqual(agree(draft(-7000, 1000), statedFact(-7500, 'exact')), 'verified');
    assert.equal(agree(draft(0.4, 0.1), statedFact(0.35, 'exact')), 'verified');
    assert.notEqual(agree(draft(0.3, 0.1), statedFact(0.35, 'exact')), 'verified');
  });

  it('flags unsupported precision against an open-ended source', () => {
    assert.equal(agree(draft(7500, 100), moreThan7210), 'mismatch');
    assert.equal(agree(draft(7000, 1000, 'more-than'), moreThan7210), 'verified');
    assert.equal(agree(draft(7210, 1, 'more-than'), moreThan7210), 'verified');
  });

  it('flags a flipped or dropped qualifier on the same number', () => {
    assert.equal(agree(draft(7210, 1, 'fewer-than'), moreThan7210), 'qualifier');
    assert.equal(agree(draft(7210, 1), moreThan7210), 'qualifier');
    // "At least 44,218" includes 44,218: the bare count states the floor the source confirms. "More than" leaves it out.
    assert.equal(agree(draft(44218, 1), statedFact(44218, 'at-least')), 'verified');
    assert.equal(agree(draft(44218, 1, 'fewer-than'), statedFact(44218, 'at-least')), 'qualifier');
    // "Nearly 68.7%" puts the truth just under the number, which the bare number rounds to; "more than" stays wrong.
    assert.equal(agree(draft(68.7, 0.1), statedFact(68.7, 'nearly')), 'verified');
    assert.equal(agree(draft(68.7, 0.1, 'more-than'), statedFact(68.7, 'nearly')), 'qualifier');
    // So is a ceiling's own number ("210 litres" of "a maximum of 210 litres"): the limit the source sets.
    assert.equal(agree(draft(210, 1), statedFact(210, 'up-to')), 'verified');
    assert.equal(agree(draft(210, 1, 'more-than'), statedFact(210, 'up-to')), 'qualifier');
    assert.equal(agree(draft(80, 1, 'more-than'), nearly80), 'qualifier');
    assert.equal(agree(draft(18166, 1, 'fewer-than'), exact18166), 'qualifier');
    // "Almost" the very number, to its last digit: a precise one falls short of itself, a round one may not.
    assert.equal(agree(draft(287.8, 0.1, 'nearly'), statedFact(287.8, 'exact')), 'qualifier');
    assert.equal(agree(draft(18166, 1, 'nearly'), exact18166), 'qualifier');
    assert.equal(agree(draft(40, 1, 'nearly'), statedFact(40, 'exact')), 'verified');
    // Two digits name a number too ("nearly 78", "almost 6.1 million"); one ("nearly 10 million") may be a rounding.
    assert.equal(agree(draft(78, 1, 'nearly'), statedFact(78, 'exact')), 'qualifier');
    assert.equal(agree(draft(6_100_000, 100_000, 'nearly'), statedFact(6_100_000, 'exact')), 'qualifier');
    assert.equal(agree(draft(10_000_000, 1_000_000, 'nearly'), statedFact(10_000_000, 'exact')), 'verified');
    assert.equal(agree(draft(18200, 100, 'nearly'), exact18166), 'verified');
  });

  it('reads a bare round number for the source\'s hedged one as a rounding, unless the draft writes its own qualifier', () => {
    assert.equal(agree(draft(15, 1), statedFact(15, 'nearly')), 'verified');
    assert.equal(agree(draft(400, 100), statedFact(400, 'more-than')), 'verified');
    assert.equal(agree({ ...draft(400, 100), qualifierWritten: true }, statedFact(400, 'more-than')), 'qualifier');
    // "150 million" is written to the million, but its zero rounds it as the source's 150,000,000 is rounded.
    assert.equal(agree(draft(150_000_000, 1_000_000), statedFact(150_000_000, 'more-than')), 'verified');
    assert.equal(agree(draft(7210, 1), statedFact(7210, 'more-than')), 'qualifier');
  });

  it('reads a qualifier on a negative value as bounding its size ("a fall of almost 15")', () => {
    const fallOfAlmost15 = statedFact(-15, 'nearly');
    assert.equal(agree(draft(-14, 1, 'approximately'), fallOfAlmost15), 'verified');
    assert.equal(agree(draft(-15, 1, 'more-than'), fallOfAlmost15), 'qualifier');
    assert.equal(agree(draft(-15, 1, 'nearly'), statedFact(-15, 'more-than')), 'qualifier');
    assert.deepEqual(sourceInterval(fallOfAlmost15), { low: -15, high: -14 });
    assert.deepEqual(draftInterval(draft(-20, 1, 'at-least')), { low: -Infinity, high: -20 });
  });

  it('holds a hedged figure of two to four digits to its own number, not to a tenth of it', () => {
    const exact77m = statedFact(77_000_000, 'exact');
    // "About 81 million" names 81 million: 77 million is within a tenth of it, but four units of its last
    // digit away, so it verifies nothing; nor is it surely wrong (valueRelation calls it 'hedged').
    assert.equal(agree(draft(81_000_000, 1_000_000, 'approximately'), exact77m), 'unsure');
    assert.equal(valueRelation(draft(81_000_000, 1_000_000, 'approximately'), exact77m), 'hedged');
    assert.equal(agree(draft(90_000_000, 1_000_000, 'approximately'), exact77m), 'mismatch');
    assert.equal(agree(draft(78_000_000, 1_000_000, 'approximately'), exact77m), 'verified');
    // One digit ("about 80 million") or a fraction in words ("about a third") still covers a tenth.
    assert.equal(agree(draft(80_000_000, 10_000_000, 'approximately'), exact77m), 'verified');
    assert.equal(agree(draft(1 / 3, 0.01, 'approximately'), statedFact(0.31, 'exact')), 'verified');
    assert.deepEqual(draftInterval(draft(4200, 100, 'approximately')), { low: 3900, high: 4500 });
  });

  it('holds a hedged figure of five digits or more to its own number too ("an estimated 39,435")', () => {
    // The hedge says the number is an estimate, not that it covers a tenth: 40,990 is another year's count.
    assert.equal(agree(draft(39_435, 1, 'approximately'), statedFact(40_990, 'exact')), 'unsure');
    assert.equal(agree(draft(39_435, 1, 'approximately'), statedFact(39_436, 'exact')), 'verified');
    assert.equal(agree(draft(1_234_567, 1, 'approximately'), statedFact(1_300_000, 'exact')), 'unsure');
  });

  it('accepts compatible qualifiers', () => {
    assert.equal(agree(draft(80, 1, 'nearly'), nearly80), 'verified');
    assert.equal(agree(draft(80, 1, 'approximately'), nearly80), 'verified');
    // A hedge says no side of its number: "about -9%" contradicts no "almost -9%".
    assert.equal(agree(draft(-9, 1, 'approximately'), statedFact(-9, 'nearly')), 'verified');
    assert.equal(agree(draft(1000, 1000, 'fewer-than'), statedFact(1000, 'fewer-than')), 'verified');
  });

  it('calls a side given to a hedged number a flipped qualifier, and tells a round one apart for the verdict', () => {
    const some5000 = statedFact(5000, 'approximately');
    assert.equal(agree(draft(5000, 1000, 'more-than'), some5000), 'qualifier');
    assert.equal(agree(draft(5000, 1000, 'fewer-than'), some5000), 'qualifier');
    // The verdict asks a word of the fact's measure beside a bound on a round number's hedge.
    assert.equal(sidesARoundHedge(draft(5000, 1000, 'more-than'), some5000), true);
    assert.equal(sidesARoundHedge(draft(380_000, 1000, 'more-than'), statedFact(380_000, 'approximately')), false);
    // "Around 380,000" names its number: "more than 380k" claims a side the source does not know.
    assert.equal(agree(draft(380_000, 1000, 'more-than'), statedFact(380_000, 'approximately')), 'qualifier');
    // A bound that the hedged number lies well inside still holds: "more than 4,000" of "some 5,000".
    assert.equal(agree(draft(4000, 1000, 'more-than'), some5000), 'verified');
  });});

describe('a bound written to a coarser precision than its source', () => {
  it('restates the bound when it rounds the number to three digits or more', () => {
    // "Up to $2.78bn" of up to $2,782m; "more than £5bn" of more than £4.5bn moves the bound.
    assert.equal(agree(draft(2.78e9, 1e7, 'up-to'), statedFact(2.782e9, 'up-to')), 'verified');
    assert.notEqual(agree(draft(5e9, 1e9, 'more-than'), statedFact(4.5e9, 'more-than')), 'verified');
  });
});

describe('a bound on an end of the source\'s range', () => {
  const range = statedFact(1e9, 'range', 1.1e9);
  it('agrees on the range\'s side: "more than a billion" of 1 to 1.1 billion, "up to 1.1 billion"', () => {
    assert.equal(agree(draft(1e9, 1e9, 'more-than'), range), 'verified');
    assert.equal(agree(draft(1.1e9, 1e8, 'up-to'), range), 'verified');
  });
  it('is a wrong bound on the other side: "fewer than a billion"', () => {
    assert.notEqual(agree(draft(1e9, 1e9, 'fewer-than'), range), 'verified');
  });
});

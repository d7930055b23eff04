import { strict as assert } from 'node:assert';
import { scanNumbers, writtenPrecision } from '../../../src/core/numbers';

function one(text: string) {
  const found = scanNumbers(text);
  assert.equal(found.length, 1, `expected one number in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((n) => n.digits))}`);
  return found[0];
}

describe('numbers as written', () => {
  const cases: [string, number, string, string][] = [
    ['18,166 devices', 18166, 'count', '18,166'],
    ['18 166 devices', 18166, 'count', '18 166'],
    ['18\u00A0166 devices', 18166, 'count', '18\u00A0166'],
    ['18\u202F166 devices', 18166, 'count', '18\u202F166'],
    ['18166 devices', 18166, 'count', '18166'],
    ['spent $5.8 million', 5.8e6, 'USD', '$5.8 million'],
    ['spent $5.8m on', 5.8e6, 'USD', '$5.8m'],
    ['USD 45 million', 45e6, 'USD', 'USD 45 million'],
    ['45 million dollars', 45e6, 'USD', '45 million dollars'],
    ['$47,000 total', 47000, 'USD', '$47,000'],
    ['$47k total', 47000, 'USD', '$47k'],
    ['80 percent of', 80, 'percent', '80 percent'],
    ['80% of', 80, 'percent', '80%'],
    ['80 per cent of', 80, 'percent', '80 per cent'],
    ['the 8th highest', 8, 'rank', '8th'],
    ['the eighth highest', 8, 'rank', 'eighth'],
    ['only three cameras', 3, 'count', 'three'],
    ['a million devices', 1e6, 'count', 'a million'],
  ];
  for (const [text, value, unit, written] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const n = one(text);
      assert.equal(n.value, value);
      assert.equal(n.unit, unit);
      assert.equal(text.slice(n.start, n.end), written);
    });
  }

  it('reads fractions in words', () => {
    assert.ok(Math.abs(one('one-third of all').value - 1 / 3) < 1e-9);
    assert.equal(one('a third of all').unit, 'fraction');
    assert.equal(one('half of the cameras').value, 0.5);
  });

  it('keeps the writer’s style for replacements', () => {
    assert.equal(one('18 166 devices').style.grouping, ' ');
    assert.equal(one('$5.8m on').style.scale, 'm');
    assert.equal(one('$5.8m on').style.currency, '$');
  });

  it('does not read a short scale without a currency ("5m" may be metres), unless a plural noun follows', () => {
    assert.deepEqual(scanNumbers('a 5m pole').map((n) => n.value), []);
    assert.deepEqual(scanNumbers('the mast is 5m high').map((n) => n.value), []);
    assert.deepEqual(scanNumbers('over 1m devices').map((n) => n.value), [1_000_000]);
  });

  it('reads the precision a figure is written with', () => {
    assert.equal(writtenPrecision('18000'), 1000);
    assert.equal(writtenPrecision('18100'), 100);
    assert.equal(writtenPrecision('7210'), 1);
    assert.equal(writtenPrecision('5.8'), 0.1);
    assert.equal(one('$5.8 million').precision, 100000);
  });

  it('does not glue a year to the count after it', () => {
    assert.deepEqual(scanNumbers('In 2023 139 cameras').map((n) => n.value), [2023, 139]);
  });
});

// formatNumber's thousands separators, written by hand (src/core/describe.ts): the same text as the
// pattern they replaced and as en-US toLocaleString, for integers and decimals either side of zero.
import { strict as assert } from 'node:assert';
import { formatNumber } from '../../../src/core/describe';

describe('formatNumber thousands separators', () => {
  it('groups digits as en-US writes them', () => {
    let seed = 3;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 5000; round++) {
      const digits = 1 + Math.floor(next() * 6);
      // Plus zero: formatNumber writes -0 as "0", toLocaleString as "-0".
      const integer = Math.floor(next() * 10 ** digits) * (next() < 0.3 ? -1 : 1) + 0;
      assert.equal(formatNumber(integer, 'count'), integer.toLocaleString('en-US'), String(integer));
      const decimal = integer + Math.floor(next() * 100) / 100;
      assert.equal(formatNumber(decimal, 'count'), decimal.toLocaleString('en-US', { maximumFractionDigits: 4 }), String(decimal));
    }
  });

  it('leaves an exponent form as the pattern did', () => {
    const byPattern = (value: number): string => {
      const [integer, fraction] = String(Math.round(value * 1e4) / 1e4).split('.');
      const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      return `${fraction ? `${grouped}.${fraction}` : grouped}%`;
    };
    for (const value of [1e21, -3e25, 12345678, -1234567.5, 0.5]) assert.equal(formatNumber(value, 'percent'), byPattern(value), String(value));
  });
});

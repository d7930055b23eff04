// A level set from a time ("from 7 October 2024") still holds later, until its series sets another: a figure
// dated after it with its value is right (src/core/verdict.ts, stillInForce).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'post-2024', title: 'Stamp prices', publisher: 'A news agency', date: '2024-10-07', url: 'https://example.org/stamps' };

function index(withLaterPrice: boolean) {
  const price = (id: string, value: number, month: string, text: string) => ({
    id, entity: 'boltpost', value, unit: 'GBP', vendors: [], qualifier: 'exact', period: { from: month, to: month, text },
    measure: 'price of a first-class stamp', keywords: ['first-class stamp', 'stamp'], quote: `A first-class stamp costs £${value}.`, via: 'the agency', source: 'post-2024',
  });
  return inlineIndex('stamps.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['stamp', 'stamps'] },
    entities: [{ id: 'boltpost', kind: 'body', name: 'Boltpost', aliases: [], demonyms: [] }],
    facts: [price('price-2024-10', 1.65, '2024-10', 'from 7 October 2024'), ...(withLaterPrice ? [price('price-2024-11', 1.75, '2024-11', 'from 4 November 2024')] : [])],
  });
}

const TABLE = '## What a stamp costs at Boltpost\n\n| Service | Price in December 2024 |\n|---|---|\n| Boltpost first-class stamp | £1.65 |\n';

describe('a level set from a time', () => {
  it('still holds at a later time', () => {
    assert.deepEqual(findingsOf(TABLE, index(false)), ['£1.65:figure-verified:price-2024-10']);
  });

  it('no longer holds once its series set another', () => {
    assert.deepEqual(findingsOf(TABLE, index(true)).filter((f) => f.includes('verified')), []);
  });
});

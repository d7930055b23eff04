// Sums in cents ("73 cents a stamp", "95 euro cents") are sums in dollars or euros at a hundredth, and the
// cents of a euro-area country are euro cents; a dataset that stores prices as counts of cents ("US cents per
// pound") keeps the draft's cents as those counts. A currency word several countries share ("rupees") is the
// money of the country the figure is about, as a shared sign is.
import assert from 'node:assert/strict';
import { buildIndex, checkDocument } from '../../../src/core';
import { fixesFor } from '../../../src/core/fixes';
import { loadDatasets } from '../../../src/dataset/load';
import { indexFor } from '../support/corpora';

const SOURCE = { id: 'post-2024', title: 'Letter prices', publisher: 'A postal regulator', date: '2024-07-14', url: 'https://example.org/stamps' };
const ENTITIES = [
  { id: 'US', kind: 'country', name: 'United States', aliases: ['US', 'America'], demonyms: ['American'] },
  { id: 'DE', kind: 'country', name: 'Germany', aliases: [], demonyms: ['German'] },
];

function fact(id: string, entity: string, value: number, unit: string, quote: string, measure = 'price of a first-class letter stamp') {
  return { id, entity, vendors: [], measure, keywords: ['stamp', 'letter'], value, unit, qualifier: 'exact', period: { from: 2024, to: 2024 }, via: 'the regulator', quote, source: 'post-2024' };
}

function indexOf(facts: unknown[]) {
  const loaded = loadDatasets([{ file: 'stamps.facts.json', text: JSON.stringify({ sources: [SOURCE], entities: ENTITIES, vendors: [], facts }) }]);
  assert.deepEqual(loaded.problems, [], 'a value in dollars or euros is read in a quote that gives it in cents');
  return buildIndex(loaded.datasets);
}

const codes = (text: string, index: ReturnType<typeof indexOf>) =>
  checkDocument(text, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);

describe('sums in cents', () => {
  const index = indexOf([
    fact('us-stamp-2024', 'US', 0.73, 'USD', 'A Forever stamp costs 73 cents from 14 July 2024.'),
    fact('de-letter-2024', 'DE', 0.85, 'EUR', 'Ein Standardbrief kostet 85 Cent.'),
  ]);
  it('verify against the dollars the dataset stores', () => {
    assert.deepEqual(codes('In 2024 a US first-class letter stamp cost 73 cents.\n', index), ['73 cents:figure-verified']);
  });
  it('read the cents of a euro-area country as euro cents', () => {
    assert.deepEqual(codes('In 2024 a German letter stamp cost 85 cents.\n', index), ['85 cents:figure-verified']);
  });
  it('give a wrong value a warning whose fix writes cents', () => {
    const text = 'In 2024 a US first-class letter stamp cost 37 cents.\n';
    const result = checkDocument(text, index);
    const warning = result.findings.find((f) => f.code === 'figure-mismatch');
    assert.ok(warning, JSON.stringify(result.findings.map((f) => f.code)));
    const fixes = fixesFor({ text, result, index, citationStyle: 'footnote' }, [warning]);
    assert.ok(fixes.some((fix) => fix.edits.some((e) => e.newText === '73 cents')), JSON.stringify(fixes.map((f) => f.edits)));
  });
  it('keep cents as counts where a dataset counts them so', () => {
    const counted = indexOf([fact('us-stamp-2024', 'US', 73, 'count', 'A Forever stamp costs 73 cents from 14 July 2024.', 'price of a first-class letter stamp, in US cents')]);
    assert.deepEqual(codes('In 2024 a US first-class letter stamp cost 73 cents.\n', counted), ['73:figure-verified']);
  });
});

describe('a currency word several countries use for their own money', () => {
  const readWith = (text: string) => checkDocument(text, indexFor('bundled+subject202')).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}:${f.factId}`);
  it('is the rupee of the country the figure is about: "1,274.74 rupees" at Colombo is Sri Lankan', () => {
    // The Colombo tea auction's weekly sale average in January 2024: LKR 1,274.74 a kilo.
    assert.deepEqual(readWith('In Sri Lanka the weekly sale average at the Colombo auction was 1,274.74 rupees a kilo in January 2024.\n'), ['1,274.74 rupees:figure-verified:subject202-colombo-sale-average-2024-01']);
    assert.deepEqual(readWith('In India the average price at tea auctions was 199.93 rupees a kilogram from January to October 2024.\n'), ['199.93 rupees:figure-verified:subject202-in-auction-avg-2024-jan-oct']);
  });
});

// Sums in pence ("18p a litre") are sums in pounds, written at a hundredth of the pound: a dataset stores
// the source's "24p" as 0.24 GBP, the draft's figure is judged against it, and a fix writes pence back.
import assert from 'node:assert/strict';
import { buildIndex, checkDocument } from '../../../src/core';
import { fixesFor } from '../../../src/core/fixes';
import { loadDatasets } from '../../../src/dataset/load';

function levyIndex() {
  const data = {
    sources: [{ id: 'hmrc-2024', title: 'Soft Drinks Industry Levy rates', publisher: 'HM Revenue and Customs', date: '2024-10-30', url: 'https://example.org/levy' }],
    entities: [{ id: 'GB', kind: 'country', name: 'United Kingdom', aliases: ['UK', 'Britain'], demonyms: ['British'] }],
    vendors: [],
    facts: [{
      id: 'gb-levy-higher-rate', entity: 'GB', vendors: [], measure: 'higher rate of the soft drinks levy, per litre',
      keywords: ['levy', 'higher rate', 'litre'], value: 0.24, unit: 'GBP', qualifier: 'exact', period: { from: 2024, to: 2024 },
      via: 'HMRC', quote: 'The higher rate of the levy is 24p a litre.', source: 'hmrc-2024',
    }],
  };
  const loaded = loadDatasets([{ file: 'levy.facts.json', text: JSON.stringify(data) }]);
  assert.deepEqual(loaded.problems, [], 'a value in pounds is read in a quote that gives it in pence');
  return buildIndex(loaded.datasets);
}

describe('sums in pence', () => {
  const index = levyIndex();
  it('verify against the pounds the dataset stores', () => {
    const text = 'In 2024 the UK levy\'s higher rate stood at 24p a litre.\n';
    assert.deepEqual(checkDocument(text, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`), ['24p:figure-verified']);
  });
  it('give a wrong value a warning whose fix writes pence', () => {
    const text = 'In 2024 the UK levy\'s higher rate stood at 42p a litre.\n';
    const result = checkDocument(text, index);
    const warning = result.findings.find((f) => f.code === 'figure-mismatch');
    assert.ok(warning, JSON.stringify(result.findings.map((f) => f.code)));
    const fixes = fixesFor({ text, result, index, citationStyle: 'footnote' }, [warning]);
    assert.ok(fixes.some((fix) => fix.edits.some((e) => e.newText === '24p')), JSON.stringify(fixes.map((f) => f.edits)));
  });
});

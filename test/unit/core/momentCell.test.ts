// "before 2024", "until 2020", "ended in 2024": a period a word of a moment opens is a time something is measured against, not
// the time of a figure, even where it fills a table cell beside the figure (src/core/periods.ts, marksAMoment).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'city-2024', title: 'A city budget', publisher: 'A business weekly', date: '2024-02-10', url: 'https://example.org/budget' };

function index() {
  return inlineIndex('fee.facts.json', {
    sources: [SOURCE], entities: [{ id: 'tower-co', kind: 'body', name: 'Tower Company', aliases: [], demonyms: [] }],
    facts: [
      {
        id: 'fee-old', entity: 'tower-co', value: 8000000, unit: 'EUR', vendors: [], qualifier: 'exact', period: { from: 2017, to: 2023 },
        measure: 'annual fee paid by the tower company to the city, in euros', keywords: ['fee', 'city'],
        quote: 'The city will raise its fee from 8 million euros to around 50 million euros.', via: 'the weekly', source: 'city-2024',
      },
      {
        id: 'fee-new', entity: 'tower-co', value: 50000000, unit: 'EUR', vendors: [], qualifier: 'approximately', period: { from: 2024, to: 2024 },
        measure: 'annual fee paid by the tower company to the city, in euros', keywords: ['fee', 'city'],
        quote: 'The city will raise its fee from 8 million euros to around 50 million euros.', via: 'the weekly', source: 'city-2024',
      },
    ],
  });
}

const TABLE = (when: string) => `Tower Company pays the city a fee.\n\n| Item | Amount | When |\n|---|---|---|\n| Fee paid to the city | €8 million a year | ${when} |\n`;

describe('a period after "before" or "until" in a cell of the row', () => {
  it('does not date the row\'s figure', () => {
    assert.deepEqual(findingsOf(TABLE('before 2024'), index()).filter((f) => f.includes('period')), []);
  });

  it('dates it where the cell holds the period alone', () => {
    assert.deepEqual(findingsOf(TABLE('2024'), index()), ['€8 million:period-mismatch:fee-old']);
  });
});

describe('a period after "ended in"', () => {
  it('marks when a named stretch ended, not the figure\'s time', () => {
    const text = 'The contract Tower Company signed in 2017 ended in 2024 and paid the city a fee of €8 million a year.\n';
    assert.deepEqual(findingsOf(text, index()).filter((f) => f.includes('period')), []);
  });

  it('unlike a period the figure is said in', () => {
    const text = 'In 2024 Tower Company paid the city a fee of €8 million a year.\n';
    assert.deepEqual(findingsOf(text, index()), ['€8 million:period-mismatch:fee-old']);
  });
});

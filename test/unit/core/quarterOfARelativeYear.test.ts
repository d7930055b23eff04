// A quarter named with a relative year ("the third quarter of last year") is a quarter of a definite year,
// not one "without a year" that would pin every figure of its clause to that quarter (claims.ts,
// QUARTER_WITHOUT_YEAR).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'offices-2025', title: 'Office market report', publisher: 'A broker', date: '2025-03-24', url: 'https://example.org/offices' };

function index() {
  return inlineIndex('offices.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['office', 'vacancy'] },
    entities: [{ id: 'utopia-city', kind: 'city', name: 'Utopia City', country: 'RU', aliases: [] }, { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [] }],
    facts: [
      {
        id: 'uc-vacancy-2024-q4', entity: 'utopia-city', value: 36.5, unit: 'percent', vendors: [], qualifier: 'exact', period: { from: '2024-10', to: '2024-12', text: 'Q4 2024' },
        measure: 'office vacancy rate', keywords: ['vacancy rate', 'vacancy'],
        quote: 'The office vacancy rate in Utopia City was 36.5% in the fourth quarter of 2024.', via: 'the broker', source: 'offices-2025',
      },
    ],
  });
}

describe('a quarter of a relative year', () => {
  it('does not date another figure of its clause to that quarter', () => {
    assert.deepEqual(findingsOf('Utopia City\'s office vacancy rate peaked in the third quarter of last year and ended 2024 at 36.5%.\n', index()), ['36.5%:figure-verified:uc-vacancy-2024-q4']);
  });

  it('while a quarter named with no year still does', () => {
    assert.deepEqual(findingsOf('Utopia City\'s office vacancy rate peaked in the third quarter and ended 2024 at 36.5%.\n', index()), ['36.5%:period-mismatch:uc-vacancy-2024-q4']);
  });
});

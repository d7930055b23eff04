// Facts equal but for their time, and a figure no rule dates: the one of the time its section last dated a
// figure by is linked, else the latest (src/core/claims.ts, Claim.lastNamedPeriod; evidence/model.ts).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'who-2024', title: 'Global TB report', publisher: 'A health agency', date: '2025-10-29', url: 'https://example.org/tb' };

function index() {
  const share = (id: string, entity: string, value: number, year: number) => ({
    id, entity, value, unit: 'percent', vendors: [], qualifier: 'exact', period: { from: year, to: year },
    measure: 'share of global TB cases', keywords: ['share', 'global cases'], quote: `It had ${value}% of global TB cases.`, via: 'the agency', source: 'who-2024',
  });
  return inlineIndex('tb.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['TB', 'tuberculosis'] },
    entities: [
      { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: [] },
      { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: [] },
    ],
    facts: [share('ru-2023', 'RU', 26, 2023), share('ut-2023', 'UT', 10, 2023), share('ut-2024', 'UT', 10, 2024)],
  });
}

describe('equal facts of two times and an undated figure', () => {
  it('links the time the section last dated a figure by', () => {
    assert.deepEqual(findingsOf('## Who carries the burden\n\nRuritania had 26% of global TB cases in 2023.\n\nUtopia had 10% of global cases.\n', index()), ['26%:figure-verified:ru-2023', '10%:figure-verified:ut-2023']);
  });

  it('links the latest where the section dated none', () => {
    assert.deepEqual(findingsOf('## Who carries the burden\n\nUtopia had 10% of global TB cases.\n', index()), ['10%:figure-verified:ut-2024']);
  });
});

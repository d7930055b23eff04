// A relative clause that opens right after an aside's last name and runs to the figure is that name's clause
// (src/core/reading/entity.ts, entity/clause): the aside's name, not the sentence's subject, owns the figure.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'towers-2025', title: 'Tall towers in 2025', publisher: 'A buildings council', date: '2025-01-15', url: 'https://example.org/towers' };

function index() {
  const tower = (id: string, name: string) => ({ id, kind: 'body', name, aliases: [], demonyms: [] });
  const height = (id: string, entity: string, value: number) => ({
    id, entity, value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2025, to: 2025 },
    measure: 'height of the tower, in metres', keywords: ['height', 'metres', 'tall'], quote: 'The towers are 828 and 1,000 metres tall.',
    via: 'the council', source: 'towers-2025',
  });
  return inlineIndex('towers.facts.json', {
    sources: [SOURCE], entities: [tower('bolt-tower', 'Bolt Tower'), tower('acme-spire', 'Acme Spire')],
    facts: [height('bolt-height', 'bolt-tower', 1000), height('acme-height', 'acme-spire', 828)],
  });
}

describe('a relative clause after an aside\'s name', () => {
  it('makes the figure that name\'s, not the sentence subject\'s', () => {
    const text = 'Work restarted on the Bolt Tower, designed to overtake the Acme Spire, which has held the title at 828 metres since 2010.\n';
    assert.deepEqual(findingsOf(text, index()), ['828:figure-verified:acme-height']);
  });

  it('leaves a figure after an aside that no relative clause joins to it to the subject', () => {
    const text = 'The Bolt Tower, designed to overtake the Acme Spire, has held the title at 828 metres since 2010.\n';
    assert.deepEqual(findingsOf(text, index()), ['828:figure-misattributed:bolt-height']);
  });
});

// A relative clause that opens right after an aside's last name and runs to the figure is that name's clause
// (src/core/reading/entity.ts, entity/clause): the aside's name, not the sentence's subject, owns the figure.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';
import { readClaims } from '../../../src/core/claims';
import { parseProse } from '../../../src/core/prose';

const SOURCE = { id: 'towers-2025', title: 'Tall towers in 2025', publisher: 'A buildings council', date: '2025-01-15', url: 'https://example.org/towers' };

function index(country?: string) {
  const tower = (id: string, name: string) => ({ id, kind: 'body', name, ...(country ? { country } : {}), aliases: [], demonyms: [] });
  const height = (id: string, entity: string, value: number) => ({
    id, entity, value, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2025, to: 2025 },
    measure: 'height of the tower, in metres', keywords: ['height', 'metres', 'tall'], quote: 'The towers are 828 and 1,000 metres tall.',
    via: 'the council', source: 'towers-2025',
  });
  return inlineIndex('towers.facts.json', {
    sources: [SOURCE], entities: [{ id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: [] }, tower('bolt-tower', 'Bolt Tower'), tower('acme-spire', 'Acme Spire')],
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

describe('the names around a building\'s figure', () => {
  const entityOf = (text: string): (string | null)[] => readClaims(parseProse(text), index('UT')).claims.map((c) => c.entity);

  it('read a place right after "<building> in" as only where the building stands', () => {
    assert.deepEqual(entityOf('Work restarted on the Bolt Tower in Utopia, set to stand 1,000 metres tall.\n'), ['bolt-tower']);
  });

  it('read a name after "overtake" as compared with, not the subject', () => {
    const text = 'Work restarted in the spring on the Bolt Tower, which after years of delays and many disputes over money is now set to stand 1,000 metres tall to overtake the Acme Spire.\n';
    assert.deepEqual(entityOf(text), ['bolt-tower']);
  });
});

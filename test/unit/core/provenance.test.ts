// A place named after "⟨word⟩ from" says where a thing came from ("ore from Utopia", "a container from
// Utopia"). Beside a place named before it in the figure's clause, it is not whose the figure is; named
// alone, it is no plain statement of whose the figure is, so its value may not be called another's.
import assert from 'node:assert/strict';
import { provenancePlaced } from '../../../src/core/reading/entity';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'customs-2023', title: 'Trade and seizures in 2023', publisher: 'A customs office', date: '2024-03-01', url: 'https://example.org/customs' };
const ENTITIES = [
  { id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: [] },
  { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: [] },
];

interface FactSpec { id: string; entity: string; value: number; unit: string; change?: boolean; measure: string; keywords: string[]; quote: string }

function fact(spec: FactSpec) {
  return { ...spec, vendors: [], qualifier: 'exact', period: { from: 2023, to: 2023 }, via: 'the customs office', source: 'customs-2023' };
}

function index() {
  const facts = [
    fact({ id: 'ru-imports-change', entity: 'RU', value: -24.4, unit: 'percent', change: true, measure: 'change in ore imports', keywords: ['ore imports', 'imports'], quote: 'Ruritania’s ore imports fell 24.4% in 2023.' }),
    fact({ id: 'ut-output-change', entity: 'UT', value: -17.2, unit: 'percent', change: true, measure: 'change in ore imports', keywords: ['ore imports', 'imports'], quote: 'Utopia’s ore imports fell 17.2% in 2023.' }),
    fact({ id: 'ru-seized', entity: 'RU', value: 12.9, unit: 'count', measure: 'scales seized', keywords: ['scales', 'seized'], quote: 'Ruritania seized 12.9 tonnes of scales in 2023.' }),
    fact({ id: 'ut-seized', entity: 'UT', value: 8.3, unit: 'count', measure: 'scales seized', keywords: ['scales', 'seized'], quote: 'Utopia seized 8.3 tonnes of scales in 2023.' }),
    fact({ id: 'ut-shipped', entity: 'UT', value: 900, unit: 'count', measure: 'ore shipped abroad', keywords: ['shipments', 'ore'], quote: 'Utopia shipped 900 tonnes of ore abroad in 2023.' }),
  ];
  return inlineIndex('customs.facts.json', { sources: [SOURCE], entities: ENTITIES, facts });
}

function read(text: string): string[] {
  return findingsOf(text, index());
}

describe('a place named as where a thing came from', () => {
  it('yields to a place named before it in the figure\'s clause', () => {
    assert.deepEqual(read('Ruritania’s ore imports, much of them ore from Utopia, fell 24.4% in 2023.\n'), ['24.4%:figure-verified:ru-imports-change']);
  });

  it('named alone, gives no value to itself: the finder named before may be whose it is', () => {
    const text = '# Ruritania’s customs make a record seizure\n\nIn 2023 officers opened a container from Utopia and found 12.9 tonnes of scales.\n';
    assert.deepEqual(read(text).filter((f) => f.includes('misattributed')), []);
  });

  it('stays the figure\'s own where the other place is in another clause', () => {
    assert.deepEqual(read('Ruritania’s ore imports fell in 2023, and shipments from Utopia reached 900 tonnes of ore.\n'), ['900:figure-verified:ut-shipped']);
  });

  it('is read after a word, never after an amount, which the name gives', () => {
    const placed = (text: string): boolean => {
      const start = text.indexOf('Utopia');
      return provenancePlaced(text, { id: 'UT', kind: 'entity', fuzzy: false, start, end: start + 'Utopia'.length });
    };
    assert.equal(placed('officers opened a container from Utopia'), true);
    assert.equal(placed('much of it shipped from the Utopia'), true);
    assert.equal(placed('a pledge of €1bn from Utopia'), false);
    assert.equal(placed('took $3.24 million from Utopia'), false);
    assert.equal(placed('exports to Utopia'), false);
  });
});

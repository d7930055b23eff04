// Figures that name no fact surely enough. Others of a kind that a sentence sets apart ("the other peaks") own its figures: the entity named before
// is not their subject (src/core/reading/place.ts, place/the-others).
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'fees-2025', title: 'Climbing fees in 2025', publisher: 'A tourism department', date: '2025-09-01', url: 'https://example.org/fees' };
const ENTITIES = [{ id: 'bolt-peak', kind: 'region', name: 'Mount Bolt', aliases: [], demonyms: [] }];

function index() {
  return inlineIndex('fees.facts.json', { sources: [SOURCE], entities: ENTITIES, facts: [{
    id: 'bolt-fee', entity: 'bolt-peak', value: 15_000, unit: 'USD', vendors: [], qualifier: 'exact', period: { from: 2025, to: 2025 },
    measure: 'climbing fee for a foreign climber', keywords: ['fee', 'climbing fee'], quote: 'The fee is $15,000.', via: 'the department', source: 'fees-2025',
  }] });
}

const TITLE = '# Mount Bolt climbing fees\n\n';

describe('the others of a kind', () => {
  it('own the figure after them: the peak named before is not their subject', () => {
    assert.deepEqual(findingsOf(`${TITLE}For the other peaks, the climbing fee has gone to $1,500.\n`, index()), []);
    // Without them, the sentence goes on about the peak, and a tenth of its fee is a slip.
    assert.deepEqual(findingsOf(`${TITLE}For climbers, the climbing fee has gone to $1,500.\n`, index()), ['$1,500:figure-mismatch:bolt-fee']);
  });

  it('are no idiom, and yield to a name the sentence gives', () => {
    assert.deepEqual(findingsOf(`${TITLE}In other words, the climbing fee has gone to $1,500.\n`, index()), ['$1,500:figure-mismatch:bolt-fee']);
    assert.deepEqual(findingsOf(`${TITLE}Unlike the other peaks, Mount Bolt has a climbing fee of $1,500.\n`, index()), ['$1,500:figure-mismatch:bolt-fee']);
  });
});

const PRIZE_SOURCE = { id: 'prize-2024', title: 'The prize in numbers', publisher: 'A prize foundation', date: '2024-10-01', url: 'https://example.org/prize' };

function prizeIndex() {
  const fact = (id: string, value: number, unit: string, measure: string, keywords: string[]) => ({
    id, entity: 'acme-prize', value, unit, vendors: [], qualifier: 'exact', period: { from: 2024, to: 2024 }, measure, keywords,
    quote: 'The prize has 1,000 laureates and pays $11 million each.', via: 'the foundation', source: 'prize-2024',
  });
  return inlineIndex('prize.facts.json', {
    vocabulary: { topic: ['prize', 'laureates'], generic: ['prize', 'prizes'] },
    sources: [PRIZE_SOURCE], entities: [{ id: 'acme-prize', kind: 'body', name: 'Acme Prize', aliases: [], demonyms: [] }],
    facts: [fact('laureates', 1000, 'count', 'number of prize laureates since the first award', ['laureates', 'prize']), fact('money', 11e6, 'USD', 'prize money for each prize', ['prize money', 'prize'])],
  });
}

describe('a hedged round value at another scale', () => {
  const field = (hedge: string): string[] => findingsOf(`A century ago there were few physicists; today there are ${hedge}one million, a curator at the Acme Prize museum has said.\n`, prizeIndex());

  it('is no slip of a fact whose measure no word beside it names', () => {
    assert.deepEqual(field('an estimated '), []);
  });

  it('is one unhedged, or where the fact\'s own words stand beside it', () => {
    assert.deepEqual(field(''), ['one million:figure-mismatch:laureates']);
    assert.deepEqual(findingsOf('The Acme Prize now has an estimated one million laureates.\n', prizeIndex()), ['one million:figure-mismatch:laureates']);
  });
});

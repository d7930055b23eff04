// A hedged figure that names another number than the fact's ("an estimated 14,200" of 14,700) is a wrong value
// where the link is beyond doubt (THRESHOLDS.hedgedWrong); a hedge that only rounds the fact's number agrees.
import assert from 'node:assert/strict';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'safety-2025', title: 'Fireworks report', publisher: 'A safety commission', date: '2025-06-20', url: 'https://example.org/fw' };

function index() {
  return inlineIndex('fireworks.facts.json', {
    sources: [SOURCE], vocabulary: { topic: ['fireworks'] },
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania', aliases: [], demonyms: ['Ruritanian'] }],
    facts: [{
      id: 'injuries-2024', entity: 'RU', value: 14700, unit: 'count', vendors: [], qualifier: 'exact', period: { from: 2024, to: 2024 },
      measure: 'fireworks-related injuries treated in emergency departments in a year', keywords: ['injuries', 'emergency departments', 'emergency rooms'],
      quote: 'Fireworks caused 14,700 injuries treated in emergency departments in 2024.', via: 'the commission', source: 'safety-2025',
    }],
  });
}

const said = (figure: string) => `In Ruritania, fireworks caused ${figure} injuries treated in emergency departments in 2024.\n`;

describe('a hedged figure near the fact\'s number', () => {
  it('is a wrong value where it names another number and the link is sure', () => {
    assert.deepEqual(findingsOf(said('an estimated 14,200'), index()), ['14,200:figure-mismatch:injuries-2024']);
  });

  it('agrees where the hedge only rounds the fact\'s number', () => {
    assert.deepEqual(findingsOf(said('about 15,000'), index()), ['15,000:figure-verified:injuries-2024']);
  });

  it('says nothing where the link is weaker', () => {
    assert.deepEqual(findingsOf('In Ruritania, fireworks sent an estimated 14,200 people to hospital emergency rooms with injuries in 2024.\n', index()), []);
  });
});

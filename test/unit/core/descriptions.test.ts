// A dataset may give a description as a name ("the kingdom", "the bloc"): a reader takes it for its entity
// only once the text has named that entity, as a pronoun stands for what was named. And a sentence that opens
// with "It" speaks of the party its paragraph named last.
import assert from 'node:assert/strict';
import { describesEntity } from '../../../src/core/names';
import { parseProse } from '../../../src/core/prose';
import { DocumentReader } from '../../../src/core/reading/document';
import { findingsOf, inlineIndex } from '../support/engine';

const SOURCE = { id: 'office-2023', title: 'Counts for 2023', publisher: 'A statistics office', date: '2024-03-01', url: 'https://example.org/counts' };
const ENTITIES = [
  { id: 'RU', kind: 'country', name: 'Ruritania', aliases: ['the kingdom'], demonyms: [] },
  { id: 'UT', kind: 'country', name: 'Utopia', aliases: [], demonyms: [] },
];
const VENDORS = [{ id: 'acme', name: 'Acme', aliases: [] }, { id: 'bolt', name: 'Bolt', aliases: [] }];

function fact(id: string, entity: string, vendors: string[], value: number, measure: string, keywords: string[], quote: string) {
  return { id, entity, vendors, measure, keywords, value, unit: 'count', qualifier: 'exact', period: { from: 2023, to: 2023 }, via: 'the office', quote, source: 'office-2023' };
}

function index() {
  const facts = [
    fact('ru-libraries', 'RU', [], 1200, 'public libraries', ['public libraries', 'libraries'], 'Ruritania had 1,200 public libraries in 2023.'),
    fact('ut-libraries', 'UT', [], 900, 'public libraries', ['public libraries', 'libraries'], 'Utopia had 900 public libraries in 2023.'),
    fact('ru-acme', 'RU', ['acme'], 4177, 'devices sold', ['devices'], 'Acme sold 4,177 devices in Ruritania in 2023.'),
    fact('ru-bolt', 'RU', ['bolt'], 3567, 'devices sold', ['devices'], 'Bolt sold 3,567 devices in Ruritania in 2023.'),
  ];
  return inlineIndex('counts.facts.json', { sources: [SOURCE], entities: ENTITIES, vendors: VENDORS, facts });
}

function read(text: string): string[] {
  return findingsOf(text, index());
}

describe('a description given as a name', () => {
  it('is a lower-case definite description none of whose words names the entity otherwise', () => {
    assert.equal(describesEntity('the bloc', { name: 'European Union', aliases: ['EU'] }), true);
    assert.equal(describesEntity("the capital's boroughs", { name: 'London', aliases: [] }), true);
    assert.equal(describesEntity('across the country', { name: 'United States', aliases: ['US'] }), true);
    // The entity's own word: "the world" is the World's name with its article.
    assert.equal(describesEntity('the world', { name: 'World', aliases: [] }), false);
    // An entity named in lower case has no proper name for a description to stand in for.
    assert.equal(describesEntity('the eurozone', { name: 'euro area', aliases: [] }), false);
    // Not a description: capitalised, or without its article.
    assert.equal(describesEntity('The Bloc', { name: 'European Union', aliases: [] }), false);
    assert.equal(describesEntity('nationwide', { name: 'United States', aliases: [] }), false);
  });

  it('names nothing where the text named another entity of its kind before it, and not its own', () => {
    assert.deepEqual(read("Utopia's library service is growing. Across the kingdom there were 900 public libraries in 2023.\n"), ['900:figure-verified:ut-libraries']);
  });

  it('names its entity where the text before it names no other of its kind: the dataset\'s reading is the only one', () => {
    assert.deepEqual(read('Across the kingdom there were 1,200 public libraries in 2023.\n'), ['1,200:figure-verified:ru-libraries']);
  });

  it('reads back only as far as a section is given: a part that opens with a heading starts afresh', () => {
    const text = "# Libraries\n\n## Utopia\n\nUtopia's library service is growing.\n\n## Counts\n\nAcross the kingdom there were 1,200 public libraries in 2023.\n";
    assert.deepEqual(read(text), ['1,200:figure-verified:ru-libraries']);
  });

  it('names its entity once the text has named it, in an earlier paragraph too', () => {
    const text = "Ruritania's library service is growing.\n\nAcross the kingdom there were 1,200 public libraries in 2023.\n";
    assert.deepEqual(read(text), ['1,200:figure-verified:ru-libraries']);
    const reader = new DocumentReader(parseProse(text), index());
    assert.deepEqual(reader.blockFacts(1).hits.map((h) => h.id), ['RU']);
  });

  it('is kept in the title, which describes what the story names under it', () => {
    const text = '# The kingdom counts its libraries\n\nUtopia was not surveyed.\n';
    const reader = new DocumentReader(parseProse(text), index());
    assert.deepEqual(reader.blockFacts(0).hits.map((h) => h.id), ['RU']);
    assert.deepEqual(reader.blockFacts(1).hits.map((h) => h.id), ['UT']);
  });
});

describe('a sentence that opens with "It"', () => {
  it('speaks of the party its paragraph named last, not of one a paragraph before named', () => {
    assert.deepEqual(read('Acme led sales in Ruritania in 2023.\n\nBolt came second. It sold 3,567 devices in Ruritania in 2023.\n'), ['3,567:figure-verified:ru-bolt']);
    assert.deepEqual(read('Acme sold 4,177 devices in Ruritania in 2023.\n\nBolt came second. It sold 3,567 devices in Ruritania in 2023.\n'), ['4,177:figure-verified:ru-acme', '3,567:figure-verified:ru-bolt']);
  });
});

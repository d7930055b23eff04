import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { formatProblem, loadDatasets } from '../../../src/dataset/load';
import { readNumbers, valueAppearsInQuote } from '../../../src/dataset/quoteCheck';
import type { DatasetFile, Entity, Fact, Vendor } from '../../../src/dataset/schema';
import { repoRoot } from './helpers';

const SEED = join(repoRoot(), '..', 'shared', 'seeds', '000_d3dbe12fcd183714.txt');

function loaded(): DatasetFile[] {
  return loadDatasets(BUNDLED_DATASETS).datasets.map((d) => d.data);
}
function allFacts(): Fact[] {
  return loaded().flatMap((d) => d.facts);
}
function allEntities(): Map<string, Entity> {
  return new Map(loaded().flatMap((d) => d.entities.map((e) => [e.id, e] as const)));
}
function allVendors(): Map<string, Vendor> {
  return new Map(loaded().flatMap((d) => d.vendors.map((v) => [v.id, v] as const)));
}

/** Lower case, one kind of apostrophe and quote mark, single spaces, ASCII hyphens. */
function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
function mentions(sentence: string, names: string[]): boolean {
  const s = normalise(sentence).toLowerCase();
  return names.some((n) => s.includes(normalise(n).toLowerCase()));
}
function entityNames(e: Entity): string[] {
  return [e.name, ...e.aliases, ...e.demonyms];
}
function vendorNames(v: Vendor): string[] {
  return [v.name, ...v.aliases];
}
/** A crude stem, enough to see that a sentence uses one of a fact's keywords. */
function stem(word: string): string {
  const w = normalise(word).toLowerCase();
  const stemmed = w.replace(/(ing|ed|es|s)$/, '');
  return stemmed.length >= 4 ? stemmed : w;
}

describe('bundled datasets', () => {
  it('load with no problems', () => {
    const result = loadDatasets(BUNDLED_DATASETS);
    assert.deepEqual(result.problems.map(formatProblem), []);
    assert.deepEqual(result.datasets.map((d) => d.file), ['data/entities.json', 'data/rferl-2024-05-07-cameras.facts.json']);
  });

  it('hold the camera survey: 33 facts about eight countries, from one source', () => {
    const facts = allFacts();
    assert.equal(facts.length, 33);
    const entities = allEntities();
    const countryOf = (id: string) => {
      const e = entities.get(id)!;
      return e.kind === 'country' ? e.id : e.country!;
    };
    assert.deepEqual([...new Set(facts.map((f) => countryOf(f.entity)))].sort(), ['BA', 'BG', 'GE', 'HU', 'MD', 'RO', 'RS', 'UA']);
    assert.deepEqual([...new Set(facts.map((f) => f.source))], ['rferl-2024-05-07-cameras']);
    const byId = new Map(facts.map((f) => [f.id, f]));
    assert.equal(byId.get('hu-shodan-hikvision-devices')!.value, 18166);
    assert.equal(byId.get('hu-shodan-dahua-devices')!.value, 3567);
    assert.equal(byId.get('rs-belgrade-camera-spending-2023')!.value, 5800000);
    assert.deepEqual(byId.get('rs-facial-recognition-municipalities')!.of, 42);
    assert.deepEqual(byId.get('banja-luka-dahua-cameras-installed')!.of, 325);
    assert.equal(byId.get('ro-dahua-hikvision-world-rank')!.unit, 'rank');
    assert.equal(byId.get('ge-camera-purchases-2020')!.qualifier, 'fewer-than');
    assert.deepEqual(byId.get('md-procured-dahua-hikvision-cameras')!.period, { from: 2018, to: 2023 });
  });

  it('name every country of the survey, with local names and demonyms', () => {
    const entities = allEntities();
    const names = new Map([...entities.values()].flatMap((e) => entityNames(e).map((n) => [n, e.id] as const)));
    for (const [name, id] of [
      ['Bosnia and Herzegovina', 'BA'], ['BiH', 'BA'], ['Kosova', 'XK'], ['Kosovar', 'XK'], ['Republic of Moldova', 'MD'],
      ['Magyarország', 'HU'], ['საქართველო', 'GE'], ['Srbija', 'RS'], ['Україна', 'UA'], ['Kiev', 'kyiv'], ['Chișinău', 'chisinau'],
    ]) {
      assert.equal(names.get(name!), id, name);
    }
    for (const e of entities.values()) {
      if (e.kind === 'country') assert.ok(e.capital && mentions(e.capital, [...entities.values()].filter((c) => c.kind === 'city').map((c) => c.name)), `${e.id} capital`);
    }
    assert.equal(allVendors().get('chinese')!.group, true);
  });

  it("can read every fact's value in its quote", () => {
    for (const fact of allFacts()) assert.ok(valueAppearsInQuote(fact), `${fact.id}: ${fact.value} not in "${fact.quote}"`);
  });

  it('quote the seed article verbatim', function () {
    if (!existsSync(SEED)) this.skip();
    const article = normalise(readFileSync(SEED, 'utf8'));
    for (const fact of allFacts()) assert.ok(article.includes(normalise(fact.quote)), `${fact.id}: quote not found in the article`);
  });

  it('give every fact examples and counterexamples that name its entity, vendor and measure', () => {
    const entities = allEntities();
    const vendors = allVendors();
    const groupNames = [...vendors.values()].filter((v) => v.group).flatMap(vendorNames);
    for (const fact of allFacts()) {
      assert.ok(fact.examples.length >= 1, `${fact.id} has no example`);
      assert.ok(fact.counterexamples.length >= 1, `${fact.id} has no counterexample`);
      const entity = entities.get(fact.entity)!;
      for (const sentence of [...fact.examples, ...fact.counterexamples]) {
        assert.ok(mentions(sentence, entityNames(entity)), `${fact.id}: "${sentence}" does not name ${entity.name}`);
        assert.ok(fact.keywords.some((k) => normalise(sentence).toLowerCase().includes(stem(k))), `${fact.id}: "${sentence}" uses no keyword`);
        assert.ok(readNumbers(sentence).length > 0, `${fact.id}: "${sentence}" has no figure`);
        assert.equal(/[.!?]\s+[A-Z]/.test(sentence), false, `${fact.id}: "${sentence}" is more than one sentence`);
      }
      const ownNames = fact.vendors.flatMap((id) => vendorNames(vendors.get(id)!));
      for (const sentence of fact.examples) {
        if (fact.vendors.length === 1 && !vendors.get(fact.vendors[0]!)!.group) {
          assert.ok(mentions(sentence, ownNames), `${fact.id}: example "${sentence}" does not name the vendor`);
        } else if (fact.vendors.length > 0) {
          assert.ok(mentions(sentence, [...ownNames, ...groupNames]), `${fact.id}: example "${sentence}" names no vendor`);
        }
      }
      assert.equal(new Set([...fact.examples, ...fact.counterexamples]).size, fact.examples.length + fact.counterexamples.length, `${fact.id} repeats a sentence`);
    }
  });

  it('carry "$schema" for editors', () => {
    for (const name of ['entities.json', 'rferl-2024-05-07-cameras.facts.json']) {
      const data = JSON.parse(readFileSync(join(repoRoot(), 'data', name), 'utf8')) as { $schema?: string };
      assert.equal(data.$schema, './factdesk.schema.json', name);
    }
  });
});

// The evidence model: how a value relates to a fact's, which features fire, and the rules a warning must
// keep whatever the weights are.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkDocument, type Finding } from '../../../src/core';
import { digitSlip, valueRelation } from '../../../src/core/evidence/values';
import { FEATURES } from '../../../src/core/evidence/features';
import { THRESHOLDS, WEIGHTS } from '../../../src/core/evidence/weights';
import { statedFact } from '../../../src/core/judge';
import { loadDatasets } from '../../../src/dataset/load';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { buildIndex } from '../../../src/core';
import { bundledIndex } from '../support/engine';
import { WARNING_CODES } from '../support/labels';
import { indexFor } from '../support/corpora';

function warnings(text: string, index = bundledIndex()): Finding[] {
  return checkDocument(text, index).findings.filter((f) => WARNING_CODES.has(f.code));
}

describe('value relations', () => {
  const cases: [number, number, string | null][] = [
    [81166, 18166, 'transposed'],
    [18616, 18166, 'transposed'],
    [8.5e6, 5.8e6, 'transposed'],
    [3576, 3567, 'transposed'],
    [45e3, 45e6, 'scale-slip'],
    [23000, 2300, 'scale-slip'],
    [72100, 7210, 'scale-slip'],
    [89452, 189452, 'digit-count'],
    [1513, 15133, 'digit-count'],
    [4077, 4177, 'one-digit'],
    [160, 150, null], // one changed digit of three is as likely another figure
    [4700, 4177, null],
    [10000, 1000, 'round-scale-slip'],
    [5.8e3, 5.8e9, 'scale-slip'], // "thousand" for "billion"
    [3.6, 36e9, null], // "€3.60 a litre" against €36 billion: no scale word slips that far
    [55.7e6, 65e6, null], // written more finely than the fact: "56" for "65" only after rounding it
    [56e6, 65e6, 'transposed'],
    [7147, 4177, 'transposed'], // two digits apart swapped, in a number of four digits
    [2736, 3726, 'transposed'],
    [418, 814, null], // three digits: two apart swap by chance
    [3020, 3200, 'finer-transposed'], // a zero of the rounded value swapped in, at the draft's finer precision
    [6.05e6, 6.5e6, 'finer-transposed'],
    [302, 320, 'transposed'], // at the fact's own precision it is a plain swap
    [32.1, 32, null], // finer, but one digit added, not swapped
    [3002, 3200, null], // the swapped digits are not neighbours
    [350, 35e6, null], // no slip multiplies by a hundred thousand: "CHF 350" of CHF 35 million
    [3.5e3, 35e6, null], // nor by ten thousand
    [3.5e6, 35e6, 'scale-slip'], // a decimal point one place off
    [1, 1e6, null], // "voted 3 to 1" beside a million trips: one digit alike by chance
    [1e6, 1, 'round-scale-slip'], // "$1m" of $1: a scale word written in is a slip
    [4.56e9, 4.056e9, 'digit-count'], // a zero after the decimal point dropped: the size stays
    [2.035, 2.35, 'digit-count'], // one added after it
    [295.3e6, 295e6, null], // a last digit more is a finer rounding, not a slip
    [295.5e6, 295e6, null], // even where that digit repeats the one before
    [45.6e9, 4.056e9, null], // another power of ten: a scale slip or nothing, not a dropped digit
    [103.7e6, 130_724_000, 'transposed'], // coarser than the fact: its digits rounded, then two swapped
    [890.6e6, 809_577_356.14, 'transposed'],
    [1_050_000, 1_499_000, null], // the zero "150" ends with is the rounding's, never the source's digit
    [159e3, 195_100, null], // three digits rounded coarser swap by chance
  ];
  for (const [draft, fact, slip] of cases) {
    it(`${draft} for ${fact}: ${slip ?? 'no slip'}`, () => assert.equal(digitSlip(draft, fact), slip));
  }
  it('takes no swap of a count under a hundred for a slip; a share\'s or a larger count\'s it does', () => {
    assert.equal(digitSlip(19, 91, true), null);
    assert.equal(digitSlip(71, 17), 'transposed');
    assert.equal(digitSlip(34000, 43000, true), 'transposed');
  });
  it('reads a bound the source satisfies, written with two neighbouring digits swapped, as a slip', () => {
    const atLeast = (v: number) => ({ value: v, qualifier: 'at-least' as const, precision: 1 });
    assert.equal(valueRelation(atLeast(3060), statedFact(3600, 'at-least'), true), 'transposed');
    assert.equal(valueRelation(atLeast(3500), statedFact(3600, 'at-least'), true), 'agrees');
  });
  it('reads a bound that names its own number as no restatement of a value it merely holds', () => {
    const bound = (v: number, precision: number, qualifier: 'more-than' | 'up-to') => ({ value: v, qualifier, precision });
    // "up to 27" of 23, "just over 6.26 million" of 6.5 million: not what the bound states.
    assert.notEqual(valueRelation(bound(27, 1, 'up-to'), statedFact(23, 'exact'), true), 'agrees');
    assert.notEqual(valueRelation(bound(6.26e6, 1e4, 'more-than'), statedFact(6.5e6, 'exact'), true), 'agrees');
    // A round bound still restates a value it holds: "more than 120 million" of 122.7 million, "up to 25" of 23.
    assert.equal(valueRelation(bound(120e6, 1e6, 'more-than'), statedFact(122.7e6, 'exact'), true), 'agrees');
    assert.equal(valueRelation(bound(25, 1, 'up-to'), statedFact(23, 'exact'), true), 'agrees');
  });
  it('reads near, moderate and far values, and a flipped qualifier', () => {
    const exact = (v: number) => ({ value: v, qualifier: 'exact' as const, precision: 1 });
    assert.equal(valueRelation(exact(4700), statedFact(4177, 'exact')), 'near');
    assert.equal(valueRelation(exact(12000), statedFact(4177, 'exact')), 'moderate');
    assert.equal(valueRelation(exact(500000), statedFact(4177, 'exact')), 'far');
    assert.equal(valueRelation({ value: 7210, qualifier: 'fewer-than', precision: 1 }, statedFact(7210, 'more-than')), 'qualifier-flipped');
    assert.equal(valueRelation({ value: -58, qualifier: 'exact', precision: 1 }, statedFact(58, 'exact')), 'sign-flipped');
  });
  it('reads a rounded value with two digits swapped as a slip, however loose the rounding', () => {
    const about = (v: number) => ({ value: v, qualifier: 'approximately' as const, precision: 1 });
    assert.equal(valueRelation(about(78), statedFact(87, 'approximately')), 'transposed');
    assert.equal(valueRelation(about(84), statedFact(87, 'approximately')), 'agrees');
  });
});

describe('the weights table', () => {
  it('gives every feature a weight and a reason, and every threshold a reason', () => {
    for (const f of FEATURES) {
      assert.ok(Number.isFinite(WEIGHTS[f].weight), f);
      assert.ok(WEIGHTS[f].reason.length > 20, `${f} has a reason`);
    }
    for (const [name, t] of Object.entries(THRESHOLDS)) assert.ok(t.value > 0 && t.value < 1 && t.reason.length > 20, name);
  });
});

describe('what a warning needs', () => {
  it('never warns on a figure far from every fact with only an entity and a topic word', () => {
    const countries = ['Hungary', 'Moldova', 'Serbia', 'Georgia', 'Romania', 'Bulgaria', 'Ukraine', 'Kosovo'];
    fc.assert(
      fc.property(fc.constantFrom(...countries), fc.integer({ min: 20, max: 5_000_000 }), (country, value) => {
        const text = `${country} has ${value.toLocaleString('en-US')} cameras.`;
        const far = bundledIndex()
          .factsAbout(bundledIndex().entity(country === 'Kosovo' ? 'XK' : country.slice(0, 2).toUpperCase())?.id ?? '')
          .every((f) => Math.max(value, f.value) / Math.min(value, f.value) > 4);
        return !far || warnings(text).length === 0;
      }),
      { numRuns: 200, seed: 9 },
    );
  });

  it('explains a warning: the features that fired, with their weights, and in words', () => {
    const [f] = warnings('Shodan lists 81,166 Hikvision devices in Hungary.');
    assert.equal(f.code, 'figure-mismatch');
    assert.ok(f.evidence && f.evidence.probability >= THRESHOLDS.warn.value);
    assert.deepEqual(
      f.evidence.features.map((e) => e.feature).filter((name) => ['entity.same', 'parties.same', 'measure.specific-near', 'value.transposed'].includes(name)).sort(),
      ['entity.same', 'measure.specific-near', 'parties.same', 'value.transposed'],
    );
    for (const e of f.evidence.features) assert.equal(e.weight, WEIGHTS[e.feature as keyof typeof WEIGHTS].weight);
    assert.equal(f.evidence.summary, 'same country (Hungary); Hikvision named; “Shodan” next to the figure; 81,166 has two digits swapped (18,166)');
  });

  it('never compares a figure in one currency with a fact in another, nor a count with money', () => {
    assert.deepEqual(warnings('In 2023 alone, Belgrade spent around €5.2 million on cameras.'), []);
    assert.deepEqual(warnings('In 2023 alone, Belgrade spent around 5.2 million euros on cameras.'), []);
    assert.deepEqual(warnings('Moldova spent MDL 2.5 billion on Dahua and Hikvision cameras between 2018 and 2023.'), []);
    assert.deepEqual(warnings('Sofia spent BGN 160,000 on cameras for Borisova garden.'), []);
  });

  it('reads rates and changes as their own kinds: never a count, never a level', () => {
    assert.deepEqual(warnings('Budapest has 3.4 cameras per 1,000 people, and Hungary 18,166 Hikvision devices on Shodan.'), []);
    assert.deepEqual(warnings('Hungary saw Shodan-listed Hikvision devices rise by 1,250 last year.'), []);
  });

  it('judges a later month against an earlier one as another period, never as a wrong value', () => {
    const text = 'Kyiv: Russian intelligence hacked 12 surveillance cameras in Kyiv in June 2024.';
    assert.ok(warnings(text).every((f) => f.code !== 'figure-mismatch'));
  });

  it('gives no wrong value to a figure beside another measure\'s word whose own measure is named only elsewhere, unless it is a slip', () => {
    // "EUAA" is a word of another measure (the agency's count of applications); 43% is no slip of 35%.
    const text = "EU recognition rate at first instance in 2023 (Eurostat): 35% – the EUAA's own figure is 43%.";
    assert.deepEqual(warnings(text, indexFor('bundled+subject10')).map((f) => text.slice(f.start, f.end)), ['35%']);
  });

  it('reads a signed change next to a word of what its fact says changes as naming that measure', () => {
    // The seat changes' keywords are verbs ("gained", "lost"); the column says "+/- seats".
    const table = '## 2024 results\n\n| Party | Seats | +/- seats |\n|---|---|---|\n| Lib Dem | 72 | +61 |\n';
    const found = warnings(table, indexFor('bundled+subject9'));
    assert.deepEqual(found.map((f) => [f.code, f.factId]), [['figure-mismatch', 'libdem-seat-change-2024']]);
    // The writer is shown the word that linked them.
    assert.match(found[0].evidence?.summary ?? '', /“seats” next to the figure/);
  });

  it('lets a fall state a fact whose level is a decrease, by its size, and no rise', () => {
    const text = (change: string): string => `- Group ${change} of 2m bpd to OPEC+ targets from November 2022.\n`;
    const index = indexFor('bundled+subject29');
    const codes = (t: string): string[] => checkDocument(t, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${f.code}:${f.factId}`);
    assert.deepEqual(codes(text('cut')), ['figure-verified:opecplus-cut-2022-11']);
    assert.deepEqual(codes(text('increase')), []);
  });

  it('lets the noun a figure counts name its measure over another measure\'s word for the subject', () => {
    // "team" is a word of the team-size measure; "silvers" is the silver medals' own and no other's.
    const [f] = warnings('Australia won 18 golds in Paris. The team also won 190 silvers.', indexFor('bundled+subject7'));
    assert.equal(f?.code, 'figure-mismatch');
    assert.equal(f?.factId, 'au-silver-2024');
  });
});

describe('candidates in a large dataset', () => {
  it('finds the facts of the entity named and its country, and the nearest in value, not every fact of its country', () => {
    const regions = Array.from({ length: 400 }, (_, i) => ({ id: `r-${i}`, kind: 'region', name: `Regio${String.fromCharCode(65 + (i % 26))}${i}`, country: 'HU' }));
    const facts = regions.map((r, i) => ({
      id: `r-fact-${i}`, entity: r.id, vendors: [], measure: 'units counted', keywords: ['cameras'], value: 1000 + i * 37, unit: 'count',
      qualifier: 'exact', period: null, via: 'v', quote: `It has ${(1000 + i * 37).toLocaleString('en-US')} cameras.`, source: 's',
    }));
    const json = { sources: [{ id: 's', title: 'T', publisher: 'P', date: '2024-01-01', url: 'https://example.org' }], entities: regions, facts };
    const loaded = loadDatasets([...BUNDLED_DATASETS, { file: 'big.facts.json', json }]);
    assert.deepEqual(loaded.problems, []);
    const index = buildIndex(loaded.datasets);
    const candidates = index.candidatesFor('HU', 'count', 18166);
    assert.ok(candidates.length < 80, `${candidates.length} candidates`);
    assert.ok(candidates.some((c) => c.fact.id === 'hu-shodan-hikvision-devices'), "the country's own facts are always candidates");
    assert.equal(warnings('Shodan lists 81,166 Hikvision devices in Hungary.', index)[0]?.factId, 'hu-shodan-hikvision-devices');
  });
});

describe('facts a body publishes', () => {
  const index = indexFor('bundled+subject348');
  it('are candidates for a figure given as the body\'s, though they measure another entity', () => {
    // The WHO's snakebite deaths are the world's: its source's publisher is the WHO.
    const published = index.publishedBy('who').map((indexed) => indexed.fact.id);
    assert.ok(published.includes('subject348-who-deaths-2023'), published.join(', '));
    assert.ok(published.every((id) => index.fact(id)?.entity !== 'who'), 'a body\'s own facts are its own, not published ones');
  });
  it('verify a figure the body is quoted for, and show a slip in it', () => {
    const read = (text: string): string[] => checkDocument(text, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${f.code}:${f.factId}`);
    assert.deepEqual(read('According to the WHO, snakebites cause between 81,410 and 137,880 deaths each year.\n'), ['figure-verified:subject348-who-deaths-2023']);
    assert.deepEqual(read('According to the WHO, snakebites cause between 81,410 and 173,880 deaths each year.\n'), ['figure-mismatch:subject348-who-deaths-2023']);
  });
});

describe('facts a body publishes, named as the source\'s own source', () => {
  it('counts a fact whose "via" names the body, whoever published the page', () => {
    const json = {
      vocabulary: { topic: ['street lamps', 'street lamp'], countedNouns: ['lamps'] },
      sources: [{ id: 'paper', title: 'Lamps report', publisher: 'Daily Planet', date: '2024-05-01', url: 'https://example.org/lamps' }],
      entities: [{ id: 'world', kind: 'region', name: 'World', aliases: ['worldwide'] }, { id: 'ulo', kind: 'body', name: 'Utopian Lamp Office', aliases: ['ULO'], country: 'HU' }],
      facts: [{
        id: 'world-lamps-2023', entity: 'world', vendors: [], measure: 'street lamps installed', keywords: ['street lamps'], value: 4_730_000, unit: 'count',
        qualifier: 'exact', period: { from: 2023, to: 2023 }, via: 'Utopian Lamp Office (ULO) yearbook', quote: 'The ULO counted 4,730,000 street lamps installed in 2023.', source: 'paper',
      }],
    };
    const loaded = loadDatasets([...BUNDLED_DATASETS, { file: 'lamps.facts.json', json }]);
    assert.deepEqual(loaded.problems, []);
    const index = buildIndex(loaded.datasets);
    assert.deepEqual(index.publishedBy('ulo').map((indexed) => indexed.fact.id), ['world-lamps-2023']);
    const found = (text: string): string[] => checkDocument(text, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${f.code}:${f.factId}`);
    assert.deepEqual(found('The ULO counted 4.73 million street lamps installed in 2023.\n'), ['figure-verified:world-lamps-2023']);
    assert.deepEqual(found('The ULO counted 4.37 million street lamps installed in 2023.\n'), ['figure-mismatch:world-lamps-2023']);
  });
});

// A unit written as a word after a number ("640 MW") is the noun the figure counts. A dataset names the
// unit in its measure, often with its abbreviation in parentheses ("in megawatts (MW)"): both count. A
// level that is itself an increase ("capacity added") is what a rise ("grew by 640 MW") states.
import { strict as assert } from 'node:assert';
import { buildIndex, checkDocument, type FactIndex } from '../../../src/core';
import { loadDatasets } from '../../../src/dataset/load';
import { indexFor } from '../support/corpora';

/** One made-up fact on another subject than the bundled datasets', with its units as counted nouns. */
function windIndex(measure: string): FactIndex {
  const json = {
    vocabulary: { topic: ['wind', 'capacity'], countedNouns: ['megawatts', 'megawatt', 'MW', 'MWh', 'turbines'], modifiers: ['wind', 'installed'] },
    sources: [{ id: 'src', title: 'Wind report', publisher: 'Pub', date: '2025-01-08', url: 'https://example.org/wind' }],
    entities: [{ id: 'RU', kind: 'country', name: 'Ruritania' }],
    facts: [
      {
        id: 'ru-wind-capacity', entity: 'RU', vendors: [], measure, keywords: ['wind', 'capacity', 'installed'], value: 640, unit: 'count',
        qualifier: 'exact', period: { from: 2024, to: 2024 }, via: 'Grid operator', quote: 'Wind capacity reached 640 MW in 2024.', source: 'src',
      },
    ],
  };
  const loaded = loadDatasets([{ file: 'wind.facts.json', json }]);
  assert.deepEqual(loaded.problems, []);
  return buildIndex(loaded.datasets);
}

function verdicts(index: FactIndex, text: string): string[] {
  return checkDocument(`${text}\n`, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);
}

describe('units as counted nouns', () => {
  it('reads the abbreviation in parentheses after the measure’s unit as the same unit', () => {
    const index = windIndex('installed wind capacity, in megawatts (MW)');
    assert.deepEqual(verdicts(index, 'Ruritania had 640 MW of installed wind capacity in 2024.'), ['640:figure-verified']);
    assert.deepEqual(verdicts(index, 'Ruritania had 460 MW of installed wind capacity in 2024.'), ['460:figure-mismatch']);
    assert.deepEqual(verdicts(index, 'Ruritania had 640 megawatts of installed wind capacity in 2024.'), ['640:figure-verified']);
  });
  it('reads the abbreviation after a unit of two words', () => {
    const index = windIndex('wind generation, in megawatt hours (MWh)');
    assert.deepEqual(verdicts(index, 'Ruritania’s wind farms generated 640 MWh in 2024.'), ['640:figure-verified']);
  });
  it('keeps another counted noun apart', () => {
    const index = windIndex('installed wind capacity, in megawatts (MW)');
    assert.deepEqual(verdicts(index, 'Ruritania had 460 wind turbines installed in 2024.'), []);
  });
  it('lets a rise state a fact whose level is an increase, and no fall', () => {
    const index = windIndex('wind capacity added, in megawatts (MW)');
    assert.deepEqual(verdicts(index, 'Ruritania’s wind capacity grew by 640 MW in 2024.'), ['640:figure-verified']);
    assert.deepEqual(verdicts(index, 'Ruritania’s wind capacity grew by 460 MW in 2024.'), ['460:figure-mismatch']);
    assert.deepEqual(verdicts(index, 'Ruritania’s wind capacity fell by 640 MW in 2024.'), []);
    // A level that is no increase is no rise's.
    assert.deepEqual(verdicts(windIndex('installed wind capacity, in megawatts (MW)'), 'Ruritania’s wind capacity grew by 640 MW in 2024.'), []);
  });
  it('takes a share’s whole from the fact’s measure when no keyword names it', () => {
    const json = {
      vocabulary: { topic: ['wind', 'renewables', 'electricity'], synonyms: { wind: ['wind', 'wind power'] } },
      sources: [{ id: 'src', title: 'Power review', publisher: 'Pub', date: '2025-01-23', url: 'https://example.org/power' }],
      entities: [{ id: 'RU', kind: 'country', name: 'Ruritania' }],
      facts: [
        { id: 'wind-share', entity: 'RU', vendors: [], measure: "wind's share of electricity generation", keywords: ['wind', 'share'], value: 17, unit: 'percent',
          qualifier: 'exact', period: { from: 2024, to: 2024 }, via: 'Review', quote: 'Wind generated 17% of electricity.', source: 'src' },
        { id: 'renewables-share', entity: 'RU', vendors: [], measure: "renewables' share of electricity generation", keywords: ['renewables', 'share', 'electricity'], value: 47,
          unit: 'percent', qualifier: 'exact', period: { from: 2024, to: 2024 }, via: 'Review', quote: 'Renewables generated 47% of electricity.', source: 'src' },
      ],
    };
    const loaded = loadDatasets([{ file: 'power.facts.json', json }]);
    assert.deepEqual(loaded.problems, []);
    const index = buildIndex(loaded.datasets);
    // Without it, "electricity" is a noun of the renewables' fact only, whose keyword it is.
    const found = checkDocument('Wind generated 17% of Ruritania’s electricity in 2024.\n', index).findings.filter((f) => f.code !== 'missing-citation');
    assert.deepEqual(found.map((f) => `${f.code}:${f.factId}`), ['figure-verified:wind-share']);
  });
});

// A dataset's synonym group named after a scaled unit ("million tonnes") makes its abbreviations scaled
// units: "1,888.2 Mt" is 1,888.2 million tonnes, in prose and under a header or caption that writes "Mt".
// A group named after the unit itself ("megatonnes") counts in it: its abbreviations carry no scale.
describe('scaled units from the vocabulary', () => {
  function steelIndex(group: string, value: number): FactIndex {
    const json = {
      vocabulary: { topic: ['steel'], synonyms: { [group]: [group, 'Mt', 'mt'] }, countedNouns: ['tonnes', 'Mt', 'mt'] },
      sources: [{ id: 'src', title: 'Steel report', publisher: 'Pub', date: '2025-01-24', url: 'https://example.org/steel' }],
      entities: [{ id: 'RU', kind: 'country', name: 'Ruritania' }],
      facts: [
        {
          id: 'ru-steel', entity: 'RU', vendors: [], measure: 'crude steel production', keywords: ['crude steel', 'production'], value, unit: 'count',
          qualifier: 'exact', period: { from: 2024, to: 2024 }, via: 'Steel body', quote: 'Ruritania produced 149.6 Mt of crude steel in 2024.', source: 'src',
        },
      ],
    };
    const loaded = loadDatasets([{ file: 'steel.facts.json', json }]);
    assert.deepEqual(loaded.problems, []);
    return buildIndex(loaded.datasets);
  }

  it('reads an abbreviation of a group named after a scaled unit in that scale', () => {
    const index = steelIndex('million tonnes', 149_600_000);
    assert.deepEqual(index.vocabulary.scaledUnits.get('Mt'), { scale: 1e6, noun: 'tonnes' });
    assert.deepEqual(verdicts(index, 'Ruritania’s crude steel production was 149.6 Mt in 2024.'), ['149.6:figure-verified']);
    assert.deepEqual(verdicts(index, 'Ruritania’s crude steel production was 146.9mt in 2024.'), ['146.9:figure-mismatch']);
    assert.deepEqual(verdicts(index, 'Ruritania’s crude steel production was 149.6 million tonnes in 2024.'), ['149.6 million:figure-verified']);
  });

  it('reads the scale of a header or caption that writes the abbreviation', () => {
    const index = steelIndex('million tonnes', 149_600_000);
    const table = '## Crude steel production (Mt)\n\n| Country | 2024 |\n|---|---|\n| Ruritania | 146.9 |';
    const found = checkDocument(`${table}\n`, index).findings.find((f) => f.code === 'figure-mismatch');
    assert.equal(found?.found, 146_900_000);
    assert.equal(found?.expected, 149_600_000);
    // A lead-in that writes the unit outside parentheses gives it too.
    const led = 'Crude steel production (national data), Mt:\n\n| Country | 2024 |\n|---|---|\n| Ruritania | 149.6 |';
    assert.deepEqual(verdicts(index, led).filter((v) => v.startsWith('149.6')), ['149.6:figure-verified']);
  });

  it('keeps the abbreviation of a group named after the unit itself unscaled', () => {
    const index = steelIndex('megatonnes', 149.6);
    assert.equal(index.vocabulary.scaledUnits.size, 0);
    assert.deepEqual(verdicts(index, 'Ruritania’s crude steel production was 149.6 Mt in 2024.'), ['149.6:figure-verified']);
  });

  it('reads a figure glued to any unit abbreviation of the vocabulary as a figure, and one glued to another word as a code', () => {
    const index = steelIndex('megatonnes', 149.6);
    assert.deepEqual(verdicts(index, 'Ruritania’s crude steel production was 146.9Mt in 2024.'), ['146.9:figure-mismatch']);
    assert.deepEqual(verdicts(index, 'Ruritania’s crude steel production was 146.9Q in 2024.'), []);
  });
});

describe('a count followed by a passive whose participle names a counted noun', () => {
  it('counts the noun before the passive too: "262 cyclists were killed" is a count of cyclists killed', () => {
    // ONISR: 226 cyclists were killed on the roads of France in 2023.
    const text = 'In France, 262 cyclists were killed on the roads in 2023.\n';
    const found = checkDocument(text, indexFor('bundled+subject200')).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}:${f.factId}`);
    assert.deepEqual(found, ['262:figure-mismatch:subject200-france-cyclist-deaths-2023']);
  });
});

import * as assert from 'node:assert/strict';
import { formatProblem, loadDatasets, type DatasetInput, type LoadResult } from '../../../src/dataset/load';
import { lineColumn, MAX_DATASET_SIZE } from '../../../src/dataset/checkedLoad';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { json, minimalDataset } from './helpers';
import { buildIndex } from '../../../src/core';
import { foreignId } from '../../../src/core/worldCountries';

type Dataset = ReturnType<typeof minimalDataset>;
type FactLike = Record<string, unknown>;

function load(...inputs: DatasetInput[]): LoadResult {
  return loadDatasets(inputs);
}
function messages(result: LoadResult): string[] {
  return result.problems.map(formatProblem);
}
function withFact(change: (fact: FactLike) => void): Dataset {
  const data = minimalDataset();
  change((data.facts as FactLike[])[0]!);
  return data;
}
/** The catalogue part of the minimal dataset (source, entity, vendor), and a facts-only file. */
function split(): { catalogue: Dataset; facts: Dataset } {
  const data = minimalDataset();
  const { facts, ...catalogue } = data;
  return { catalogue, facts: { facts } };
}

describe('loadDatasets', () => {
  it('loads a minimal valid file with defaults applied', () => {
    const result = load({ file: 'data/x.facts.json', text: json(minimalDataset()) });
    assert.deepEqual(result.problems, []);
    assert.equal(result.datasets.length, 1);
    const data = result.datasets[0]!.data;
    assert.equal(data.facts[0]!.value, 18166);
    assert.deepEqual(data.facts[0]!.examples, []);
    assert.deepEqual(data.vendors[0]!.aliases, []);
    assert.equal(data.vendors[0]!.group, false);
    assert.deepEqual(data.topic, []);
  });

  it('accepts parsed JSON as well as text, and a byte-order mark', () => {
    assert.deepEqual(load({ file: 'a.json', json: minimalDataset() }).problems, []);
    assert.deepEqual(load({ file: 'a.json', text: `\uFEFF${json(minimalDataset())}` }).problems, []);
  });

  describe('syntax errors', () => {
    it('gives the line and column of a missing comma', () => {
      const text = '{\n  "facts": [],\n  "sources": []\n  "entities": []\n}\n';
      const result = load({ file: 'data/x.json', text });
      assert.deepEqual(messages(result), [
        "data/x.json: JSON syntax error at line 4, column 3: expected ',' or '}', found '\"'",
      ]);
      assert.equal(result.datasets.length, 0);
    });

    it('names trailing commas', () => {
      const text = '{\n  "facts": [\n    1,\n  ]\n}';
      const [problem] = load({ file: 'x.json', text }).problems;
      assert.match(problem!.message, /^JSON syntax error at line 4, column 3: .*trailing commas are not allowed/);
    });

    it('names single-quoted strings and unterminated strings', () => {
      assert.match(load({ file: 'x.json', text: "{'facts': []}" }).problems[0]!.message, /line 1, column 2: .*double quotes/);
      assert.match(load({ file: 'x.json', text: '{\n"facts": "abc\n' }).problems[0]!.message, /line 2, column 14: unescaped/);
      assert.match(load({ file: 'x.json', text: '{"facts": "abc' }).problems[0]!.message, /line 1, column 11: unterminated string/);
      assert.match(load({ file: 'x.json', text: '{\n  // facts\n  "facts": []\n}' }).problems[0]!.message, /line 2, column 3: .*comments are not allowed in JSON/);
    });

    it('counts lines in CRLF files', () => {
      const text = '{\r\n  "facts": [\r\n    01\r\n  ]\r\n}';
      assert.match(load({ file: 'x.json', text }).problems[0]!.message, /line 3, column 6: invalid number/);
    });

    it('gives every truncation of a valid file a located syntax error, without throwing', () => {
      const text = json(minimalDataset());
      for (let end = 1; end < text.length - 1; end++) {
        const result = load({ file: 'x.json', text: text.slice(0, end) });
        if (text.slice(0, end).trim() === '') continue;
        assert.equal(result.datasets.length, 0, `prefix of ${end}`);
        assert.equal(result.problems.length, 1, `prefix of ${end}`);
        assert.match(result.problems[0]!.message, /^JSON syntax error at line \d+, column \d+: /, `prefix of ${end}`);
      }
    });

    it('computes 1-based lines and columns', () => {
      assert.deepEqual(lineColumn('ab\ncd', 0), { line: 1, column: 1 });
      assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
    });
  });

  describe('files that are not datasets', () => {
    it('reports an empty file', () => {
      for (const text of ['', '  \n\t\n']) {
        assert.deepEqual(messages(load({ file: 'data/empty.json', text })), [
          'data/empty.json: file is empty; a dataset file is a JSON object such as { "facts": [] }',
        ]);
      }
    });

    it('refuses a 20 MB file without parsing it', () => {
      const text = `{"facts": [${'1,'.repeat(10 * 1024 * 1024)}1]}`;
      assert.ok(text.length > MAX_DATASET_SIZE);
      const started = Date.now();
      const result = load({ file: 'data/huge.json', text });
      assert.ok(Date.now() - started < 1000, 'took too long: was the file parsed?');
      assert.deepEqual(messages(result), [
        'data/huge.json: file is too large (20.0 MB); dataset files are limited to 10 MB and this one was not read',
      ]);
    });

    it('reports a PNG as binary data', () => {
      const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000';
      const result = load({ file: 'data/photo.facts.json', text: png });
      assert.equal(result.datasets.length, 0);
      assert.match(formatProblem(result.problems[0]!), /^data\/photo\.facts\.json: this is not a JSON text file \(it contains binary data\)/);
    });

    it('reports Markdown as not JSON at all, with the position', () => {
      const result = load({ file: 'draft.facts.json', text: '# My draft\n\nHungary has 18,166 Hikvision cameras.\n' });
      assert.equal(result.problems.length, 1);
      assert.match(result.problems[0]!.message, /^JSON syntax error at line 1, column 1: unexpected '#' \(this does not look like JSON at all/);
    });

    it('reports a JSON value that is not an object', () => {
      assert.deepEqual(messages(load({ file: 'x.json', text: '[1, 2]' })), ['x.json: expected object, got array']);
      assert.deepEqual(messages(load({ file: 'x.json', json: null })), ['x.json: expected object, got null']);
    });

    it('reports an input with no content', () => {
      assert.deepEqual(messages(load({ file: 'x.json' })), ['x.json: no content was given (neither text nor parsed JSON)']);
    });
  });

  describe('schema problems', () => {
    it('maps a wrong type to its JSON path and shows the value', () => {
      const data = withFact((f) => (f.value = '18,166'));
      assert.deepEqual(messages(load({ file: 'data/x.json', text: json(data) })), [
        'data/x.json: facts[0].value: expected number, got string "18,166"',
      ]);
    });

    it('reports a missing field, an unknown unit and an unknown field', () => {
      const data = withFact((f) => {
        delete f.quote;
        f.unit = 'dollars';
        f.vendor = 'hikvision';
      });
      assert.deepEqual(messages(load({ file: 'x.json', json: data })), [
        'x.json: facts[0].unit: expected one of "count", "percent", "rank", "fraction", "rate" or a currency code (USD, EUR, HUF), got string "dollars"',
        'x.json: facts[0].quote: required field is missing (expected string)',
        'x.json: facts[0].vendor: unknown field "vendor" (did you mean "vendors"?)',
      ]);
    });

    it('reports bad ids, dates, years and periods', () => {
      const data = minimalDataset();
      (data.sources as FactLike[])[0]!.date = '7 May 2024';
      (data.facts as FactLike[])[0]!.id = 'HU_Shodan';
      (data.facts as FactLike[])[0]!.period = { from: 2023, to: 2018 };
      const found = messages(load({ file: 'x.json', json: data }));
      assert.deepEqual(found, [
        'x.json: sources[0].date: dates are written YYYY-MM-DD, got string "7 May 2024"',
        'x.json: facts[0].id: ids are lower-case letters, digits and hyphens, got string "HU_Shodan"',
        'x.json: facts[0].period: period.from must not be after period.to',
      ]);
    });

    it('caps the number of problems listed for one file', () => {
      const data = minimalDataset();
      const fact = (data.facts as FactLike[])[0]!;
      data.facts = Array.from({ length: 80 }, (_, i) => ({ ...fact, id: `f${i}`, value: 'x' }));
      const result = load({ file: 'x.json', json: data });
      assert.equal(result.problems.length, 51);
      assert.equal(formatProblem(result.problems[50]!), 'x.json: 30 more problems not shown');
    });
  });

  describe('checks within a fact', () => {
    it('reports a value that cannot be read in the quote', () => {
      const data = withFact((f) => (f.value = 18616));
      assert.deepEqual(messages(load({ file: 'x.json', json: data })), [
        'x.json: facts[0].value: the value 18616 cannot be read in the quote "Shodan lists 18,166 Hikvision devices in the country."',
      ]);
    });

    it('reports a blank quote', () => {
      const data = withFact((f) => (f.quote = '   '));
      assert.deepEqual(messages(load({ file: 'x.json', json: data })), ['x.json: facts[0].quote: must not be empty']);
    });

    it('requires upper exactly when the qualifier is range', () => {
      const range = withFact((f) => {
        f.qualifier = 'range';
        f.quote = 'Shodan lists 18,166 to 20,000 Hikvision devices.';
      });
      assert.deepEqual(messages(load({ file: 'x.json', json: range })), ['x.json: facts[0].upper: required when qualifier is "range"']);
      (range.facts as FactLike[])[0]!.upper = 20000;
      assert.deepEqual(load({ file: 'x.json', json: range }).problems, []);
      const upperWithoutRange = withFact((f) => (f.upper = 20000));
      assert.deepEqual(messages(load({ file: 'x.json', json: upperWithoutRange })), [
        'x.json: facts[0].upper: only allowed when qualifier is "range" (qualifier is "exact")',
      ]);
    });

    it('reports a country entity without an ISO code', () => {
      const data = minimalDataset();
      (data.entities as FactLike[]).push({ id: 'moldova', kind: 'country', name: 'Moldova' });
      assert.deepEqual(messages(load({ file: 'x.json', json: data })), [
        `x.json: entities[1].id: a country's id is its ISO 3166 alpha-2 code (XK for Kosovo), got "moldova"`,
      ]);
    });
  });

  describe('checks across files', () => {
    it('resolves entities, vendors and sources defined in another file', () => {
      const { catalogue, facts } = split();
      const result = load({ file: 'facts.json', json: facts }, { file: 'catalogue.json', json: catalogue });
      assert.deepEqual(result.problems, []);
      assert.deepEqual(result.datasets.map((d) => d.file), ['facts.json', 'catalogue.json']);
    });

    it('names both places of a duplicate fact id, within a file and across files', () => {
      const twice = minimalDataset();
      (twice.facts as FactLike[]).push({ ...(twice.facts as FactLike[])[0]! });
      assert.deepEqual(messages(load({ file: 'x.json', json: twice })), [
        'x.json: facts[1].id: duplicate fact id "hu-shodan-hikvision-devices": also defined at x.json facts[0]',
      ]);

      const { catalogue, facts } = split();
      const result = load({ file: 'a.json', json: minimalDataset() }, { file: 'b.json', json: facts }, { file: 'c.json', json: catalogue });
      assert.deepEqual(messages(result), [
        'b.json: facts[0].id: duplicate fact id "hu-shodan-hikvision-devices": also defined at a.json facts[0]',
        'c.json: sources[0].id: duplicate source id "example-news-2024": also defined at a.json sources[0]',
        'c.json: vendors[0].id: duplicate vendor id "hikvision": also defined at a.json vendors[0]',
      ]);
      assert.deepEqual(result.datasets.map((d) => d.file), ['a.json']);
    });

    it('reports dangling entity, vendor and source references, with suggestions', () => {
      const data = withFact((f) => {
        f.entity = 'HUN';
        f.vendors = ['hikvison', 'sony'];
        f.source = 'nowhere';
      });
      assert.deepEqual(messages(load({ file: 'x.json', json: data })), [
        'x.json: facts[0].entity: unknown entity "HUN" (did you mean "HU"?)',
        'x.json: facts[0].vendors[0]: unknown vendor "hikvison" (did you mean "hikvision"?)',
        'x.json: facts[0].vendors[1]: unknown vendor "sony"',
        'x.json: facts[0].source: unknown source "nowhere"',
      ]);
    });

    it('takes an entity two files define with the same kind as one, with the names of both; of another kind, a clash', () => {
      const first = minimalDataset();
      const second = { sources: [], vendors: [], facts: [], entities: [{ id: 'HU', kind: 'country', name: 'Hungary', aliases: ['Magyarország'], demonyms: ['Magyar'] }] };
      const loaded = load({ file: 'a.json', json: first }, { file: 'b.json', json: second });
      assert.deepEqual(messages(loaded), []);
      const hungary = buildIndex(loaded.datasets).entity('HU')!;
      assert.ok(hungary.aliases.includes('Magyarország') && hungary.demonyms.includes('Magyar'), JSON.stringify(hungary));
      const city = { ...second, entities: [{ id: 'budapest', kind: 'city', name: 'Budapest', country: 'HU' }] };
      const asABody = { ...second, entities: [{ id: 'budapest', kind: 'body', name: 'Budapest' }] };
      assert.deepEqual(messages(load({ file: 'a.json', json: city }, { file: 'c.json', json: asABody })), ['c.json: entities[0].id: duplicate entity id "budapest": also defined at a.json entities[0]']);
    });

    it("reports an entity's unknown country", () => {
      const data = minimalDataset();
      (data.entities as FactLike[]).push(
        { id: 'budapest', kind: 'city', name: 'Budapest', country: 'HX' },
        { id: 'pest', kind: 'city', name: 'Pest', country: 'HU' },
      );
      assert.deepEqual(load({ file: 'x.json', json: data }).problems.length, 1);
      assert.deepEqual(messages(load({ file: 'x.json', json: data })), ['x.json: entities[1].country: unknown country "HX" (did you mean "HU"?)']);
    });

    it("takes a country no file defines by its ISO code, as the country whose names the prose writes", () => {
      const data = minimalDataset();
      (data.entities as FactLike[]).push({ id: 'lyon', kind: 'city', name: 'Lyon', country: 'FR' });
      const loaded = load({ file: 'x.json', json: data });
      assert.deepEqual(messages(loaded), []);
      const index = buildIndex(loaded.datasets);
      assert.equal(index.countryOf('lyon'), foreignId('FR'));
      assert.equal(index.displayName(index.countryOf('lyon')), 'France');
      assert.equal(index.displayName('FR'), 'France');
    });

    it('reports facts that depend on a file that was left out, and leaves good files loaded', () => {
      const { catalogue, facts } = split();
      const brokenCatalogue = { ...catalogue, vendors: [{ id: 'hikvision', name: 'Hikvision', group: 'no' }] };
      const other = minimalDataset();
      other.sources = [{ ...(other.sources as FactLike[])[0]!, id: 'other-source' }];
      other.entities = [{ id: 'MD', kind: 'country', name: 'Moldova' }];
      other.vendors = [{ id: 'dahua', name: 'Dahua' }];
      other.facts = [
        { ...(other.facts as FactLike[])[0]!, id: 'md-shodan-dahua', entity: 'MD', vendors: ['dahua'], source: 'other-source' },
      ];
      const result = load(
        { file: 'good.json', json: other },
        { file: 'catalogue.json', json: brokenCatalogue },
        { file: 'facts.json', json: facts },
      );
      assert.deepEqual(messages(result), [
        'catalogue.json: vendors[0].group: expected boolean, got string "no"',
        'facts.json: facts[0].entity: entity "HU" is defined only in catalogue.json, which was not loaded because of its problems',
        'facts.json: facts[0].vendors[0]: vendor "hikvision" is defined only in catalogue.json, which was not loaded because of its problems',
        'facts.json: facts[0].source: source "example-news-2024" is defined only in catalogue.json, which was not loaded because of its problems',
      ]);
      assert.deepEqual(result.datasets.map((d) => d.file), ['good.json']);
      assert.equal(result.datasets[0]!.data.facts[0]!.id, 'md-shodan-dahua');
    });

    it('keeps the bundled datasets loaded next to a broken user file', () => {
      const result = loadDatasets([...BUNDLED_DATASETS, { file: 'mine.facts.json', text: '{"facts": [' }]);
      assert.deepEqual(result.datasets.map((d) => d.file), BUNDLED_DATASETS.map((d) => d.file));
      assert.equal(result.problems.length, 1);
      assert.match(formatProblem(result.problems[0]!), /^mine\.facts\.json: JSON syntax error at line 1, column 12: /);
    });

    it("lets a user's file use the bundled catalogue", () => {
      const { facts } = split();
      const mine = {
        sources: [{ id: 'my-notes', title: 'Notes', publisher: 'Me', date: '2024-05-08', url: 'https://example.org/notes' }],
        facts: (facts.facts as FactLike[]).map((f) => ({ ...f, id: 'my-hu-fact', source: 'my-notes' })),
      };
      const result = loadDatasets([...BUNDLED_DATASETS, { file: 'mine.facts.json', json: mine }]);
      assert.deepEqual(result.problems, []);
      assert.equal(result.datasets.length, 3);
    });
  });

  it('never throws, whatever it is given', () => {
    const strange: unknown[] = [undefined, 0, 'text', [], { facts: 'none' }, { facts: [null] }, { facts: [[]] }, { entities: [{}] },
      { facts: [{ value: Number.NaN }] }, { sources: [{ id: 1 }] }, Object.create(null)];
    for (const value of strange) {
      const result = loadDatasets([{ file: 'x.json', json: value }]);
      if (value === undefined) assert.equal(result.problems.length, 1);
      else assert.ok(result.problems.length > 0 || result.datasets.length === 1);
    }
    assert.doesNotThrow(() => loadDatasets([null as unknown as DatasetInput, { file: 'y.json', text: 5 as unknown as string }]));
    const result = loadDatasets([null as unknown as DatasetInput]);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0]!.message, /^could not be loaded: /);
  });
});

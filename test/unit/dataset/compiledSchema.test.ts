// The loader validates large files with zod's compiled schema (z.compile, src/dataset/validate.ts) and
// small ones with zod's ordinary parser. Results must not depend on which one ran: these tests feed both
// the repository's dataset files and many random mutations of them, and require the same verdict, the
// same output (key order and absent optional keys included) and the same issues.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { datasetFileSchema } from '../../../src/dataset/schema';
import { compiledFileSchema, validateFile } from '../../../src/dataset/validate';
import { minimalDataset, repoRoot } from './helpers';

type Json = unknown;
type Container = Record<string, unknown> | unknown[];

/** Every *.facts.json of the repository (bundled, examples, test fixtures) and the entity catalogue. */
function datasetFiles(): { file: string; raw: Json }[] {
  const root = repoRoot();
  const found: string[] = [join(root, 'data/entities.json')];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.') || name === 'out' || name === 'dist') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.facts.json')) found.push(path);
    }
  };
  for (const dir of ['data', 'examples', 'test', 'test-workspace']) walk(join(root, dir));
  return found.map((path) => ({ file: path.slice(root.length + 1), raw: JSON.parse(readFileSync(path, 'utf8')) as Json }));
}

/**
 * A text that tells values apart the way the output must keep them: key order, a key present with the
 * value undefined against an absent key, NaN, -0, and the prototype of each object.
 */
function exactly(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(exactly).join(',')}]`;
  const proto = Object.getPrototypeOf(value) === Object.prototype ? '' : '(other prototype)';
  return `${proto}{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${exactly((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

function assertSameAnswer(input: unknown): boolean {
  const plain = datasetFileSchema.safeParse(input, { reportInput: true });
  const compiled = compiledFileSchema().safeParse(input, { reportInput: true });
  assert.equal(compiled.success, plain.success, `verdicts differ on ${exactly(input).slice(0, 300)}`);
  if (plain.success && compiled.success) {
    assert.equal(exactly(compiled.data), exactly(plain.data));
    assert.deepStrictEqual(compiled.data, plain.data);
    // The output is built afresh: neither parser hands back the input's own objects.
    assert.notEqual(compiled.data, input);
  } else {
    assert.deepStrictEqual(compiled.error?.issues, plain.error?.issues);
  }
  return plain.success;
}

// Values that sit on the edge of some rule of the schema, or break it.
const ODD_VALUES: unknown[] = [
  null, undefined, '', ' ', 'x', 'X', 'Bad Id', 'ab-1', '-ab', 'HU', 'hu', 'USD', 'usd', 'range', 'exact', 'country', 'percent',
  0, -1, 0.5, 1.5, 2024, 1499, 1500, 1899, 1900, 2200, 2201, 2023.5, '2024-06', '2024-13', '2024-Q3', '2024-Q5', '1899-01', '2024',
  NaN, Infinity, -Infinity, -0, 1e21, 2 ** 53, Number.MAX_VALUE, true, false,
  [], [''], ['x'], ['hikvision', 'hikvision'], [null], [1], {}, { a: 1 }, { from: 2020, to: 2019 }, { from: '2020-06', to: '2020-Q2' },
  { from: 2020, to: '2020-Q1', text: '' }, { camera: ['cameras'] }, { camera: [] }, { '': ['x'] },
  'https://example.org/a', 'not a url', 'javascript:alert(1)', 'http://', 'mailto:a@b.c', '__proto__', 'constructor',
];

const EXTRA_KEYS = [
  '__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'extra', '', 'text', 'upper', 'of', 'per', 'change',
  'review', 'author', 'contributors', 'country', 'capital', 'group', 'aliases', 'demonyms', 'examples', 'counterexamples',
  'vocabulary', 'synonyms', 'topic', '$schema', 'period', 'from', 'to', 'facts', 'id',
];

/** An own, enumerable property, even for names such as __proto__ that plain assignment treats otherwise. */
function put(container: Container, key: string | number, value: unknown): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

function containers(root: Container): Container[] {
  const found: Container[] = [];
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null) return;
    found.push(value as Container);
    for (const child of Object.values(value)) walk(child);
  };
  walk(root);
  return found;
}

interface Mutation {
  where: number;
  kind: number;
  which: number;
  value: number;
}

function mutate(root: Container, m: Mutation): void {
  const all = containers(root);
  const target = all[m.where % all.length]!;
  const keys = Object.keys(target);
  const key = keys.length > 0 ? keys[m.which % keys.length]! : undefined;
  // A copy: the odd objects and arrays must not be shared between inputs, or a later mutation pushes one
  // into itself (an array that holds itself), and the comparison recurses without end.
  const odd = structuredClone(ODD_VALUES[m.value % ODD_VALUES.length]);
  switch (m.kind % 6) {
    case 0: // A field or item takes an odd value.
      if (key !== undefined) put(target, Array.isArray(target) ? Number(key) : key, odd);
      break;
    case 1: // A field or item goes missing.
      if (key === undefined) break;
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
      break;
    case 2: // An extra field, or an extra item.
      if (Array.isArray(target)) target.push(odd);
      else put(target, EXTRA_KEYS[m.which % EXTRA_KEYS.length]!, odd);
      break;
    case 3: // A period whose ends are swapped or pushed apart.
      if (!Array.isArray(target) && 'from' in target && 'to' in target) {
        const from = target.from;
        put(target, 'from', m.value % 2 === 0 ? target.to : typeof from === 'number' ? from + 5 : odd);
        put(target, 'to', from);
      }
      break;
    case 4: // A field or item copied onto another.
      if (key !== undefined && keys.length > 1) put(target, Array.isArray(target) ? target.length : EXTRA_KEYS[m.which % EXTRA_KEYS.length]!, structuredClone((target as Record<string, unknown>)[key]));
      break;
    default: // The fields of an object in another order.
      if (!Array.isArray(target) && keys.length > 1) {
        const entries = Object.entries(target).reverse();
        for (const k of keys) delete target[k];
        for (const [k, v] of entries) put(target, k, v);
      }
  }
}

const mutationArb = fc.record({ where: fc.nat(), kind: fc.nat(), which: fc.nat(), value: fc.nat() });

describe('the compiled dataset schema (z.compile) answers as zod does', () => {
  const files = datasetFiles();

  it('on every dataset file of the repository', () => {
    assert.ok(files.length >= 5, `only ${files.length} dataset files found`);
    for (const { file, raw } of files) assert.ok(assertSameAnswer(raw), `${file} should be valid`);
    assertSameAnswer(minimalDataset());
  });

  it('on inputs that are no dataset at all', () => {
    for (const input of [null, undefined, 0, 'x', [], [minimalDataset()], { facts: null }, { facts: {} }]) {
      assert.equal(assertSameAnswer(input), false);
    }
    // An empty object is a valid (empty) dataset: every collection has a default; zod takes any
    // non-array object for one, whatever its prototype.
    for (const input of [{}, Object.create(null), new Date(0)]) assert.equal(assertSameAnswer(input), true);
  });

  it('on random mutations of those files (wrong types, missing and extra fields, odd numbers, periods)', function () {
    // Each run parses a file of up to 80 KB twice; a busy machine needs more than mocha's 2 s.
    this.timeout(30_000);
    const verdicts = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.nat(files.length), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (pick, mutations) => {
        const root = (pick === files.length ? minimalDataset() : structuredClone(files[pick]!.raw)) as Container;
        for (const m of mutations) mutate(root, m);
        verdicts[assertSameAnswer(root) ? 'valid' : 'invalid']++;
      }),
      { numRuns: 400 },
    );
    // Both answers must have been exercised, or the property proves little.
    assert.ok(verdicts.valid >= 50 && verdicts.invalid >= 100, JSON.stringify(verdicts));
  });

  it('a large file with one wrong fact gets the same problem as from the ordinary parser', () => {
    const base = minimalDataset();
    const fact = (base.facts as Record<string, unknown>[])[0]!;
    const facts: Record<string, unknown>[] = Array.from({ length: 400 }, (_, i) => ({ ...fact, id: `fact-${i}` }));
    facts[317] = { ...facts[317]!, value: '18,166', extra: 1 };
    const result = validateFile('big.facts.json', { ...base, facts });
    assert.deepEqual(
      result.problems.map((p) => `${p.path}: ${p.message}`),
      ['facts[317].value: expected number, got string "18,166"', 'facts[317].extra: unknown field "extra"'],
    );
    const valid = validateFile('big.facts.json', { ...base, facts: facts.filter((_, i) => i !== 317) });
    assert.deepEqual(valid.problems, []);
    assert.equal(exactly(valid.data), exactly(datasetFileSchema.parse({ ...base, facts: facts.filter((_, i) => i !== 317) })));
  });
});

// The production bundles give the engine's working fields short names (scripts/mangled-props.mjs). That is
// safe only while no source names such a field in a string (a computed key, an `in` test, a JSON key), and
// useful only while the bundles really use the short names.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

async function mangled(): Promise<{ names: string[]; cache: Record<string, string> }> {
  const module = (await import(join(ROOT, 'scripts/mangled-props.mjs'))) as { MANGLED_PROPS: string[]; mangleCacheOf: (names: string[]) => Record<string, string> };
  return { names: module.MANGLED_PROPS, cache: module.mangleCacheOf(module.MANGLED_PROPS) };
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourcesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the fields production bundles give short names', () => {
  it('are never written as strings in the sources', async () => {
    const { names } = await mangled();
    const quoted = new RegExp(`['"\`](?:${names.join('|')})['"\`]`);
    const found = sourcesUnder(join(ROOT, 'src')).filter((path) => quoted.test(readFileSync(path, 'utf8')));
    assert.deepEqual(found, []);
  });

  it('are no export of a module some source imports with import(): its namespace keeps the long names', async () => {
    const { names } = await mangled();
    const sources = sourcesUnder(join(ROOT, 'src'));
    const imported = new Set<string>();
    for (const path of sources) {
      for (const m of readFileSync(path, 'utf8').matchAll(/\bimport\(['"](\.{1,2}\/[^'"]+)['"]\)/g)) imported.add(resolve(path, '..', `${m[1]}.ts`));
    }
    const exported = new RegExp(`\\bexport\\s+(?:async\\s+)?(?:function|const|let|class)\\s+(${names.join('|')})\\b`);
    const found = [...imported].filter((path) => existsSync(path)).flatMap((path) => exported.exec(readFileSync(path, 'utf8'))?.[1] ?? []);
    assert.ok(imported.size > 10, 'the sources import modules with import()');
    assert.deepEqual(found, []);
  });

  it('are no field the integration tests read from the extension (its startup timing, its API)', async () => {
    const { names } = await mangled();
    const read = new RegExp(`\\.(${names.join('|')})\\b`);
    const found = sourcesUnder(join(ROOT, 'test/integration')).flatMap((path) => read.exec(readFileSync(path, 'utf8'))?.[1] ?? []);
    assert.deepEqual(found, []);
  });

  it('get short names that are all different and are no field of the sources', async () => {
    const { names, cache } = await mangled();
    const short = names.map((name) => cache[name]);
    assert.equal(new Set(short).size, names.length);
    const everything = sourcesUnder(join(ROOT, 'src')).map((path) => readFileSync(path, 'utf8')).join('\n');
    for (const name of short) assert.equal(everything.includes(`.${name}`), false, `${name} is written in the sources`);
  });

  it('are used by their short names in the extension bundle, where one was built', async function () {
    const bundle = join(ROOT, 'dist/extension-main.js');
    if (!existsSync(bundle)) this.skip();
    const { names, cache } = await mangled();
    const text = readFileSync(bundle, 'utf8');
    assert.deepEqual(names.filter((name) => new RegExp(`\\.${name}\\b`).test(text)), []);
    assert.ok(text.includes(`.${cache.sentenceStart}`), 'the reading context is read by its short field names');
  });
});

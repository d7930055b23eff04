// The build narrows the engine's \p{…} letter classes to a few ranges (scripts/letter-classes.mjs), since
// V8 compiles each of them at a pattern's first use at a cost that dominated a cold check. These tests hold
// the rewrite to its contract: it finds every class, splices it in or brackets it by where it stands, the
// narrowed classes keep the letters of the scripts they name, and the bundles the tests run are narrowed.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, PluginBuild, OnLoadArgs, OnLoadResult } from 'esbuild';
import { wholeNamePattern } from '../../../src/core/regex';

const ROOT = resolve(__dirname, '../../../..');

interface LetterClasses {
  narrowLetterClasses: (source: string) => string;
  NARROWED_CLASSES: Record<'L' | 'Lu' | 'Ll' | 'N' | 'M', string>;
}

async function letterClasses(): Promise<LetterClasses> {
  return (await import(join(ROOT, 'scripts/letter-classes.mjs'))) as LetterClasses;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourcesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** A narrowed class as a pattern of one character, from its body as a regex literal holds it. */
function narrowedPattern(body: string): RegExp {
  return new RegExp(`^[${body}]$`, 'u');
}

describe('the letter classes the build narrows', () => {
  it('brackets a class that stands alone and splices one into a bracketed class', async () => {
    const { narrowLetterClasses, NARROWED_CLASSES } = await letterClasses();
    const L = NARROWED_CLASSES.L;
    assert.equal(narrowLetterClasses(String.raw`const A = /\p{L}+[\p{L}'’-]*/iu;`), `const A = /[${L}]+[${L}'’-]*/iu;`);
    // A slash before the literal ends the search for its bracket: the array's "[" is not the pattern's.
    assert.equal(narrowLetterClasses(String.raw`const B = [/^\p{Lu}$/u, 'x'];`), `const B = [/^[${NARROWED_CLASSES.Lu}]$/u, 'x'];`);
    // An escaped bracket is no class.
    assert.equal(narrowLetterClasses(String.raw`const C = /\[\p{Ll}/u;`), `const C = /\\[[${NARROWED_CLASSES.Ll}]/u;`);
  });

  it('writes a class in a string with the string\'s backslashes, and a string of classes alone as a class body', async () => {
    const { narrowLetterClasses, NARROWED_CLASSES } = await letterClasses();
    const M = NARROWED_CLASSES.M.replaceAll('\\', '\\\\');
    assert.equal(narrowLetterClasses('new RegExp(`(?<![\\\\p{L}])x\\\\p{M}`, \'u\')'), `new RegExp(\`(?<![${NARROWED_CLASSES.L}])x[${M}]\`, 'u')`);
    assert.equal(narrowLetterClasses("const EDGE = { both: '\\\\p{L}\\\\p{N}' };"), `const EDGE = { both: '${NARROWED_CLASSES.L}${NARROWED_CLASSES.N}' };`);
  });

  it('leaves no class in the sources and changes nothing else', async () => {
    const { narrowLetterClasses, NARROWED_CLASSES } = await letterClasses();
    // Each class, in either form, as one mark: the narrowed text and the source must then read the same.
    const bodies = Object.values(NARROWED_CLASSES).flatMap((body) => [body, body.replaceAll('\\', '\\\\')]).sort((a, b) => b.length - a.length);
    const marked = (text: string): string =>
      bodies.reduce((t, body) => t.replaceAll(`[${body}]`, '\u0001').replaceAll(body, '\u0001'), text).replaceAll('[\u0001]', '\u0001');
    const sourceMarked = (text: string): string => text.replace(/\\+p\{(?:L|Lu|Ll|N|M)\}/g, '\u0001').replaceAll('[\u0001]', '\u0001');
    let found = 0;
    for (const file of sourcesUnder(join(ROOT, 'src'))) {
      const source = readFileSync(file, 'utf8');
      found += source.match(/\\+p\{(?:L|Lu|Ll|N|M)\}/g)?.length ?? 0;
      const out = narrowLetterClasses(source);
      assert.doesNotMatch(out, /\\+p\{(?:L|Lu|Ll|N|M)\}/, file);
      assert.equal(marked(out), sourceMarked(source), file);
    }
    assert.ok(found > 300, `${found} classes in src`);
  });

  it('keeps every letter of Latin, Greek and Cyrillic, and the case of ASCII and Latin-1', async () => {
    const { NARROWED_CLASSES } = await letterClasses();
    const letter = narrowedPattern(NARROWED_CLASSES.L);
    const upper = narrowedPattern(NARROWED_CLASSES.Lu);
    const lower = narrowedPattern(NARROWED_CLASSES.Ll);
    const blocks: Array<[number, number]> = [[0x41, 0x24f], [0x370, 0x52f], [0x1e00, 0x1fff]];
    for (const [first, last] of blocks) {
      for (let code = first; code <= last; code++) {
        const c = String.fromCodePoint(code);
        if (/\p{L}/u.test(c) && code !== 0xaa && code !== 0xba) assert.ok(letter.test(c), `U+${code.toString(16)} ${c}`);
        if (/\p{Lu}/u.test(c)) assert.ok(upper.test(c), `upper U+${code.toString(16)} ${c}`);
        if (/\p{Ll}/u.test(c)) assert.ok(lower.test(c), `lower U+${code.toString(16)} ${c}`);
      }
    }
    for (let code = 0; code <= 0xff; code++) {
      const c = String.fromCodePoint(code);
      assert.equal(upper.test(c), /\p{Lu}/u.test(c), `upper U+${code.toString(16)} ${c}`);
      // ÷ falls inside the lower-case run (a range saved in every pattern): English prose never writes it.
      if (c !== '÷') assert.equal(lower.test(c), /\p{Ll}/u.test(c), `lower U+${code.toString(16)} ${c}`);
    }
    for (const sign of ['×', '°', '%', '€', '’', '-', '3', '·', 'ª']) assert.ok(!letter.test(sign), sign);
  });

  it('narrows the bundles the tests run, as it does the ones that ship', () => {
    // src/core/regex.ts builds this pattern from a string that holds \p{L} in the source.
    const source = wholeNamePattern('Ruritania', 'letters').source;
    assert.doesNotMatch(source, /\\p\{/);
    assert.match(source, /A-Za-z/);
  });

  it('is the loader of the production bundles too: narrowed and without the developers\' docs', async () => {
    const { engineSourcePlugin } = (await import(join(ROOT, 'scripts/engine-source.mjs'))) as { engineSourcePlugin: (o: { production: boolean }) => Plugin };
    let load: ((args: OnLoadArgs) => Promise<OnLoadResult>) | undefined;
    const build = { onLoad: (_: unknown, callback: typeof load) => (load = callback) } as unknown as PluginBuild;
    await engineSourcePlugin({ production: true }).setup(build);
    const path = join(ROOT, 'src/core/periods.ts');
    const out = String((await load!({ path } as OnLoadArgs)).contents);
    assert.match(readFileSync(path, 'utf8'), /pattern:\s*`/);
    assert.doesNotMatch(out, /pattern:\s*`/);
    assert.doesNotMatch(out, /\\p\{L\}/);
  });
});

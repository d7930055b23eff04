// The bundles parse with a copy of markdown-it whose class fields are plain assignments
// (scripts/markdown-it-fields.mjs). That is safe only while the copy builds the same tokens as the
// published markdown-it, which is loaded here from node_modules as it is, field for field and in order. The
// copy also leaves out the rules of options the engine turns off (typographer, linkify), the renderer, which
// the engine never calls, the text_join rule, which the engine disables, and the presets other than the
// default one, which createParser uses.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createParser } from '../../../src/core/prose';
import { DEVELOPMENT_CORPORA, corpusFiles } from '../support/corpora';
import { stockParser } from '../../../bench/stockParser';

const ROOT = resolve(__dirname, '../../../..');

/** Markdown of every kind the drafts use: the development corpora and the repository's fixtures. */
function documents(): string[] {
  const texts = DEVELOPMENT_CORPORA.flatMap((corpus) => corpusFiles(corpus).map((file) => readFileSync(join(corpus.dir, file), 'utf8')));
  const fixtures = join(ROOT, 'test/fixtures/drafts');
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.md'))) texts.push(readFileSync(join(fixtures, file), 'utf8'));
  texts.push('---\ntitle: x\n---\n\n| a | b |\n|---|---|\n| 1 | [2][r] |\n\n> quote *em* **strong** `code` <b>html</b>\n\n[r]: https://example.org "t"\n\nText[^1].\n\n[^1]: A note.\n');
  return texts;
}

describe('the bundled markdown-it with plain field assignments', () => {
  const bundled = createParser();

  it('is the rewritten copy: its Token sets its fields by assignment', () => {
    const source = String(new bundled.core.State('', bundled, {}).Token);
    assert.match(source, /this\.map = null/);
    assert.doesNotMatch(source, /_defineProperty/);
  });

  it('leaves out the rules the options turn off (typographer, linkify): each keeps only its guard', () => {
    type Rules = { __rules__: { name: string; fn: (...args: unknown[]) => unknown }[] };
    const body = (ruler: unknown, name: string): string => String((ruler as Rules).__rules__.find((r) => r.name === name)?.fn);
    for (const [ruler, name] of [[bundled.core.ruler, 'replacements'], [bundled.core.ruler, 'smartquotes'], [bundled.core.ruler, 'linkify'], [bundled.inline.ruler, 'linkify']] as const) {
      assert.match(body(ruler, name), /return optionRulesLeftOut\(['"](?:typographer|linkify)['"]\)/, name);
    }
    // Turned on, a rule left out says so instead of doing nothing.
    const typographic = createParser();
    typographic.set({ typographer: true });
    assert.throws(() => typographic.parse('Utopia has "12" lamps...', {}), /the typographer rules are left out of this build/);
  });

  it('leaves out the renderer: its rules table is empty and rendering says why it cannot', () => {
    assert.deepEqual(Object.keys(createParser({ footnotes: false }).renderer.rules), []);
    assert.throws(() => bundled.render('Utopia has 12 lamps.'), /renderer is left out of this build/);
  });

  it('leaves out the text_join rule, which createParser disables: enabled, it says why it cannot run', () => {
    const joining = createParser({ footnotes: false });
    joining.enable('text_join');
    assert.throws(() => joining.parse('Utopia &amp; Ruritania have 12 lamps.', {}), /the text_join rule is left out of this build/);
  });

  it('leaves out the presets other than the default one: asking for one fails as for an unknown name', () => {
    assert.throws(() => createParser().configure('commonmark'), /Wrong 'markdown-it' preset "commonmark"/);
    assert.throws(() => createParser().configure('zero'), /Wrong 'markdown-it' preset "zero"/);
    // The default preset is still there, and still parses.
    assert.equal(createParser().configure('default').parse('Utopia has 12 lamps.', {})[1].content, 'Utopia has 12 lamps.');
  });

  it('builds the same tokens as the published markdown-it, fields in the same order', () => {
    // The bench's yardstick: the published markdown-it, configured as createParser configures the copy.
    const published = stockParser(ROOT);
    const texts = documents();
    assert.ok(texts.length > 20, `${texts.length} documents`);
    for (const text of texts) {
      assert.equal(JSON.stringify(bundled.parse(text, {})), JSON.stringify(published(text)));
    }
  });
});

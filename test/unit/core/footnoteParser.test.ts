// The engine parses a document without footnote syntax with a parser that lacks the footnote plugin
// (src/core/prose.ts), so that most drafts never load it. That is safe only if the plugin changes nothing
// in such a document: both parsers must give the same tokens wherever usesFootnoteSyntax says no.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createParser, parseProse, usesFootnoteSyntax } from '../../../src/core/prose';

const ROOT = resolve(__dirname, '../../../..');

function draftsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return draftsUnder(path);
    return entry.name.endsWith('.md') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the parser without the footnote plugin', () => {
  const withPlugin = createParser();
  const without = createParser({ footnotes: false });
  const tokens = (parser: typeof withPlugin, source: string) => JSON.stringify(parser.parse(source, {}));

  it('gives the same tokens as the full parser for any text without footnote syntax', () => {
    // Every piece of footnote syntax, split so that joining pieces can make or miss it.
    const pieces = ['[', ']', '^', ':', '[^1]', ']:', '^[', ' note', 'word', '\n', '\n\n', '    ', '- ', '> ', '(', ')', '*'];
    let compared = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const source = parts.join('');
        if (usesFootnoteSyntax(source)) return;
        compared++;
        assert.equal(tokens(without, source), tokens(withPlugin, source), JSON.stringify(source));
      }),
      { numRuns: 2000 },
    );
    assert.ok(compared > 500, `only ${compared} sources without footnote syntax`);
  });

  it('gives the same tokens on every fixture draft without footnote syntax', () => {
    const drafts = draftsUnder(join(ROOT, 'test/fixtures')).filter((text) => !usesFootnoteSyntax(text));
    assert.ok(drafts.length > 100, `${drafts.length} drafts`);
    for (const text of drafts) assert.equal(tokens(without, text), tokens(withPlugin, text));
  });

  it('still reads footnotes where the syntax occurs: references cite, definitions are masked', () => {
    const source = 'Utopia counted 1,234 lamps.[^1]\n\n[^1]: Acme survey, 9 May 2024.\n';
    const prose = parseProse(source);
    assert.equal(prose.blocks.length, 1);
    assert.equal(prose.blocks[0].cited, true);
    assert.ok(!prose.blocks.some((b) => b.text.includes('Acme')));
  });

  it('says footnote syntax only where a reference, a definition or an inline note can start', () => {
    assert.equal(usesFootnoteSyntax('Lamps rose 5% [^a].'), true);
    assert.equal(usesFootnoteSyntax('An inline note^[from Acme] here.'), true);
    assert.equal(usesFootnoteSyntax('Lamps [rose] 5% ^ 2 and [x]^2.'), false);
  });
});

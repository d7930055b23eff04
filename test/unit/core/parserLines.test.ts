// The engine's parser builds markdown-it's line table and normalizes the source with its own code
// (src/core/parserLines.ts). Both must give what markdown-it as published gives, on the sources where
// the two could differ: indentation by tabs and spaces, lines of blanks, a last line with or without a
// newline, carriage returns and NUL characters.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolve } from 'node:path';
import { createParser } from '../../../src/core/prose';
import { markLines } from '../../../src/core/parserLines';
import { stockMarkdownIt, stockParser } from '../../../bench/stockParser';

const ROOT = resolve(__dirname, '../../../..');

const SOURCES = [
  '',
  '\n',
  '\n\n\n',
  ' ',
  '   \t',
  'a',
  'a\n',
  'a\n  ',
  'a\n  b',
  'a  \n',
  '\tcode\n\t\tdeeper\n \t mixed\n',
  '- item\n\t- nested by a tab\n  \t- tab after spaces\n',
  '    indented code\n\n    more\n',
  'line one\r\nline two\rline three\n',
  'nul\0here\r\n\r\n> quote\0\n',
  '> quote\n>\tTab after the marker\n',
  '1. one\n\n   2. two\n      \n   three\n',
  '| a | b |\n|---|---|\n| 1 | 2 |\n   \n',
];

const TABLE_FIELDS = ['bMarks', 'eMarks', 'tShift', 'sCount', 'bsCount', 'lineMax'] as const;

function tableOf(state: object): Record<string, unknown> {
  const fields = state as Record<string, unknown>;
  return Object.fromEntries(TABLE_FIELDS.map((name) => [name, fields[name]]));
}

describe('markdown-it line reading (parserLines)', () => {
  const stock = stockMarkdownIt(ROOT);
  const published = stockParser(ROOT);
  const engine = createParser();

  it('makes the line table the published block state makes', () => {
    for (const source of SOURCES) {
      const table = { bMarks: [], eMarks: [], tShift: [], sCount: [], bsCount: [], lineMax: -1 };
      markLines(table, source);
      assert.deepEqual(table, tableOf(new stock.block.State(source, stock, {}, [])), JSON.stringify(source));
    }
  });

  it('is what the engine parser uses, with the same fields in the same order', () => {
    const source = '\tone\n  two\n';
    const ours = new engine.block.State(source, engine, {}, []);
    const theirs = new stock.block.State(source, stock, {}, []);
    assert.deepEqual(Object.keys(ours), Object.keys(theirs));
    assert.deepEqual(tableOf(ours), tableOf(theirs));
    assert.equal(ours.src, source);
  });

  it('makes the same table and tokens for any mix of blanks, line breaks and block markers', () => {
    const pieces = [' ', '  ', '    ', '\t', '\n', '\n\n', '\r', '\r\n', '\0', 'word', '1.', '-', '>', '#', '|', '```', '[^1]:'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        const table = { bMarks: [], eMarks: [], tShift: [], sCount: [], bsCount: [], lineMax: -1 };
        markLines(table, source);
        assert.deepEqual(table, tableOf(new stock.block.State(source, stock, {}, [])));
        assert.equal(JSON.stringify(engine.parse(source, {})), JSON.stringify(published(source)));
      }),
      { numRuns: 500 },
    );
  });

  it('makes the same inline tokens for prose with and without markup', () => {
    // Prose that no inline rule turns into markup, with now and then one piece that may be markup: each
    // construct, and each character that can start one standing alone.
    const plain = ['word', ' ', '42', '$3.4m', '-', ':', '%', '!', '^', '#', '(x)', ']', '>', '=', '{', '}', '@', '+'];
    const markup = ['~~s~~', '*e*', '_e_', '**b**', '`c`', '\\$', '[l](u)', '[^1]', '^[n]', '![i](u)', '<b>', '<http://a.b>', '&amp;', 'a  \nb', 'a\nb', '&', '<', '[', '*', '_', '~', '\\', '`'];
    const piece = fc.oneof({ arbitrary: fc.constantFrom(...plain), weight: 12 }, { arbitrary: fc.constantFrom(...markup), weight: 1 });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const line = parts.join('');
        const source = `${line}\n\n# ${line}\n\n| a | b |\n|---|---|\n| ${line} | 2 |\n`;
        assert.equal(JSON.stringify(engine.parse(source, {})), JSON.stringify(published(source)));
      }),
      { numRuns: 2000 },
    );
  });

  it('parses to the same tokens, carriage returns and NULs included', () => {
    for (const source of SOURCES) {
      assert.equal(JSON.stringify(engine.parse(source, {})), JSON.stringify(published(source)), JSON.stringify(source));
    }
  });
});

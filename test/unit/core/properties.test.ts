// Property tests: any Markdown and any Unicode never throw, every range lies inside the document and
// covers the figure's text, and results are deterministic.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkDocument } from '../../../src/core';
import { bundledIndex } from '../support/engine';

const markdownPieces = fc.constantFrom(
  '# ', '## Moldova\n', '\n\n', '- ', '1. ', '> ', '| a | b |\n|---|---|\n| Hungary | 18,166 |\n', '```\ncode 81,166\n```\n',
  '`x`', '[link](http://x/1)', '[^1]', '[^1]: note\n', '<!-- factdesk-disable-line -->', '<!-- factdesk-disable -->',
  '<!-- factdesk-enable -->', '---\na: 1\n---\n', '**', '_', '\\', '&amp;', '&nbsp;', 'Hungary', 'Hikvision', 'Dahua', 'Shodan',
  ' lists ', ' devices', ' cameras', ' more than ', 'fewer than ', '18,166', '81,166', '15 133', '$5.8m', '80%', 'eighth',
  'one-third', '10 of 42', '2023', '2018–2023', 'Україна', 'საქართველო', '👍', '\u00A0', '\u202F', '\r\n', '\t', '    ',
);

const drafts = fc.oneof(
  fc.array(markdownPieces, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('properties of checkDocument', () => {
  const index = bundledIndex();

  it('never throws and keeps every range inside the document', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        const result = checkDocument(text, index);
        for (const f of result.findings) {
          assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `range ${f.start}..${f.end} in ${text.length}`);
          if (f.figure) assert.equal(text.slice(f.start, f.end), f.figure.text);
        }
        for (const m of result.mentions) assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        assert.deepEqual(checkDocument(text, index), checkDocument(text, index));
      }),
      { numRuns: 150 },
    );
  });
});

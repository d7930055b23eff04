import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyTextEdits, citationEdits, formatSourceDate, type CitableSource, type CitationStyle } from '../../src/core/citations';
import { suppressionEdit } from '../../src/core/suppressionEdit';

const RFERL: CitableSource = {
  id: 'rferl-cameras',
  title: 'Chinese Cameras [Watching] Europe',
  publisher: 'RFE/RL',
  date: '2024-05-07',
  url: 'https://www.rferl.org/a/cameras.html',
};
const OTHER: CitableSource = { id: 'other', title: 'Other', publisher: 'Other Press', date: '2023-01-02', url: 'https://example.org/other' };

function cite(text: string, figure: string, style: CitationStyle, source = RFERL): string {
  const offset = text.indexOf(figure) + figure.length;
  return applyTextEdits(text, citationEdits(text, [{ offset, source }], style));
}

describe('citations', () => {
  it('formats source dates like the publication', () => {
    assert.equal(formatSourceDate('2024-05-07'), '7 May 2024');
    assert.equal(formatSourceDate('May 2024'), 'May 2024');
  });

  it('adds a GFM footnote marker at the end of the sentence and its definition at the end', () => {
    const text = 'Shodan lists 18,166 Hikvision devices in Hungary.\n';
    assert.equal(
      cite(text, '18,166', 'footnote'),
      'Shodan lists 18,166 Hikvision devices in Hungary.[^rferl-cameras]\n\n' +
        '[^rferl-cameras]: "Chinese Cameras \\[Watching\\] Europe", RFE/RL, 7 May 2024. <https://www.rferl.org/a/cameras.html>\n',
    );
  });

  it('adds a newline first when the document does not end with one', () => {
    const out = cite('It has 18,166 cameras.', '18,166', 'footnote');
    assert.match(out, /^It has 18,166 cameras\.\[\^rferl-cameras\]\n\n\[\^rferl-cameras\]: /);
  });

  it('never duplicates a marker or a definition when inserted twice', () => {
    const text = 'It has 18,166 cameras.\n';
    const once = cite(text, '18,166', 'footnote');
    assert.equal(cite(once, '18,166', 'footnote'), once);
    assert.deepEqual(citationEdits(once, [{ offset: once.indexOf('18,166') + 6, source: RFERL }], 'footnote'), []);
  });

  it('reuses an existing definition for the same source, whatever its label', () => {
    const text = 'A 1 b 18,166 cameras. Next 3,567.\n\n[^src]: RFE/RL <https://www.rferl.org/a/cameras.html>\n';
    const out = cite(text, '18,166', 'footnote');
    assert.equal(out, 'A 1 b 18,166 cameras.[^src] Next 3,567.\n\n[^src]: RFE/RL <https://www.rferl.org/a/cameras.html>\n');
  });

  it('takes no definition of a longer URL for one of a URL it begins (a chapter of a report for its front page)', () => {
    const front: CitableSource = { ...OTHER, id: 'report', url: 'https://example.org/report/' };
    const chapter: CitableSource = { ...OTHER, id: 'report-chapter', url: 'https://example.org/report/chapter-2/' };
    const text = 'Revenue was 35,442 | and 120 passengers.\n';
    const once = applyTextEdits(text, citationEdits(text, [{ offset: text.indexOf('35,442') + 6, source: chapter }, { offset: text.indexOf('120') + 3, source: front }], 'footnote'));
    assert.match(once, /\[\^report\]: /, 'the front page has a definition of its own');
    assert.deepEqual(citationEdits(once, [{ offset: once.indexOf('120') + 3, source: front }], 'footnote'), [], 'and is cited once');
  });

  it('appends to existing footnotes without a blank line and picks a free label', () => {
    const text = 'It has 18,166 cameras.[^rferl-cameras]\n\n[^rferl-cameras]: something else\n';
    const out = cite(text, '18,166', 'footnote');
    assert.equal(out, 'It has 18,166 cameras.[^rferl-cameras][^rferl-cameras-2]\n\n[^rferl-cameras]: something else\n[^rferl-cameras-2]: "Chinese Cameras \\[Watching\\] Europe", RFE/RL, 7 May 2024. <https://www.rferl.org/a/cameras.html>\n');
  });

  it('cites several figures with one definition per source, once per source per sentence', () => {
    const text = 'Hungary: 18,166[^x] cameras. Moldova: 15,133 cameras, 4,177 more. Serbia 7,210 cameras.\r\n\r\n[^x]: note\r\n';
    const at = (s: string) => text.indexOf(s) + s.length;
    const edits = citationEdits(
      text,
      [
        { offset: at('18,166'), source: RFERL },
        { offset: at('15,133'), source: RFERL },
        { offset: at('4,177'), source: RFERL },
        { offset: at('7,210'), source: OTHER },
        { offset: at('7,210'), source: OTHER },
      ],
      'footnote',
    );
    assert.equal(
      applyTextEdits(text, edits),
      'Hungary: 18,166[^x] cameras.[^rferl-cameras] Moldova: 15,133 cameras, 4,177 more.[^rferl-cameras] Serbia 7,210 cameras.[^other]\r\n\r\n[^x]: note\r\n' +
        '[^rferl-cameras]: "Chinese Cameras \\[Watching\\] Europe", RFE/RL, 7 May 2024. <https://www.rferl.org/a/cameras.html>\r\n' +
        '[^other]: "Other", Other Press, 2 January 2023. <https://example.org/other>\r\n',
    );
  });

  it('writes inline links and Pandoc citations once, at the end of the sentence', () => {
    const text = 'It has 18,166 cameras, says Shodan. Next one.\n';
    const inline = cite(text, '18,166', 'inline');
    assert.equal(inline, 'It has 18,166 cameras, says Shodan ([RFE/RL, 7 May 2024](https://www.rferl.org/a/cameras.html)). Next one.\n');
    assert.equal(cite(inline, '18,166', 'inline'), inline);
    const pandoc = cite(text, '18,166', 'pandoc');
    assert.equal(pandoc, 'It has 18,166 cameras, says Shodan [@rferl-cameras]. Next one.\n');
    assert.equal(cite(pandoc, '18,166', 'pandoc'), pandoc);
    assert.equal(cite('It has 18,166 cameras [@rferl-cameras-old].', '18,166', 'pandoc'), 'It has 18,166 cameras [@rferl-cameras-old] [@rferl-cameras].');
    // A wrapped paragraph's sentence goes on over the line break; a list item ends at its line end.
    assert.equal(cite('No full stop: 18,166 cameras\nnext line', '18,166', 'pandoc'), 'No full stop: 18,166 cameras\nnext line [@rferl-cameras]');
    assert.equal(cite('- 18,166 cameras\n- next item', '18,166', 'pandoc'), '- 18,166 cameras [@rferl-cameras]\n- next item');
    assert.equal(cite('It has 5.8 million cameras (per Shodan). Next', '5.8', 'pandoc'), 'It has 5.8 million cameras (per Shodan) [@rferl-cameras]. Next');
  });

  it('does not cite again when the offset is just after an existing citation (a cursor after the marker)', () => {
    const once = cite('Hungary has cameras.\n', 'cameras', 'footnote');
    const at = once.indexOf('].') + 1;
    assert.deepEqual(citationEdits(once, [{ offset: at, source: RFERL }], 'footnote'), []);
    const pandoc = 'It has cameras [@rferl-cameras].';
    assert.deepEqual(citationEdits(pandoc, [{ offset: pandoc.length - 1, source: RFERL }], 'pandoc'), []);
  });

  it('cites inside the table cell, the list item or the heading that holds the figure', () => {
    const table = '| Year | Cameras |\n| ---- | ------- |\n| 2023 | 10,000  |\n';
    assert.equal(cite(table, '10,000', 'footnote'), '| Year | Cameras |\n| ---- | ------- |\n| 2023 | 10,000[^rferl-cameras]  |\n\n' +
      '[^rferl-cameras]: "Chinese Cameras \\[Watching\\] Europe", RFE/RL, 7 May 2024. <https://www.rferl.org/a/cameras.html>\n');
    assert.equal(cite(table, '10,000', 'pandoc'), '| Year | Cameras |\n| ---- | ------- |\n| 2023 | 10,000 [@rferl-cameras]  |\n');
    assert.equal(cite('- It has 18,166 cameras\n- Next 3\n', '18,166', 'footnote').split('\n')[0], '- It has 18,166 cameras[^rferl-cameras]');
    assert.equal(cite('## Hungary: 18,166 cameras\nBody.\n', '18,166', 'pandoc').split('\n')[0], '## Hungary: 18,166 cameras [@rferl-cameras]');
  });

  it('never cites inside a word, wherever the cursor is', () => {
    const text = 'Hungary has cameras according to Shodan. More.\n';
    const at = text.indexOf('according') + 3;
    assert.equal(applyTextEdits(text, citationEdits(text, [{ offset: at, source: RFERL }], 'footnote')).split('\n')[0], 'Hungary has cameras according to Shodan.[^rferl-cameras] More.');
  });

  it('only inserts: removing the inserted pieces gives back the original text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.constantFrom<CitationStyle>('footnote', 'inline', 'pandoc'),
        (text, raw, style) => {
          const requests = raw.map((n, i) => ({ offset: n % (text.length + 1), source: i % 2 ? OTHER : RFERL }));
          const edits = citationEdits(text, requests, style);
          for (const e of edits) assert.equal(e.start, e.end);
          const once = applyTextEdits(text, edits);
          // Removing the inserted pieces gives back the original.
          let rebuilt = once;
          for (const e of [...edits].reverse()) {
            const shift = edits.filter((x) => x.start < e.start || (x.start === e.start && edits.indexOf(x) < edits.indexOf(e))).reduce((s, x) => s + x.newText.length, 0);
            rebuilt = rebuilt.slice(0, e.start + shift) + rebuilt.slice(e.start + shift + e.newText.length);
          }
          assert.equal(rebuilt, text);
        },
      ),
    );
  });
});

describe('suppression edits', () => {
  it('puts the comment at the end of the figure line', () => {
    const text = '# T\n\nShodan lists 81,166 Hikvision devices in Hungary.\n';
    const edit = suppressionEdit(text, text.indexOf('81,166'), ['figure-mismatch'])!;
    assert.equal(applyTextEdits(text, [edit]), '# T\n\nShodan lists 81,166 Hikvision devices in Hungary. <!-- factdesk-disable-line figure-mismatch -->\n');
  });

  it('keeps a table row, a heading and a hard line break as they were', () => {
    const row = '| A | B |\n| - | - |\n| Hungary | 81,166 |  \n';
    assert.equal(applyTextEdits(row, [suppressionEdit(row, row.indexOf('81'), ['figure-mismatch'])!]), '| A | B |\n| - | - |\n| Hungary | 81,166 <!-- factdesk-disable-line figure-mismatch --> |  \n');
    const heading = '## Hungary: 81,166 ##\n';
    assert.equal(applyTextEdits(heading, [suppressionEdit(heading, 12)!]), '## Hungary: 81,166 <!-- factdesk-disable-line --> ##\n');
    const hardBreak = 'It has 81,166\\\nmore\n';
    assert.equal(applyTextEdits(hardBreak, [suppressionEdit(hardBreak, 8, ['x'])!]), 'It has 81,166 <!-- factdesk-disable-line x -->\\\nmore\n');
    const twoSpaces = 'It has 81,166  \nmore\n';
    assert.equal(applyTextEdits(twoSpaces, [suppressionEdit(twoSpaces, 8, ['x'])!]), 'It has 81,166 <!-- factdesk-disable-line x -->  \nmore\n');
  });

  it('adds codes to an existing comment and does nothing when already silenced', () => {
    const text = '<!-- factdesk-disable-next-line figure-mismatch -->\nA 81,166 b\n';
    const at = text.indexOf('81,166');
    assert.equal(suppressionEdit(text, at, ['figure-mismatch']), null);
    const merged = applyTextEdits(text, [suppressionEdit(text, at, ['missing-citation'])!]);
    assert.equal(merged, '<!-- factdesk-disable-next-line figure-mismatch missing-citation -->\nA 81,166 b\n');
    assert.equal(suppressionEdit('<!-- factdesk-disable-next-line -->\nA 1 b', 40, ['x']), null);
  });

  it('keeps blockquotes, list items and CRLF line ends, and merges into a comment on the line', () => {
    const text = 'x\r\n> > quoted 81,166\r\n';
    const quoted = applyTextEdits(text, [suppressionEdit(text, text.indexOf('81'), ['figure-mismatch'])!]);
    assert.equal(quoted, 'x\r\n> > quoted 81,166 <!-- factdesk-disable-line figure-mismatch -->\r\n');
    assert.equal(suppressionEdit(quoted, quoted.indexOf('81'), ['figure-mismatch']), null);
    assert.equal(applyTextEdits(quoted, [suppressionEdit(quoted, quoted.indexOf('81'), ['missing-citation'])!]), 'x\r\n> > quoted 81,166 <!-- factdesk-disable-line figure-mismatch missing-citation -->\r\n');
    const list = '- a\n  more 81,166\n';
    assert.equal(applyTextEdits(list, [suppressionEdit(list, list.indexOf('81'))!]), '- a\n  more 81,166 <!-- factdesk-disable-line -->\n');
  });
});

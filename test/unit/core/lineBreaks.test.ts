// A paragraph's line breaks, a continued list item's indentation and markup blanked between words are
// white space like a space: a figure reads the same however its sentence is wrapped or marked up.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../../src/core';
import { scanNumbers } from '../../../src/core/numbers';
import { readQualifier } from '../../../src/core/qualifiers';
import { proseDistance, singleSpaced, singleSpacedTail } from '../../../src/core/regex';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import type { DatasetFile } from '../../../src/dataset/schema';
import { DEVELOPMENT_CORPORA, SUBJECT2_DATASET, corpusAvailable, corpusFiles, indexFor } from '../support/corpora';
import { readLabels } from '../support/labels';
import { repoRoot } from '../support/engine';

const datasets: DatasetFile[] = [
  ...BUNDLED_DATASETS.map((d) => d.json as DatasetFile),
  JSON.parse(readFileSync(join(repoRoot(), SUBJECT2_DATASET), 'utf8')) as DatasetFile,
];
/** Forms the datasets' sentences do not use: currency words, "per cent", points, a fraction in words. */
const OTHER_FORMS = [
  'The municipal rollout cost approximately 32 million US dollars.',
  'The mill was sold to U.S. Steel for the price of 23 million U.S. dollars.',
  'Its share rose to 44 per cent, up 3 percentage points.',
  'Exports reached BAM 120 million, or nearly a third of the total.',
];
function sentencesOf(files: readonly DatasetFile[]): string[] {
  return files.flatMap((d) => d.facts.flatMap((f) => [...f.examples, ...f.counterexamples]));
}
const sentences = [...sentencesOf(datasets), ...OTHER_FORMS];

/** The sentence with the space at `at` replaced by `gap`. */
function spacedAt(sentence: string, at: number, gap: string): string {
  return `${sentence.slice(0, at)}${gap}${sentence.slice(at + 1)}`;
}

function spaces(sentence: string): number[] {
  const at: number[] = [];
  for (let i = sentence.indexOf(' '); i >= 0; i = sentence.indexOf(' ', i + 1)) at.push(i);
  return at;
}

/**
 * A paragraph's or list item's line broken before `width` columns, as editors wrap Markdown: a continued
 * list item is indented to its text. Headings, tables, quotes, code, comments and definitions stay as
 * they are (a break would change what they are).
 */
function wrapAt(line: string, width: number): string {
  if (line.length <= width || /^\s*(?:#|\||>|```|<!--|\[\^|---)/.test(line)) return line;
  const lead = /^\s*(?:(?:[-*+]|\d+\.)\s+)?/.exec(line)![0];
  const lines: string[] = [];
  let current = lead;
  for (const word of line.slice(lead.length).split(' ')) {
    if (current.length + word.length > width && current.trim() !== '') {
      lines.push(current.trimEnd());
      current = ' '.repeat(lead.length);
    }
    current += `${word} `;
  }
  lines.push(current.trimEnd());
  return lines.join('\n');
}

/** Each number's value, unit and range, and the qualifier written around it. */
function numbersIn(text: string): string[] {
  return scanNumbers(text).map((n) => `${n.value} ${n.unit} ${n.upper ?? ''} ${readQualifier(text.slice(0, n.start), text.slice(n.end)).qualifier}`);
}

/** A link target of 80 characters, blanked like all link targets before the prose is read. */
const LONG_TARGET = 'https://example.org/reports/2024/05/a-rather-long-path-to-the-page-about-it/index';

describe('line breaks and runs of white space', () => {
  it('singleSpaced gives each run of white space as one space', () => {
    const piece = fc.constantFrom('a', 'more', 'than', ' ', '  ', '\n', '\t', '\u00A0', '\r\n', ' \n  ', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        assert.equal(singleSpaced(text), text.replace(/\s+/g, ' '));
      }),
      { numRuns: 1000 },
    );
  });

  it('singleSpacedTail is the end of singleSpaced, and proseDistance counts each run of white space once', () => {
    const piece = fc.constantFrom('a', 'more', 'than', ' ', '  ', '\n', '\t', '\u00A0', ' \n  ', ' '.repeat(40), '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 1, max: 50 }), (parts, length) => {
        const text = parts.join('');
        assert.equal(singleSpacedTail(text, length), singleSpaced(text).slice(-length));
        assert.equal(proseDistance(text, 0, text.length), singleSpaced(text).length);
      }),
      { numRuns: 1000 },
    );
    assert.equal(readQualifier(`Shodan lists [fewer than${' '.repeat(LONG_TARGET.length + 3)}`, ' Dahua devices').qualifier, 'fewer-than');
  });

  // A line break, a list item's continuation, two spaces, and "**" blanked beside a space.
  for (const gap of ['\n', '\n  ', '  ', '   ']) {
    it(`read every dataset sentence's numbers and qualifiers the same with ${JSON.stringify(gap)} for any one space`, () => {
      const differ: string[] = [];
      for (const sentence of sentences) {
        const expected = numbersIn(sentence);
        for (const at of spaces(sentence)) {
          const variant = spacedAt(sentence, at, gap);
          if (JSON.stringify(numbersIn(variant)) !== JSON.stringify(expected)) differ.push(JSON.stringify(variant));
        }
      }
      assert.deepEqual(differ, []);
    });
  }

  for (const mark of ['**', '_']) {
    it(`read every dataset sentence's numbers and qualifiers the same with each number marked up by "${mark}"`, () => {
      const differ: string[] = [];
      for (const sentence of sentences) {
        const expected = numbersIn(sentence);
        // A number that stands as a word of its own: a writer marks up "27", not the "27" of "EU-27+UK".
        const standsAlone = (n: { start: number; end: number }): boolean => /^\s?$/.test(sentence.slice(n.start - 1, n.start)) && /^[\s.,;:]?$/.test(sentence.slice(n.end, n.end + 1));
        for (const n of scanNumbers(sentence).filter(standsAlone)) {
          const variant = `${sentence.slice(0, n.start)}${mark}${sentence.slice(n.start, n.end)}${mark}${sentence.slice(n.end)}`;
          // markdown-it's reading: the marks are blanked out of the prose the engine reads.
          const prose = variant.replaceAll(mark, ' '.repeat(mark.length));
          if (JSON.stringify(numbersIn(prose)) !== JSON.stringify(expected)) differ.push(JSON.stringify(variant));
        }
      }
      assert.deepEqual(differ, []);
    });
  }

  // One test per development corpus: the corpora keep growing (about 300 subjects, 30 s together on the 2-core
  // machine and twice that beside another job), and each corpus's drafts check in well under a second.
  for (const corpus of DEVELOPMENT_CORPORA) {
    it(`judge ${corpus.name}'s drafts the same when their paragraphs and list items are wrapped at 72 columns`, function () {
      if (!corpusAvailable(corpus)) this.skip();
      this.timeout(20_000);
      const index = indexFor(corpus.datasets);
      const judged = (text: string): string[] =>
        checkDocument(text, index).findings.map((f) => `${f.code} ${f.factId ?? ''} ${f.figure?.value ?? ''} ${singleSpaced(text.slice(f.start, f.end))}`);
      const differ: string[] = [];
      for (const file of corpusFiles(corpus)) {
        const { text } = readLabels(readFileSync(join(corpus.dir, file), 'utf8'));
        const wrapped = text.split('\n').map((line) => wrapAt(line, 72)).join('\n');
        if (wrapped !== text && JSON.stringify(judged(wrapped)) !== JSON.stringify(judged(text))) differ.push(file);
      }
      assert.deepEqual(differ, []);
    });
  }

  it('judge every dataset sentence the same when its figure is a link, or a name in it is in bold or a link with a long target', function () {
    // Every dataset sentence in several markups: about 1.2 s here, more on a busy machine.
    this.timeout(20_000);
    const differ: string[] = [];
    // Each subject's sentences with its own datasets; a name that is part of a word ("Budapest-Belgrade") is not marked up alone.
    const subjects = [
      { index: indexFor('bundled'), sentences: sentencesOf(datasets.slice(0, -1)) },
      { index: indexFor('bundled+subject2'), sentences: sentencesOf(datasets.slice(-1)) },
    ];
    for (const { index, sentences } of subjects) for (const sentence of sentences) {
      // A link is a citation: the hint to cite is left out of the comparison.
      const verdicts = (text: string): string =>
        checkDocument(`${text}\n`, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${f.code} ${f.factId ?? ''} ${f.figure?.value ?? ''}`).sort().join('; ');
      const result = checkDocument(`${sentence}\n`, index);
      const wholeWord = (m: { start: number; end: number }): boolean => !/[-\w]/.test(sentence[m.start - 1] ?? ' ') && !/[-\w]/.test(sentence[m.end] ?? ' ');
      const expected = verdicts(sentence);
      const marked = (start: number, end: number, open: string, close: string): string =>
        `${sentence.slice(0, start)}${open}${sentence.slice(start, end)}${close}${sentence.slice(end)}`;
      const variants = [
        ...result.findings.filter((f) => f.figure).map((f) => marked(f.start, f.end, '[', '](https://example.org/a-source)')),
        ...result.mentions.filter(wholeWord).map((m) => marked(m.start, m.end, '**', '**')),
        // A blanked target longer than any window: the name stays as near the figure as it reads.
        ...result.mentions.filter(wholeWord).map((m) => marked(m.start, m.end, '[', `](${LONG_TARGET})`)),
      ];
      for (const variant of variants) if (verdicts(variant) !== expected) differ.push(JSON.stringify(variant));
    }
    assert.deepEqual(differ, []);
  });

  it('judge every dataset sentence the same when its paragraph is wrapped at any space', function () {
    // Every dataset sentence, wrapped at each of its spaces: about 1.5 s here, more on a busy machine.
    this.timeout(20_000);
    const index = indexFor('bundled+subject2');
    const verdicts = (text: string): string =>
      checkDocument(`${text}\n`, index).findings.map((f) => `${f.code} ${f.factId ?? ''} ${f.figure?.value ?? ''}`).sort().join('; ');
    const differ: string[] = [];
    for (const sentence of sentences) {
      const expected = verdicts(sentence);
      for (const at of spaces(sentence)) {
        const wrapped = spacedAt(sentence, at, '\n');
        if (verdicts(wrapped) !== expected) differ.push(JSON.stringify(wrapped));
      }
    }
    assert.deepEqual(differ, []);
  });
});

// The section split is invisible in results: checking section by section, with or without the cache of
// an earlier check, gives what one parse of the whole document gives, after any sequence of edits.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkWholeDocument, SectionChecker } from '../../../src/core/check';
import { splitSections } from '../../../src/core/sections';
import type { CheckResult, FactIndex } from '../../../src/core';
import { DEVELOPMENT_CORPORA, corpusFiles, indexFor } from '../support/corpora';
import { readLabels } from '../support/labels';
import { bundledIndex } from '../support/engine';

/** A result as plain data: what the hosts show. */
function plain(result: CheckResult): unknown {
  return {
    judged: result.judged,
    findings: result.findings.map((f) => [f.code, f.severity, f.start, f.end, f.message, f.factId, f.relatedFactId ?? null, f.evidence?.summary ?? null]),
    mentions: result.mentions.map((m) => [m.start, m.end, m.id, m.kind, m.fuzzy]),
  };
}

function drafts(): { text: string; index: FactIndex }[] {
  const out: { text: string; index: FactIndex }[] = [];
  for (const corpus of DEVELOPMENT_CORPORA.filter((c) => c.kind === 'labelled')) {
    for (const file of corpusFiles(corpus)) out.push({ text: readLabels(readFileSync(join(corpus.dir, file), 'utf8')).text, index: indexFor(corpus.datasets) });
  }
  return out;
}

/** Pieces an edit may insert: headings, fences, comments, definitions, figures, blank lines. */
const PIECES = ['\n\n## Moldova\n\n', '\n# Title\n', '\n```\n', '<!-- factdesk-disable -->\n', '<!-- factdesk-enable -->', '\n\n[^x]: RFE/RL\n', '[^x]', ' 81,166 ', ' 18,166 Hikvision devices ', '\n\n', '\n---\n', '\n| a | b |\n| - | - |\n| Hungary | 3,567 |\n', '<div>\n', 'Serbia', '\n===\n', '\n- item 4,177\n'];

describe('sections', () => {
  it('split where a level-1 or level-2 heading starts, never inside code, comments or HTML', () => {
    const text = '# A\n\npara\n\n```\n## not a heading\n```\n\n<!--\n## hidden\n-->\n\n<div>\n## html\n</div>\n\n## B\n\n### C\n\n  ## indented\n\n## D\n';
    const starts = splitSections(text).sections.map((s) => text.slice(s.start, s.start + 4));
    assert.deepEqual(starts, ['# A\n', '## B', '## D']);
    // The title's opening is given up to the fence, which would swallow the section.
    assert.deepEqual(splitSections(text).sections.map((s) => s.prefix), ['', '# A\n\npara\n\n', '# A\n\npara\n\n']);
  });

  it('give each section under a title its short opening, or the date written under it, with the title', () => {
    const text = '# A\n\n*By Ann Lee*\n\n*Desk – 4 November 2024 – not for use*\n\nText.\n\n## B\n\nMore.\n\n## C\n';
    const opening = '# A\n\n*By Ann Lee*\n\n*Desk – 4 November 2024 – not for use*\n\nText.\n\n';
    assert.deepEqual(splitSections(text).sections.map((s) => s.prefix), ['', opening, opening]);
    // A long opening gives its paragraphs within the limit; a first paragraph over it, only the date.
    const long = `# A\n\n*Desk – 4 November 2024*\n\n${'Words of a long lede. '.repeat(40)}\n\n## B\n`;
    assert.deepEqual(splitSections(long).sections.map((s) => s.prefix), ['', '# A\n\n*Desk – 4 November 2024*\n\n']);
    const longFirst = `# A\n\n${'Words of a long lede, 4 November 2024. '.repeat(20)}\n\n## B\n`;
    assert.deepEqual(splitSections(longFirst).sections.map((s) => s.prefix), ['', '# A\n\n4 November 2024\n\n']);
    // A date further down is no date of the piece: past the opening, it is given to no section.
    assert.deepEqual(splitSections('# A\n\nOne.\n\nTwo.\n\nThree.\n\nOn 4 November 2024.\n\n## B\n').sections.map((s) => s.prefix), ['', '# A\n\nOne.\n\nTwo.\n\nThree.\n\n']);
  });
  it('give every development draft the results of one whole parse', function () {
    this.timeout(120_000);
    for (const { text, index } of drafts()) {
      assert.deepEqual(plain(new SectionChecker(index).check(text)), plain(checkWholeDocument(text, index)));
    }
  });

  it('give, after random edits, what a fresh whole check gives, the cache included', function () {
    this.timeout(300_000);
    const all = drafts();
    fc.assert(
      fc.property(
        fc.nat(all.length - 1),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat(40), piece: fc.nat(PIECES.length - 1) }), { minLength: 1, maxLength: 6 }),
        (which, edits) => {
          const { index } = all[which];
          let text = all[which].text;
          const checker = new SectionChecker(index);
          checker.check(text);
          for (const edit of edits) {
            const at = Math.floor(edit.at * text.length);
            text = text.slice(0, at) + PIECES[edit.piece] + text.slice(Math.min(text.length, at + edit.cut));
            assert.deepEqual(plain(checker.check(text)), plain(checkWholeDocument(text, index)));
          }
        },
      ),
      { numRuns: Number(process.env.FACTDESK_PROPERTY_RUNS ?? 60), seed: 20261130 },
    );
  });

  it('re-check only the section an edit touched', () => {
    const index = bundledIndex();
    const body = (n: number) => `## Part ${n}\n\nShodan lists 81,166 Hikvision devices in Hungary.\n\n`;
    const text = Array.from({ length: 20 }, (_, n) => body(n)).join('');
    const checker = new SectionChecker(index);
    checker.check(text);
    assert.equal(checker.lastRechecked, 20);
    const edited = text.replace('## Part 7\n\nShodan lists 81,166', '## Part 7\n\nShodan lists 18,166');
    const result = checker.check(edited);
    assert.equal(checker.lastRechecked, 1);
    assert.equal(result.findings.filter((f) => f.code === 'figure-mismatch').length, 19);
  });

  it('check in slices to the same result, and give up when the text is stale', async () => {
    const index = bundledIndex();
    const text = Array.from({ length: 30 }, (_, n) => `## Part ${n}\n\nShodan lists ${n % 2 ? '81,166' : '18,166'} Hikvision devices in Hungary.\n\n`).join('');
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    const sliced = await new SectionChecker(index).checkInSlices(text, pause, () => false, 0);
    assert.deepEqual(plain(sliced!), plain(checkWholeDocument(text, index)));
    assert.ok(pauses >= 29, `paused ${pauses} times`);
    const checker = new SectionChecker(index);
    assert.equal(await checker.checkInSlices(text, pause, () => true, 0), undefined);
    // An abandoned check leaves the checker able to check again, with the same result.
    assert.deepEqual(plain(checker.check(text)), plain(sliced!));
  });

  it('report the sections read so far at each pause: exactly the final findings in them, suppression comments included', async () => {
    const index = bundledIndex();
    const part = (n: number): string => {
      // A comment that silences the next line, and a switch off and on again some sections later.
      const comment = n === 5 ? '<!-- factdesk-disable-next-line -->\n' : n === 10 ? '<!-- factdesk-disable -->\n\n' : n === 20 ? '<!-- factdesk-enable -->\n\n' : '';
      return `## Part ${n}\n\n${comment}Shodan lists ${n % 2 ? '81,166' : '18,166'} Hikvision devices in Hungary.\n\n`;
    };
    const text = Array.from({ length: 30 }, (_, n) => part(n)).join('');
    const partials: CheckResult[] = [];
    const final = await new SectionChecker(index).checkInSlices(text, async () => undefined, () => false, 0, (partial) => partials.push(partial));
    const { sections } = splitSections(text);
    // Each section is read again on a first check, and a pause follows each.
    assert.equal(partials.length, sections.length);
    partials.forEach((partial, k) => {
      const end = sections[k].end;
      const expected = { ...final!, findings: final!.findings.filter((f) => f.start < end), mentions: final!.mentions.filter((m) => m.start < end) };
      assert.deepEqual(plain({ ...partial, judged: expected.judged }), plain(expected), `after section ${k}`);
      assert.ok(partial.judged <= final!.judged);
    });
    // The comments did silence something: the test would pass trivially without findings to silence.
    assert.ok(final!.findings.length < checkWholeDocument(text.replace(/<!--[^>]*-->/g, ''), index).findings.length);
  });
});

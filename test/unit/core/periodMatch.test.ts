// The period forms' matchers (src/core/periodMatch.ts) against their specification: the forms' patterns
// joined into one regular expression with the flags `gi`, as scanPeriods ran before. Both must find the
// same periods at the same places in every fixture and in random text made of the forms' own pieces.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FORMS, scanPeriods, type PeriodSpan } from '../../../src/core/periods';

const ROOT = resolve(__dirname, '../../../..');

/** How many capturing groups a pattern has, by the engine's own count. */
const groupCount = (pattern: string): number => new RegExp(`${pattern}|`).exec('')!.length - 1;

const ALL = new RegExp(FORMS.map((f) => `(${f.pattern})`).join('|'), 'gi');
const OFFSETS: number[] = [];
{
  let at = 1;
  for (const form of FORMS) {
    OFFSETS.push(at);
    at += 1 + groupCount(form.pattern);
  }
}
const GROUPS = FORMS.map((f) => groupCount(f.pattern));

/** scanPeriods as the forms' alternation reads the text. */
function scanWithPatterns(text: string, currentYear = 2100): PeriodSpan[] {
  const all = ALL;
  const offsets = OFFSETS;
  all.lastIndex = 0;
  const spans: PeriodSpan[] = [];
  for (let m = all.exec(text); m; m = all.exec(text)) {
    const f = offsets.findIndex((o) => m![o] !== undefined);
    const groups = m.slice(offsets[f] + 1, offsets[f] + 1 + GROUPS[f]);
    const span = FORMS[f].read(groups, currentYear);
    if (span && span.from <= span.to) spans.push({ from: span.from, to: span.to, start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

/** A small deterministic generator, so that a failure names a reproducible case. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return state / 2 ** 32;
  };
}

// The forms' own words and their near misses, in several cases, and the characters around them.
const PIECES = [
  'between', 'Between', 'from', 'FROM', 'to', 'until', 'through', 'till', 'tonight', 'and', 'the', 'The', 'first', 'second', 'third',
  'fourth', 'firstly', '1st', '2nd', '3rd', '4th', '5th', '12th', 'quarter', 'Quarter', 'half', 'of', 'since', 'Q1', 'q3', 'Q5', 'H1',
  'h2', 'H3', 'Jan', 'January', 'jan.', 'Sept', 'SEPT.', 'Sep', 'September', 'May', 'may', 'Mayday', 'Jun', 'June', 'Jul', 'July',
  'March', 'Marching', 'Dec', 'dec.', 'Nov', '2023', '1999', '2100', '2101', '1899', '2018', '20', '23', '05', '99', '7', '30',
  "'23", '’18', "'9", '-', '–', '—', '/', '%', 'percent', 'per cent', 'dollars', 'USD', 'usd', 'US', 'eur', 'Euros', 'prices',
  '$', '€', '£', ',', '.', ' ', ' ', '  ', '\u00a0', '\n', '\n   ', '   \n  ', ' '.repeat(13), '\u2009', 'ɓ', 'é', 'Ȿ', 'x', '_', '30,', '5,', "'", '’', 'Q',
  // Whole phrases of each form, for the pieces around them to break or extend.
  'between 2018 and 2023', 'from 2016 until 2023', 'the fourth quarter of 2023', 'second-quarter 2024', 'the first half of 2022',
  'Q3 of 2024', "q2 '2023", "Q3 '23", 'H1 ’24', "q4'99", '2024-Q3', '2024 Q1', 'H2 2023', 'March–June 2022', 'October to December 2023', "Oct to Dec '23", 'March  to\nJune 2022', 'May tojune 2022', 'Jan. - Feb. 2021', 'June 30, 2022', '5th of May 2023', "Jan–Apr '23", 'Mar ’22',
  'Sept. 2019', 'September. - September. 2023', 'SEPTEMBER.\u00a0–\u2009September.\n2023', '2018–2023', '2018 - 23', "'18–'23", '’19-20', 'since 2015', '2017 US dollars', '2023 per cent', '2023%',
  'months', 'seven', 'eleven', 'twelve', '11', '12', 'the first seven months of 2023', 'first 10 months of 2022', 'last', 'final', 'the last three months of 2022', 'final 2 months of 2023', '2017 to 2024', '2019 through 2023', '2022/23', '2023/2024',
  'year', 'Year', 'years', 'ending', 'ended', 'the year to June 2022', '12 months ending September 30, 2024', 'twelve months through Dec 2023', 'six months to October 2023', 'between March 2022 and July 2023', 'between April and October 2023', 'from May 2023 to June 2024', 'the 3 months ending 30 June 2024', 'the year that ended in June 2022', 'that', 'in',
];

describe('period matchers', () => {
  it('find what the forms\' patterns find in every fixture and example', function () {
    // Every Markdown file of some eighty subjects' fixtures: about 1 s alone, more on a busy machine.
    this.timeout(20_000);
    const files = [...filesUnder(join(ROOT, 'test/fixtures'), '.md'), ...filesUnder(join(ROOT, 'examples'), '.md'), join(ROOT, 'README.md')];
    assert.ok(files.length > 20, String(files.length));
    let periods = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const expected = scanWithPatterns(text);
      assert.deepEqual(scanPeriods(text), expected, file);
      periods += expected.length;
    }
    assert.ok(periods > 100, `${periods} periods`);
  });

  it('find what the forms\' patterns find in 40,000 random texts of their pieces', function () {
    this.timeout(60_000);
    const next = random(12);
    for (let i = 0; i < 40_000; i++) {
      const parts: string[] = [];
      const count = 1 + Math.floor(next() * 10);
      for (let k = 0; k < count; k++) {
        parts.push(PIECES[Math.floor(next() * PIECES.length)]);
        const gap = next();
        parts.push(gap < 0.45 ? ' ' : gap < 0.75 ? '' : PIECES[Math.floor(next() * PIECES.length)]);
      }
      const text = parts.join('');
      assert.deepEqual(scanPeriods(text, 2024), scanWithPatterns(text, 2024), JSON.stringify(text));
    }
  });

  it('keeps each form reachable: every form matches somewhere in the random texts', () => {
    const seen = new Set<string>();
    const next = random(99);
    for (let i = 0; i < 20_000 && seen.size < FORMS.length; i++) {
      const text = Array.from({ length: 8 }, () => PIECES[Math.floor(next() * PIECES.length)]).join(next() < 0.5 ? ' ' : '');
      for (let at = 0; at < text.length; at++) for (const form of FORMS) if (form.match(text, at)) seen.add(form.id);
    }
    assert.deepEqual([...seen].sort(), FORMS.map((f) => f.id).sort());
  });
});

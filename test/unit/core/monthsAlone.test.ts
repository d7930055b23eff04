// A month written without its year takes the year its sentence opened with (src/core/reading/monthsAlone.ts).
import { strict as assert } from 'node:assert';
import { anotherMonthOrQuarter, formatSpan, scanPeriods, yearsSpan } from '../../../src/core/periods';
import { monthsOfTheirSentenceYear, monthsReferredBack, partsOfTheirSentenceYear, quartersReferredBack, yearsReferredBack } from '../../../src/core/reading/monthsAlone';
import { sentenceStarts } from '../../../src/core/sentences';
import { checkDocument } from '../../../src/core';
import { indexFor } from '../support/corpora';

function monthsAlone(text: string): string[] {
  return monthsOfTheirSentenceYear(text, scanPeriods(text), sentenceStarts(text)).map((p) => `${text.slice(p.start, p.end)}=${formatSpan(p)}`);
}

describe('months written alone (period/month-of-the-sentence)', () => {
  it('takes the year of the time its sentence opens with', () => {
    assert.deepEqual(monthsAlone('Its chief resigned in November 2023, and in December Acme laid off 900 people.'), ['December=December 2023']);
    assert.deepEqual(monthsAlone('In 2025 the milestones came every few months: 5 million in February and 7 million in August.'), ['February=February 2025', 'August=August 2025']);
  });

  it('moves a later month back a year only where the words between compare, not for a qualifier\'s "than"', () => {
    assert.deepEqual(monthsAlone('In January 2024 prices were 2.1% higher, down from the 2.9% seen in December.'), ['December=December 2023']);
    assert.deepEqual(monthsAlone('In January 2024 Acme sold more than 6 million lamps in March.'), ['March=March 2024']);
  });

  it('leaves undated an earlier month the text may have moved on to, and one of another sentence', () => {
    assert.deepEqual(monthsAlone('Acme opened in November 2023, and by January it had 40 shops.'), []);
    assert.deepEqual(monthsAlone('Acme opened in November 2023. Its shops were full in December.'), []);
  });

  it('reads a month before the noun it dates ("November output"), but not "May" opening a sentence', () => {
    assert.deepEqual(monthsAlone('In 2024 the plant kept growing: November output was 12% higher and October\'s sales set a record.'), ['November=November 2024', 'October=October 2024']);
    assert.deepEqual(monthsAlone('In 2024 the plant grew. May output match the target?'), []);
  });

  it('reads a month after the date of a statement about it as of the months before that date', () => {
    assert.deepEqual(monthsAlone('The bureau said in December 2023 that November output had reached 189.79 million tonnes.'), ['November=November 2023']);
    assert.deepEqual(monthsAlone('The bureau said in January 2024 that December output had reached 189.79 million tonnes.'), ['December=December 2023']);
    assert.deepEqual(monthsAlone('In December 2023 the bureau reported that November output had risen.'), ['November=November 2023']);
    // No statement: the text may have moved on to the next year.
    assert.deepEqual(monthsAlone('The plant opened in December 2023 and November output was the best yet.'), []);
  });

  it('reads "that year" a few words after a figure as the whole year its sentence named before it, and no other', () => {
    const read = (text: string): string[] => yearsReferredBack(text, scanPeriods(text), sentenceStarts(text)).map((p) => `${text.slice(p.start, p.end)}=${formatSpan(p)}`);
    assert.deepEqual(read('The commission counted eight deaths in 2023, and an estimated 10,200 injuries that year.'), ['that year=2023']);
    // A wrapped line may fall between its words.
    assert.deepEqual(read('The commission counted eight deaths in 2023, and an estimated 10,200 injuries that\nyear.'), ['that\nyear=2023']);
    // Not at a sentence's start, nor after a month, nor across sentences.
    assert.deepEqual(read('Sales peaked in 2019. That year 12 plants closed.'), []);
    assert.deepEqual(read('Sales peaked in May 2019 at 12 units that year.'), []);
    assert.deepEqual(read('Sales peaked in 2019. They fell to 12 units that year.'), []);
  });

  it('takes no year a figure stands before, nor one in parentheses: that year may be the figure\'s or a thing\'s own', () => {
    assert.deepEqual(monthsAlone('Output averaged 12.9 million, beating the record of 13.2 million set in 2019, and hit 13.3 million in December.'), []);
    assert.deepEqual(monthsAlone("Magritte's painting (1954) sold at auction in November."), []);
  });

  it('dates the figures after the month in its clause: "in December Cruise laid off 900 people, about 24% of its workforce"', () => {
    const text = 'Chief executive Kyle Vogt resigned in November 2023, and in December Cruise laid off 900 people, about 24% of its workforce.\n';
    const findings = checkDocument(text, indexFor('bundled+subject175')).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);
    assert.deepEqual(findings, ['900:figure-verified', '24%:figure-verified']);
  });

  it('reads "that month" as the month last named, unless a month without its year stands between, or a year follows', () => {
    const referred = (text: string): string[] => monthsReferredBack(text, scanPeriods(text)).map((p) => `${text.slice(p.start, p.end)}=${formatSpan(p)}`);
    assert.deepEqual(referred('Prices peaked in September 2023. Acme paid €8.45 a kilogram that month.'), ['that month=September 2023']);
    assert.deepEqual(referred('Starts ran at 1,415,000 in May 2024 and 1,353,000 in June; permits that month came in at 1,446,000.'), []);
    assert.deepEqual(referred('Acme carried 91 million in April 2023 against 101 million in the same month of 2019.'), []);
  });

  it('dates a change "on a year earlier" after "that month" by that month, not by a record\'s year in between', () => {
    const text = 'In September 2023 the global price of olive oil passed $8,900 a tonne, smashing the previous record of $6,242 set in 1996. In Andalusia the price at origin reached €8.45 a kilogram that month, up 111% on a year earlier.\n';
    const findings = checkDocument(text, indexFor('bundled+subject255')).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);
    assert.ok(findings.includes('111%:figure-verified'), findings.join());
  });
});

describe('a quarter or a half written as an ordinal alone, and "the quarter in which"', () => {
  function partsAlone(text: string): string[] {
    const periods = scanPeriods(text);
    const parts = partsOfTheirSentenceYear(text, periods, sentenceStarts(text));
    const all = [...periods, ...parts].sort((a, b) => a.start - b.start);
    return [...parts, ...quartersReferredBack(text, all)].map((p) => `${text.slice(p.start, p.end)}=${formatSpan(p)}`);
  }

  it('reads "in the second" after "the first quarter of 2024" as the second quarter of 2024, and "the quarter in which" as it', () => {
    assert.deepEqual(partsAlone('In the first quarter of 2024 Acme sold $517 million, and in the second it sold $1.24 billion, the quarter in which revenue rose 36%.'), [
      'in the second=Q2 2024',
      'the quarter=Q2 2024',
    ]);
  });

  it('reads a half after a half, and leaves an ordinal that qualifies a noun or follows no quarter or half', () => {
    assert.deepEqual(partsAlone('Sales were $3bn in the first half of 2023 and $3.4bn in the second.'), ['in the second=July–December 2023']);
    assert.deepEqual(partsAlone('In the first quarter of 2024 Acme led, and in the second round it lost.'), []);
    assert.deepEqual(partsAlone('In 2024 Acme led, and in the second it sold 40 units.'), []);
  });

  it('dates the figures of a clause that "the quarter in which" opens: "…, the quarter in which Lilly\'s revenue climbed 36%"', () => {
    const text = "Zepbound took $517.4 million in the first quarter of 2024, and in the second it sold $1.24 billion, the quarter in which Lilly's revenue climbed 36% to $11.3 billion.\n";
    const findings = checkDocument(text, indexFor('bundled+subject263')).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);
    assert.ok(findings.includes('36%:figure-verified') && !findings.some((f) => f.endsWith('period-mismatch')), findings.join('\n'));
  });
});

describe('a month after "than in" ("8% higher than in October")', () => {
  it('is the base of the change, not the month the figure is of', () => {
    const text = '- November 2024: the ICO composite averaged 270.72 cents, 8% higher than in October\n';
    const findings = checkDocument(text, indexFor('bundled+subject271')).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);
    assert.ok(findings.includes('8%:figure-verified') && !findings.some((f) => f.endsWith('period-mismatch')), findings.join('\n'));
  });
});

describe('months named without a year against a fact of several whole years', () => {
  it('are of those years: a fee charged "since 2015" is charged from September to November too', () => {
    const since2015 = yearsSpan(2015, 2025);
    assert.equal(anotherMonthOrQuarter({ monthsWithoutYear: { from: 8, to: 10 } }, since2015), false);
    assert.equal(anotherMonthOrQuarter({ monthWithoutYear: 10 }, since2015), false);
  });

  it('are still another time than a single year or another month', () => {
    assert.equal(anotherMonthOrQuarter({ monthsWithoutYear: { from: 8, to: 10 } }, yearsSpan(2024, 2024)), true);
    assert.equal(anotherMonthOrQuarter({ monthWithoutYear: 10 }, { from: 2024 * 12 + 3, to: 2024 * 12 + 3 }), true);
  });
});

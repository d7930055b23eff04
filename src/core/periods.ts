// Finds the years and year ranges in a sentence and binds each figure to the one it speaks of.
export interface YearSpan {
  from: number;
  to: number;
  /** Offsets of the phrase in the scanned text. */
  start: number;
  end: number;
}

const YEAR = '(1[9]\\d\\d|20\\d\\d|2100)';
const SPANS = new RegExp(
  [
    `\\bbetween\\s${YEAR}\\sand\\s${YEAR}\\b`, // 1,2
    `\\bfrom\\s${YEAR}\\s(?:to|until|through|till)\\s${YEAR}\\b`, // 3,4
    `\\b${YEAR}\\s?[-–—]\\s?${YEAR}\\b`, // 5,6
    `\\b${YEAR}\\s?[-–—]\\s?(\\d\\d)\\b(?![-–/])`, // 7,8: 2018-23
    `\\bsince\\s${YEAR}\\b`, // 9
    `(?<![\\d,.$€£-])\\b${YEAR}\\b(?![\\d,.]\\d|[-–/]\\d|%| ?(?:percent|per cent)\\b)`, // 10
  ].join('|'),
  'g',
);

/** Every year or year range in the text, in order. */
export function scanYears(text: string, currentYear = 2100): YearSpan[] {
  const spans: YearSpan[] = [];
  SPANS.lastIndex = 0;
  for (let m = SPANS.exec(text); m; m = SPANS.exec(text)) {
    let from: number;
    let to: number;
    if (m[1]) [from, to] = [Number(m[1]), Number(m[2])];
    else if (m[3]) [from, to] = [Number(m[3]), Number(m[4])];
    else if (m[5]) [from, to] = [Number(m[5]), Number(m[6])];
    else if (m[7]) {
      from = Number(m[7]);
      to = Math.floor(from / 100) * 100 + Number(m[8]);
    } else if (m[9]) [from, to] = [Number(m[9]), currentYear];
    else [from, to] = [Number(m[10]), Number(m[10])];
    if (from > to) continue;
    spans.push({ from, to, start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/**
 * The period a figure speaks of: the first year after it and before the next figure ("$3.4 million in
 * 2018"), else the nearest year before it in the same sentence ("In 2023 alone, ... 139 cameras").
 */
export function bindPeriod(
  text: string,
  years: readonly YearSpan[],
  figureStart: number,
  figureEnd: number,
  nextFigureStart: number,
  sentenceStart: number,
  sentenceEnd: number,
): YearSpan | null {
  let before: YearSpan | null = null;
  for (const span of years) {
    // A year after the figure is its own only within the same clause: "1,000 cameras, …, and in 2023" is not.
    if (span.start >= figureEnd && span.start < Math.min(nextFigureStart, sentenceEnd) && !/[,;:—–(]/.test(text.slice(figureEnd, span.start))) return span;
    if (span.end <= figureStart && span.start >= sentenceStart) before = span;
  }
  return before;
}

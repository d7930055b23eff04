// Splits a block of prose into sentences without Intl.Segmenter, which is quadratic on long text in
// Node 20. Abbreviations ("U.S.", "No.", "Jan. 5") and decimals ("5.8") do not end a sentence.

// Semicolons end a clause that stands as a sentence in list-like prose ("...; the brigade has 500 troops").
const BOUNDARY = /[.!?]+["'”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\p{N}$€£])|;\s+/gu;
/** Abbreviations whose full stop never ends a sentence (short months are read apart, below). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'approx', 'est',
  'fig', 'p', 'pp', 'vol', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr',
]);

/** Sentence start offsets within the text; the first is always 0. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0][0] === '.' && endsWithAbbreviation(text, m.index, m.index + m[0].length)) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** A letter or full stop of an abbreviation. */
const ABBREVIATION_CHARACTER = /[\p{L}.]/u;

/** Months written short: "Nov. 20" goes on, "… in Nov. EU inflation …" starts a new sentence. */
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const DIGIT = /\d/;
/** Capital letters each followed by a full stop, the last one's left out: "A.P", "J.R.R". */
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/**
 * The full stop at `dot` ends an abbreviation, not the sentence that goes on at `next`. A short month's
 * ends the sentence unless a day or a year follows it.
 */
function endsWithAbbreviation(text: string, dot: number, next: number): boolean {
  let start = dot;
  while (start > 0 && ABBREVIATION_CHARACTER.test(text[start - 1])) start--;
  const word = text.slice(start, dot).toLowerCase();
  if (word.length === 0) return false;
  // A single capital letter is an initial ("Reid S. Standish"); one glued to a number is a unit ("15.01C.").
  if (word.length === 1 && text[start] !== text[start].toLowerCase()) return !DIGIT.test(text[start - 1] ?? '');
  // Initials joined by full stops ("A.P. Moller-Maersk", "J.P. Morgan") go on as one does.
  if (INITIALS.test(text.slice(start, dot))) return true;
  if (MONTH_ABBREVIATIONS.has(word)) return DIGIT.test(text[next] ?? '');
  return ABBREVIATIONS.has(word);
}

/** Index of the sentence that contains offset, given sorted starts. */
export function sentenceAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

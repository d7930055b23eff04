// The engine reads English prose with a few hundred patterns that write a letter as \p{L} (and \p{Lu},
// \p{Ll}, \p{N}, \p{M}). V8 compiles each pattern at its first use, twice (bytecode, then machine code on
// the next), and \p{L} is 684 ranges of code points to compile, \p{Lu} 655, five times as costly in a
// case-insensitive pattern, which closes them over case: a cold check of a 5 KB draft spent about a fifth of
// its time there (issue 12). The build narrows each class to a handful of ranges (NARROWED). Every bundle,
// the tests' too, gets the same classes, so the tests test what ships.

/**
 * The narrowed classes. A letter is a character of Latin (with its extensions, IPA and combining accents)
 * or of the blocks from Greek to Greek Extended: Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic
 * scripts, Thai, Georgian and the rest up to Vietnamese's and polytonic Greek's letters. A draft in English
 * writes names of other scripts (Chinese, Japanese, Korean) in Latin letters; a character outside these
 * blocks is no letter, as punctuation is not. Whole blocks, so a few signs inside them count too (Arabic
 * digits among them, and ÷), which English text never holds; × does not. Case is exact in ASCII and
 * Latin-1; past them a letter counts as either case: those blocks alternate case letter by letter, and
 * listing each would cost most of \p{Lu} again. Written as characters, not escapes, and as few ranges as
 * will do: each class is spliced into every pattern that uses it, and the extension's bundle has a size
 * budget.
 */
const NARROWED = {
  L: 'A-Za-zµÀ-ÖØ-῿',
  Lu: 'A-ZÀ-ÖØ-ÞĀ-῿',
  Ll: 'a-zµß-῿',
  N: '0-9²³¹¼-¾',
  M: '\\u0300-\\u036F\\u0483-\\u0489',
};

/** A \p{…} of the narrowed properties, with the backslashes before it. */
const PROPERTY_CLASS = /(\\+)p\{(L|Lu|Ll|N|M)\}/g;
const QUOTES = new Set(["'", '"', '`']);

/** Whether the character at `at` is escaped for the pattern: an odd number of pattern-level backslashes before it. */
function escapedInPattern(source, at, slashes) {
  let run = 0;
  while (at - run - 1 >= 0 && source[at - run - 1] === '\\') run++;
  return Math.floor(run / slashes) % 2 === 1;
}

/**
 * Whether the class at `at` sits inside a bracketed class: the nearest unescaped bracket before it in its
 * pattern (after a regex literal's slash, a string's quote) says. A string holding nothing but classes
 * ('\\p{L}\\p{N}') is a class body spliced into one.
 */
function insideBrackets(source, at, slashes) {
  for (let i = at - 1; i >= 0 && source[i] !== '\n'; i--) {
    const c = source[i];
    if ((c === '[' || c === ']') && !escapedInPattern(source, i, slashes)) return c === '[';
    if (slashes === 1 && c === '/' && !escapedInPattern(source, i, 1)) return false;
    if (slashes === 2 && QUOTES.has(c) && source[i - 1] !== '\\') {
      const end = source.indexOf(c, i + 1);
      return end >= 0 && /^(?:\\\\p\{\w+\})+$/.test(source.slice(i + 1, end));
    }
  }
  return false;
}

/** The source with every \p{L}, \p{Lu}, \p{Ll}, \p{N} and \p{M} narrowed (NARROWED). */
export function narrowLetterClasses(source) {
  if (!source.includes('p{')) return source;
  return source.replace(PROPERTY_CLASS, (whole, slashes, name, offset) => {
    if (slashes.length > 2) throw new Error(`letter-classes: ${slashes.length} backslashes before p{${name}}`);
    const body = NARROWED[name].replaceAll('\\', '\\'.repeat(slashes.length));
    return insideBrackets(source, offset, slashes.length) ? body : `[${body}]`;
  });
}

export const NARROWED_CLASSES = NARROWED;

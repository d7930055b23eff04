// English words that several readers need in the same order, written once: the index of a number word is
// its value, and the index of a month is its number less one.

/** "zero" … "twelve": NUMBER_WORDS[n] is n written out. */
export const NUMBER_WORDS: readonly string[] = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The months, January first. */
export const MONTH_NAMES: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What was planned or expected, as a pattern: a figure compared with one is a difference from it
 * (numbers.ts), and a measure taken from one is such a difference (factIndex.ts).
 */
export const EXPECTATION_WORDS = 'plans?|targets?|forecasts?|budgets?|estimates?|expectations?|assumptions?|projections?';

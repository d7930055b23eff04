// The noun a figure counts: "9,855,745 inhabitants" counts inhabitants, "80 percent of the schools" is a
// share of schools. A figure that counts something a fact does not is not judged against it.
import type { NameHit } from '../names';
import type { ReadingRule } from './rule';
import { backTo, type FigureContext } from './context';
import type { FactIndex } from '../factIndex';
import { VERB_CONCEPTS, type Vocabulary } from '../vocabulary';
import { isSpaceCode } from '../regex';
import { CARDINAL_WORDS } from '../numbers';
import { isShareUnit } from '../types';
// Words after a number that name no counted thing.
const FUNCTION_WORDS = new Set([
  'and', 'or', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'as', 'per', 'a', 'an', 'the', 'this', 'that',
  'these', 'those', 'which', 'who', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would',
  'could', 'can', 'may', 'might', 'than', 'across', 'over', 'under', 'since', 'until', 'between', 'into', 'during',
  'its', 'their', 'his', 'her', 'our', 'alone', 'so', 'far', 'each', 'apiece', 'nationwide', 'countrywide', 'there',
  'here', 'now', 'then', 'too', 'also', 'only', 'just', 'all', 'total', 'overall', 'it', 'they', 'we', 'you',
  'but', 'yet', 'while', 'whereas', 'according', 'says', 'said', 'reported', 'compared', 'versus', 'vs', 'against',
  'out', 'up', 'down', 'last', 'this', 'next', 'ago', 'apart', 'instead', 'respectively', 'altogether',
  // Participles that start a phrase of their own: "3,567 made by Acme".
  'made', 'built', 'sold', 'bought', 'run', 'owned',
  // Verbs in the past that no count names: "its record of 7.66 million came in 2016".
  'came', 'went', 'rose', 'fell', 'grew', 'stood', 'took', 'saw', 'got',
]);
/**
 * "launched 17 times" counts what the verb names, not "times"; "2.5 times those of May", "three times as
 * likely" multiply, and "times" stays their noun (a multiple is no count of the fact's). A time after it
 * ("33 times that year", "134 times over the year", "96 times the year before") says when, not of what.
 */
const MULTIPLIER_AFTER_TIMES = /^\s+(?!(?:over\s+|in\s+|during\s+)?(?:the|that|this|a|each|every|last|previous)\s+(?:[a-z]+\s+)?(?:year|month|week|day|quarter|season|decade|period)s?\b)(?:as|more|less|fewer|higher|lower|greater|larger|bigger|smaller|the|that|those|what|its|their|his|her|our|over)\b/i;
// A comma ends the phrase: "at 20, but" counts nothing.
const WORDS_AFTER = /^\s*([\p{L}][\p{L}\p{M}'’-]*)/u;
/** What stands between a share and its whole: "of", or a word for a share and "of" ("an 80% renewable share of consumption"). */
const WHOLE_OF = /^(?:(?:[a-z][a-z-]*\s+)?(?:share|proportion|portion)\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?/;
/** How far after a share its whole's "of" is looked for: past a modifier and "share" ("renewable share of "). */
const WHOLE_OF_REACH = 40;
/** White space and commas from a position (sticky): a name that starts within them comes right after. */
const BLANKS_AND_COMMAS = /[\s,]*/y;

/** How many characters of a possessive end a word: 2 for "'s" or "’s", 1 for a bare apostrophe, else 0. */
function possessiveEnding(word: string): number {
  const last = word.charCodeAt(word.length - 1);
  if (isApostrophe(last)) return 1;
  return last === 115 && word.length >= 2 && isApostrophe(word.charCodeAt(word.length - 2)) ? 2 : 0; // "s"
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** The whole a share is a share of: "80 percent of the schools" → school. */
function readWholeNoun(index: FactIndex, text: string, figureEnd: number, sentenceEnd: number, nameHits: readonly NameHit[]): string | null {
  // All the white space first, however long: markup blanked after the figure ("[80 percent](…) of") is.
  let from = figureEnd;
  while (from < sentenceEnd && isSpaceCode(text.charCodeAt(from))) from++;
  if (from === figureEnd) return null;
  const of = WHOLE_OF.exec(text.slice(from, Math.min(sentenceEnd, from + WHOLE_OF_REACH)));
  if (!of) return null;
  return readCountedNoun(index, text, from + of[0].length, sentenceEnd, nameHits);
}

/**
 * The noun a count counts: the first word after the figure that is neither a party, a modifier nor a
 * function word ("9,855,745 inhabitants").
 */
export function readCountedNoun(
  index: FactIndex,
  text: string,
  from: number,
  sentenceEnd: number,
  nameHits: readonly NameHit[],
  found?: { compound: boolean; passiveOf?: string },
): string | null {
  const vocabulary = index.vocabulary;
  let at = from;
  let previous = '';
  for (let guard = 0; guard < 6 && at < sentenceEnd; guard++) {
    // Names are modifiers here: "18,166 Acme widgets", "40 Serbian towns".
    BLANKS_AND_COMMAS.lastIndex = at;
    BLANKS_AND_COMMAS.test(text);
    const reach = BLANKS_AND_COMMAS.lastIndex;
    const name = nameHits.find((h) => h.start >= at && h.start <= reach);
    if (name) {
      at = name.end;
      continue;
    }
    const m = WORDS_AFTER.exec(text.slice(at, sentenceEnd));
    if (!m) break;
    // "1,888.2 Mt" where "Mt" is "million tonnes" counts tonnes, as "1,888.2 million tonnes" does.
    const scaledUnit = guard === 0 ? vocabulary.scaledUnits.get(m[1]) : undefined;
    if (scaledUnit) return vocabulary.conceptOf(scaledUnit.noun);
    const lower = m[1].toLowerCase();
    const word = lower.slice(0, lower.length - possessiveEnding(lower));
    // "and" joins modifiers; a possessive ("the country's") says whose, not what.
    if ((word === 'and' && guard > 0) || (possessiveEnding(m[1]) > 0 && guard < 5)) {
      at += m[0].length;
      previous = '';
      continue;
    }
    // A two-word synonym names its own concept: "local governments".
    const pair = previous ? vocabulary.conceptOf(`${previous} ${word}`) : '';
    const concept = pair && !pair.includes(' ') ? pair : vocabulary.conceptOf(word);
    previous = word;
    // An abbreviation the vocabulary does not know names something ("of all CN FDI"): a modifier, like a name.
    if (isUnknownAbbreviation(vocabulary, m[1], concept)) {
      at += m[0].length;
      continue;
    }
    // Measure verbs after a count end the phrase: in "12 bought ..." nothing is counted by "bought".
    if (FUNCTION_WORDS.has(word) || VERB_CONCEPTS.has(concept)) break;
    // Another number ends the phrase: "5.63 million three months earlier" counts no "three".
    if (Object.hasOwn(CARDINAL_WORDS, word)) break;
    if (word === 'times' && !MULTIPLIER_AFTER_TIMES.test(text.slice(at + m[0].length, sentenceEnd))) break;
    // A measure word that is no noun the subject counts ("3,567 online") says how, not what.
    if (vocabulary.isSubjectConcept(concept) && !vocabulary.isCountedNoun(concept) && !vocabulary.isModifier(word)) break;
    // Participles describe the thing counted: "325 planned units", "28 surveyed towns".
    if (!vocabulary.isModifier(word) && !(word.length > 4 && word.endsWith('ed'))) {
      // "1.38 births per woman": a noun "per" something that the vocabulary knows as one phrase names a rate,
      // that phrase's measure, not a count of the noun.
      const per = PER_AFTER.exec(text.slice(at + m[0].length, Math.min(sentenceEnd, at + m[0].length + 30)));
      if (per && vocabulary.knowsPhrase(`${word} per ${per[1].toLowerCase()}`)) return vocabulary.conceptOf(`${word} per ${per[1].toLowerCase()}`);
      const head = headOfCompound(index, text, at + m[0].length, sentenceEnd, concept, found);
      // A compound a keyword writes ("air transport movements") names the measure itself, not a kind of it.
      // ("41m guest nights" counts nights of the subject's own kind: no kind of them.)
      if (found) found.compound = head !== concept && !index.isDatasetWord(concept) && !index.keywordWords.has(word);
      return head;
    }
    at += m[0].length;
  }
  return null;
}

/** "per woman", "per head" right after a noun. */
const PER_AFTER = /^\s+per\s+(\p{L}+)/u;

/** How many words after a noun the vocabulary may know as the compound's head: "passenger car sales". */
const COMPOUND_REACH = 2;
/** How far after a noun its passive may stand: the auxiliary and the participle. */
const PASSIVE_REACH = 40;
/** A passive right after a noun: "were killed", "have been displaced". */
const PASSIVE_AFTER = /^\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+([\p{L}]+ed)\b/u;
/** The next word, across a wrapped line: a paragraph's line breaks are spaces. */
const NEXT_WORD = /^\s+([\p{L}][\p{L}\p{M}'’-]*)/u;

/**
 * The head of a compound whose first word the subject does not know: in "passenger car sales" the
 * count is of sales. Only a word of the subject's vocabulary is taken for the head; an unknown word
 * after a noun may be a verb ("units remained").
 */
function headOfCompound(index: FactIndex, text: string, from: number, sentenceEnd: number, first: string, found?: { passiveOf?: string }): string {
  if (index.isDatasetWord(first)) {
    // "20,400 people were killed": a passive whose participle names a counted noun ("killed", the deaths)
    // counts that; "262 cyclists were killed" counts cyclists too, so the noun before it is kept.
    const passive = PASSIVE_AFTER.exec(text.slice(from, Math.min(sentenceEnd, from + PASSIVE_REACH)));
    const named = passive ? index.vocabulary.conceptOf(passive[1].toLowerCase()) : '';
    if (passive && named !== first && index.vocabulary.isCountedNoun(named)) {
      if (found) found.passiveOf = first;
      return named;
    }
    // A counted noun right after a known one is the head it qualifies: "41m guest nights" counts nights.
    const m = NEXT_WORD.exec(text.slice(from, Math.min(sentenceEnd, from + 40)));
    const next = m ? index.vocabulary.conceptOf(m[1].toLowerCase()) : '';
    return m && next !== first && index.vocabulary.isCountedNoun(next) && !FUNCTION_WORDS.has(m[1].toLowerCase()) ? next : first;
  }
  let head = first;
  let at = from;
  for (let step = 0; step < COMPOUND_REACH; step++) {
    const m = NEXT_WORD.exec(text.slice(at, Math.min(sentenceEnd, at + 40)));
    if (!m) break;
    const word = m[1].toLowerCase();
    const concept = index.vocabulary.conceptOf(word);
    if (FUNCTION_WORDS.has(word) || VERB_CONCEPTS.has(concept) || !index.isDatasetWord(concept)) break;
    head = concept;
    at += m[0].length;
  }
  return head;
}

const ABBREVIATION = /^[A-Z]{2,5}$/;

function isUnknownAbbreviation(vocabulary: Vocabulary, word: string, concept: string): boolean {
  return ABBREVIATION.test(word) && !vocabulary.isCountedNoun(concept) && !vocabulary.isSubjectConcept(concept);
}

const NOUN_BEFORE_OF =
  /\b([\p{L}][\p{L}\p{M}-]*)\s+of\s+(?:(?:about|around|some|nearly|almost|over|more than|less than|fewer than|at least|roughly|approximately|just|only)\s+)?(?:an?\s+)?$/u;

/** The noun before "of" that a count measures: "a population of 9,855,745" → population. */
function readNounBeforeOf(vocabulary: Vocabulary, text: string, figureStart: number, sentenceStart: number): string | null {
  const head = text.slice(Math.max(sentenceStart, figureStart - 60), figureStart);
  // The pattern's letter classes are costly to compile and to fail: tried only where "of" is written.
  const before = head.includes('of') ? NOUN_BEFORE_OF.exec(head) : null;
  return before && !FUNCTION_WORDS.has(before[1].toLowerCase()) ? vocabulary.conceptOf(before[1]) : null;
}

/** The word before an opening parenthesis that holds only a figure: "outnumber buses (13.6%)" → bus. */
const NOUN_BEFORE_PARENTHESIS = /([\p{L}][\p{L}\p{M}-]*)\s*\(\s*$/u;

/**
 * The noun a parenthesised figure gives the value of: "sales of buses (13.6%)". A name there makes the
 * figure the name's ("Hungary (18,166)"), which the entity rules read; only a noun answers here.
 */
function readNounBeforeParenthesis(ctx: FigureContext): string | null {
  const { text, token } = ctx;
  if (text.charCodeAt(token.start - 1) !== 40 && text.charCodeAt(token.start - 2) !== 40) return null; // "("
  let after = ctx.bindEnd;
  while (after < ctx.sentenceEnd && isSpaceCode(text.charCodeAt(after))) after++;
  if (text.charCodeAt(after) !== 41) return null; // ")": the parenthesis holds the figure alone
  const before = NOUN_BEFORE_PARENTHESIS.exec(text.slice(Math.max(ctx.sentenceStart, token.start - 40), token.start));
  if (!before) return null;
  const wordEnd = token.start - (before[0].length - before[1].length);
  if (ctx.facts.hits.some((h) => h.end === wordEnd)) return null;
  const word = before[1].toLowerCase();
  const concept = ctx.index.vocabulary.conceptOf(word);
  return FUNCTION_WORDS.has(word) || VERB_CONCEPTS.has(concept) || ctx.index.vocabulary.isModifier(word) ? null : concept;
}

/** The noun after a count, read once for the two rules that ask for it. */
function nounAfter(ctx: FigureContext): { noun: string | null; compound: boolean } | null {
  if (ctx.nounAfter === undefined) {
    const found: { compound: boolean; passiveOf?: string } = { compound: false };
    ctx.nounAfter = ctx.token.unit === 'count' ? { noun: readCountedNoun(ctx.index, ctx.text, ctx.bindEnd, ctx.sentenceEnd, ctx.facts.hits, found), compound: found.compound, passiveOf: found.passiveOf } : null;
  }
  return ctx.nounAfter;
}

/** A word right before a count that opens a list item: after a colon, a comma, a semicolon or "and". */
const LABEL_WORD_BEFORE = /(?:^|[:,;(]|\band)\s*([\p{L}-]+)\s+$/u;

/** The counted noun that labels a count in a list of counts ("drivers 69, pedestrians 34"), or null. */
function countedNounLabel(ctx: FigureContext): string | null {
  const m = LABEL_WORD_BEFORE.exec(backTo(ctx, ctx.sentenceStart, 32));
  if (!m) return null;
  const concept = ctx.index.vocabulary.conceptOf(m[1].toLowerCase());
  return ctx.index.vocabulary.isCountedNoun(concept) && !ctx.index.vocabulary.isGenericNoun(concept) ? concept : null;
}

export const NOUN_RULES: ReadingRule<string>[] = [
  {
    id: 'noun/before-parenthesis',
    doc: 'The noun right before a parenthesis that holds only the figure.',
    example: 'trams now outnumber buses ([13.6%])',
    read: (ctx) => (ctx.token.unit === 'count' || ctx.token.unit === 'percent' ? readNounBeforeParenthesis(ctx) : null),
  },
  {
    id: 'noun/kind-of',
    doc: 'The head of a compound after a count whose first word no dataset knows: a kind of the thing counted, a part of it.',
    example: 'won all [eight] diving golds',
    read(ctx) {
      const after = nounAfter(ctx);
      return after?.compound ? after.noun : null;
    },
  },
  {
    id: 'noun/after',
    doc: 'The first word after a count that is no party, modifier, function word or measure verb.',
    example: '[9,855,745] inhabitants',
    read: (ctx) => nounAfter(ctx)?.noun ?? null,
  },
  {
    id: 'noun/before-of',
    doc: 'The noun before "of" right before a count.',
    example: 'a population of [9,855,745]',
    read: (ctx) => (ctx.token.unit === 'count' ? readNounBeforeOf(ctx.index.vocabulary, ctx.text, ctx.token.start, ctx.sentenceStart) : null),
  },
  {
    id: 'noun/share-of',
    doc: 'What a share is a share of.',
    example: '[80 percent] of the schools',
    read: (ctx) =>
      isShareUnit(ctx.token.unit) ? readWholeNoun(ctx.index, ctx.text, ctx.token.end, ctx.sentenceEnd, ctx.facts.hits) : null,
  },
  {
    id: 'noun/label-before',
    doc: 'In a list of counted things and their numbers, the counted noun right before the count labels it.',
    example: 'Ireland 2023: drivers [69], pedestrians 34, passengers 34',
    read: (ctx) => (ctx.token.unit === 'count' ? countedNounLabel(ctx) : null),
  },
  {
    id: 'noun/asked',
    doc: 'In an answer, the noun its "how many" question asks for.',
    example: 'How many people live in Hungary? About [9.6 million].',
    read: (ctx) => (ctx.token.unit === 'count' && ctx.question >= 0 ? ctx.reader.askedNoun(ctx.question) : null),
  },
];

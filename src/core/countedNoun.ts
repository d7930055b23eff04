// The noun a figure counts: "9,855,745 inhabitants" counts inhabitants, "80 percent of the schools" is a
// share of schools. A figure that counts something a fact does not is not judged against it.
import type { NameHit } from './names';
import { VERB_CONCEPTS, type Vocabulary } from './vocabulary';
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
]);
// A comma ends the phrase: "at 20, but" counts nothing.
const WORDS_AFTER = /^\s*([\p{L}][\p{L}\p{M}'’-]*)/u;
const WHOLE_AFTER = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?/;

/** The whole a share is a share of: "80 percent of the schools" → school. */
export function readWholeNoun(vocabulary: Vocabulary, text: string, figureEnd: number, sentenceEnd: number, nameHits: NameHit[]): string | null {
  const of = WHOLE_AFTER.exec(text.slice(figureEnd, Math.min(sentenceEnd, figureEnd + 20)));
  if (!of) return null;
  return readCountedNoun(vocabulary, text, figureEnd, figureEnd + of[0].length, figureEnd, sentenceEnd, nameHits, false);
}

/**
 * The noun a count counts: the first word after the figure that is neither a vendor, a modifier nor a
 * function word ("9,855,745 inhabitants"), else the noun before "of" ("a population of 9,855,745").
 */
export function readCountedNoun(vocabulary: Vocabulary, text: string, figureStart: number, from: number, sentenceStart: number, sentenceEnd: number, nameHits: NameHit[], lookBefore = true): string | null {
  let at = from;
  for (let guard = 0; guard < 6 && at < sentenceEnd; guard++) {
    // Names are modifiers here: "18,166 Acme widgets", "40 Serbian towns".
    const name = nameHits.find((h) => h.start >= at && /^[\s,]*$/.test(text.slice(at, h.start)));
    if (name) {
      at = name.end;
      continue;
    }
    const m = WORDS_AFTER.exec(text.slice(at, sentenceEnd));
    if (!m) break;
    const word = m[1].toLowerCase().replace(/['’]s?$/, '');
    if (word === 'and' && guard > 0) {
      at += m[0].length;
      continue;
    }
    const concept = vocabulary.conceptOf(word);
    // Measure verbs after a count end the phrase: in "12 bought ..." nothing is counted by "bought".
    if (FUNCTION_WORDS.has(word) || VERB_CONCEPTS.has(concept)) break;
    // A measure word that is no noun the subject counts ("3,567 online") says how, not what.
    if (vocabulary.isSubjectConcept(concept) && !vocabulary.isCountedNoun(concept) && !vocabulary.isModifier(word)) break;
    // Participles describe the thing counted: "325 planned units", "28 surveyed towns".
    if (!vocabulary.isModifier(word) && !(word.length > 4 && word.endsWith('ed'))) return concept;
    at += m[0].length;
  }
  if (!lookBefore) return null;
  const before = /\b([\p{L}][\p{L}\p{M}-]*)\s+of\s+(?:(?:about|around|some|nearly|almost|over|more than|less than|fewer than|at least|roughly|approximately|just|only)\s+)?(?:an?\s+)?$/u.exec(
    text.slice(Math.max(sentenceStart, figureStart - 60), figureStart),
  );
  if (before && !FUNCTION_WORDS.has(before[1].toLowerCase())) return vocabulary.conceptOf(before[1]);
  return null;
}

// Whether the prose itself attributes a figure to its source: "according to …", or the sentence names
// the source's publisher or the body that counted (its `via`). Such a figure needs no citation marker:
// the writer has already said whose it is, so a missing-citation hint there is noise.
import type { Fact, Source } from './types';
import { containsWholeName, singleSpaced } from './regex';
import { sentenceAt } from './sentences';

/** Attribution phrases of English news prose; they name no subject. */
const ATTRIBUTION_PHRASE = /\b(?:according to|cited by|citing|data from|figures from|reported by|estimates? (?:by|from))\b/i;

const ACRONYM_IN_PARENTHESES = /\(([^()]{2,12})\)\s*$/;

/** The names a sentence may use for whoever stands behind a fact: publisher, via, and a via's acronym. */
function sourceNames(fact: Fact, source: Source | undefined): string[] {
  const names = [fact.via, source?.publisher ?? ''];
  // "State Security Service of Ukraine (SBU)": the acronym alone is how prose often names it.
  const acronym = ACRONYM_IN_PARENTHESES.exec(fact.via);
  if (acronym) names.push(acronym[1], fact.via.slice(0, acronym.index).trim());
  return names.filter((n) => n.trim().length >= 2);
}

function namesAny(sentence: string, names: readonly string[]): boolean {
  return names.some((name) => containsWholeName(sentence, name, 'letters-and-digits'));
}

/** The sentence of `text` (a block's prose) that holds `offset`. */
export function sentenceOf(text: string, starts: readonly number[], offset: number): string {
  const i = sentenceAt(starts, offset);
  return text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
}

/** True when the sentence attributes the figure: an attribution phrase, or the source named in it. */
export function attributesFigure(sentence: string, fact: Fact, source: Source | undefined): boolean {
  const spaced = singleSpaced(sentence);
  return ATTRIBUTION_PHRASE.test(spaced) || namesAny(spaced, sourceNames(fact, source));
}

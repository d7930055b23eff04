// Reads the words around a figure that turn it into an interval: "more than", "nearly", "or more".
import type { Qualifier } from '../dataset/schema';
import { singleSpaced, singleSpacedTail } from './regex';

const BEFORE: [RegExp, Qualifier][] = [
  // Negated forms first: "no more than" is a ceiling, not "more than".
  [/\b(?:no more than|not more than|no greater than)\s+(?:an?\s+)?$/i, 'up-to'],
  [/\b(?:no fewer than|no less than|not less than|not fewer than)\s+(?:an?\s+)?$/i, 'at-least'],
  [/(?:\bnot|\bnever|n['’]t)\s+(?:to\s+)?(?:exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?)\s+$/i, 'up-to'],
  // Symbols, as tables and briefings write them: ">7,379", "~$320m". An arrow ("->") is no qualifier.
  [/(?<![-=])>\s*$/, 'more-than'],
  [/≥\s*$/, 'at-least'],
  [/(?<![<])<(?![-=])\s*$/, 'fewer-than'],
  [/≤\s*$/, 'up-to'],
  [/[~≈]\s*$/, 'approximately'],
  [/\b(?:more than|above|upwards of|in excess of|just over|greater than|higher than)\s+(?:an?\s+)?$/i, 'more-than'],
  // A verb of going beyond with the figure for its object: "exceeded 50 million", "pushed … past $4.38 trillion",
  // "would top $1.86 billion". ("the past 12 months" is a time, and "the top 10" a rank, not a bound.)
  [/\b(?:exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|top(?:ped|s|ping)|(?:to|will|would|could|may|might)\s+top|(?<!\bthe\s)past)\s+$/i, 'more-than'],
  // "over" of a verb that takes it ("handed over 348 aircraft", "turned over £5bn", "spread over 37,808 sites") is no qualifier.
  [/(?<!\b(?:hand|turn|sign|spread)(?:s|ed|ing)?\s+)\bover\s+(?:an?\s+)?$/i, 'more-than'],
  [/\b(?:at least|no fewer than|no less than|not less than|a minimum of|minimum of)\s+(?:an?\s+)?$/i, 'at-least'],
  [/\b(?:nearly|almost|approaching|just under|just shy of|not quite)\s+(?:an?\s+)?$/i, 'nearly'],
  [/\b(?:fewer than|less than|under|below|lower than)\s+(?:an?\s+)?$/i, 'fewer-than'],
  [/\b(?:up to|as many as|as much as|at most|no more than|a maximum of|not more than|within)\s+(?:an?\s+)?$/i, 'up-to'],
  // A ceiling a verb sets: "caps each side at 1,550", "capped at", "limited to". (The noun names a level:
  // "Ofgem set the cap at £1,738" states the cap, not a bound on it.)
  [/\b(?:(?:capped|caps|capping)\s+(?:[\p{L}-]+\s+){0,3}at|limited\s+to)\s+$/iu, 'up-to'],
  // "Close to" says near, not which side: sources write it of estimates either way.
  [/\b(?:about|around|roughly|approximately|approx\.|some|an estimated|estimated|circa|ca\.|c\.|or so|close to)\s+(?:an?\s+)?$/i, 'approximately'],
  [/\b(?:exactly|precisely|only|just)\s+(?:an?\s+)?$/i, 'exact'],
];

const AFTER: [RegExp, Qualifier][] = [
  // After the unit word too: "25 points or more", "100 units or fewer".
  [/^\s*(?:\p{L}[\p{L}-]*\s+)?(?:or more|or above|and more|and above)\b(?!\s+than)|^\s*plus\b/iu, 'at-least'],
  [/^\+/, 'at-least'],
  [/^\s*(?:\p{L}[\p{L}-]*\s+)?(?:or fewer|or less|and fewer|and less|or below)\b(?!\s+than)/iu, 'up-to'],
  [/^\s*(?:or so)\b/i, 'approximately'],
];

export interface QualifierReading {
  qualifier: Qualifier;
  /** True when a word said so ("exactly"); false when no word was there. */
  explicit: boolean;
  /** The words that said so, as written ("first topped"), when a word did. */
  words?: string;
}

/** "over eight years", "over 4 yrs": "over" before a duration means "spread across", not "more than". */
const SPREAD_OVER = /(?<!\b(?:just|well|slightly|little|bit|far)\s+)\bover\s+(?:the\s+(?:next|last|past)\s+)?$/i;
const DURATION_AFTER = /^\s*(?:years?|yrs?|months?|decades?|weeks?|days?)\b/i;

/**
 * "crossed the $950 million mark", "passed the 10,000 milestone": a figure named as a mark that something
 * passed is a floor it reached, not its value.
 */
const PASSED_THE_BEFORE = /\b(?:cross(?:ed|es|ing)?|pass(?:ed|es|ing)?|surpass(?:ed|es|ing)?|top(?:ped|s|ping)?|exceed(?:ed|s|ing)?|(?:broke|break(?:s|ing)?|broken)(?:\s+through)?)\s+the\s+$/i;
/** "came in just under the 90% mark", "below the 1,000 threshold": a mark not reached; "just" puts it near. */
const UNDER_THE_BEFORE = /\b(just\s+|slightly\s+|narrowly\s+)?(?:under|below|short\s+of)\s+the\s+$/i;
const MARK_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:mark|milestone|barrier|threshold)\b/iu;

/**
 * "still slightly above 142.5p, the highest price before the pandemic": a level something is compared with,
 * which an appositive then names, is stated as it is; the comparison is of the other thing.
 */
const LEVEL_COMPARED_BEFORE = /\b(?:above|below|higher\s+than|lower\s+than)\s+$/i;
const LEVEL_NAMED_AFTER = /^\S{0,3},\s+(?:the|its|their)\s+\p{L}/u;

/** How far after a figure its qualifier may end: a unit word and "or more". */
const AFTER_REACH = 28;

/** The qualifier written right before or after a figure; "exact" when there is none. */
export function readQualifier(textBefore: string, textAfter: string): QualifierReading {
  const head = singleSpacedTail(textBefore, 40);
  if (SPREAD_OVER.test(head) && DURATION_AFTER.test(textAfter)) return { qualifier: 'exact', explicit: false };
  for (const [pattern, qualifier] of BEFORE) {
    const said = pattern.exec(head);
    if (said && LEVEL_COMPARED_BEFORE.test(said[0]) && LEVEL_NAMED_AFTER.test(textAfter)) break;
    if (said) return { qualifier, explicit: true, words: said[0] };
  }
  const tail = singleSpaced(textAfter.slice(0, AFTER_REACH));
  if (PASSED_THE_BEFORE.test(head) && MARK_AFTER.test(tail)) return { qualifier: 'at-least', explicit: true };
  const under = UNDER_THE_BEFORE.exec(head);
  if (under && MARK_AFTER.test(tail)) return { qualifier: under[1] ? 'nearly' : 'fewer-than', explicit: true };
  for (const [pattern, qualifier] of AFTER) if (pattern.test(tail)) return { qualifier, explicit: true };
  return { qualifier: 'exact', explicit: false };
}

// One context per figure: where it stands (block, sentence, clause, its stretch between neighbouring
// figures), the names around it and the blocks that give it context. The reading rules of every slot
// read from it; nothing in it is recomputed per rule.
import type { FactIndex } from '../factIndex';
import type { ProseBlock } from '../prose';
import type { NameHit } from '../names';
import type { NumberToken } from '../numbers';
import { sentenceAt } from '../sentences';
import { isYearToken } from '../notClaims';
import type { BlockFacts, DocumentReader } from './document';

export interface FigureContext {
  reader: DocumentReader;
  index: FactIndex;
  /** Index of the figure's block in the document. */
  blockIndex: number;
  block: ProseBlock;
  facts: BlockFacts;
  /** The block's (masked) text; offsets below are into it. */
  text: string;
  tokens: readonly NumberToken[];
  /** Index of the figure among the block's number tokens. */
  t: number;
  token: NumberToken;
  sentence: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** The clause that holds the figure: between dashes, colons, semicolons and parentheses. */
  clauseStart: number;
  clauseEnd: number;
  /** Where the words that describe the figure may start after it: past "of the 325" in "265 of the 325". */
  bindEnd: number;
  /** The next figure that is no year, or the block's end. */
  nextStart: number;
  /** The figure's own stretch of sentence starts at the previous figure's end, or the sentence start. */
  windowStart: number;
  entityHits: NameHit[];
  vendorHits: NameHit[];
  /** The sentence opens with "It" or "They" before the figure: it speaks of something named before it. */
  refersBack: boolean;
  /** The question block this paragraph answers, or -1. */
  question: number;
  /** The paragraph a pronoun refers back to, or -1. */
  antecedent: number;
  /** Blocks that give context, nearest first (the antecedent paragraph included). */
  context: number[];
}

const PRONOUN_START = /^[\s*_"“]*(?:it|they)\s/i;
/**
 * Dashes, colons, semicolons, parentheses, a comma before a contrasting conjunction ("…, while …") and
 * ", and" before anything but another figure ("…, and customs data show …"; not "…, and 4,177 …").
 */
const CLAUSE_BREAK = /\s[—–]\s|[:;]\s|\s\(|\)\s|,\s+(?=(?:while|whereas|but|although|though|compared)\s)|,\s+and\s+(?![\d$€£])/gu;

/** The clause that holds a figure: the text between dashes, colons, semicolons and parentheses. */
function clauseAround(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): [number, number] {
  let clauseStart = sentenceStart;
  let clauseEnd = sentenceEnd;
  CLAUSE_BREAK.lastIndex = sentenceStart;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < sentenceEnd; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= start) clauseStart = m.index + m[0].length;
    else if (m.index >= end) {
      clauseEnd = m.index;
      break;
    }
  }
  return [clauseStart, clauseEnd];
}

/** The start of the first figure at or after `from` that is no year nor part of a name ("EU-27"), or the text's end. */
export function nextFigureStart(tokens: readonly NumberToken[], t: number, from: number, textLength: number, names: readonly NameHit[] = []): number {
  for (let n = t + 1; n < tokens.length; n++) {
    const token = tokens[n];
    if (token.start >= from && !isYearToken(token) && !names.some((h) => h.start <= token.start && token.end <= h.end)) return token.start;
  }
  return textLength;
}

/** The context of the t-th number of block i. */
export function figureContext(reader: DocumentReader, i: number, tokens: readonly NumberToken[], t: number): FigureContext {
  const block = reader.doc.blocks[i];
  const facts = reader.blockFacts(i);
  const text = block.text;
  const token = tokens[t];
  const sentence = sentenceAt(facts.starts, token.start);
  const sentenceStart = facts.starts[sentence];
  const sentenceEnd = sentence + 1 < facts.starts.length ? facts.starts[sentence + 1] : text.length;
  const [clauseStart, clauseEnd] = clauseAround(text, token.start, token.end, sentenceStart, sentenceEnd);
  const refersBack = PRONOUN_START.test(text.slice(sentenceStart, token.start));
  const question = reader.questionBefore(i);
  const antecedent = question < 0 && refersBack ? reader.paragraphBefore(i) : -1;
  const context = reader.contextBlocks(i);
  // "They rose from $3.4 million to $5.4 million": a sentence opening with a pronoun speaks of what the
  // paragraph before it named.
  if (antecedent >= 0 && !context.includes(antecedent)) context.unshift(antecedent);
  const windowStart = t > 0 && tokens[t - 1].end > sentenceStart ? tokens[t - 1].end : sentenceStart;
  const named = reader.namedHits(i);
  return {
    reader,
    index: reader.index,
    blockIndex: i,
    block,
    facts,
    text,
    tokens,
    t,
    token,
    sentence,
    sentenceStart,
    sentenceEnd,
    clauseStart,
    clauseEnd,
    bindEnd: token.end,
    nextStart: nextFigureStart(tokens, t, token.end, text.length, facts.hits),
    windowStart,
    entityHits: named.entities,
    vendorHits: named.vendors,
    refersBack,
    question,
    antecedent,
    context,
  };
}

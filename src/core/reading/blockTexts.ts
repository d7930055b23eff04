// What reading a block's text gives wherever the block stands: its numbers, the names in it, where its
// sentences start, its periods and its measure words. An editor's checker keeps these between checks, so
// that a section read again after an edit reuses them for each of its blocks whose text the edit left
// unchanged.
import type { FactIndex } from '../factIndex';
import { scanNumbers, type NumberToken } from '../numbers';
import { tokenizeWords, type NameHit, type UnknownWord } from '../names';
import { scanPeriods, type PeriodSpan } from '../periods';
import { sentenceStarts } from '../sentences';

/** A sentence's words and the measure concepts each brings, for the sentence and for stretches of it. */
export interface SentenceWords {
  all: Set<string>;
  /** Block offsets where each word starts. */
  starts: number[];
  perWord: string[][];
}

/** A block text's reading; each part is made when first asked for, and never changed afterwards. */
interface TextReading {
  tokens?: NumberToken[];
  names?: { hits: readonly NameHit[]; unknown: UnknownWord[] };
  starts?: number[];
  periods?: PeriodSpan[];
  concepts?: Set<string>;
  /** By sentence index: a sentence's words are read when one of its figures is. */
  sentences?: Map<number, SentenceWords>;
}

/** The measure concepts of a whole block's text. */
export function blockConcepts(index: FactIndex, text: string): Set<string> {
  return index.vocabulary.conceptsOfWords(tokenizeWords(text).map((w) => w.text), new Set());
}

/**
 * Readings by block text, for one index. A check asks for the texts it reads; those read in the check
 * before are answered from memory (and a text repeated in the document is read once). Only the texts of
 * the latest check that read anything are kept, so the memory never outgrows the document.
 */
export class BlockTextMemory {
  private earlier = new Map<string, TextReading>();
  private latest = new Map<string, TextReading>();

  constructor(private readonly index: FactIndex) {}

  /** Called when a check starts reading: what the check before read stays available to it. */
  startReading(): void {
    this.earlier = this.latest;
    this.latest = new Map();
  }

  private reading(text: string): TextReading {
    let reading = this.latest.get(text);
    if (!reading) this.latest.set(text, (reading = this.earlier.get(text) ?? {}));
    return reading;
  }

  /** The numbers of a block's text (the caller never changes them). */
  numbers(text: string): NumberToken[] {
    const reading = this.reading(text);
    return (reading.tokens ??= scanNumbers(text));
  }

  /** The names in a block's text, exactly as written, as a list of the caller's own (typos are added to it). */
  names(text: string): { hits: NameHit[]; unknown: UnknownWord[] } {
    const reading = this.reading(text);
    if (!reading.names) {
      const unknown: UnknownWord[] = [];
      reading.names = { hits: this.index.names.scan(text, false, unknown), unknown };
    }
    return { hits: [...reading.names.hits], unknown: reading.names.unknown };
  }

  /** Where the sentences of a block's text start. */
  sentenceStarts(text: string): number[] {
    const reading = this.reading(text);
    return (reading.starts ??= sentenceStarts(text));
  }

  /** The periods a block's text names. */
  periods(text: string): PeriodSpan[] {
    const reading = this.reading(text);
    return (reading.periods ??= scanPeriods(text));
  }

  /** The measure concepts of a block's text. */
  concepts(text: string): Set<string> {
    const reading = this.reading(text);
    return (reading.concepts ??= blockConcepts(this.index, text));
  }

  /** The measure words of a block text's sentences read so far, by sentence index (the caller adds to it). */
  sentences(text: string): Map<number, SentenceWords> {
    const reading = this.reading(text);
    return (reading.sentences ??= new Map());
  }
}

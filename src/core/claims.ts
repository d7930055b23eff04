// Finds the figures in prose that may be claims and reads what each one claims: which entity, which
// vendors, what is counted, which period, with which qualifier. Context comes from the sentence first,
// then the paragraph, the table's header and row, a list's lead-in, and the section headings.
import type { FactIndex } from './factIndex';
import type { Figure } from './types';
import type { ProseBlock, ProseDocument } from './prose';
import { mayContainNumber, scanNumbers, type NumberToken } from './numbers';
import { tokenizeWords, type NameHit, type UnknownWord } from './names';
import { sentenceAt, sentenceStarts } from './sentences';
import { isYearToken, notClaimReason } from './notClaims';
import { readQualifier } from './qualifiers';
import { bindPeriod, scanPeriods, yearsSpan, type MonthSpan, type PeriodSpan } from './periods';
import { ConceptUnion } from './vocabulary';
import { readCountedNoun, readWholeNoun } from './countedNoun';

export interface Claim {
  figure: Figure;
  block: number;
  /** Entity the figure is about. */
  entity: string | null;
  vendors: string[];
  /** The vendors come only from a section heading: a weak hint, never a contradiction. */
  vendorsFromHeading: boolean;
  /** Measure concepts of the sentence and every context block, headings included. */
  concepts: ConceptUnion;
  /** Measure concepts near the figure: its stretch of sentence (between neighbouring figures), table and lead-in. */
  nearConcepts: ConceptUnion;
  /** Measure concepts of the figure's own sentence. */
  sentenceConcepts: ReadonlySet<string>;
  /** The figure stands in a table cell or a list under a lead-in, whose context may name the measure. */
  inStructure: boolean;
  /** The months the figure speaks of. */
  period: MonthSpan | null;
  /** A topic word (cameras, surveillance, a vendor) occurs near the figure. */
  onTopic: boolean;
  /** A citation (footnote, link, [@key]) occurs in the figure's block. */
  cited: boolean;
  /** Concept of the noun a count is a count of ("inhabitants" in "9,855,745 inhabitants"), if any. */
  countedNoun: string | null;
  /** The whole of "265 of the 352", as a figure of its own: it can be wrong while the part is right. */
  whole?: Figure;
}

/** A sentence's words and the measure concepts each brings, for the sentence and for stretches of it. */
interface SentenceWords {
  all: Set<string>;
  /** Block offsets where each word starts. */
  starts: number[];
  perWord: string[][];
}

/** What is known about one block, computed once and only when needed. */
interface BlockFacts {
  hits: NameHit[];
  starts: number[];
  years?: PeriodSpan[];
  /** Concepts of the whole block, for blocks that give context. */
  concepts?: Set<string>;
  /** Concepts per sentence index, for sentences with figures. */
  sentenceConcepts: Map<number, SentenceWords>;
  topic?: boolean;
  fuzzy: boolean;
  /** Capitalised words that name nothing exactly: looked up as typos where a figure needs them. */
  unknown: UnknownWord[];
  typosChecked?: Set<number>;
}

const PRONOUN_START = /^[\s*_"“]*(?:it|they)\s/i;
const PRONOUN_SENTENCE = /(?:^|[.!?:]\s+)[\s*_"“]*(?:it|they)\s/i;
const YEAR_LABEL = /^[\s*_]*((?:19|20)\d\d)[\s*_]*[:–—][\s*_]/;

const VENDOR_JOINERS = /^(?:\s*(?:,|and|or|&|\/)\s*)+$/;

export class ClaimReader {
  private readonly cache = new Map<number, BlockFacts>();
  private readonly tableTopics = new Map<number, boolean>();
  private readonly listedNames = new WeakMap<NameHit, boolean>();

  constructor(
    private readonly doc: ProseDocument,
    private readonly index: FactIndex,
  ) {}

  /** Facts about a block; `fuzzy` also looks for misspelt names. */
  blockFacts(i: number, fuzzy = false): BlockFacts {
    let facts = this.cache.get(i);
    if (!facts) {
      const text = this.doc.blocks[i].text;
      const unknown: UnknownWord[] = [];
      facts = { hits: this.index.names.scan(text, fuzzy, unknown), unknown, starts: sentenceStarts(text), fuzzy, sentenceConcepts: new Map() };
      this.cache.set(i, facts);
    } else if (fuzzy && !facts.fuzzy) {
      facts.hits = this.index.names.scan(this.doc.blocks[i].text, true);
      facts.fuzzy = true;
    }
    return facts;
  }

  /** Adds misspelt names ("Moldava") in one sentence; fuzzy matching is too slow for all prose. */
  private addTypos(i: number, sentence: number, start: number, end: number): void {
    const facts = this.blockFacts(i);
    if (facts.fuzzy || facts.typosChecked?.has(sentence)) return;
    (facts.typosChecked ??= new Set()).add(sentence);
    let added = false;
    for (const word of facts.unknown) {
      if (word.start < start || word.start >= end) continue;
      const hit = this.index.names.typo(word);
      if (hit) {
        facts.hits.push(hit);
        added = true;
      }
    }
    if (added) facts.hits.sort((a, b) => a.start - b.start);
  }

  private concepts(i: number): Set<string> {
    const facts = this.blockFacts(i);
    facts.concepts ??= this.index.vocabulary.conceptsOfWords(tokenizeWords(this.doc.blocks[i].text).map((w) => w.text), new Set());
    return facts.concepts;
  }

  /** Measure words of a sentence; shared by the sentence's figures. */
  private sentenceConcepts(i: number, sentence: number, start: number, end: number): SentenceWords {
    const facts = this.blockFacts(i);
    let words = facts.sentenceConcepts.get(sentence);
    if (!words) {
      const tokens = tokenizeWords(this.doc.blocks[i].text.slice(start, end));
      const perWord = this.index.vocabulary.conceptsPerWord(tokens.map((w) => w.text));
      const all = new Set<string>();
      for (const concepts of perWord) for (const concept of concepts) all.add(concept);
      words = { all, starts: tokens.map((w) => w.start + start), perWord };
      facts.sentenceConcepts.set(sentence, words);
    }
    return words;
  }

  private onTopic(i: number): boolean {
    const facts = this.blockFacts(i);
    // Topic words are matched as written, not by synonym group: "units" is no camera.
    facts.topic ??= facts.hits.some((h) => h.kind === 'vendor') || this.index.topicPattern.test(this.doc.blocks[i].text);
    return facts.topic;
  }

  /** A table is about the topic when any of its cells is: a "World rank" row of a camera table is too. */
  private tableOnTopic(i: number): boolean {
    const table = this.doc.blocks[i].cell?.table;
    if (table === undefined) return false;
    let known = this.tableTopics.get(table);
    if (known === undefined) {
      known = false;
      for (let j = i; j >= 0 && this.doc.blocks[j].cell?.table === table && !known; j--) known = this.onTopic(j);
      for (let j = i + 1; j < this.doc.blocks.length && this.doc.blocks[j].cell?.table === table && !known; j++) known = this.onTopic(j);
      this.tableTopics.set(table, known);
    }
    return known;
  }

  /**
   * The question a paragraph answers: the heading or paragraph right before it, ending in "?" (an FAQ,
   * an interview). Its words name the measure as a list's lead-in does; -1 when there is none.
   */
  private questionBefore(i: number): number {
    const blocks = this.doc.blocks;
    const block = blocks[i];
    const previous = blocks[i - 1];
    if (!previous || block.kind !== 'paragraph' || block.cell || previous.cell) return -1;
    // Only the end matters; testing the whole text would cost a paragraph's length per figure.
    return /\?[\s*_"'”’)]*$/.test(previous.text.slice(-24)) ? i - 1 : -1;
  }

  /** The noun a "how many" question asks for ("How many Dahua devices…" → camera), else null. */
  private askedNoun(question: number): string | null {
    const text = this.doc.blocks[question].text;
    const asked = /\bhow\s+many\s/i.exec(text);
    if (!asked) return null;
    const from = asked.index + asked[0].length;
    return readCountedNoun(this.index.vocabulary, text, asked.index, from, 0, text.length, this.blockFacts(question).hits, false);
  }

  /** inForeignList, once per name: a sentence with many figures asks for each of them. */
  private listed(text: string, hit: NameHit, hits: readonly NameHit[]): boolean {
    let found = this.listedNames.get(hit);
    if (found === undefined) this.listedNames.set(hit, (found = inForeignList(text, hit, hits)));
    return found;
  }

  /** The context blocks, and the paragraph before when a sentence of this one opens with "It" or "They". */
  private blocksAround(i: number): number[] {
    const context = this.contextBlocks(i);
    const before = PRONOUN_SENTENCE.test(this.doc.blocks[i].text) ? this.paragraphBefore(i) : -1;
    return before >= 0 ? [...context, before] : context;
  }

  /** The paragraph right before a paragraph, outside tables and lists; -1 when there is none. */
  private paragraphBefore(i: number): number {
    const blocks = this.doc.blocks;
    const previous = blocks[i - 1];
    if (!previous || previous.kind !== 'paragraph' || previous.cell || blocks[i].cell || blocks[i].leadIn >= 0) return -1;
    return i - 1;
  }

  /** Blocks that give context to block i, nearest first: a question, table header and row label, lead-ins, headings. */
  private contextBlocks(i: number): number[] {
    const blocks = this.doc.blocks;
    const block = blocks[i];
    const found: number[] = [];
    const question = this.questionBefore(i);
    if (question >= 0 && blocks[question].kind !== 'heading') found.push(question);
    if (block.cell) {
      // The column's header, the row's label, then the row's other cells (a "Measure" or "Period" column).
      const { table, row, column } = block.cell;
      let header = -1;
      let label = -1;
      const rowCells: number[] = [];
      for (let j = i - 1; j >= 0 && blocks[j].cell?.table === table; j--) {
        const other = blocks[j].cell!;
        if (other.row === 0 && other.column === column && row !== 0) header = j;
        if (other.row === row && other.column === 0 && column !== 0) label = j;
        else if (other.row === row) rowCells.unshift(j);
      }
      for (let j = i + 1; j < blocks.length && blocks[j].cell?.table === table && blocks[j].cell!.row === row; j++) rowCells.push(j);
      if (header >= 0) found.push(header);
      if (label >= 0) found.push(label);
      found.push(...rowCells);
    }
    for (let lead = block.leadIn, guard = 0; lead >= 0 && guard < 8; lead = blocks[lead].leadIn, guard++) found.push(lead);
    for (let h = block.heading, guard = 0; h >= 0 && guard < 8; h = blocks[h].heading, guard++) found.push(h);
    return found;
  }

  private hasEntityNearby(i: number, facts: BlockFacts): boolean {
    const hasEntity = (hits: NameHit[]): boolean => hits.some((h) => h.kind === 'entity');
    if (hasEntity(facts.hits) || this.blocksAround(i).some((c) => hasEntity(this.blockFacts(c).hits))) return true;
    return hasEntity(this.blockFacts(i, true).hits);
  }

  /** Every claim-like figure in the document. */
  read(): Claim[] {
    const claims: Claim[] = [];
    const blocks = this.doc.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (!mayContainNumber(block.text)) continue;
      const facts = this.blockFacts(i);
      // A block with no entity in it or around it holds no claim we can judge; typos get one look.
      if (!this.hasEntityNearby(i, facts)) continue;
      // Off-topic blocks (a population, a budget) hold no claim about the data: skip before reading numbers.
      if (!this.onTopic(i) && !this.blocksAround(i).some((c) => this.onTopic(c)) && !this.tableOnTopic(i)) continue;
      const tokens = scanNumbers(block.text);
      if (tokens.length === 0) continue;
      facts.years ??= scanPeriods(block.text);
      for (let t = 0; t < tokens.length; t++) {
        const claim = this.readToken(i, block, facts, tokens, t);
        if (claim) claims.push(claim);
      }
    }
    return claims;
  }

  private readToken(i: number, block: ProseBlock, facts: BlockFacts, tokens: NumberToken[], t: number): Claim | null {
    const token = tokens[t];
    const text = block.text;
    const sentence = sentenceAt(facts.starts, token.start);
    const sentenceStart = facts.starts[sentence];
    const sentenceEnd = sentence + 1 < facts.starts.length ? facts.starts[sentence + 1] : text.length;
    const insideName = facts.hits.some((h) => h.start <= token.start && token.end <= h.end);
    const afterKnownName = facts.hits.some((h) => h.end === token.start - 1);
    const reason = notClaimReason(token, {
      text,
      sentenceStart,
      isHeading: block.kind === 'heading',
      previous: tokens[t - 1],
      next: tokens[t + 1],
      insideName,
      afterKnownName,
      vocabulary: this.index.vocabulary,
    });
    if (reason) return null;
    this.addTypos(i, sentence, sentenceStart, sentenceEnd);

    const { qualifier } = readQualifier(text.slice(sentenceStart, token.start), text.slice(token.end, sentenceEnd));
    const ofMatch = /^\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b/.exec(text.slice(token.end, token.end + 30));
    const figure: Figure = {
      start: block.start + token.start,
      end: block.start + token.end,
      text: text.slice(token.start, token.end),
      value: token.value,
      unit: token.unit,
      qualifier,
      precision: token.precision,
      style: token.style,
    };
    let whole: Figure | undefined;
    if (ofMatch) {
      figure.of = Number(ofMatch[1].replace(/,/g, ''));
      const wholeStart = token.end + ofMatch[0].length - ofMatch[1].length;
      whole = {
        start: block.start + wholeStart,
        end: block.start + wholeStart + ofMatch[1].length,
        text: ofMatch[1],
        value: figure.of,
        unit: 'count',
        qualifier: 'exact',
        precision: 1,
        style: { grouping: ofMatch[1].includes(',') ? ',' : '', currency: '', scale: '', percent: '', form: 'digits', suffix: '' },
      };
    }

    // In "265 of the 325 Dahua cameras" the words after the whole describe the part too.
    const bindEnd = ofMatch ? token.end + ofMatch[0].length : token.end;
    let nextStart = text.length;
    for (let n = t + 1; n < tokens.length; n++) {
      if (tokens[n].start >= bindEnd && !isYearToken(tokens[n])) {
        nextStart = tokens[n].start;
        break;
      }
    }
    const entityHits = facts.hits.filter((h) => h.kind === 'entity');
    const vendorHits = facts.hits.filter((h) => h.kind === 'vendor');

    // "It spent…", "They rose…": the sentence speaks of something named before it.
    const refersBack = PRONOUN_START.test(text.slice(sentenceStart, token.start));
    const question = this.questionBefore(i);

    // Entity: nearest in the sentence, else the last one earlier in the block, else the context blocks.
    let entity: string | null = null;
    const inSentence = entityHits.filter((h) => h.start >= sentenceStart && h.end <= sentenceEnd && !this.listed(text, h, facts.hits));
    if (inSentence.length > 0) {
      // A name in the figure's own clause beats a nearer one across a dash, colon or semicolon.
      const [clauseStart, clauseEnd] = clauseAround(text, token.start, token.end, sentenceStart, sentenceEnd);
      const inClause = inSentence.filter((h) => h.start >= clauseStart && h.end <= clauseEnd);
      const hit = nearest(inClause.length > 0 ? inClause : inSentence, token);
      // "the Serbian capital" is Belgrade.
      entity = (/^['’]?s?\s+capital\b/.test(text.slice(hit.end, hit.end + 12)) && this.index.capitalOf(hit.id)) || hit.id;
    } else {
      const earlier = entityHits.filter((h) => h.end <= sentenceStart);
      if (earlier.length > 0) {
        // A place named in an earlier sentence sets the country; the place itself only when this sentence
        // refers back to it ("It spent…"): "…Belgrade alone spent $5.8m. The municipal rollout cost $32m."
        const id = earlier[earlier.length - 1].id;
        const country = this.index.countryOf(id);
        entity = country !== id && this.index.entity(country) && !refersBack ? country : id;
      }
    }
    const context = this.contextBlocks(i);
    // "They rose from $3.4 million to $5.4 million": a sentence opening with a pronoun speaks of what the
    // paragraph before it named.
    const antecedent = question < 0 && refersBack ? this.paragraphBefore(i) : -1;
    if (antecedent >= 0 && !context.includes(antecedent)) context.unshift(antecedent);
    if (!entity) {
      for (const c of context) {
        const hits = this.blockFacts(c, true).hits.filter((h) => h.kind === 'entity');
        if (hits.length > 0) {
          entity = hits[hits.length - 1].id;
          break;
        }
      }
    }
    // Without an entity or a topic word nearby, the figure is about something else: stop early.
    if (!entity) return null;
    const onTopic = this.onTopic(i) || context.some((c) => this.onTopic(c)) || this.tableOnTopic(i);
    if (!onTopic) return null;

    // Vendors: named right after the figure ("3,567 Dahua and 18,166 Hikvision"), else later in its
    // clause, else earlier in the sentence, else in the context blocks.
    // "Hikvision cameras in Moldova (15,133)": a figure in parentheses belongs to what precedes it.
    const parenthesised = /\(\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start)) && /^\s*\)/.test(text.slice(token.end, token.end + 3));
    let vendors = parenthesised ? [] : vendorsRightAfter(vendorHits, bindEnd, text, nextStart);
    if (parenthesised) {
      const previousFigureEnd = t > 0 ? Math.max(tokens[t - 1].end, sentenceStart) : sentenceStart;
      const before = vendorHits.filter((h) => h.start >= previousFigureEnd && h.end <= token.start);
      if (before.length > 0) vendors = [before[before.length - 1].id];
    }
    if (vendors.length === 0) {
      vendors = unique(vendorHits.filter((h) => h.start >= bindEnd && h.end <= Math.min(nextStart, sentenceEnd)).map((h) => h.id));
    }
    if (vendors.length === 0) {
      const previousFigureEnd = t > 0 ? Math.max(tokens[t - 1].end, sentenceStart) : sentenceStart;
      vendors = unique(vendorHits.filter((h) => h.start >= previousFigureEnd && h.end <= token.start).map((h) => h.id));
      if (vendors.length === 0) vendors = unique(vendorHits.filter((h) => h.start >= sentenceStart && h.end <= token.start).map((h) => h.id));
    }
    let vendorsFromHeading = false;
    if (vendors.length === 0) {
      for (const c of context) {
        const hits = this.blockFacts(c).hits.filter((h) => h.kind === 'vendor');
        if (hits.length > 0) {
          vendors = unique(hits.map((h) => h.id));
          vendorsFromHeading = this.doc.blocks[c].kind === 'heading';
          break;
        }
      }
    }

    // Measure words: the sentence, plus the context blocks.
    const contextConcepts = context.map((c) => this.concepts(c));
    const sentenceWords = this.sentenceConcepts(i, sentence, sentenceStart, sentenceEnd);
    const ownConcepts = sentenceWords.all;
    const concepts = new ConceptUnion([ownConcepts, ...contextConcepts]);
    // The figure's own stretch: from the previous figure (or the sentence start) to the next one.
    const windowStart = t > 0 && tokens[t - 1].end > sentenceStart ? tokens[t - 1].end : sentenceStart;
    const windowEnd = Math.min(nextStart, sentenceEnd);
    const windowConcepts = new Set<string>();
    sentenceWords.starts.forEach((at, k) => {
      if (at >= windowStart && at < windowEnd) for (const concept of sentenceWords.perWord[k]) windowConcepts.add(concept);
    });
    const nearConcepts = new ConceptUnion([windowConcepts, ...contextConcepts.filter((_, k) => this.doc.blocks[context[k]].kind !== 'heading' || context[k] === question)]);

    // Period: bound in the sentence, else from the context blocks.
    let period: Claim['period'] = null;
    const span = bindPeriod(text, facts.years!, token.start, token.end, nextStart, sentenceStart, sentenceEnd);
    const label = span ? null : YEAR_LABEL.exec(text);
    if (span) period = { from: span.from, to: span.to };
    // A timeline entry ("**2019:** …") dates every figure in it.
    else if (label) period = yearsSpan(Number(label[1]), Number(label[1]));
    else {
      for (const c of context) {
        const years = scanPeriods(this.doc.blocks[c].text);
        if (years.length > 0) {
          period = { from: years[0].from, to: years[years.length - 1].to };
          break;
        }
      }
    }

    const cited = block.cited || context.some((c) => this.doc.blocks[c].cell !== undefined && this.doc.blocks[c].cited);
    let countedNoun =
      figure.unit === 'count'
        ? readCountedNoun(this.index.vocabulary, text, token.start, bindEnd, sentenceStart, sentenceEnd, facts.hits)
        : figure.unit === 'percent' || figure.unit === 'fraction'
          ? readWholeNoun(this.index.vocabulary, text, token.end, sentenceEnd, facts.hits)
          : null;
    // "How many people live in Hungary?" — "About 9.6 million." counts people, not cameras.
    if (countedNoun === null && question >= 0 && figure.unit === 'count') countedNoun = this.askedNoun(question);
    const inStructure = block.cell !== undefined || block.leadIn >= 0 || question >= 0 || antecedent >= 0;
    return { figure, block: i, entity, vendors, vendorsFromHeading, concepts, nearConcepts, sentenceConcepts: ownConcepts, inStructure, period, onTopic, cited, countedNoun, ...(whole ? { whole } : {}) };
  }
}

const CLAUSE_BREAK = /\s[—–]\s|[:;]\s|\s\(|\)\s/g;

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

function nearest(hits: NameHit[], token: NumberToken): NameHit {
  let best = hits[0];
  let bestDistance = Infinity;
  for (const h of hits) {
    // A name after the figure is a weaker link than one before it.
    const distance = h.end <= token.start ? token.start - h.end : (h.start - token.end) * 1.5;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = h;
    }
  }
  return best;
}

function vendorsRightAfter(hits: NameHit[], from: number, text: string, limit: number): string[] {
  const found: string[] = [];
  let at = from;
  for (const h of hits) {
    if (h.start < at || h.start >= limit) continue;
    const gap = text.slice(at, h.start);
    const allowed = found.length === 0 ? /^\s*(?:[\p{L}-]+\s+)?$/u.test(gap) && gap.length <= 24 : VENDOR_JOINERS.test(gap);
    if (!allowed) break;
    found.push(h.id);
    at = h.end;
  }
  return unique(found);
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * A name listed with two or more others, one of them unknown to the catalogue ("makers in Poland, Italy,
 * Slovakia and Hungary"), is one of many places, not the subject of the sentence's figures.
 */
function inForeignList(text: string, hit: NameHit, hits: readonly NameHit[]): boolean {
  const known = (start: number, end: number): boolean => hits.some((h) => h.start < end && start < h.end);
  let items = 1;
  let unknown = false;
  for (let at = hit.start, guard = 0; guard < 12; guard++) {
    const m = /(\p{Lu}[\p{L}.-]*)(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?$/u.exec(text.slice(Math.max(0, at - 40), at));
    if (!m) break;
    at -= m[0].length;
    items++;
    unknown ||= !known(at, at + m[1].length);
  }
  for (let at = hit.end, guard = 0; guard < 12; guard++) {
    const m = /^(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?(\p{Lu}[\p{L}.-]*)/u.exec(text.slice(at, at + 40));
    if (!m) break;
    const start = at + m[0].length - m[1].length;
    at += m[0].length;
    items++;
    unknown ||= !known(start, at);
  }
  return items >= 3 && unknown;
}

// What is known about each block of a document, computed once and only when a figure asks: its names,
// sentences, measure concepts and topic, and the blocks that give it context (a question above it, its
// table's header and row, a list's lead-in, the headings above it, the paragraph a pronoun refers to).
import type { FactIndex } from '../factIndex';
import type { LinkText, ProseBlock, ProseDocument } from '../prose';
import { tokenizeWords, type NameHit, type UnknownWord } from '../names';
import { sentenceAt, sentenceStarts } from '../sentences';
import { dateUnderTitle, isDateLine, OPENING_PARAGRAPHS, openingUnderTitle } from '../sections';
import { blockConcepts, type BlockTextMemory, type SentenceWords } from './blockTexts';
import { fiscalYearNamed, isComparisonBase, isTwoWholeYears, isWholeYear, MONTH_NAME, MONTHS_IN_A_YEAR, OPEN_END_YEAR, namesAFiscalYear, endsATitle, marksAMoment, namesAGoal, namesAnEdition, namesAPublicationDate, qualifiesANoun, scanPeriods, type MonthSpan, type PeriodSpan } from '../periods';
import { monthsOfTheirSentenceYear, monthsReferredBack, partsOfTheirSentenceYear, quartersReferredBack, yearsReferredBack } from './monthsAlone';
import { readCountedNoun } from './nouns';
import { isSpaceCode, textAfter, textBefore } from '../regex';
import type { PlaceMention } from './place';
import type { Aside } from './context';

export type { SentenceWords };

/** What is known about one block. */
export interface BlockFacts {
  hits: NameHit[];
  starts: number[];
  periods?: PeriodSpan[];
  /** The periods that may date a figure: those periods less the bases of comparisons (datingPeriods). */
  datingPeriods?: PeriodSpan[];
  /** Where the block's dateline with a date ends, or -1 (datelineEnd). */
  datelineEnd?: number;
  /** Concepts of the whole block, for blocks that give context. */
  concepts?: Set<string>;
  /** Concepts per sentence index, for sentences with figures. */
  sentenceConcepts: Map<number, SentenceWords>;
  topic?: boolean;
  fuzzy: boolean;
  /** The hits are read for descriptions of entities the text never names (withoutUnnamedDescriptions). */
  descriptionsRead?: boolean;
  /** Capitalised words that name nothing exactly: looked up as typos where a figure needs them. */
  unknown: UnknownWord[];
  typosChecked?: Set<number>;
  /** Names of each sentence a figure's entity is read from, and how many hits the block had then. */
  sentenceNames?: Map<number, { names: NameHit[]; hits: number; sourceClauses: readonly Aside[] }>;
  /** The asides of each sentence a figure stands in (reading/context.ts). */
  sentenceAsides?: Map<number, readonly Aside[]>;
  /** The block names a limit, target or threshold (claims.ts statesANorm). */
  namesNorm?: boolean;
  /** The block names a forecast (claims.ts statesAForecast). */
  namesForecast?: boolean;
  /** Where each sentence's joining words (", and", "while") end: a clause's subject may start there. */
  clauseJoins?: Map<number, number[]>;
  /** The entity a name labelling the block names ("ROMANIA – 30,692 cases …"), or null (entity.ts lineLabel). */
  lineLabel?: { id: string; end: number; runIn?: boolean } | null;
  /** Per sentence: the label that opens it and where the label ends, or null (place.ts unknownLabel). */
  openingLabels?: Map<number, { label: string; start: number; end: number } | null>;
  /** Places no dataset names that each sentence introduces, and how many hits the block had then. */
  sentencePlaces?: Map<number, { places: PlaceMention[]; hits: number }>;
  /** The hits sorted by kind, for `hits` as it was when they were made (typos add hits later). */
  named?: NamedHits & { from: NameHit[]; count: number };
}

/** A block's names by kind: the places and bodies a figure may be about, and the parties. */
export interface NamedHits {
  /** Entities, without a place named as a party's origin ("Ruritania's Acme"). */
  entities: NameHit[];
  vendors: NameHit[];
}

/** A possessive right after a name, or ending a name's hit: "the Commission's", "the agencies’". */
const POSSESSIVE_AFTER = /^['’]s?\b/;
/** Words that name the publisher right before it: "figures from", "data compiled by", "estimates published by". */
const PUBLISHED_BY_BEFORE = /\b(?:figures|data|estimates|numbers|statistics|tallies|counts)\s+(?:(?:published|released|compiled|collected|gathered)\s+)?(?:from|by)\s+(?:the\s+)?$/i;
/** How far before the name those words may start: "statistics published by the ". */
const PUBLISHED_BY_REACH = 40;
/**
 * What a body publishes, after its possessive and a word or two ("IDC's figures", "the Commission's
 * breakdown", "Drewry's latest weekly index", "the agency's 2023 report", "the CWA's scale"), or a figure
 * it gives ("the OIV's 31 mhl").
 */
const PUBLICATION_AFTER =
  /^\s+(?:(?:[$€£¥₹]|US\$)?\d|(?:[\p{L}\d-]+\s+){0,2}?(?:figures?|data|breakdowns?|estimates?|reports?|analys[ie]s|surveys?|counts?|tall(?:y|ies)|trackers?|numbers|forecasts?|projections?|outlooks?|statistics|stats|reviews?|assessments?|calculations?|research|stud(?:y|ies)|databases?|index|indices|tables?|charts?|rankings?|lists?|records?|releases?|updates?|bulletins?|monitors?|models?|readings?|series|measures?|metrics?|sample|polls?|census|methodology|definitions?|scales?)\b)/iu;
/** Room for two words and the publication's noun after the possessive. */
const PUBLICATION_REACH = 48;
/** A trade's noun and "of" right before a name: "imports of ", "shipments of ". */
const TRADE_OF_BEFORE = /\b(?:imports?|exports?|shipments?|purchases?|sales|supplies|deliveries)\s+of\s+$/i;
/** A lower-case word right after a name: the name is an adjective ("Ukrainian maize"). */
const WORD_AFTER = /^\s\p{Ll}/u;

export const POSSESSIVE_END = /['’]s?$/;

/** Between a place and a party: nothing, white space or a possessive ("Ruritania's Acme"). */
const POSSESSIVE_GAP = /^\s*['’]?s?\s*$/;
/** A paragraph that ends with a question mark, past closing quotes, emphasis and brackets. */
const QUESTION_END = /\?[\s*_"'”’)]*$/;
const HOW_MANY = /\bhow\s+many\s/i;
/** A capitalised list item and its comma or "and" right before a name. */
const LIST_ITEM_BEFORE = /(\p{Lu}[\p{L}.-]*)(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?$/u;
/** A comma or "and" and a capitalised list item right after a name. */
const LIST_ITEM_AFTER = /^(?:,\s*|,?\s+(?:and|or)\s+)(?:the\s+)?(\p{Lu}[\p{L}.-]*)/u;

/**
 * A relation's other side or a comparison before a foreign country: "a visitor from Ruritania",
 * "friendliest with Ruritania", "exports to Ruritania", "more than Ruritania", "like Ruritania", "as in
 * Ruritania", "second after Ruritania". The country is a counterpart of what the sentence says, not the
 * place its figures are about. Not "by": a passive's agent ("bought by Ruritania") is the subject.
 */
const COUNTERPART_BEFORE =
  /\b(?:from|with|to|into|against|than|towards?|versus|vs\.?|like|unlike|as(?:\s+(?:in|did|does|do|for|with))?|such\s+as|including|except|besides|among|behind|ahead\s+of|after|over)\s+(?:the\s+)?$/i;

/** How far before a name the counterpart's words are looked for: "ahead of the " and a space or two. */
const COUNTERPART_REACH = 20;

/** A foreign country named as a counterpart (COUNTERPART_BEFORE) is no place of the sentence's figures. */
function namesCounterpart(text: string, hit: NameHit): boolean {
  return hit.foreign === true && COUNTERPART_BEFORE.test(textBefore(text, hit, COUNTERPART_REACH));
}

/**
 * A wire story's dateline opening a paragraph: a place, a date with no year or with one, the agency in
 * parentheses, a dash ("BRUSSELS, Oct. 10 (Desk) –", "Abidjan, 2 December 2024 -"). The place is where
 * the story was filed, not what its figures are about.
 */
const DATELINE = new RegExp(`^[\\s*_]*(\\p{Lu}[\\p{L}.' -]{1,40}?),\\s+(?:(?:\\p{L}+,\\s+)?${MONTH_NAME}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_NAME}\\.?)(?:,?\\s+\\d{4})?\\s*(?:\\([^()]{1,40}\\)\\s*)?[*_]*\\s*[–—-]\\s`, 'u');

/**
 * A dateline with no date: the place in capitals, the agency in parentheses, a dash ("GENEVA (Wire) –",
 * "NEW DELHI (Reuters) -"), its country maybe after a comma
 * ("LIMA, Peru (Wire) –"). Without the agency, capitals and a dash may be a list's label ("USA – 12%").
 */
const DATELINE_WITHOUT_DATE = /^[\s*_]*(\p{Lu}[\p{Lu}.' -]{2,40}?(?:,\s+\p{Lu}[\p{L}.' -]{1,30}?)?)\s*\([^()]{1,40}\)\s*[–—-]\s/u;

/**
 * Where a dateline with a date ends, or -1: its date is when the story was filed, which dates none of its
 * figures ("BRUSSELS, 22 April 2024 – … narrowed last year to 3.6%").
 */
function datelineEnd(text: string): number {
  if (!DATELINE_OPENING.test(text)) return -1;
  const m = DATELINE.exec(text.slice(0, DATELINE_REACH * 2));
  return m ? m.index + m[0].length : -1;
}

/** A dateline opens with a capital after emphasis at most: the cheap test before DATELINE. */
const DATELINE_OPENING = /^[\s*_]*\p{Lu}/u;

/** The hit is the place of the block's dateline. */
export function inDateline(text: string, hit: NameHit): boolean {
  if (hit.start > DATELINE_REACH) return false;
  const opening = text.slice(0, DATELINE_REACH * 2);
  const m = DATELINE.exec(opening) ?? DATELINE_WITHOUT_DATE.exec(opening);
  return m !== null && hit.end <= m.index + m[0].indexOf(m[1]) + m[1].length;
}

/**
 * A byline: "By" and a name opening a short paragraph with no figure ("*By Ann Lee in Geneva, with Bo Ek
 * in Lagos*"). The places say where the reporters were, not what the story's figures are about.
 */
const BYLINE = /^[\s*_]*By\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u;
/** The longest paragraph read as a byline: a few names and places. */
const BYLINE_MAX_LENGTH = 160;

export function isByline(text: string): boolean {
  return text.length <= BYLINE_MAX_LENGTH && BYLINE.test(text) && !/\d/.test(text);
}

/** How far into a paragraph a dateline's place may stand. */
const DATELINE_REACH = 48;

/** "Ruritania's Acme", "the Hungarian firm Acme": a place named right before a party says where it is from. */
export function namesPartysOrigin(text: string, hit: NameHit, hits: readonly NameHit[]): boolean {
  return hits.some((h) => h.kind === 'vendor' && h.start >= hit.end && POSSESSIVE_GAP.test(text.slice(hit.end, h.start)));
}

/**
 * A sentence of the block opens with "It", "Its", "They" or "Their", or its first sentence ends a phrase on
 * "it" or "them" ("The climate bill is rising with it."): it speaks of what the paragraph before named.
 */
const PRONOUN_SENTENCE = /(?:^|[.!?:]\s+)[\s*_"“]*(?:it|its|they|their)\s|^[^.!?]*\b(?:with|of|on|for|to|by|behind|from)\s+(?:it|them)[.,;]/i;

/** A capitalised word right before a year: the event's name it may end ("Tokyo 2020"). */
const NAME_BEFORE_YEAR = /(\p{Lu}[\p{L}-]*)\s+$/u;
const NAME_REACH = 30;
/** A capitalised word after "in" or "at" (and "the"): where an event's name dates what happened there. */
const EVENT_AFTER_PREPOSITION = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)/gu;
const YEAR_DIGITS = 4;
/** A period's text that writes a month's name: "year that ended in June 2022". */
const NAMES_A_MONTH = new RegExp(`\\b${MONTH_NAME}\\b`);


/** A lead-in that ends on a colon, its last word's emphasis aside: it introduces what follows. */
const LEAD_IN_COLON = /:[*_]*\s*$/;

/**
 * The hit names an entity a description may stand for: not a description itself, nor a typo, which a block
 * gains only when a figure asks for it, so that what came before reads the same whichever figure asked first.
 */
function namesAnEntity(hit: NameHit): boolean {
  return hit.kind === 'entity' && !hit.description && !hit.fuzzy;
}

/**
 * An edition's year ("ThredUp's 2024 report said the market grew 11% in 2023") in a sentence that names
 * another time on its own, not as a thing's ("after the 2019 elections"): that time is the figures', and
 * the edition's year dates none of them.
 */
function editionBesideItsTime(text: string, period: PeriodSpan, periods: readonly PeriodSpan[], starts: readonly number[]): boolean {
  if (!namesAnEdition(text, period)) return false;
  const sentence = sentenceAt(starts, period.start);
  return periods.some((other) => other !== period && sentenceAt(starts, other.start) === sentence && !qualifiesANoun(text, other));
}

/**
 * A sentence that opens with "After" or "Before" and a clause with no figure of its own, up to its comma
 * ("After El Niño wiped out most of 2023, the ministry reopened …"): its time is before or after the main
 * clause's, so its period dates none of the main clause's figures.
 */
const BOUNDING_CLAUSE = /^[\s*_"“]*(?:After|Before|Following)\s[^,;:.!?]*,/;

function boundsTheMainClause(text: string, period: PeriodSpan, starts: readonly number[]): boolean {
  const start = starts[sentenceAt(starts, period.start)];
  const clause = BOUNDING_CLAUSE.exec(text.slice(start));
  if (!clause || period.end > start + clause[0].length) return false;
  return !/\d/.test(text.slice(start, period.start) + text.slice(period.end, start + clause[0].length));
}

/** What DocumentReader.namesOfThePart has read of a part: its blocks before `readTo`. */
interface PartNames {
  readTo: number;
  firstBlock: Map<string, number>;
  firstOfKind: Map<string, number>;
}

export class DocumentReader {
  private readonly cache = new Map<number, BlockFacts>();
  private readonly tableTopics = new Map<number, boolean>();
  /** The dates under level-1 headings (writtenIn, writtenInMonth): null where the heading dates nothing. */
  private readonly writtenSpans = new Map<number, MonthSpan | null>();
  private readonly listTopics = new Map<number, boolean>();
  /** The blocks of each list, by list: read once, for the first list whose topic is asked. */
  private listItems: Map<number, number[]> | undefined;
  private readonly listedNames = new WeakMap<NameHit, NameList>();

  constructor(
    readonly doc: ProseDocument,
    readonly index: FactIndex,
    /** An editor's memory of block texts read in its checks before. */
    readonly memory?: BlockTextMemory,
  ) {}

  /** Facts about a block; `fuzzy` also looks for misspelt names. */
  blockFacts(i: number, fuzzy = false): BlockFacts {
    const facts = this.scannedFacts(i, fuzzy);
    if (!facts.descriptionsRead) {
      facts.hits = this.withoutUnnamedDescriptions(i, facts.hits);
      facts.descriptionsRead = true;
    }
    return facts;
  }

  /** A block's facts as scanned, descriptions of entities the text never names included. */
  private scannedFacts(i: number, fuzzy = false): BlockFacts {
    let facts = this.cache.get(i);
    if (!facts) {
      const text = this.doc.blocks[i].text;
      if (this.memory && !fuzzy) {
        const { hits, unknown } = this.memory.names(text);
        facts = { hits, unknown, starts: this.memory.sentenceStarts(text), fuzzy, sentenceConcepts: this.memory.sentences(text) };
      } else {
        const unknown: UnknownWord[] = [];
        facts = { hits: this.index.names.scan(text, fuzzy, unknown), unknown, starts: sentenceStarts(text), fuzzy, sentenceConcepts: this.memory ? this.memory.sentences(text) : new Map() };
      }
      this.cache.set(i, facts);
    } else if (fuzzy && !facts.fuzzy) {
      facts.hits = this.index.names.scan(this.doc.blocks[i].text, true);
      facts.fuzzy = true;
      facts.descriptionsRead = false;
    }
    return facts;
  }

  /**
   * The hits less the descriptions (NameHit.description: "the bloc") that stand for nothing the text named:
   * a description, like a pronoun, stands for what was named (descriptionStands). A list shared with the
   * editor's memory is copied, never changed.
   */
  private withoutUnnamedDescriptions(i: number, hits: NameHit[]): NameHit[] {
    if (!hits.some((h) => h.description)) return hits;
    return hits.filter((h) => !h.description || this.descriptionStands(i, hits, h));
  }

  /**
   * A description stands for its entity in the title (a headline describes what the story names under it),
   * where its block names the entity, or where the text before it names the entity or no other of its
   * kind. The text before is what every section is given too: the blocks back to the heading that opens
   * the part, then the title above and its opening, so that a section reads as the whole document does.
   */
  private descriptionStands(i: number, hits: readonly NameHit[], description: NameHit): boolean {
    const blocks = this.doc.blocks;
    if (blocks[i].kind === 'heading' && blocks[i].level === 1) return true;
    const kind = this.entityKind(description);
    let other = false;
    /** True when a hit names the entity; notes another entity of its kind. */
    const names = (h: NameHit): boolean => {
      if (!namesAnEntity(h)) return false;
      if (h.id === description.id) return true;
      if (this.entityKind(h) === kind) other = true;
      return false;
    };
    if (hits.some(names)) return true;
    const part = this.namesOfThePart(i);
    if ((part.firstBlock.get(description.id) ?? i) < i) return true;
    if ((part.firstOfKind.get(kind) ?? i) < i) other = true;
    let title = blocks[i].heading;
    while (title >= 0 && blocks[title].level !== 1) title = blocks[title].heading;
    if (title >= 0 && [title, ...this.openingBlocks(title)].some((b) => b < i && this.scannedFacts(b).hits.some(names))) return true;
    return !other;
  }

  /**
   * The entities named (not only described) in block i's part before it: where each is first named, and where
   * the first of each kind is. Read forward once per part, as far as asked, so that a long part costs one
   * pass, however many descriptions it holds.
   */
  private namesOfThePart(i: number): PartNames {
    const blocks = this.doc.blocks;
    let start = opensAPart(blocks[i]) ? i : blocks[i].heading;
    while (start >= 0 && !opensAPart(blocks[start])) start = blocks[start].heading;
    start = Math.max(start, 0);
    let part = this.partNames.get(start);
    if (!part) this.partNames.set(start, (part = { readTo: start, firstBlock: new Map(), firstOfKind: new Map() }));
    for (; part.readTo < i; part.readTo++) {
      for (const h of this.scannedFacts(part.readTo).hits) {
        if (!namesAnEntity(h)) continue;
        if (!part.firstBlock.has(h.id)) part.firstBlock.set(h.id, part.readTo);
        const kind = this.entityKind(h);
        if (!part.firstOfKind.has(kind)) part.firstOfKind.set(kind, part.readTo);
      }
    }
    return part;
  }

  private readonly partNames = new Map<number, PartNames>();

  /** A foreign country's kind is a country's; a name the index does not hold is a body's. */
  private entityKind(hit: NameHit): string {
    return hit.foreign ? 'country' : this.index.entity(hit.id)?.kind ?? 'body';
  }

  /** Adds misspelt names ("Moldava") in one sentence; fuzzy matching is too slow for all prose. */
  addTypos(i: number, sentence: number, start: number, end: number): void {
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

  /**
   * The block's names by kind, shared by its figures. Made again when the block's hits have changed since:
   * a sentence's typos are added in place, and a fuzzy scan replaces the list.
   */
  namedHits(i: number): NamedHits {
    const facts = this.blockFacts(i);
    const kept = facts.named;
    if (kept && kept.from === facts.hits && kept.count === facts.hits.length) return kept;
    const text = this.doc.blocks[i].text;
    const hits = facts.hits;
    facts.named = {
      from: hits,
      count: hits.length,
      entities: hits.filter((h) => h.kind === 'entity' && !namesPartysOrigin(text, h, hits) && !namesCounterpart(text, h) && !inDateline(text, h) && !this.sourcesPossessive(text, h) && !this.publishedBy(text, h) && !this.sourceOnly(h) && !this.originOfGoods(text, h) && !seatOfABody(text, h) && !namesAMember(text, h, hits) && !namesAnAmountsCurrency(text, h)),
      vendors: hits.filter((h) => h.kind === 'vendor'),
    };
    return facts.named;
  }

  /**
   * A body that owns no fact, named in the possessive ("the Commission's breakdown", "IDC's figures"): the
   * figures are its publication, about what the text names around them, not about the body.
   */
  private sourcesPossessive(text: string, hit: NameHit): boolean {
    // The name's hit may hold its possessive ending.
    const ending = POSSESSIVE_END.test(text.slice(hit.start, hit.end)) ? '' : POSSESSIVE_AFTER.exec(textAfter(text, hit, 3))?.[0];
    if (ending === undefined || !this.index.onlyASource(hit.id)) return false;
    // A company's own result ("Air France's operating result") is no publication: the body is its subject.
    const end = hit.end + ending.length;
    return PUBLICATION_AFTER.test(text.slice(end, end + PUBLICATION_REACH));
  }

  /**
   * A body that owns no fact, named as the publisher of figures ("New figures from Evaluate … show", "data
   * compiled by IDC"): the figures are about what the text names around them, not about the body.
   */
  private publishedBy(text: string, hit: NameHit): boolean {
    return this.index.onlyASource(hit.id) && PUBLISHED_BY_BEFORE.test(textBefore(text, hit, PUBLISHED_BY_REACH));
  }

  /**
   * A body of no country that owns no fact is a source, never a subject: whether it reports ("PAHO said …",
   * "according to the agency"), names what it publishes ("Acme total"), is cited ("(EC final, Oct 2023)") or
   * labels a line or a column ("- Acme, 2023: 37.4bn t", "| Acme, energy use |"), the figures it gives are
   * about what the text names around them, and no dataset holds a figure of its own. A national office
   * speaks of its own country (its country stands for it), so it is kept.
   */
  sourceOnly(hit: NameHit): boolean {
    return this.index.onlyASource(hit.id) && this.index.entity(hit.id)?.country === undefined;
  }

  /**
   * A demonym before the goods a trade moves ("imports of Ukrainian soft wheat"): it names where they come
   * from or go to, not whose the figures are (the importer's, named elsewhere).
   */
  private originOfGoods(text: string, hit: NameHit): boolean {
    if (!TRADE_OF_BEFORE.test(textBefore(text, hit, 24)) || !WORD_AFTER.test(textAfter(text, hit, 3))) return false;
    const written = text.slice(hit.start, hit.end).toLowerCase();
    return this.index.entity(hit.id)?.demonyms.some((d) => d.toLowerCase() === written) === true;
  }

  /** Measure concepts of a whole block. */
  concepts(i: number): Set<string> {
    const facts = this.blockFacts(i);
    const text = this.doc.blocks[i].text;
    facts.concepts ??= this.memory ? this.memory.concepts(text) : blockConcepts(this.index, text);
    return facts.concepts;
  }

  /** The periods a block names. */
  periods(i: number): PeriodSpan[] {
    const facts = this.blockFacts(i);
    if (facts.periods === undefined) {
      const block = this.doc.blocks[i];
      const spans = this.memory ? this.memory.periods(block.text) : scanPeriods(block.text);
      facts.periods = block.links ? withoutCitationDates(spans, block.links, this.index) : spans;
    }
    return facts.periods;
  }

  /**
   * The periods of a block that may date its figures: not the year a comparison is made against
   * ("−14% vs 2019", "94.6% of 2019 levels"), which the figure is measured from, not of.
   */
  /**
   * The year the piece was written, as the date under its level-1 heading above block `i` gives it
   * (dateUnderTitle: a date line or a dateline with a year); undefined where none does. A title's own year
   * ("… in 2024") dates what the piece is about, not when it was written.
   */
  writtenIn(i: number): number | undefined {
    const span = this.writtenSpan(i);
    return span ? Math.floor(span.from / MONTHS_IN_A_YEAR) : undefined;
  }

  /** The month the piece was written, where the date under its title names one ("30 July 2024", "July 2024"). */
  writtenInMonth(i: number): number | undefined {
    const span = this.writtenSpan(i);
    return span && span.from === span.to ? span.from : undefined;
  }

  private writtenSpan(i: number): MonthSpan | null {
    const blocks = this.doc.blocks;
    // Up the chain of headings (a block's nearest heading, a heading's parent) to the title.
    let title = i;
    while (title >= 0 && !(blocks[title].kind === 'heading' && blocks[title].level === 1)) title = blocks[title].heading;
    if (title < 0) return null;
    let span = this.writtenSpans.get(title);
    if (span === undefined) {
      const source = this.doc.source;
      const lineEnd = source.indexOf('\n', blocks[title].start);
      const date = lineEnd < 0 ? undefined : dateUnderTitle(source, lineEnd + 1);
      const period = date === undefined ? undefined : scanPeriods(date)[0];
      span = period === undefined ? null : { from: period.from, to: period.to };
      this.writtenSpans.set(title, span);
    }
    return span;
  }

  /** Where block i's dateline with a date ends, or -1: read once per block. */
  datelineEnd(i: number): number {
    const facts = this.blockFacts(i);
    return (facts.datelineEnd ??= datelineEnd(this.doc.blocks[i].text));
  }

  datingPeriods(i: number): PeriodSpan[] {
    const facts = this.blockFacts(i);
    if (facts.datingPeriods === undefined) {
      const text = this.doc.blocks[i].text;
      const periods = this.periods(i);
      // An organisation's fiscal year or quarter ("fiscal 2025", "its fiscal fourth quarter of 2024") names no
      // calendar months: it dates nothing. One that writes its months ("the financial year that ended in
      // June 2022") does.
      // Where the datasets name their fiscal years, a whole fiscal year has their months (`fiscalYears`).
      // A fiscal year named over two calendar years ("FY 2022-23") lies within them, whatever month it starts in.
      const fiscal = (p: PeriodSpan): boolean => namesAFiscalYear(text, p.start) && !NAMES_A_MONTH.test(text.slice(p.start, p.end)) && !isTwoWholeYears(p);
      const fiscalStart = this.index.fiscalYearStart;
      const dateline = this.datelineEnd(i);
      const dates = periods.filter((p) => p.end > dateline && !isComparisonBase(text, p) && !(fiscal(p) && !(fiscalStart !== undefined && isWholeYear(p))) && !namesAGoal(text, p.end) && !namesAPublicationDate(text, p.start) && !endsATitle(text, p) && !marksAMoment(text, p));
      const dating = dates.filter((p) => !editionBesideItsTime(text, p, dates, facts.starts) && !boundsTheMainClause(text, p, facts.starts));
      const own = withGluedSplitYears(text, sinceAMonthOpen(text, dating.length === periods.length ? periods : dating));
      const named = this.withNamedPeriods(text, fiscalStart === undefined ? own : fiscalYears(text, own, fiscal, fiscalStart));
      const alone = [...monthsOfTheirSentenceYear(text, named, facts.starts), ...partsOfTheirSentenceYear(text, named, facts.starts)];
      const withAlone = alone.length === 0 ? named : [...named, ...alone].sort((a, b) => a.start - b.start);
      const referred = [...monthsReferredBack(text, withAlone), ...quartersReferredBack(text, withAlone), ...yearsReferredBack(text, withAlone, facts.starts)];
      facts.datingPeriods = referred.length === 0 ? withAlone : [...withAlone, ...referred].sort((a, b) => a.start - b.start);
    }
    return facts.datingPeriods;
  }

  /**
   * A year that ends an event's name a dataset uses for a period ("Tokyo 2020", held in 2021) takes the
   * dates the dataset gives that name.
   */
  private withNamedPeriods(text: string, periods: PeriodSpan[]): PeriodSpan[] {
    let named: PeriodSpan[] | undefined;
    periods.forEach((p, k) => {
      if (p.end - p.start !== YEAR_DIGITS) return;
      const name = NAME_BEFORE_YEAR.exec(textBefore(text, p, NAME_REACH));
      const span = name ? this.index.namedPeriod(name[1], text.slice(p.start, p.end)) : undefined;
      if (!span) return;
      named ??= [...periods];
      named[k] = { ...p, from: span.from, to: span.to };
    });
    const events = this.eventsNamed(text, periods);
    if (events.length === 0) return named ?? periods;
    return [...(named ?? periods), ...events].sort((a, b) => a.start - b.start);
  }

  /** "as hosts in Tokyo": an event a dataset's period goes by, named without its year, after "in" or "at". */
  private eventsNamed(text: string, periods: readonly PeriodSpan[]): PeriodSpan[] {
    const events = this.index.bareEventNames;
    if (events.size === 0) return [];
    const found: PeriodSpan[] = [];
    for (const m of text.matchAll(EVENT_AFTER_PREPOSITION)) {
      const span = events.get(m[1].toLowerCase());
      const start = m.index + m[0].length - m[1].length;
      // "Tokyo 2020" is read with its year above.
      if (span && !periods.some((p) => p.start >= start && p.start <= start + m[1].length + 1)) found.push({ from: span.from, to: span.to, start, end: start + m[1].length });
    }
    return found;
  }

  /** Measure words of a sentence; shared by the sentence's figures. */
  sentenceConcepts(i: number, sentence: number, start: number, end: number): SentenceWords {
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

  /** A topic word of the datasets, or a party's name, occurs in the block. */
  onTopic(i: number): boolean {
    const facts = this.blockFacts(i);
    // Topic words are matched as written, not by synonym group: "units" is no topic word.
    facts.topic ??=
      facts.hits.some((h) => h.kind === 'vendor') || this.index.vocabulary.topicPattern.test(this.doc.blocks[i].text) || this.namesAMeasure(i, facts.hits);
    return facts.topic;
  }

  /**
   * An entity is named with a word that only one of its own facts' measures uses ("the plant's annual
   * capacity", "Serbia's total exports"): the block speaks of the data even without a topic word.
   */
  private namesAMeasure(i: number, hits: readonly NameHit[]): boolean {
    const wanted = new Set<string>();
    for (const h of hits) if (h.kind === 'entity') for (const concept of this.index.specificConceptsOf(h.id)) wanted.add(concept);
    if (wanted.size === 0) return false;
    // The block's concepts when they are known or kept (an editor's memory keeps them between checks);
    // else its words are read only until one brings a wanted concept, and no set is built.
    if (this.blockFacts(i).concepts !== undefined || this.memory) {
      const concepts = this.concepts(i);
      return [...wanted].some((concept) => concepts.has(concept));
    }
    return this.index.vocabulary.bringsAnyConcept(tokenizeWords(this.doc.blocks[i].text).map((w) => w.text), wanted);
  }

  /** A table is about the topic when any of its cells is: a "World rank" row of a topic's table is too. */
  tableOnTopic(i: number): boolean {
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
  questionBefore(i: number): number {
    const blocks = this.doc.blocks;
    const block = blocks[i];
    const previous = blocks[i - 1];
    if (!previous || block.kind !== 'paragraph' || block.cell || previous.cell) return -1;
    // Only the end matters; testing the whole text would cost a paragraph's length per figure.
    return QUESTION_END.test(previous.text.slice(-24)) ? i - 1 : -1;
  }

  /** The noun a "how many" question asks for ("How many schools…" → school), else null. */
  askedNoun(question: number): string | null {
    const text = this.doc.blocks[question].text;
    const asked = HOW_MANY.exec(text);
    if (!asked) return null;
    const from = asked.index + asked[0].length;
    return readCountedNoun(this.index, text, from, text.length, this.blockFacts(question).hits);
  }

  /** The name is in a list of three or more with a name unknown to the catalogue (listAround, read once per name). */
  listed(text: string, hit: NameHit, hits: readonly NameHit[]): boolean {
    const list = this.listOf(text, hit, hits);
    return list.items >= MIN_LIST_ITEMS && list.unknown;
  }

  /** The name is one of a list of three or more, known to the catalogue or not ("the ports of Odesa, Chornomorsk and Pivdennyi"). */
  inLongList(text: string, hit: NameHit, hits: readonly NameHit[]): boolean {
    return this.listOf(text, hit, hits).items >= MIN_LIST_ITEMS;
  }

  private listOf(text: string, hit: NameHit, hits: readonly NameHit[]): NameList {
    let found = this.listedNames.get(hit);
    if (found === undefined) this.listedNames.set(hit, (found = listAround(text, hit, hits)));
    return found;
  }

  /** The context blocks, and the paragraph before when a sentence of this one opens with "It" or "They". */
  blocksAround(i: number): number[] {
    const context = this.contextBlocks(i);
    const before = PRONOUN_SENTENCE.test(this.doc.blocks[i].text) ? this.paragraphBefore(i) : -1;
    return before >= 0 ? [...context, before] : context;
  }

  /** The paragraph right before a paragraph, outside tables and lists; -1 when there is none. */
  paragraphBefore(i: number): number {
    const blocks = this.doc.blocks;
    const previous = blocks[i - 1];
    if (!previous || previous.kind !== 'paragraph' || previous.cell || blocks[i].cell || blocks[i].leadIn >= 0) return -1;
    return i - 1;
  }

  /** The header cell of a table cell's column, or -1. */
  columnHeader(i: number): number {
    const blocks = this.doc.blocks;
    const cell = blocks[i].cell;
    if (!cell || cell.row === 0) return -1;
    for (let j = i - 1; j >= 0 && blocks[j].cell?.table === cell.table; j--) {
      if (blocks[j].cell!.row === 0 && blocks[j].cell!.column === cell.column) return j;
    }
    return -1;
  }

  /** The first cell of a table cell's row, when the cell is not itself in the first column, or -1. */
  rowLabel(i: number): number {
    const blocks = this.doc.blocks;
    const cell = blocks[i].cell;
    if (!cell || cell.column === 0) return -1;
    for (let j = i - 1; j >= 0 && blocks[j].cell?.table === cell.table; j--) {
      if (blocks[j].cell!.row === cell.row && blocks[j].cell!.column === 0) return j;
    }
    return -1;
  }

  /** Blocks that give context to block i, nearest first: a question, table header and row label, lead-ins, headings. */
  contextBlocks(i: number): number[] {
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

  /**
   * A block holds a name of the catalogue, or one of its context blocks does (typos get one look). A
   * foreign country alone does not count: the datasets hold nothing about it.
   */
  hasEntityNearby(i: number): boolean {
    const hasEntity = (hits: NameHit[]): boolean => hits.some((h) => h.kind === 'entity' && !h.foreign);
    if (hasEntity(this.blockFacts(i).hits) || this.blocksAround(i).some((c) => hasEntity(this.blockFacts(c).hits))) return true;
    // A paragraph that names no one often goes on about the subject of the one right before it ("Adobe
    // Analytics counted … \n\n Cyber Monday stayed the biggest day: $11.3bn"): entity/preceding-text reads it.
    // (A heading that opens a part of the document goes on from nothing before it: sections.ts.)
    if (i > 0 && !opensAPart(this.doc.blocks[i]) && hasEntity(this.blockFacts(i - 1).hits)) return true;
    if (hasEntity(this.blockFacts(i, true).hits)) return true;
    if (this.index.worldEntity() === undefined && this.lede(i) !== null) return true;
    // A party whose facts are all filed under one entity stands for it (entity/party-home).
    // (Not where a place no dataset covers is named: the figure is that place's.)
    const hits = this.blockFacts(i).hits;
    if (hits.some((h) => h.kind === 'vendor' && this.index.homeOfParty(h.id) !== undefined) && !hits.some((h) => h.foreign)) return true;
    // Where a dataset has the world as an entity, a party named makes its figures the world's
    // (entity/party-world), and so does naming no one at all (entity/implicit-world).
    return this.index.worldEntity() !== undefined;
  }

  /**
   * The one country the opening of the figure's piece names, and the opening's last block: the paragraphs
   * (up to OPENING_PARAGRAPHS, as a section is given them) under the nearest level-1 title above block i, before any other block, when they
   * are short enough that a section under that title is given them (sections.ts openingUnderTitle); a date
   * line or a byline among them names no subject. Null where the opening names no country of the datasets,
   * or several, or anyone else.
   */
  lede(i: number): { country: string; end: number } | null {
    // Up the chain of headings above the block: a few steps, not a walk back through every block.
    let title = this.doc.blocks[i].heading;
    while (title >= 0 && this.doc.blocks[title].level !== 1) title = this.doc.blocks[title].heading;
    if (title < 0) return null;
    const ledes = (this.ledes ??= new Map());
    let lede = ledes.get(title);
    if (lede === undefined) ledes.set(title, (lede = this.readLede(title)));
    return lede && i > lede.end ? lede : null;
  }

  private ledes: Map<number, { country: string; end: number } | null> | undefined;

  /**
   * The blocks of the opening under the level-1 title at block `title` that `lede` reads, typos included: the
   * paragraphs a section is given of the opening, no more, so that a section's reading is the whole document's.
   */
  private openingBlocks(title: number): readonly number[] {
    const openings = (this.openings ??= new Map());
    let known = openings.get(title);
    if (known === undefined) openings.set(title, (known = this.readOpeningBlocks(title)));
    return known;
  }

  private openings: Map<number, readonly number[]> | undefined;

  private readOpeningBlocks(title: number): number[] {
    const blocks = this.doc.blocks;
    const lineEnd = this.doc.source.indexOf('\n', blocks[title].start);
    const opening = lineEnd < 0 ? undefined : openingUnderTitle(this.doc.source, lineEnd + 1);
    if (opening === undefined) return [];
    const paragraphs = Math.min(OPENING_PARAGRAPHS, opening.split('\n\n').length);
    const out: number[] = [];
    for (let b = title + 1; b < blocks.length && b <= title + paragraphs && blocks[b].kind === 'paragraph'; b++) out.push(b);
    return out;
  }

  /**
   * The block is one of the opening's paragraphs that `lede` reads with typos when any figure under the title
   * asks: its mentions are to be read so in every check, whichever figures asked (check.ts).
   */
  inTheOpening(i: number): boolean {
    const block = this.doc.blocks[i];
    if (block.kind !== 'paragraph') return false;
    const title = block.heading;
    if (title < 0 || this.doc.blocks[title].level !== 1) return false;
    return this.openingBlocks(title).includes(i);
  }

  private readLede(title: number): { country: string; end: number } | null {
    const blocks = this.doc.blocks;
    const named = new Set<string>();
    let end = -1;
    for (const b of this.openingBlocks(title)) {
      end = b;
      // A date line or byline says who wrote when, and may list sources ("Figures from … Red Eléctrica de
      // España"): not what the piece is about.
      if (isDateLine(blocks[b].text) || isByline(blocks[b].text)) continue;
      for (const h of this.blockFacts(b, true).hits) if (h.kind === 'entity' && !h.foreign && !this.index.onlyASource(h.id)) named.add(h.id);
    }
    if (named.size !== 1) return null;
    const [only] = named;
    return this.index.countryOf(only) === only ? { country: only, end } : null;
  }

  /** The block or its context speaks of the datasets' subjects. */
  blockOnTopic(i: number): boolean {
    return this.onTopic(i) || this.blocksAround(i).some((c) => this.onTopic(c)) || this.tableOnTopic(i) || this.listOnTopic(i) || this.leadInGoesOn(i) || this.goesOnFrom(i);
  }

  /**
   * The paragraph right before speaks of the datasets' subjects, and this one goes on from it ("In 2017 Acme
   * spent $22.6 billion on research and development." then "Bolt was second that year with $16.6 billion."):
   * a paragraph keeps the subject of the one it follows, as a lead-in's list does.
   */
  goesOnFrom(i: number): boolean {
    const before = this.paragraphBefore(i);
    return before >= 0 && this.onTopic(before);
  }

  /**
   * The block's list or table is led in by a short paragraph that ends on a colon and goes on from the
   * paragraph right before it ("Services inflation rose to 4.0% … \n\nThe spread remains wide:\n\n- France at
   * 1.4%"): that paragraph's topic is the list's.
   */
  leadInGoesOn(i: number): boolean {
    const lead = this.doc.blocks[i].leadIn;
    if (lead < 1) return false;
    const leadIn = this.doc.blocks[lead];
    const before = this.doc.blocks[lead - 1];
    return leadIn.kind === 'paragraph' && LEAD_IN_COLON.test(leadIn.text) && before.kind === 'paragraph' && before.list === undefined && before.cell === undefined && this.onTopic(lead - 1);
  }

  /**
   * Some item of the block's list speaks of the datasets' subjects: a list's items share a topic as a
   * table's cells do ("- EU 2023: registrations up 37%" above "- Germany 2023: up 14.1%").
   */
  listOnTopic(i: number): boolean {
    const list = this.doc.blocks[i].list;
    if (list === undefined) return false;
    let known = this.listTopics.get(list);
    if (known === undefined) {
      this.listItems ??= itemsByList(this.doc.blocks);
      known = (this.listItems.get(list) ?? []).some((j) => this.onTopic(j));
      this.listTopics.set(list, known);
    }
    return known;
  }
}

/** The indices of the blocks of each list. */
function itemsByList(blocks: readonly ProseBlock[]): Map<number, number[]> {
  const items = new Map<number, number[]>();
  blocks.forEach((block, j) => {
    if (block.list === undefined) return;
    const list = items.get(block.list);
    if (list) list.push(j);
    else items.set(block.list, [j]);
  });
  return items;
}

/** "including", "incl.", "excluding", "except", "such as" right before a name: what follows is a part of a whole named before. */
const MEMBER_BEFORE = /\b(?:including|incl\.|excluding|excl\.|except|such\s+as)\s*(?:the\s+)?$/i;
/** How far before the member's word the whole's name may end: "Utopia, including Ruritania", "Utopia (incl. Bolt)". */
const MEMBER_REACH = 16;
/** How far before a name its member's word may start: "excluding the " and some space. */
const MEMBER_WORD_REACH = 24;

/**
 * A name brought in as a member of a whole named right before ("spending in Utopia, including Ruritania,
 * rose 17%", "| Utopia (incl. Bolt) | 170 |"): the figures are the whole's, not the member's.
 */
export function namesAMember(text: string, hit: NameHit, hits: readonly NameHit[]): boolean {
  const before = textBefore(text, hit, MEMBER_WORD_REACH);
  const word = MEMBER_BEFORE.exec(before);
  if (!word) return false;
  const wordStart = hit.start - before.length + word.index;
  return hits.some((h) => h.kind === 'entity' && h.end <= wordStart && wordStart - h.end <= MEMBER_REACH);
}

/** A place glued to "-based": "the Bolt-based agency" says where a body sits, not what a figure is about. So does one after an institution's name and "in". */
const BASED_AFTER = /^[-‑–]based\b/i;

/**
 * "Dalhousie University in ", "the Natural History Museum in ": a capitalised institution's name and "in"
 * right before a place. The place says where the institution is; the figures are the institution's or its
 * work's, not the place's.
 */
const INSTITUTION_IN_BEFORE = /\p{Lu}[\p{L}'’-]*\s+(?:University|Institute|College|School|Hospital|Museum|Laborator(?:y|ies)|Observatory|Zoo|Aquarium|Academy|Library)(?:\s+of(?:\s+(?:the\s+)?\p{Lu}[\p{L}-]*)+)?\s+in\s+(?:the\s+)?$/u;
/** How far before the place the institution's name may start: two words, the kind and "of" a place. */
const INSTITUTION_REACH = 64;

/** "its office in ", "headquarters in ": where a body works from. */
const OFFICE_IN_BEFORE = /\b(?:office|offices|headquarters|head\s+office|secretariat)\s+in\s+(?:the\s+)?$/i;
/** How far before the place its office word may start. */
const OFFICE_REACH = 24;

/**
 * A name that is part of an amount's currency ("11 million Swedish crowns", "C$5 billion Canadian dollars",
 * "2,000 Swiss francs"): it names the money, not whom the figure is about.
 */
function namesAnAmountsCurrency(text: string, hit: NameHit): boolean {
  return CURRENCY_WORD_AFTER.test(textAfter(text, hit, 12)) && AMOUNT_BEFORE.test(textBefore(text, hit, 24));
}
const CURRENCY_WORD_AFTER = /^\s+(?:crowns?|kron(?:or|a|er|e)|francs?|dollars?|pounds|pesos?|rupees?|riyals?|dinars?|dirhams?|yen|yuan|euros?|lira|rand|shillings?)\b/i;
/** A number and its scale word right before a name: "11 million ", "2,000 ". */
const AMOUNT_BEFORE = /\d(?:[\d,.]*\d)?\s*(?:thousand|million|billion|trillion|bn|m|k)?\s+$/i;

export function seatOfABody(text: string, hit: NameHit): boolean {
  return BASED_AFTER.test(textAfter(text, hit, 7)) || INSTITUTION_IN_BEFORE.test(textBefore(text, hit, INSTITUTION_REACH)) || OFFICE_IN_BEFORE.test(textBefore(text, hit, OFFICE_REACH));
}

/**
 * The list a name stands in: a name listed with two or more others, one of them unknown to the catalogue
 * ("makers in Poland, Italy, Slovakia and Hungary"), is one of many places, not the subject of the
 * sentence's figures; so is a list of known names after a figure (DocumentReader.inLongList).
 */
function listAround(text: string, hit: NameHit, hits: readonly NameHit[]): NameList {
  const known = (start: number, end: number): boolean => hits.some((h) => !h.foreign && h.start < end && start < h.end);
  let items = 1;
  let unknown = false;
  for (let at = hit.start, guard = 0; guard < 12; guard++) {
    if (!listJoinBefore(text, at)) break;
    const m = LIST_ITEM_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (!m) break;
    at -= m[0].length;
    items++;
    unknown ||= !known(at, at + m[1].length);
  }
  for (let at = hit.end, guard = 0; guard < 12; guard++) {
    if (!listJoinAfter(text, at)) break;
    const m = LIST_ITEM_AFTER.exec(text.slice(at, at + 40));
    if (!m) break;
    const start = at + m[0].length - m[1].length;
    at += m[0].length;
    items++;
    unknown ||= !known(start, at);
  }
  return { items, unknown };
}

/** How many names a list holds with a name, and whether one of them is unknown to the catalogue. */
interface NameList {
  items: number;
  unknown: boolean;
}

/** A list of this many names is many places, not the subject of one figure. */
const MIN_LIST_ITEMS = 3;

/**
 * The text before `at` can end a list item's join: a comma, or "and", "or" or "the" before white space.
 * A test of the last characters that the list patterns need, made first: most names follow none.
 */
export function listJoinBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 44) return true; // ","
  return end < at && (text.endsWith('and', end) || text.endsWith('or', end) || text.endsWith('the', end));
}

/** The text after `at` can start a list item's join: a comma, or white space before "and" or "or". */
export function listJoinAfter(text: string, at: number): boolean {
  let start = at;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  if (text.charCodeAt(start) === 44) return true; // ","
  return start > at && (text.startsWith('and', start) || text.startsWith('or', start));
}

/**
 * A link to a dataset's source cites it ("([RFE/RL, 7 May 2024](…))", as the citation fix writes it): the
 * date in its text is when the source was published, not a period the prose speaks of, and citing a
 * figure must not date the figures around it.
 */
function withoutCitationDates(spans: PeriodSpan[], links: readonly LinkText[], index: FactIndex): PeriodSpan[] {
  const citations = links.filter((link) => index.isSourceUrl(link.href));
  if (citations.length === 0) return spans;
  return spans.filter((span) => !citations.some((link) => span.start >= link.start && span.start < link.end));
}


/** "FY2022-23", "FY2022/23": a fiscal year over two calendar years written as one word, which the scan does not read. */
const GLUED_SPLIT_YEAR = /\bFY((?:19|20)\d\d)[-–/](\d\d)\b/g;

/** The text's glued split fiscal years, as the two calendar years they lie within ("2022-23" reads so too). */
function withGluedSplitYears(text: string, periods: PeriodSpan[]): PeriodSpan[] {
  if (!text.includes('FY')) return periods;
  const added: PeriodSpan[] = [];
  for (const m of text.matchAll(GLUED_SPLIT_YEAR)) {
    const first = Number(m[1]);
    if ((first + 1) % 100 !== Number(m[2])) continue;
    const span = { from: first * MONTHS_IN_A_YEAR, to: (first + 2) * MONTHS_IN_A_YEAR - 1, start: m.index, end: m.index + m[0].length };
    if (!isComparisonBase(text, span)) added.push(span);
  }
  return added.length === 0 ? periods : [...periods, ...added].sort((a, b) => a.start - b.start);
}

/** "FY2025", "FY25": a fiscal year written as one word, which the scan of calendar periods does not read. */
const GLUED_FISCAL_YEAR = /\bFY((?:19|20)\d\d|\d\d)\b(?![/–-]\d)/g;

/**
 * `period/fiscal-year`: a whole fiscal year the text names ("fiscal 2022", "FY 2025", "FY2025") has the months
 * of the datasets' fiscal year (FactIndex.fiscalYearStart), shifted from the calendar year of its name.
 */
function fiscalYears(text: string, periods: readonly PeriodSpan[], fiscal: (p: PeriodSpan) => boolean, start: number): PeriodSpan[] {
  const shifted = periods.map((p) => (fiscal(p) && isWholeYear(p) ? { ...p, from: p.from + start, to: p.to + start } : p));
  if (!text.includes('FY')) return shifted;
  for (const m of text.matchAll(GLUED_FISCAL_YEAR)) {
    const from = fiscalYearNamed(m[1]) * MONTHS_IN_A_YEAR + start;
    const glued = { from, to: from + MONTHS_IN_A_YEAR - 1, start: m.index, end: m.index + m[0].length };
    // "-29.2% vs FY2013" is a comparison's base, as a calendar year there is.
    if (!isComparisonBase(text, glued) && !namesAGoal(text, glued.end)) shifted.push(glued);
  }
  return shifted.sort((a, b) => a.start - b.start);
}


/** "since", a day perhaps, right before a month: "since January 2021", "since 5 June 2023". */
const SINCE_BEFORE_MONTH = /\bsince\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$/i;
/** How far before a month its "since" may stand: "since 21st ". */
const SINCE_REACH = 12;

/**
 * A month after "since" starts the time a figure counts ("forgiven since January 2021 … 33 actions"), as a
 * year after "since" does (the form 'since' of periods.ts): it runs on to the present, not that month alone.
 */
function sinceAMonthOpen(text: string, periods: PeriodSpan[]): PeriodSpan[] {
  let open: PeriodSpan[] | undefined;
  periods.forEach((p, k) => {
    if (p.from !== p.to) return;
    const before = textBefore(text, p, SINCE_REACH);
    if (!SINCE_BEFORE_MONTH.test(before)) return;
    open ??= [...periods];
    open[k] = { ...p, to: OPEN_END_YEAR * MONTHS_IN_A_YEAR + MONTHS_IN_A_YEAR - 1 };
  });
  return open ?? periods;
}

/** A heading of level 1 or 2: a part of the document starts there, and the editor checks parts one by one. */
export function opensAPart(block: ProseBlock): boolean {
  return block.kind === 'heading' && block.level <= 2;
}

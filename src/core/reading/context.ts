// One context per figure: where it stands (block, sentence, clause, its stretch between neighbouring
// figures), the names around it and the blocks that give it context. The reading rules of every slot
// read from it; nothing in it is recomputed per rule.
import type { FactIndex } from '../factIndex';
import type { ProseBlock } from '../prose';
import type { NameHit } from '../names';
import type { NumberToken } from '../numbers';
import { sentenceAt } from '../sentences';
import { isDayOfDate, isYearToken, numberOfAName } from '../notClaims';
import { proseDistance, textAfter, textBefore } from '../regex';
import { withoutAsides, type PeriodSpan } from '../periods';
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
  /**
   * Asides of the sentence that do not hold the figure, as [start, end) spans: a parenthesis, or a pair
   * of spaced dashes ("Ruritania (a country of 2.5 million) received …", "Ruritania — a member since
   * 2004 — received …", ", which joined in 2004,"). The clause runs across them; the names, words,
   * periods and figures in them are not the figure's (a name there is, when the sentence names no other).
   */
  asides: readonly Aside[];
  /** Where the words that describe the figure may start after it: past "of the 325" in "265 of the 325". */
  bindEnd: number;
  /** The next figure that is no year, or the block's end. */
  nextStart: number;
  /** The figure's own stretch of sentence starts at the previous figure's end, or the sentence start. */
  windowStart: number;
  /** The figure of the sentence whose end opens this figure's stretch, if one does. */
  figureBefore: NumberToken | undefined;
  /** Whether the figure's sentence speaks of the world (reading/entity.ts), once read. */
  worldScope?: boolean;
  /** The context block that dates the figure (reading/period.ts), once read; -1 for none. */
  datingBlock?: number;
  /** The noun after a count and whether it heads a compound (reading/nouns.ts), once read. */
  nounAfter?: { noun: string | null; compound: boolean; passiveOf?: string } | null;
  /** The names of the figure's sentence that may be its own (reading/entity.ts), once read from so many hits. */
  ownNames?: { names: NameHit[]; hits: number };
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

/** The text from the figure to the next figure, or to `end` (its sentence's or clause's end) when that comes first. */
export function toNextFigure(ctx: FigureContext, end: number): string {
  return ctx.text.slice(ctx.token.end, Math.min(ctx.nextStart, end));
}

/** The text right before the figure, `reach` characters at most and not before `from` (its sentence's or clause's start). */
export function backTo(ctx: FigureContext, from: number, reach: number): string {
  return ctx.text.slice(Math.max(from, ctx.token.start - reach), ctx.token.start);
}

/**
 * "It …", "They …", also after a short opening phrase and its comma ("According to the ECDC, it
 * accounted for …", "In 2024, they counted …"): the clause's subject is something named before. After an
 * opening phrase, not a source that reports ("Within renewables, it finds that wind …"): what it reports
 * has a subject of its own. A sentence that opens with "It said" still refers back: what the source said
 * is of what was named ("It said 4.5 million hectares of the province's forest burned"). A time or a
 * source's count put first, without a comma, may stand before the pronoun: "By early October 2024 it had
 * about 30,000 cases", "On the survey's figures it produced 5.3 million tonnes".
 */
const PRONOUN_START =
  /^[\s*_"“]*(?:it|its|they|their)\s|^[\s*_"“]*[^,.;:!?]{1,60},\s+(?:it|they)\s(?!\s*(?:says?|said|finds?|found|reports?|reported|notes?|noted|writes?|wrote|argues?|argued|adds?|added)\b)|^[\s*_"“]*(?:(?:last|this|next)\s+(?:year|month|quarter|week)|in\s+(?:19|20)\d\d|(?:a|one)\s+year\s+(?:earlier|before|ago)|by\s+then|since\s+then|so\s+far|now|then|(?:by|at|until|since)\s+the\s+(?:end|start|close|middle)\s+of\s+(?:the\s+)?(?:\p{L}+\s+)?(?:(?:19|20)\d\d|year|quarter|month)|(?:by|in|at|until|since|during|through|after|before)\s+(?:[\p{L}'’-]+\s+){1,4}(?:19|20)\d\d|(?:on|by|in|under|according\s+to)\s+(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}(?:figures?|data|numbers?|count|estimates?|measures?|reckoning|tally))\s+(?:it|they)\s/iu;

/** A span of a sentence set aside from its clause: from its opening mark to after its closing one. */
export interface Aside {
  start: number;
  end: number;
}

const NO_ASIDES: readonly Aside[] = [];
/**
 * A parenthesis with no parenthesis inside, a spaced dash and the next one in the sentence, or a
 * relative clause between commas (", which joined in 2004,").
 */
const ASIDE = /\([^()]*\)|\s[—–]\s[^—–]*?\s[—–]\s|,\s(?:which|who|whose|whom|where)\s[^,;:()—–]*,/g;

/** An aside's words up to the comma that closes it, where the sentence goes on with a word that no clause opens with. */
const ASIDE_TO_ITS_CLOSING_COMMA = String.raw`[^,;:()—–]{1,80},(?=\s+(?!(?:and|or|but|the|a|an|in|on|at|of|for|to|with|from|by|as|while|when|which|who|whose|whom|where)\s)`;

/**
 * An appositive: a noun phrase between commas right after a name, before the verb the name goes on with
 * ("Ruritania, Utopia's main rival for the title, added 6 GW", "Acme, the largest maker, said"), also after a
 * word of time ("Ruritania, once a frequent landing point for boats from Utopia, recorded …"), or "one of"
 * ("Ruritania, long one of Utopia's problem cases, cut …"), or "home to" ("Ruritania, home to Acme's
 * €7bn plant in Bolt, drew …"). A relative pronoun after the second comma opens a clause about what comes
 * before it: ", the firm took 25.7%, which …" is the main clause, not an aside.
 */
const APPOSITIVE = new RegExp(String.raw`,\s+(?:(?:once|now|long|still|formerly|then|already)\s)?(?:the|a|an|its|their|one\sof|(?:home|host|seat|birthplace)\sto|[A-ZÀ-ÖØ-ÞА-Я][A-Za-zÀ-ÖØ-öø-ÿĀ-žА-я-]*['’]s?)\s${ASIDE_TO_ITS_CLOSING_COMMA}[a-zß-öø-ÿа-я])`, 'g');
/**
 * A phrase that "with", "without", "despite", "like" or "unlike" opens between commas right after a name,
 * before the verb the name goes on with: "The US, with more than eight times Canada's population, started
 * 1,364,100 homes". Its names are not the figure's.
 */
const PREPOSITIONAL_ASIDE = new RegExp(String.raw`,\s+(?:with|without|despite|like|unlike)\s${ASIDE_TO_ITS_CLOSING_COMMA}\p{Ll})`, 'gu');
/**
 * A participle's phrase between commas right after a name or a short opening noun phrase, before the verb
 * it goes on with; it may list names of its own ("The initiative, agreed in July 2022 by Ruritania, Utopia
 * and the UN, moved …") or open with an irregular participle ("The central African state, left out of the
 * 2023 edition, returned …"). A comma inside it is followed by a capital, as a list of names is.
 */
const PARTICIPLE_ASIDE = /,\s+(?:\p{Ll}+ed|left|held|known|seen|built|made|set|found|given|taken|hit|won|lost|kept|brought|sold|paid|struck|beaten|driven|written|chosen|grown|shown|frozen|spent|led|born)\s[^;:()—–]{1,120}?,(?=\s+(?!(?:and|or|but|the|a|an|in|on|at|of|for|to|with|from|by|as|while|when)\s)\p{Ll})/gu;
/** Asides that count only right after a name (NAME_BEFORE), read in this order. */
const ASIDES_AFTER_A_NAME = [APPOSITIVE, PREPOSITIONAL_ASIDE];
/** The sentence opens with a short noun phrase before the aside's comma: "The central African state, left out …, returned". */
const SHORT_OPENING_PHRASE = /^[\s*_"“]*(?:the|a|an|this|that|its|their)\s(?:[\p{L}-]+\s){0,4}[\p{L}-]+$/iu;
/** The word before an appositive's comma is a name: it starts with a capital (a dataset's or not). */
const NAME_BEFORE = /[A-ZÀ-ÖØ-ÞА-Я][A-Za-zÀ-ÖØ-öø-ÿĀ-žА-я.-]*$/;

/** The asides of a sentence that do not hold the span [start, end): see FigureContext.asides. */
function asidesAround(all: readonly Aside[], text: string, start: number, end: number): readonly Aside[] {
  if (all.length === 0) return NO_ASIDES;
  const found: Aside[] = [];
  for (const aside of all) {
    // The parenthesis right after the figure is its own: "$5.4m ('23)", "3,567 (estimate)".
    const ownParenthesis = text.charCodeAt(aside.start) === 40 && aside.start >= end && !/\S/.test(text.slice(end, aside.start));
    if ((aside.end <= start || aside.start >= end) && !ownParenthesis) found.push(aside);
  }
  return found;
}

/** The span [start, end) stands in an aside of its own sentence (another sentence than a figure's, say). */
export function inItsSentencesAside(facts: BlockFacts, text: string, start: number, end: number): boolean {
  return asideHolding(facts, text, start, end) !== undefined;
}

/** The aside of its own sentence that holds the span [start, end), if one does. */
export function asideHolding(facts: BlockFacts, text: string, start: number, end: number): Aside | undefined {
  const sentence = sentenceAt(facts.starts, start);
  return sentenceAsides(facts, sentence, text, facts.starts[sentence], sentenceEndOf(facts, sentence, text)).find((a) => start >= a.start && end <= a.end);
}

/** Where a block's sentence ends: at the next one's start, or the block's end. */
export function sentenceEndOf(facts: BlockFacts, sentence: number, text: string): number {
  return sentence + 1 < facts.starts.length ? facts.starts[sentence + 1] : text.length;
}

/** Every aside of a sentence, in order: read once per sentence, for each of its figures. */
function sentenceAsides(facts: BlockFacts, sentence: number, text: string, sentenceStart: number, sentenceEnd: number): readonly Aside[] {
  const known = (facts.sentenceAsides ??= new Map());
  let all = known.get(sentence);
  if (all) return all;
  const found: Aside[] = [];
  if (ASIDE_MARK.test(text.slice(sentenceStart, sentenceEnd))) {
    ASIDE.lastIndex = sentenceStart;
    for (let m = ASIDE.exec(text); m && m.index + m[0].length <= sentenceEnd; m = ASIDE.exec(text)) found.push({ start: m.index, end: m.index + m[0].length });
  }
  const before = found.length;
  for (const aside of ASIDES_AFTER_A_NAME) {
    aside.lastIndex = sentenceStart;
    for (let m = aside.exec(text); m && m.index + m[0].length <= sentenceEnd; m = aside.exec(text)) {
      if (NAME_BEFORE.test(text.slice(Math.max(sentenceStart, m.index - 40), m.index))) found.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  PARTICIPLE_ASIDE.lastIndex = sentenceStart;
  for (let m = PARTICIPLE_ASIDE.exec(text); m && m.index + m[0].length <= sentenceEnd; m = PARTICIPLE_ASIDE.exec(text)) {
    const before = text.slice(Math.max(sentenceStart, m.index - 40), m.index);
    if (NAME_BEFORE.test(before) || SHORT_OPENING_PHRASE.test(text.slice(sentenceStart, m.index))) found.push({ start: m.index, end: m.index + m[0].length });
  }
  if (before > 0 && found.length > before) found.sort((a, b) => a.start - b.start);
  all = found.length > 0 ? found : NO_ASIDES;
  known.set(sentence, all);
  return all;
}
const ASIDE_MARK = /\(|\s[—–]\s|,\s(?:which|who|whose|whom|where)\s/;

/**
 * How far apart two places are for a reader (proseDistance), the asides between them left out: "Ruritania
 * (a country of 2.5 million) received [44%]" names Ruritania right before the figure.
 */
export function readingDistance(text: string, asides: readonly Aside[], from: number, to: number): number {
  let distance = proseDistance(text, from, to);
  for (const a of asides) if (a.start >= from && a.end <= to) distance -= proseDistance(text, a.start, a.end);
  return distance;
}

/** A name after the figure is a weaker link than one before it. */
const AFTER_FIGURE_DISTANCE = 1.5;

/** How far a span stands from the figure (readingDistance), a span after it counting as farther. */
export function distanceToFigure(ctx: FigureContext, start: number, end: number): number {
  const { text, token, asides } = ctx;
  return end <= token.start ? readingDistance(text, asides, end, token.start) : readingDistance(text, asides, token.end, start) * AFTER_FIGURE_DISTANCE;
}

/**
 * Between a name and the figure it is the subject of: nothing, a colon, a sign, or one word that is no
 * preposition but "at" or "on" ("Acme had 4,177", "Utopia just 19.5%", "Ruritania at 23.1%"), or such a
 * word and then "at" or "on" ("Utopia next at 187"); "Acme in the last five years" is not.
 */
const SUBJECT_BEFORE_FIGURE = /^[\s:]*(?:,\s*)?(?:(?!(?:in|of|for|from|by|to|since|during|over|the|last|per)\s)[\p{L}'’-]+\s+)?(?:(?:at|on)\s+)?[~≈<>≥≤]?\s*$/u;
const SUBJECT_GAP_MAX = 16;
/** Words that bound or hedge the figure they stand before ("as high as 145%", "up to"), left out of the gap. */
const BOUND_BEFORE_FIGURE = /\s(?:as\s+(?:high|much|many|low|little|few)\s+as|up\s+to|more\s+than|less\s+than|about|around|nearly|almost)\s*$/;

/** A short appositive right after the name, between commas: "Utopia, the next market, at 3.1%". */
const APPOSITIVE_AFTER_NAME = /^,\s+(?:the|an?|its|their)\s[^,;:.()\d]{1,30},/;

/** An abbreviation written with full stops ("U.S.") ends at its last one, which the name's match leaves out. */
const ABBREVIATION_END = /\.\p{Lu}$/u;

/** Where the name ends in the text, an abbreviation's last full stop included. */
function endOfName(text: string, hit: NameHit): number {
  return text[hit.end] === '.' && ABBREVIATION_END.test(text.slice(hit.end - 2, hit.end)) ? hit.end + 1 : hit.end;
}

/** The name stands right before the figure that starts at the given offset, as its subject, a word of bound or hedge aside. */
function subjectOfFigureAt(text: string, hit: NameHit, figureStart: number): boolean {
  const gap = text.slice(endOfName(text, hit), figureStart).replace(APPOSITIVE_AFTER_NAME, '').replace(BOUND_BEFORE_FIGURE, ' ');
  return gap.length <= SUBJECT_GAP_MAX && SUBJECT_BEFORE_FIGURE.test(gap);
}

/**
 * A name after the figure that stands right before the next figure (SUBJECT_BEFORE_FIGURE), nearer it than
 * this one, names the next figure: "Bolt had [81,166] and Acme 4,177", "and said Acme had 4,177".
 */
export function namesNextFigure(ctx: FigureContext, hit: NameHit): boolean {
  const { token, nextStart, sentenceEnd, text, asides } = ctx;
  if (hit.start < token.end || nextStart >= sentenceEnd || hit.end > nextStart) return false;
  if (opensNextClause(text, token.end, hit, nextStart)) return true;
  // "$12,567 a tonne in London and $11,878 …": a place the figure is "in" is its own.
  if (PLACE_AFTER_FIGURE.test(text.slice(token.end, hit.start))) return false;
  if (gappedClause(text, token, hit, nextStart, asides)) return true;
  if (!subjectOfFigureAt(text, hit, nextStart)) return false;
  // "fell to 16th and Hamburg, now 22nd": a name a joining word opens is the next item's, however near.
  if (JOIN_BEFORE_NAME.test(text.slice(token.end, hit.start))) return true;
  // "dwarfing Utopia, the next market, at $67.7 million": a name its appositive describes, then the figure, has it.
  if (APPOSITIVE_AFTER_NAME.test(text.slice(endOfName(text, hit), nextStart))) return true;
  return readingDistance(text, asides, hit.end, nextStart) < readingDistance(text, asides, token.end, hit.start);
}

/**
 * A name past the next figure that stands right before a later figure of the sentence, as its subject
 * (SUBJECT_BEFORE_FIGURE), is that figure's: in "widget output, [36.8 billion] units, up 1.1%, with Ruritania
 * up 8.2% and Utopia up 4%" neither name is the first figure's. (A name after a list of figures with no figure
 * after it, as in "3,567 and 18,166 units in Ruritania", stays the place of the whole list.)
 */
export function namesALaterFigure(ctx: FigureContext, hit: NameHit): boolean {
  const { nextStart, sentenceEnd, text, tokens } = ctx;
  if (hit.start < nextStart || hit.end > sentenceEnd) return false;
  const later = nextFigureStart({ tokens, text }, ctx.t, hit.end);
  // Or the name and the preposition this figure took, its verb left out: "rose to 44.1 mhl (+51%) and Spain to 31.0".
  return later < sentenceEnd && (subjectOfFigureAt(text, hit, later) || gappedClause(text, ctx.token, hit, later));
}

/** The preposition right before a figure: "accounted for 31.0%", "stood at 4.7". */
const PREPOSITION_BEFORE_FIGURE = /\b(for|at|with|to|on|of)\s+[~≈<>≥≤]?$/;

/**
 * "Ruritania accounted for 31.0% and Utopia for 11.3%": a name joined after the figure and followed
 * by the preposition the figure took, before the next figure, opens a clause whose verb is left out; the
 * name is the next figure's.
 */
function gappedClause(text: string, token: NumberToken, hit: NameHit, nextStart: number, asides: readonly Aside[] = []): boolean {
  // The name may be a possessive's noun: "and Dublin's Aviva Stadium for 51,700".
  if (!JOIN_AFTER_UNIT_BEFORE_NAME.test(text.slice(token.end, hit.start).replace(POSSESSOR_AT_END, ' '))) return false;
  const preposition = PREPOSITION_BEFORE_FIGURE.exec(textBefore(text, token, 8));
  if (!preposition) return false;
  // A possessive whose noun is left out too counts as the name: "Ruritania's share at 30.1% and Utopia's at 11.8%".
  const gap = withoutAsides(text, hit.end, nextStart, asides).replace(POSSESSIVE_START, '');
  if (gap.length <= SUBJECT_GAP_MAX && gap.trim().replace(/[~≈<>≥≤]$/, '').trim() === preposition[1]) return true;
  // So does a possessive's capitalised noun, and an aside after the name: "and Dublin's Aviva Stadium, opened in 2010, for 51,700".
  const possessive = POSSESSIVE_START.test(textAfter(text, hit, 3)) || POSSESSIVE_NAME_END.test(text.slice(hit.start, hit.end));
  const named = (possessive ? POSSESSED_NAME_THEN_PREPOSITION : ASIDE_THEN_PREPOSITION).exec(gap);
  return named !== null && named[1] === preposition[1];
}

/** A name hit that holds its possessive ending: "Dublin's". */
const POSSESSIVE_NAME_END = /['’]s?$/;
/** A capitalised possessor right before a name: "Dublin's ". */
const POSSESSOR_AT_END = /\s\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}['’]s\s+$/u;
/** An aside between commas after the name ("…, opened in 2010,"), then the preposition. */
const ASIDE_THEN_PREPOSITION = /^,[^,;:.]{1,40},\s*(for|at|with|to|on|of)\s+[~≈<>≥≤]?$/;
/** After a possessive: a capitalised noun of up to three words, an aside perhaps, then the preposition. */
const POSSESSED_NAME_THEN_PREPOSITION = /^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,[^,;:.]{1,40},)?\s*(for|at|with|to|on|of)\s+[~≈<>≥≤]?$/u;

/** A possessive ending right after a name: "'s", "’s", or the apostrophe of "the United States'". */
const POSSESSIVE_START = /^['’]s?(?=\s)/;

/** Only a joining word between a figure and the name after it: "16th and Hamburg", "5.1%, while Czechia". */
const JOIN_BEFORE_NAME = /^\s*,?\s*(?:and|or|but|while|whereas)\s+(?:the\s+)?$/;
/** The same after the figure's unit word and a change in parentheses: "44.1 mhl (+51%) and ". */
const JOIN_AFTER_UNIT_BEFORE_NAME = /^\s*(?:[\p{L}.]+\s*)?(?:\([^()]*\)\s*)?,?\s*(?:and|or|but|while|whereas)\s+(?:the\s+)?$/u;

/**
 * "in", "at", "for" or "on" right before a name, after the figure and at most four words: "$12,567 a tonne in
 * London", "18% of new cars sold in the United States", "1.9 hours a day on Acme TV", with a word that narrows it
 * perhaps ("in northern Utopia", "for most Indian ones").
 */
export const PLACE_AFTER_FIGURE = /^\s*(?:[\p{L}-]+\s+){0,4}?(?:in|at|for|on)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+)?$/u;
/** "27.0 in Poland", "9.4 for the EU": a place joined to the figure right before it by "in", "at" or "for" alone. */
export const PLACE_RIGHT_AFTER_FIGURE = /^\s*(?:in|at|for)\s+(?:the\s+)?$/;

/**
 * A comma or a joining word ends the figure's clause: ", Volkswagen's rose by a third", "while Acme …", ", with
 * Mexico at the bottom on 17.3%";
 * an owner in the possessive may stand before the name (", and Marvel's Deadpool followed with …").
 */
const CLAUSE_OPENS = /^[^,;:]*?(?:,\s*(?:and\s+|but\s+|while\s+|whereas\s+|with\s+)?|\s(?:while|whereas|and)\s+)(?:\p{Lu}[\p{L}&.-]*['’]s\s+)?$/u;
/** What stands between a clause's subject and its figure: a few words and no clause break. */
const SUBJECT_TO_FIGURE = /^(?:['’]s)?(?:\s+[\p{L}-]+){1,4}\s+[~≈<>≥≤]?$/u;

/**
 * The name opens the clause after the figure's and that clause's figure follows it within a few words:
 * "sales jumped by [almost three-quarters], Volkswagen's rose by about a third". The name is that
 * figure's subject.
 */
function opensNextClause(text: string, figureEnd: number, hit: NameHit, nextStart: number): boolean {
  return CLAUSE_OPENS.test(text.slice(figureEnd, hit.start)) && SUBJECT_TO_FIGURE.test(text.slice(hit.end, nextStart));
}

/** A joining word opens the clause after the figure's: "grew 10% and Utopian sales rose 7%", "…, but Acme's …". */
const JOINED_CLAUSE_OPENS = /^[^,;:]*?(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:\p{Lu}[\p{L}&.-]*['’]s\s+)?$/u;

/**
 * The name opens a clause that a joining word adds after the figure's, as the subject of that clause's figure
 * ("sales grew [10%] and Utopian sales rose 7%"): it is that figure's even where the sentence names no other,
 * unlike a name after a fronted phrase ("With [189,452] units, Ruritania ranked fourth"), which has both.
 */
export function opensAJoinedClause(ctx: FigureContext, hit: NameHit): boolean {
  const { text, token, nextStart } = ctx;
  return hit.start >= token.end && hit.end <= nextStart && JOINED_CLAUSE_OPENS.test(text.slice(token.end, hit.start)) && SUBJECT_TO_FIGURE.test(text.slice(hit.end, nextStart));
}

/**
 * What finding the next figure reads of a block: its numbers and text, and where known its names, periods and
 * sentence starts (each of which makes some numbers no figure).
 */
export interface FigureStretch {
  tokens: readonly NumberToken[];
  text: string;
  names?: readonly NameHit[];
  periods?: readonly PeriodSpan[];
  starts?: readonly number[];
}

/** An empty list, shared: a stretch that gives no names, periods or sentence starts allocates none. */
const NONE: readonly never[] = [];

/** The next figure outside the asides: in "44% (in a country of 9.6 million) in 2023" 2023 dates the 44%. */
export function nextOutsideAsides(stretch: FigureStretch, t: number, from: number, asides: readonly Aside[]): number {
  let next = nextFigureStart(stretch, t, from);
  for (let aside = asideAt(asides, next); aside; aside = asideAt(asides, next)) {
    next = nextFigureStart(stretch, t, aside.end);
  }
  return next;
}

/**
 * The figure before the t-th, outside the asides: the stretch of the figure starts after it. A year is no
 * figure, nor a number inside a period ("in '24", "June 30, 2022").
 */
function previousFigure(tokens: readonly NumberToken[], t: number, asides: readonly Aside[], periods: readonly PeriodSpan[]): NumberToken | undefined {
  for (let p = t - 1; p >= 0; p--) {
    const token = tokens[p];
    if (isYearToken(token) || inAside(asides, token.start, token.end) || periods.some((s) => token.start >= s.start && token.end <= s.end)) continue;
    return token;
  }
  return undefined;
}

/** The aside that holds an offset, if any. */
function asideAt(asides: readonly Aside[], at: number): Aside | undefined {
  return asides.find((a) => at >= a.start && at < a.end);
}

/** The span lies inside one of the asides. */
export function inAside(asides: readonly Aside[], start: number, end: number): boolean {
  for (const a of asides) if (start >= a.start && end <= a.end) return true;
  return false;
}
/**
 * Dashes, arrows between a note's statements ("… → …"), colons, semicolons, parentheses, a comma before a
 * contrasting conjunction ("…, while …") or "plus" ("…, plus a Utopian team of 37") and ", and" before
 * anything but another figure ("…, and customs data show …"; not "…, and 4,177 …").
 */
const CLAUSE_BREAK = /\s[—–→⇒]\s|\s->\s|[:;]\s|\s\(|\)\s|,\s+(?=(?:while|whereas|but|although|though|compared|plus)\s)|,\s+and\s+(?![\d$€£])/gu;

/**
 * The clause that holds a figure: the text between dashes, colons, semicolons and parentheses, across the
 * asides that do not hold it.
 */
function clauseAround(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number, asides: readonly Aside[]): [number, number] {
  let clauseStart = sentenceStart;
  let clauseEnd = sentenceEnd;
  CLAUSE_BREAK.lastIndex = sentenceStart;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < sentenceEnd; m = CLAUSE_BREAK.exec(text)) {
    // An aside interrupts the clause; it does not end it.
    if (asides.length > 0 && asides.some((a) => m!.index >= a.start - 1 && m!.index < a.end)) continue;
    if (m.index + m[0].length <= start) clauseStart = m.index + m[0].length;
    else if (m.index >= end) {
      clauseEnd = m.index;
      break;
    }
  }
  return [clauseStart, clauseEnd];
}

/**
 * The start of the first figure at or after `from` that is no year nor part of a name ("EU-27"), or the text's
 * end. A number inside a period ("in the six months to October 2023") is no figure: the stretch takes the
 * period in and ends after it.
 */
export function nextFigureStart(stretch: FigureStretch, t: number, from: number): number {
  const { tokens, text, names = NONE, periods = NONE, starts = NONE } = stretch;
  for (let n = t + 1; n < tokens.length; n++) {
    const token = tokens[n];
    if (token.start >= from && !isYearToken(token) && !isDayOfDate(token, text) && !names.some((h) => h.start <= token.start && token.end <= h.end) && !inANamedThing(text, token, starts, names)) {
      const period = periods.find((s) => token.start >= s.start && token.end <= s.end);
      return period ? period.end : token.start;
    }
  }
  return text.length;
}

/** A number a name holds ("PlayStation 5"), where the sentence starts are known: see numberOfAName. */
function inANamedThing(text: string, token: NumberToken, starts: readonly number[], names: readonly NameHit[]): boolean {
  return starts.length > 0 && numberOfAName(text, token, starts[sentenceAt(starts, token.start)], names);
}

/** The context of the t-th number of block i. */
export function figureContext(reader: DocumentReader, i: number, tokens: readonly NumberToken[], t: number): FigureContext {
  const block = reader.doc.blocks[i];
  const facts = reader.blockFacts(i);
  const text = block.text;
  const token = tokens[t];
  const sentence = sentenceAt(facts.starts, token.start);
  const sentenceStart = facts.starts[sentence];
  const sentenceEnd = sentenceEndOf(facts, sentence, text);
  const asides = asidesAround(sentenceAsides(facts, sentence, text, sentenceStart, sentenceEnd), text, token.start, token.end);
  const [clauseStart, clauseEnd] = clauseAround(text, token.start, token.end, sentenceStart, sentenceEnd, asides);
  const refersBack = PRONOUN_START.test(text.slice(sentenceStart, token.start));
  const question = reader.questionBefore(i);
  // A pronoun takes up the paragraph before only when no earlier sentence of its own names anything.
  const antecedent = question < 0 && refersBack && !facts.hits.some((h) => h.kind === 'entity' && h.end <= sentenceStart) ? reader.paragraphBefore(i) : -1;
  const context = reader.contextBlocks(i);
  // "They rose from $3.4 million to $5.4 million": a sentence opening with a pronoun speaks of what the
  // paragraph before it named.
  if (antecedent >= 0 && !context.includes(antecedent)) context.unshift(antecedent);
  const previous = t > 0 ? previousFigure(tokens, t, asides, reader.periods(i)) : undefined;
  const figureBefore = previous && previous.end > sentenceStart ? previous : undefined;
  const windowStart = figureBefore ? figureBefore.end : sentenceStart;
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
    asides,
    bindEnd: token.end,
    nextStart: nextOutsideAsides({ tokens, text, names: facts.hits, periods: reader.periods(i), starts: facts.starts }, t, token.end, asides),
    windowStart,
    figureBefore,
    entityHits: named.entities,
    vendorHits: named.vendors,
    refersBack,
    question,
    antecedent,
    context,
  };
}

/** A column header that says its figures are changes and no more: "y/y", "change", "+/-", "% chg". */
export const CHANGE_ONLY_HEADER = /^[\s*_(%]*(?:y\/y|yoy|y-o-y|change|chg\.?|growth|\+\/[-−]|[+-]\/[-−+]|diff\.?|difference|vs\.?\s+(?:19|20)\d\d|on\s+(?:19|20)\d\d)[\s*_()%]*$/i;

/** For a cell in a column headed only as a change ("y/y", "Change"), the header cell of the column before it; else -1. */
export function headerBeforeChangeColumn(reader: DocumentReader, blockIndex: number): number {
  return headersBeforeChangeColumn(reader, blockIndex)[0] ?? -1;
}

/** For a cell in a column headed only as a change, the header cells of the two columns before it, nearest first. */
export function headersBeforeChangeColumn(reader: DocumentReader, blockIndex: number): number[] {
  const header = reader.columnHeader(blockIndex);
  if (header < 0 || !CHANGE_ONLY_HEADER.test(reader.doc.blocks[header].text)) return [];
  const cell = reader.doc.blocks[header].cell!;
  const found: number[] = [];
  for (let j = header - 1; j >= 0 && reader.doc.blocks[j].cell?.table === cell.table; j--) {
    const other = reader.doc.blocks[j].cell!;
    // The header row's cells stand in column order, so the nearer column comes first.
    if (other.row === 0 && (other.column === cell.column - 1 || other.column === cell.column - 2)) found.push(j);
  }
  return found;
}

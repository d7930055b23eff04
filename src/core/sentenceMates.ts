// What the figures of one sentence say about each other once the first are judged: the time they share,
// and the facts already stated. Claims are judged in the order they are written.
import type { FactIndex } from './factIndex';
import type { Claim } from './claims';
import type { ProseDocument } from './prose';
import type { DocumentReader } from './reading/document';
import { MONTHS_IN_A_YEAR, type MonthSpan } from './periods';
import { sentenceAt } from './sentences';
import { fromRightBefore } from './regex';
import { blockConcepts } from './reading/blockTexts';
import { samePeriod } from './evidence/features';
import { LEVEL_BEFORE } from './reading/period';
import { FAR_ENTITY_RULES, SENTENCE_MATE_ENTITY } from './reading/entity';
import type { IndexedFact } from './factIndex';
import { judgeClaim, noSlipExplains, statesTheNumber, SENTENCE_MATE_MONTH, SENTENCE_MATE_PERIOD, SENTENCE_MATE_YEAR_BEFORE, type Verdict } from './verdict';

/**
 * Words between two figures that move to another time: "up from", "vs", "→", "then", "now", "a record",
 * "the year before". The figure after them is not of the time of the one before.
 */
const ANOTHER_TIME_BETWEEN = /\b(?:from|since|vs|versus|against|compared|than|now|then|previous(?:ly)?|earlier|before|after|later|ago|last|next|record|high|low|peak|was|were|had)\b|→|->|\b(?:19|20)\d\d\b/i;

/**
 * A contrast or someone's word between two figures of one fact: the later one is a claim set against
 * the first ("7,379 units, although a deputy minister said about 4,000"), which may well be wrong.
 */
const CLAIM_SET_AGAINST = /\b(?:although|though|but|while|whereas|however|yet|instead|says?|said|told|claims?|claimed|according)\b/i;
/**
 * Someone's word or a correction between two figures ("said", "not", "rather than", "against"): the later
 * one may be another source's wrong copy of the first, or a wrong value set right.
 */
const SET_AGAINST_THE_FIRST = /\b(?:says?|said|told|claims?|claimed|according|reported|wrote|gave|not|rather\s+than|instead|against|versus|vs|full)\b/i;

/**
 * A later item of a list that gives only a name before its figure ("…, hydropower 29.9% and solar 22.4%"):
 * a joining comma or word, then one to three words. The figure's measure is the list's.
 */
const LIST_ITEM_BEFORE = /^\s*(?:[,;]\s*(?:and\s+|or\s+)?|and\s+|or\s+)\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}\s*$/u;

/**
 * A capitalised name's possessive right before the figure ("…, but below Rio's 67"): the figure is that
 * name's, an edition's or another party's, not of the earlier figure's time.
 */
const NAMED_OWNER_RIGHT_BEFORE = /\b\p{Lu}[\p{L}-]*['’]s\s+$/u;
/** How far before the figure the possessive name is read: a long name and its "'s". */
const OWNER_REACH = 40;

/** A year written after a figure: "in 2025", "for 2024". */
const YEAR_BETWEEN = /\b(?:in|for|during)\s+(?:19|20)\d\d\b/g;
/** Punctuation or a joining word that may start another clause between two figures. */
const CLAUSE_BREAK = /[,;:()–—]|\b(?:and|but|or|while|whereas)\b/;

/** Words between two figures of a series that move on in time: "…, 2,862, then 2,946", "820 → 2,946". */
const SERIES_MOVES_ON = /\bthen\b|→|->/;
/** "to" between a figure with "from" right before it and the next: "rose from 2,012 to 2,946". */
const TO_BETWEEN = /^[^,;:.]{0,24}?\bto\s+$/;

/** Where the words after a list's first figure end: the next item's joining comma or word. */
const ITEM_END = /[,;]|\band\b|\bor\b/;

/** The end of a list item after its figure: the next item, or the clause's end. */
const ITEM_OR_CLAUSE_END = /[,;:.!?()]|\band\b|\bor\b/;

/** The two spans share a calendar year: months of one year (one event in February, another in October) are one time. */
function sameYears(a: MonthSpan, b: MonthSpan): boolean {
  return Math.floor(a.from / MONTHS_IN_A_YEAR) <= Math.floor(b.to / MONTHS_IN_A_YEAR) && Math.floor(b.from / MONTHS_IN_A_YEAR) <= Math.floor(a.to / MONTHS_IN_A_YEAR);
}

interface Sentence {
  block: number;
  index: number;
}

/**
 * Two readings across a sentence's figures:
 * - The time they share when the sentence names none: the period of the fact an earlier figure states
 *   exactly ("Germany hosted [1,152,620] beneficiaries, …" after a paragraph dating it to November 2024).
 *   A later figure with no period of its own is read in it, through a rule that makes no wrong year of
 *   it (SENTENCE_MATE_PERIOD is one of verdict.ts's weak period rules).
 * - One fact is stated once: a fact an earlier figure of the sentence states exactly is not what a later
 *   figure whose value no slip explains states ("wind 39.1% of renewable output, hydro 29.9%"), unless a
 *   contrast or someone's word sets the later one against it (CLAIM_SET_AGAINST).
 */
export class SentenceMates {
  private sentence: Sentence | undefined;
  private span: MonthSpan | undefined;
  private spanEnd = 0;
  /** Where each fact an earlier figure of the sentence states exactly ends, by the fact's id. */
  private readonly stated = new Map<string, number>();
  /**
   * Those whose figure gave the fact's number with its qualifier: a bound or a rounding that agrees ("more
   * than 300,000" of 301,951) leaves a later figure of the sentence to give the number ("… counted 310,951").
   */
  private readonly statedExactly = new Set<string>();
  /** Those facts, in the order stated: what the later figures' series evidence looks at (Claim.statedByMates). */
  private statedFacts: IndexedFact[] = [];
  /** The first fact the sentence's figures state exactly, with where its figure ends. */
  private first: { indexed: IndexedFact; end: number } | undefined;
  /** The time the sentence's last figure that states a fact exactly names: its fact's period, dated or not. */
  private timeNamed: MonthSpan | undefined;
  /** The period of an earlier figure its sentence dates ("delivered 793 aircraft in 2025"), with where it ends. */
  private clauseTime: { span: MonthSpan; end: number } | undefined;
  /** Where the sentence's last judged figure starts and ends. */
  private lastFigureStart = -1;
  private lastFigureEnd = -1;
  /** Earlier figures of the sentence warned of as wrong values of a fact, no slip explaining them. */
  private readonly wrongValues: { claim: Claim; factId: string }[] = [];
  /** Facts a figure of the sentence was warned of as a slip of (a swap, a digit), with where it ends. */
  private readonly slipped = new Map<string, number>();

  constructor(
    private readonly doc: ProseDocument,
    private readonly reader: DocumentReader,
  ) {}

  /**
   * The claim as the last verdict judged it: dated by a mate's time where a period rule of this file
   * applied, so that the evidence names the rule that dated it.
   */
  judgedAs: Claim | undefined;

  judge(index: FactIndex, read: Claim): Verdict | null {
    this.enter(read);
    const owned = this.ownedAsItsMate(index, read);
    const withMates = (c: Claim): Claim => (this.statedFacts.length > 0 ? { ...c, statedByMates: this.statedFacts, ...(this.namedSinceLastFigure(c) ? { listItemMates: this.statedFacts } : {}) } : c);
    let claim = withMates(owned);
    this.judgedAs = claim;
    let verdict = this.judgeInTime(index, claim);
    // The mate's entity states its facts' values, their times and qualifiers; a value no slip explains is
    // as likely another figure of the sentence's subject, and one it links to nothing may be the country's:
    // judged as read.
    if (owned !== read && (verdict === null || (verdict.code === 'figure-mismatch' && verdict.link && noSlipExplains(verdict.link)))) {
      claim = withMates(read);
      this.judgedAs = claim;
      verdict = this.judgeInTime(index, claim);
    }
    const previousEnd = this.lastFigureEnd;
    const previousStart = this.lastFigureStart;
    this.lastFigureEnd = claim.figure.end;
    this.lastFigureStart = claim.figure.start;
    const link = verdict?.link;
    if (verdict?.code === 'figure-verified' && link && this.endsAChangeOfAnotherMeasure(index, claim, link.indexed, previousStart, previousEnd)) return { code: 'figure-misattributed', link: null, related: link.indexed };
    if (verdict?.code !== 'figure-mismatch' || !link) return verdict;
    const statedAt = this.stated.get(link.indexed.fact.id);
    // A slip of a fact the sentence has just stated right ("41% …, while … listed shares just 14%") is
    // another figure, unless someone's word or a correction sets it against the first.
    if (!noSlipExplains(link)) return statedAt === undefined || !this.statedExactly.has(link.indexed.fact.id) || SET_AGAINST_THE_FIRST.test(this.between(claim, statedAt)) ? verdict : null;
    if (this.anotherMeasureThanTheList(index, claim, link.indexed, previousEnd)) return null;
    if (this.aSlipStatesIt(claim, link.indexed.fact.id)) return null;
    return statedAt === undefined || CLAIM_SET_AGAINST.test(this.between(claim, statedAt)) ? verdict : null;
  }

  /**
   * A figure whose entity came from outside its sentence, a country, after an earlier figure of the
   * sentence stated exactly a fact of a body or place in that country ("The Paris-based house … Recurring
   * operating income rose 9% to €6.2bn, equal to 41.5% of sales"): the sentence is about that body, and
   * so is the figure.
   */
  private ownedAsItsMate(index: FactIndex, claim: Claim): Claim {
    const mate = this.first?.indexed.entity;
    if (mate === undefined || !claim.entity || mate === claim.entity || !FAR_ENTITY_RULES.has(claim.rules.entity ?? '')) return claim;
    if (index.countryOf(mate) !== claim.entity) return claim;
    return { ...claim, entity: mate, rules: { ...claim.rules, entity: SENTENCE_MATE_ENTITY } };
  }

  /**
   * A later item of a list ("wind provided 39.1% of green electricity, hydropower 29.9% and solar 22.4%")
   * states the measure its first figure's words give after it ("of green electricity"), when that figure
   * states a fact exactly. A fact that lacks one of those measure words is another measure ("solar's share
   * of all electricity"): a value no slip explains is not a wrong figure of it.
   */
  private anotherMeasureThanTheList(index: FactIndex, claim: Claim, linked: IndexedFact, previousEnd: number): boolean {
    const first = this.first;
    if (!first || first.indexed === linked || previousEnd < first.end) return false;
    if (!LIST_ITEM_BEFORE.test(this.between(claim, previousEnd)) || this.namesAMeasureAfter(index, claim)) return false;
    const after = this.between(claim, first.end);
    const itemEnd = after.search(ITEM_END);
    if (itemEnd <= 0) return false;
    const listMeasure = blockConcepts(index, after.slice(0, itemEnd));
    const firstMeasure = new Set([...first.indexed.measureSet, ...first.indexed.conceptSet]);
    for (const concept of listMeasure) {
      if (!index.isSpecificMeasureConcept(concept) || !firstMeasure.has(concept)) continue;
      if (!linked.measureSet.has(concept) && !linked.conceptSet.has(concept)) return true;
    }
    return false;
  }

  /**
   * The end of a change ("production declined from 3.68 million tonnes in 2017 to [1.79 million]") is of the
   * measure its start states exactly. A value of another measure of the same entity, where that entity has a
   * fact of the start's measure for the same time, is the other measure's figure given as this one's.
   */
  private endsAChangeOfAnotherMeasure(index: FactIndex, claim: Claim, linked: IndexedFact, previousStart: number, previousEnd: number): boolean {
    const start = this.statedFacts.at(-1);
    if (!start || this.stated.get(start.fact.id) !== previousEnd || !this.statedExactly.has(start.fact.id) || start.entity !== linked.entity || start.fact.measure === linked.fact.measure) return false;
    if (!this.closesAFromTo(claim, previousStart, previousEnd)) return false;
    // The change runs across time: the start's measure has a fact of its own for the end's time.
    return index.ownFacts(linked.entity).some((f) => f !== start && f.fact.measure === start.fact.measure && samePeriod(f, linked));
  }

  /**
   * Learns what the claim's verdict says for the later figures of its sentence, and returns the earlier
   * figures whose warnings it withdraws: a figure that states a fact exactly makes the earlier ones of that
   * fact, whose values no slip explains, other times of its series ("Toll timeline: 820, 1,037, … then
   * 2,946 on 13 Sep", "rose from 2,012 to 2,946"), unless a contrast or someone's word sets it against them.
   */
  learn(claim: Claim, verdict: Verdict | null): Claim[] {
    const link = verdict?.link;
    if (verdict?.code === 'figure-mismatch' && link) {
      const factId = link.indexed.fact.id;
      if (noSlipExplains(link)) this.wrongValues.push({ claim, factId });
      else {
        this.slipped.set(factId, claim.figure.end);
        return this.wrongValues.filter((w) => w.factId === factId && !CLAIM_SET_AGAINST.test(this.between(claim, w.claim.figure.end))).map((w) => w.claim);
      }
    }
    if (verdict?.code !== 'figure-verified' || link?.relation !== 'agrees') return [];
    const withdrawn = this.wrongValues.filter((w) => w.factId === link.indexed.fact.id && this.earlierInItsSeries(claim, w.claim)).map((w) => w.claim);
    this.learnStated(claim, link);
    return withdrawn;
  }

  /**
   * The earlier figure is where the series the claim ends stood before: the words between move on in time
   * ("…, 2,862, then 2,946", "820 → 2,946"), or it is the start of a "from … to …" the claim closes.
   */
  private earlierInItsSeries(claim: Claim, earlier: Claim): boolean {
    const between = this.between(claim, earlier.figure.end);
    if (CLAIM_SET_AGAINST.test(between)) return false;
    if (SERIES_MOVES_ON.test(between)) return true;
    return this.closesAFromTo(claim, earlier.figure.start, earlier.figure.end);
  }

  /**
   * One fact is stated once: where a figure of the sentence is a slip of the fact ("€1,050" of €1,500), the
   * fact's other figures that no slip explains ("about €1,300 for small pieces") are other quantities, unless
   * a contrast or someone's word sets them against each other.
   */
  private aSlipStatesIt(claim: Claim, factId: string): boolean {
    const slipEnd = this.slipped.get(factId);
    return slipEnd !== undefined && !CLAIM_SET_AGAINST.test(this.between(claim, slipEnd));
  }

  /** The claim closes a "from … to …" whose start is the figure at those offsets: "rose from 2,012 to [2,946]". */
  private closesAFromTo(claim: Claim, start: number, end: number): boolean {
    const block = this.doc.blocks[claim.block];
    return fromRightBefore(block.text, start - block.start) && TO_BETWEEN.test(this.between(claim, end));
  }

  private learnStated(claim: Claim, link: NonNullable<Verdict['link']>): void {
    this.stated.set(link.indexed.fact.id, claim.figure.end);
    if (statesTheNumber(claim, link.indexed)) this.statedExactly.add(link.indexed.fact.id);
    // A new array: the claims judged before keep the facts stated before them.
    this.statedFacts = [...this.statedFacts, link.indexed];
    this.first ??= { indexed: link.indexed, end: claim.figure.end };
    // A figure itself a year before ("A year earlier prices fell 1.4%, to £285,000") names the year after its fact's.
    const span = link.indexed.span;
    if (span !== null) this.timeNamed = claim.yearBeforeUnnamed ? { from: span.from + MONTHS_IN_A_YEAR, to: span.to + MONTHS_IN_A_YEAR } : span;
    // A figure its own words date ("the 10 it won in Tokyo") dates its clause, not the sentence; a change
    // dated by its level's period ("… in 2023, down 10.3%") is of the sentence's time.
    // Not the start of a change ("went from 527 in 2018 to 536"): the figure after is of another time.
    if (claim.period !== null && claim.rules.period === 'period/sentence' && !claim.startingPoint) this.clauseTime = { span: claim.period, end: claim.figure.end };
    if (link.indexed.span === null || (claim.period !== null && claim.rules.period !== LEVEL_BEFORE)) return;
    this.span = link.indexed.span;
    this.spanEnd = claim.figure.end;
  }

  /** The verdict read in the sentence's time; where that time leaves the figure unlinked, judged alone. */
  private judgeInTime(index: FactIndex, claim: Claim): Verdict | null {
    if (claim.yearBeforeUnnamed && this.timeNamed !== undefined) return this.judgeAYearBefore(index, claim, this.timeNamed);
    const month = this.monthOfTheTimeNamed(claim);
    if (month !== undefined) return this.judgeDated(index, { ...claim, period: { from: month, to: month }, rules: { ...claim.rules, period: SENTENCE_MATE_MONTH } });
    const clauseTime = this.timeOfItsClause(claim);
    if (clauseTime) return this.judgeDated(index, { ...claim, period: clauseTime, rules: { ...claim.rules, period: SENTENCE_MATE_PERIOD } });
    if (claim.period !== null || this.span === undefined) return judgeClaim(index, claim);
    if (ANOTHER_TIME_BETWEEN.test(this.between(claim, this.spanEnd)) || this.ownedByAnUnknownName(claim)) return judgeClaim(index, claim);
    const span = this.span;
    const dated = this.judgeDated(index, { ...claim, period: span, rules: { ...claim.rules, period: SENTENCE_MATE_PERIOD } });
    if (dated) return dated;
    const alone = judgeClaim(index, claim);
    // A value no slip explains, of a fact of other years than the sentence's: another time's figure.
    const fact = alone?.link?.indexed.span;
    if (alone?.code === 'figure-mismatch' && fact && !sameYears(fact, span) && noSlipExplains(alone.link!)) return null;
    return alone;
  }

  /**
   * A figure "the year before" with no time named to count from (Claim.yearBeforeUnnamed) is of the year
   * before the fact an earlier figure of its sentence states exactly: "an estimated 10.8 million, vs 10.3
   * million the year before". Judged alone, its period left open, it would be weighed against every year.
   */
  private judgeAYearBefore(index: FactIndex, claim: Claim, span: MonthSpan): Verdict | null {
    const period = { from: span.from - MONTHS_IN_A_YEAR, to: span.to - MONTHS_IN_A_YEAR };
    return this.judgeDated(index, { ...claim, period, rules: { ...claim.rules, period: SENTENCE_MATE_YEAR_BEFORE } });
  }

  /** Judges the claim as dated here, and keeps it as what was judged when that gives a verdict. */
  private judgeDated(index: FactIndex, dated: Claim): Verdict | null {
    const verdict = judgeClaim(index, dated);
    if (verdict) this.judgedAs = dated;
    return verdict;
  }

  /**
   * A figure dated by a month with no year ("up from 6.3% in October", Claim.monthWithoutYear), after a
   * figure of its sentence that states a fact of one month exactly: that month of the fact's year, or of the
   * year before where it is a later month ("3.4% in January, down from 3.6% in December").
   */
  private monthOfTheTimeNamed(claim: Claim): number | undefined {
    const named = this.timeNamed;
    const month = claim.monthWithoutYear;
    if (claim.period !== null || month === undefined || named === undefined || named.from !== named.to) return undefined;
    const year = Math.floor(named.from / MONTHS_IN_A_YEAR);
    return (month > named.from % MONTHS_IN_A_YEAR ? year - 1 : year) * MONTHS_IN_A_YEAR + month;
  }

  /** Words after the figure, to the next item or the clause's end, name a measure of their own ("0.5% management fee"). */
  private namesAMeasureAfter(index: FactIndex, claim: Claim): boolean {
    const block = this.doc.blocks[claim.block];
    const rest = block.text.slice(claim.figure.end - block.start);
    const end = rest.search(ITEM_OR_CLAUSE_END);
    for (const concept of blockConcepts(index, end < 0 ? rest : rest.slice(0, end))) if (index.isSpecificMeasureConcept(concept)) return true;
    return false;
  }

  /** A name no dataset knows owns the figure, in the possessive right before it ("…, but below Rio's 67"). */
  private ownedByAnUnknownName(claim: Claim): boolean {
    const block = this.doc.blocks[claim.block];
    const at = claim.figure.start - block.start;
    const owner = NAMED_OWNER_RIGHT_BEFORE.exec(block.text.slice(Math.max(0, at - OWNER_REACH), at));
    if (!owner) return false;
    const ownerStart = at - owner[0].length;
    return !this.reader.blockFacts(claim.block).hits.some((h) => h.start <= ownerStart && h.end > ownerStart);
  }

  /**
   * The claim's entity is named between the sentence's last figure and this one, after a comma or a
   * joining word ("France came next with 5.5%, ahead of Poland on 4.4%"): the figure is a new item of what
   * the sentence lists. A name right after the last figure ("$100 million for SmartLess and …") is that
   * figure's.
   */
  private namedSinceLastFigure(claim: Claim): boolean {
    if (this.lastFigureEnd < 0 || !claim.entity) return false;
    const block = this.doc.blocks[claim.block];
    const from = this.lastFigureEnd - block.start;
    const to = claim.figure.start - block.start;
    return this.reader.blockFacts(claim.block).hits.some((hit) => hit.kind === 'entity' && hit.id === claim.entity && hit.start >= from && hit.end <= to && CLAUSE_BREAK.test(block.text.slice(from, hit.start)));
  }

  /** The text from an earlier figure's end to the claim's figure. */
  private between(claim: Claim, from: number): string {
    const block = this.doc.blocks[claim.block];
    return block.text.slice(from - block.start, claim.figure.start - block.start);
  }

  /**
   * An undated figure in the clause of an earlier one its sentence dates by a year written between them,
   * with nothing else between but words ("delivered 793 aircraft in 2025 to [91] customers"), is of that time.
   */
  private timeOfItsClause(claim: Claim): MonthSpan | undefined {
    const time = this.clauseTime;
    if (claim.period !== null || !time) return undefined;
    // The year that dates the earlier figure stands between the two: "793 aircraft in 2025 to 91 customers".
    const written = this.between(claim, time.end);
    const between = written.replace(YEAR_BETWEEN, ' ');
    return between === written || CLAUSE_BREAK.test(between) || ANOTHER_TIME_BETWEEN.test(between) ? undefined : time.span;
  }

  /** Starts a sentence's memory afresh when the claim is in another sentence than the last. */
  private enter(claim: Claim): void {
    const index = sentenceAt(this.reader.blockFacts(claim.block).starts, claim.figure.start - this.doc.blocks[claim.block].start);
    if (this.sentence?.block === claim.block && this.sentence.index === index) return;
    this.sentence = { block: claim.block, index };
    this.span = undefined;
    this.stated.clear();
    this.statedExactly.clear();
    this.statedFacts = [];
    this.first = undefined;
    this.timeNamed = undefined;
    this.clauseTime = undefined;
    this.lastFigureEnd = -1;
    this.wrongValues.length = 0;
    this.slipped.clear();
  }
}

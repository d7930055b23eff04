// What the figures of one sentence say about each other once the first are judged: the time they share,
// and the facts already stated. Claims are judged in the order they are written.
import type { FactIndex } from './factIndex';
import type { Claim } from './claims';
import type { ProseDocument } from './prose';
import type { DocumentReader } from './reading/document';
import { MONTHS_IN_A_YEAR, type MonthSpan } from './periods';
import { sentenceAt } from './sentences';
import { judgeClaim, noSlipExplains, SENTENCE_MATE_PERIOD, type Verdict } from './verdict';

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

  constructor(
    private readonly doc: ProseDocument,
    private readonly reader: DocumentReader,
  ) {}

  judge(index: FactIndex, claim: Claim): Verdict | null {
    this.enter(claim);
    const verdict = this.judgeInTime(index, claim);
    const link = verdict?.link;
    if (verdict?.code !== 'figure-mismatch' || !link || !noSlipExplains(link)) return verdict;
    const statedAt = this.stated.get(link.indexed.fact.id);
    return statedAt === undefined || CLAIM_SET_AGAINST.test(this.between(claim, statedAt)) ? verdict : null;
  }

  learn(claim: Claim, verdict: Verdict | null): void {
    const link = verdict?.link;
    if (verdict?.code !== 'figure-verified' || link?.relation !== 'agrees') return;
    this.stated.set(link.indexed.fact.id, claim.figure.end);
    // A figure its own words date ("the 10 it won in Tokyo") dates its clause, not the sentence.
    if (link.indexed.span === null || claim.period !== null) return;
    this.span = link.indexed.span;
    this.spanEnd = claim.figure.end;
  }

  /** The verdict read in the sentence's time; where that time leaves the figure unlinked, judged alone. */
  private judgeInTime(index: FactIndex, claim: Claim): Verdict | null {
    if (claim.period !== null || this.span === undefined) return judgeClaim(index, claim);
    if (ANOTHER_TIME_BETWEEN.test(this.between(claim, this.spanEnd))) return judgeClaim(index, claim);
    const span = this.span;
    const dated = judgeClaim(index, { ...claim, period: span, rules: { ...claim.rules, period: SENTENCE_MATE_PERIOD } });
    if (dated) return dated;
    const alone = judgeClaim(index, claim);
    // A value no slip explains, of a fact of other years than the sentence's: another time's figure.
    const fact = alone?.link?.indexed.span;
    if (alone?.code === 'figure-mismatch' && fact && !sameYears(fact, span) && noSlipExplains(alone.link!)) return null;
    return alone;
  }

  /** The text from an earlier figure's end to the claim's figure. */
  private between(claim: Claim, from: number): string {
    const block = this.doc.blocks[claim.block];
    return block.text.slice(from - block.start, claim.figure.start - block.start);
  }

  /** Starts a sentence's memory afresh when the claim is in another sentence than the last. */
  private enter(claim: Claim): void {
    const index = sentenceAt(this.reader.blockFacts(claim.block).starts, claim.figure.start - this.doc.blocks[claim.block].start);
    if (this.sentence?.block === claim.block && this.sentence.index === index) return;
    this.sentence = { block: claim.block, index };
    this.span = undefined;
    this.stated.clear();
  }
}

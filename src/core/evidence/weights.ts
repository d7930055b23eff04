// Every weight and threshold of the evidence model, with its reason, in one table. The weights are the
// log-odds each feature adds to "this figure states this fact" against "it states something the
// datasets do not hold". They were fitted by `npm run fit` (tools/fit-evidence.ts: a logistic regression
// on the labelled corpora, part of them kept out); that script rewrites the numbers below and the
// calibration table in docs/calibration.md. Change a reason by hand; change a number by refitting.
import type { Feature } from './features';

export interface Weight {
  weight: number;
  reason: string;
}

export const WEIGHTS: Record<Feature, Weight> = {
  'bias': { weight: -0.17, reason: 'Most figures near a topic word state nothing the datasets hold.' },
  'entity.same': { weight: 1.11, reason: 'The figure is about the very country the fact is about.' },
  'entity.same-place': { weight: 0.67, reason: 'The figure is about the very place, region or body the fact is about: a narrower match than a country.' },
  'entity.country-for-place': { weight: 0.49, reason: 'The writer names the country for a fact about one of its places or bodies: they may speak broadly.' },
  'entity.place-for-country': { weight: -0.14, reason: "A place or body is named for a fact about its country, or a body for a fact it publishes about another entity: it may be that fact, seen from there or reported by it." },
  'entity.sibling': { weight: -2.13, reason: 'Another place or body of the same country: usually a figure of its own.' },
  'entity.only-fact': { weight: 1.33, reason: 'The place or body named has no other figure of this kind: the writer can mean no other.' },
  'entity.own-elsewhere': { weight: -1.79, reason: 'A fact of another entity, when the entity named has a figure of this measure of its own: that is what the writer means.' },
  'entity.far': { weight: -0.79, reason: "The entity comes from an earlier sentence, the paragraph before or a heading, not the figure's sentence." },
  'parties.same': { weight: 2.62, reason: 'The figure names exactly the parties of the fact (the maker, bank or buyer).' },
  'parties.overlap': { weight: -0.02, reason: 'The figure names some of the fact’s parties.' },
  'parties.group': { weight: 0.93, reason: 'A collective ("makers from Ruritania") stands for the fact’s parties, or the reverse.' },
  'parties.none-none': { weight: -0.01, reason: 'Neither the figure nor the fact names a party.' },
  'parties.unnamed': { weight: 0, reason: 'The fact is about named parties; the figure names none.' },
  'parties.extra': { weight: -0.81, reason: 'The figure names a party; the fact is about none.' },
  'parties.contradict': { weight: -3.58, reason: 'The figure names other parties than the fact’s: another party’s figure.' },
  'parties.heading': { weight: 0.87, reason: 'Only a heading above names the fact’s parties.' },
  'measure.specific-near': { weight: 0.97, reason: 'A word that tells this measure from the others stands next to the figure (its stretch, table header or lead-in).' },
  'measure.specific-near-2': { weight: 0.93, reason: 'Two or more such words next to the figure.' },
  'measure.specific-sentence': { weight: 0.32, reason: 'A specific measure word stands elsewhere in the sentence.' },
  'measure.specific-context': { weight: -0.31, reason: 'A specific measure word stands only in a heading or another block around the figure.' },
  'measure.generic-only': { weight: 0.16, reason: 'Only words of the subject ("widgets" for a dataset about widgets) are around: they do not say which measure.' },
  'measure.none': { weight: -1.14, reason: 'None of the fact’s words is around the figure.' },
  'measure.other-near': { weight: -0.42, reason: 'Next to the figure stands a specific word of another measure and none of this one.' },
  'measure.conflict': { weight: -1.09, reason: 'Next to the figure stands a word of another measure, even beside words of this one ("capacity" by a figure of output).' },
  'measure.series-mate': { weight: 1.2, reason: 'An earlier figure of the sentence states exactly another time of this fact’s series (same entity and measure): the sentence follows that series.' },
  'measure.list-mate': { weight: 2.56, reason: 'An earlier figure of the sentence states exactly this measure of another entity at this time: the sentence lists the measure across entities.' },
  'noun.same': { weight: 0.37, reason: 'The figure counts what the fact counts.' },
  'noun.generic': { weight: -0.36, reason: 'The figure counts "units" or the subject’s generic noun: no sign either way.' },
  'noun.other': { weight: -1.44, reason: 'The figure counts something else ("9,855,745 inhabitants").' },
  'period.same': { weight: 0.81, reason: 'The figure is for exactly the fact’s period.' },
  'period.within': { weight: -0.55, reason: 'The figure’s period overlaps the fact’s.' },
  'period.different': { weight: -2.45, reason: 'The figure is for another period: usually another figure, unless its value is the fact’s.' },
  'period.claim-only': { weight: -1.34, reason: 'The figure is dated; the fact is not.' },
  'period.fact-only': { weight: -0.76, reason: 'The fact is dated; the figure is not: writers often leave the year out.' },
  'whole.agrees': { weight: 0.45, reason: '"X of Y" with the fact’s whole.' },
  'whole.differs': { weight: 0.03, reason: '"X of Y" where the fact is a part of another whole.' },
  'whole.claim-only': { weight: -0.91, reason: 'The figure is a part of a whole; the fact is not.' },
  'whole.fact-only': { weight: -0.59, reason: 'The fact is a part of a whole; the figure gives none.' },
  'value.agrees': { weight: 3.23, reason: 'The value is the fact’s, within the precision and qualifier written.' },
  'value.qualifier-flipped': { weight: 4.17, reason: 'The same number with the opposite qualifier or sign.' },
  'value.loose': { weight: -1.4, reason: 'A bound far from the fact’s value: true, but not a statement of it.' },
  'value.hedged': { weight: -0.85, reason: 'A hedged figure within a tenth of the fact’s value ("about 81 million" of 77 million): likely a loose statement of it, as likely as the same number with the opposite qualifier, and less than a value that agrees; it verifies nothing.' },
  'value.transposed': { weight: 3.6, reason: 'The fact’s digits with two swapped: a typing slip.' },
  'value.finer-transposed': { weight: 2.0, reason: 'Written more finely than the fact, its digits the fact’s with a zero swapped in ("3,020" of 3,200): a slip, but weaker than a swap of the digits the source gives, and well below a value that agrees (at 2.5 it outranked a fact the figure states exactly).' },
  'value.one-digit': { weight: 0.29, reason: 'The fact’s digits with one changed.' },
  'value.digit-count': { weight: -0.85, reason: 'The fact’s digits with one dropped or added.' },
  'value.scale-slip': { weight: 1.39, reason: 'The fact’s digits at another scale (thousand for million).' },
  'value.round-scale-slip': { weight: -0.07, reason: 'A round value at another scale: round numbers are everywhere.' },
  'value.near': { weight: -1.55, reason: 'Near the fact’s value: another estimate of it, or of something close.' },
  'value.moderate': { weight: -2.95, reason: 'A few times the fact’s value or a fraction of it.' },
  'value.far': { weight: -5.01, reason: 'Far from the fact’s value: no slip or rounding explains it.' },
  'value.anothers': { weight: 1.16, reason: 'Exactly the value of another fact: the writer mixed up two sourced figures.' },
  'claim.hypothetical': { weight: -1.81, reason: 'The clause speaks of what could, would or will be ("could support", "plans to").' },
  'claim.structure': { weight: 0.3, reason: 'The figure stands in a table, a list under a lead-in, or an answer: the context names its measure.' },
};

export interface Threshold {
  value: number;
  reason: string;
}

export const THRESHOLDS = {
  warn: { value: 0.66, reason: 'A warning needs the link to be nearly certain: a checker that cries wolf is turned off.' },
  verify: { value: 0.65, reason: 'A verification needs the link to be more likely than not, and the value already agrees.' },
  fix: { value: 0.9, reason: 'A quick fix writes into the document: it is offered only where the link is surer than a warning needs.' },
  ownLink: { value: 0.5, reason: 'A misattribution needs one measure of the figure\'s own entity linked more likely than not: a sum of weak links to many measures is a guess.' },
  hedgedWrong: { value: 0.8, reason: 'A hedged figure that names another number than the fact\'s ("an estimated 14,200" of 14,700) is wrong only where the link is surer than a warning needs: a hedge may also be the writer\'s own working-out.' },
  computedLink: { value: 0.3, reason: 'A fact whose value the figure\'s own sentence computes ("rose 16.5% to [$3.8bn] from $2.8bn" of $3.3bn), where the figure\'s value does not fit, needs only a link likelier than a guess: two numbers rarely compute a third by chance.' },
  ambiguity: { value: 0.15, reason: 'Two facts with other values this close in probability: the figure could be either; stay silent.' },
} satisfies Record<string, Threshold>;

/** The log-odds of a set of features. */
export function logOdds(features: readonly Feature[]): number {
  let sum = 0;
  for (const feature of features) sum += weightOf(feature);
  return sum;
}

/** The weight of one feature. */
export function weightOf(feature: Feature): number {
  return WEIGHT_OF.get(feature)!.weight;
}

/**
 * The same table as a Map, read once per feature of every candidate: the table's keys are not
 * identifiers, so indexing it by a feature name is a slow lookup. It holds the table's own entries, so
 * the fit, which sets their weights, is read as it goes.
 */
const WEIGHT_OF = new Map<Feature, Weight>(Object.entries(WEIGHTS) as [Feature, Weight][]);

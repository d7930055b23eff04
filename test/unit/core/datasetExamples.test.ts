// Each dataset tests itself: a fact's examples must verify against that fact, and its counterexamples
// must get a warning (as textlint's prh specs and Harper's rule tests do). The evidence model warns only
// when it is sure, so a counterexample whose value is far from every fact with nothing else wrong may pass
// unflagged: counterexamples are held to a share, and the ones missed are listed.
import { strict as assert } from 'node:assert';
import { checkDocument } from '../../../src/core';
import { WARNING_CODES } from '../support/labels';
import { corpusAvailable, indexFor, type DatasetSet } from '../support/corpora';
import { repoRoot } from '../support/engine';

/** Per dataset: the share of examples that must verify and of counterexamples that must be flagged. */
const FLOORS: [DatasetSet, string, number, number][] = [
  // The evidence model refitted on every development corpus leaves counterexamples silent whose value is near
  // the fact's or a few times it with no slip (another estimate, not a typing error): 84 of 95, 97 of 126, 49 of 51.
  ['bundled', 'rferl-2024-05-07-cameras', 1, 84 / 95],
  // 105: THRESHOLDS.ownLink leaves Montenegro's $1.9 billion loan unflagged, linked at 0.49 to each of two
  // facts of the one loan whose measures are written differently.
  // 96: "will build a third of Hungary's … line" (of 50%) is no longer called another fact's exact number:
  // a fraction in words is too rough for that (verdict.ts, roughFractionOfAPreciseFact).
  ['bundled+subject2', 'china-finance-cee', 0.93, 96 / 126],
  ['bundled+subject3', 'subject3', 0.98, 0.91],
  // The refit with the series-mate feature (warn 0.66) leaves a few more counterexamples silent whose value
  // is near the fact's with no slip: 64 of 66, 35 of 39, 48 of 51.
  ['bundled+subject4', 'subject4', 0.98, 64 / 66],
  ['bundled+subject5', 'subject5', 0.97, 35 / 39],
  ['bundled+subject6', 'subject6', 0.96, 48 / 51],
];

for (const [set, source, minVerified, minFlagged] of FLOORS) {
  describe(`dataset examples and counterexamples: ${source}`, () => {
    const missed: string[] = [];
    let examples = 0;
    let verified = 0;
    let counterexamples = 0;
    let flagged = 0;

    before(function () {
      if (!corpusAvailable({ name: set, dir: repoRoot(), datasets: set, kind: 'labelled' })) this.skip();
      const index = indexFor(set);
      for (const fact of index.facts) {
        if (set !== 'bundled' && index.indexedFact(fact.id) && fact.source === 'rferl-2024-05-07-cameras') continue;
        for (const example of fact.examples) {
          examples++;
          const findings = checkDocument(example, index).findings;
          const ok = findings.some((f) => f.code === 'figure-verified' && f.factId === fact.id) && !findings.some((f) => WARNING_CODES.has(f.code));
          if (ok) verified++;
          else missed.push(`example of ${fact.id} not verified: ${example} → ${JSON.stringify(findings.map((f) => [f.code, f.factId]))}`);
        }
        for (const counterexample of fact.counterexamples) {
          counterexamples++;
          const findings = checkDocument(counterexample, index).findings;
          if (findings.some((f) => WARNING_CODES.has(f.code))) flagged++;
          else missed.push(`counterexample of ${fact.id} not flagged: ${counterexample} → ${JSON.stringify(findings.map((f) => [f.code, f.factId]))}`);
        }
      }
      console.log(`      ${source}: ${verified}/${examples} examples verified, ${flagged}/${counterexamples} counterexamples flagged`);
      for (const m of missed) console.log(`      ${m}`);
    });

    it(`verifies at least ${minVerified * 100}% of the examples, each against its own fact`, () => {
      assert.ok(verified / examples >= minVerified, `${verified}/${examples}`);
    });

    it(`flags at least ${minFlagged * 100}% of the counterexamples`, () => {
      assert.ok(flagged / counterexamples >= minFlagged, `${flagged}/${counterexamples}`);
    });
  });
}

// The bundled dataset tests itself: each fact's examples must verify against that fact, and each
// counterexample must get a warning (as textlint's prh specs and Harper's rule tests do).
import { strict as assert } from 'node:assert';
import { checkDocument } from '../../../src/core';
import { bundledIndex } from '../support/engine';
import { WARNING_CODES } from '../support/labels';

describe('dataset examples and counterexamples', () => {
  const index = bundledIndex();
  for (const fact of index.facts) {
    describe(fact.id, () => {
      for (const example of fact.examples) {
        it(`verifies: ${example}`, () => {
          const findings = checkDocument(example, index).findings;
          const verified = findings.filter((f) => f.code === 'figure-verified' && f.factId === fact.id);
          const warnings = findings.filter((f) => WARNING_CODES.has(f.code));
          assert.deepEqual(warnings.map((f) => f.message), [], 'no warning on an example');
          assert.ok(verified.length > 0, `not verified against ${fact.id}; got ${JSON.stringify(findings.map((f) => [f.code, f.factId]))}`);
        });
      }
      for (const counterexample of fact.counterexamples) {
        it(`flags: ${counterexample}`, () => {
          const findings = checkDocument(counterexample, index).findings;
          const warnings = findings.filter((f) => WARNING_CODES.has(f.code));
          assert.ok(warnings.length > 0, `no warning; got ${JSON.stringify(findings.map((f) => [f.code, f.factId]))}`);
        });
      }
    });
  }
});

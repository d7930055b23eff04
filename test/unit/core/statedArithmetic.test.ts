import * as assert from 'node:assert/strict';
import { checkDocument } from '../../../src/core';
import { parseProse } from '../../../src/core/prose';
import { readClaims } from '../../../src/core/claims';
import { indexFor } from '../support/corpora';

function computedOf(text: string, figure: string): { lowBound: number; highBound: number } | undefined {
  const index = indexFor('bundled+subject447');
  const claim = readClaims(parseProse(text), index).claims.find((c) => c.figure.text === figure);
  assert.ok(claim, `no claim for ${figure}`);
  return claim.computedValues;
}

describe('the figures of a sentence computing each other (statedArithmetic.ts)', () => {
  const changed = 'Premixed cocktails were the other riser: their US supplier revenue climbed 17.9% to $3.3 billion in 2024, from $2.8 billion the year before.\n';

  it('gives each of a change in per cent and its two levels the values the other two compute', () => {
    const level = computedOf(changed, '$3.3 billion')!;
    // $2.8bn (±0.05bn) up 17.9% (±0.05 points) is between $3.25bn and $3.40bn.
    assert.ok(level.lowBound > 3.2e9 && level.lowBound < 3.3e9 && level.highBound > 3.3e9 && level.highBound < 3.45e9, JSON.stringify(level));
    const change = computedOf(changed, '17.9%')!;
    assert.ok(change.lowBound < 17.9 && change.highBound > 17.9, JSON.stringify(change));
  });

  it('reads no change in points and no hedged level', () => {
    assert.equal(computedOf('Premixed cocktails gained 2 points of share as their US supplier revenue rose from $2.8 billion in 2023 to $3.3 billion in 2024.\n', '$3.3 billion'), undefined);
    assert.equal(computedOf('Premixed cocktails gained 2 percentage points of share as their US supplier revenue rose from $2.8 billion in 2023 to $3.3 billion in 2024.\n', '$3.3 billion'), undefined);
    assert.equal(computedOf('Premixed cocktails: their US supplier revenue climbed 17.9% to about $3.3 billion in 2024, from $2.8 billion the year before.\n', '$2.8 billion'), undefined);
  });

  it('links a figure to the fact whose value its sentence computes, with a weaker link than a warning needs', () => {
    // The dataset has $3.3bn for 2024 and $2.8bn for 2023; $2.8bn up 17.9% is $3.3bn, not $3.8bn.
    const text = changed.replace('$3.3 billion', '$3.8 billion');
    const findings = checkDocument(text, indexFor('bundled+subject447')).findings.filter((f) => f.code !== 'missing-citation');
    const wrong = findings.find((f) => text.slice(f.start, f.end) === '$3.8 billion');
    assert.equal(wrong?.code, 'figure-mismatch');
    assert.equal(wrong?.factId, 'subject447-us-premixed-revenue-2024');
    assert.match(wrong?.evidence?.summary ?? '', /its sentence computes \$3\.3 billion/);
  });
});

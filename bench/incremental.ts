// Bench row for issue 10: a one-character edit in a 1 MiB draft, re-checked by a SectionChecker that
// kept the sections of the previous check, against a full check of the same text.
import { SectionChecker } from '../src/core/check';
import type { FactIndex } from '../src/core';
import { time, type Timing } from './timing';

export interface IncrementalTiming {
  full: Timing;
  edit: Timing;
  sections: number;
  rechecked: number;
}

/** Alternately types and deletes one character near the top, the middle and the end of the draft. */
export function timeIncremental(draft: string, index: FactIndex, runs: number): IncrementalTiming {
  const checker = new SectionChecker(index);
  const full = time(() => new SectionChecker(index).check(draft), { warmups: 1, runs: Math.max(3, Math.floor(runs / 4)), budgetMs: 20_000 });
  checker.check(draft);
  const sections = checker.lastRechecked;
  const at = [0.01, 0.5, 0.99].map((f) => draft.indexOf(' ', Math.floor(draft.length * f)));
  const versions = at.map((offset) => draft.slice(0, offset) + 'x' + draft.slice(offset));
  let n = 0;
  let rechecked = 0;
  const edit = time(
    () => {
      // Each step types a character into one place, or deletes the one typed before.
      const i = n++;
      checker.check(i % 2 === 0 ? versions[(i >> 1) % versions.length] : draft);
      rechecked = Math.max(rechecked, checker.lastRechecked);
    },
    { warmups: 2, runs, budgetMs: 10_000 },
  );
  return { full, edit, sections, rechecked };
}

// A reading rule answers one question about a figure (its entity, its parties, its period, the noun it
// counts, its whole) from the figure's context, or passes. Each slot is an ordered list of rules; the
// first that answers wins, and its id is recorded on the claim and shown in the evidence.
import type { FigureContext } from './context';

export interface ReadingRule<T> {
  /** Stable id, shown in the evidence: "entity/clause", "period/timeline-label". */
  id: string;
  /** One line: what the rule reads and why. */
  doc: string;
  /** A draft fragment the rule answers for, with the figure it reads in brackets. */
  example: string;
  read(ctx: FigureContext): T | null;
}

/** What a slot's rules found, and which rule found it. */
export interface Reading<T> {
  value: T;
  rule: string;
}

/** The answer of the first rule that answers, or null when none does. */
export function firstAnswer<T>(rules: readonly ReadingRule<T>[], ctx: FigureContext): Reading<T> | null {
  for (const rule of rules) {
    const value = rule.read(ctx);
    if (value !== null) return { value, rule: rule.id };
  }
  return null;
}

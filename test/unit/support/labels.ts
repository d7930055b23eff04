// Labelled fixture drafts: a marker such as ⟦mismatch⟧ written right after a figure says what factdesk
// must report for it. Markers are removed before checking; each remembers where its figure ends.
import type { Finding } from '../../../src/core';

export const LABELS = ['verified', 'mismatch', 'misattributed', 'period', 'qualifier', 'none'] as const;
export type Label = (typeof LABELS)[number];

export const CODE_OF_LABEL: Record<Exclude<Label, 'none'>, Finding['code']> = {
  verified: 'figure-verified',
  mismatch: 'figure-mismatch',
  misattributed: 'figure-misattributed',
  period: 'period-mismatch',
  qualifier: 'qualifier-mismatch',
};

export interface LabelledFigure {
  label: Label;
  /** The fact the figure speaks of ("⟦mismatch:hu-shodan-dahua-devices⟧"), when the label names one. */
  factId?: string;
  /** For a misattributed figure: the fact whose value it gives ("⟦misattributed:A/B⟧" names B). */
  ownerId?: string;
  /** Offset in the cleaned text where the labelled figure ends. */
  end: number;
  line: number;
}

// "⟦verified⟧", "⟦mismatch:fact-id⟧" or "⟦misattributed:fact-id/owner-id⟧" (the fact id may be empty).
const MARKER = /⟦([a-z]+)(?::([a-z0-9-]*)(?:\/([a-z0-9-]+))?)?⟧/g;

export function readLabels(marked: string): { text: string; labels: LabelledFigure[] } {
  const labels: LabelledFigure[] = [];
  let removed = 0;
  const text = marked.replace(MARKER, (whole: string, label: string, factId: string | undefined, ownerId: string | undefined, offset: number) => {
    if (!(LABELS as readonly string[]).includes(label)) throw new Error(`unknown label ⟦${label}⟧ at offset ${offset}`);
    // A marker written after the emphasis that closes round the figure ("**1,048,900**⟦…⟧") marks the figure.
    let emphasis = 0;
    while (offset - emphasis > 0 && (marked[offset - emphasis - 1] === '*' || marked[offset - emphasis - 1] === '_')) emphasis++;
    const end = offset - removed - emphasis;
    const figure: LabelledFigure = { label: label as Label, end, line: marked.slice(0, offset).split('\n').length };
    if (factId) figure.factId = factId;
    if (ownerId) figure.ownerId = ownerId;
    labels.push(figure);
    removed += whole.length;
    return '';
  });
  return { text, labels };
}

export const WARNING_CODES = new Set<Finding['code']>(['figure-mismatch', 'figure-misattributed', 'period-mismatch', 'qualifier-mismatch']);

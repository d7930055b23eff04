// Facts under review: a fact with a `review` note (written by `factdesk extract` where the reader could
// not resolve something) loads, but the checker ignores it until a person removes the note.
import type { LoadedDataset } from './load';

export interface ReviewNote {
  file: string;
  /** JSON path of the fact: `facts[3]`. */
  path: string;
  factId: string;
  note: string;
}

export function factsUnderReview(datasets: readonly LoadedDataset[]): ReviewNote[] {
  return datasets.flatMap(({ file, data }) =>
    data.facts.flatMap((fact, k) => (fact.review !== undefined ? [{ file, path: `facts[${k}]`, factId: fact.id, note: fact.review }] : [])),
  );
}

/** `mine.facts.json: facts[3] (ge-cameras-2023): under review: the checker does not verify…`. */
export function formatReview(r: ReviewNote): string {
  return `${r.file}: ${r.path} (${r.factId}): under review, not used until the note is removed: ${r.note}`;
}

// Facts under review: a fact with a `review` note (written by `factdesk extract` where the reader could
// not resolve something) loads, but the checker ignores it until a person removes the note.
import type { LoadedDataset } from './load';
import type { DatasetFile } from './schema';

export interface ReviewNote {
  file: string;
  /** JSON path of the fact: `facts[3]`. */
  path: string;
  factId: string;
  note: string;
}

/** A fact under review, within its file. */
export type FactReview = Omit<ReviewNote, 'file'>;

/** The facts under review of one file's data. */
export function reviewsOf(data: DatasetFile): FactReview[] {
  return data.facts.flatMap((fact, k) => (fact.review !== undefined ? [{ path: `facts[${k}]`, factId: fact.id, note: fact.review }] : []));
}

/** Every fact under review, file by file; a dataset whose data is not read yet may know its own (a deferred load). */
export function factsUnderReview(datasets: readonly LoadedDataset[]): ReviewNote[] {
  return datasets.flatMap((dataset) => (dataset.underReview ?? reviewsOf(dataset.data)).map((review) => ({ file: dataset.file, ...review })));
}

/** `mine.facts.json: facts[3] (ge-cameras-2023): under review: the checker does not verify…`. */
export function formatReview(r: ReviewNote): string {
  return `${r.file}: ${r.path} (${r.factId}): under review, not used until the note is removed: ${r.note}`;
}

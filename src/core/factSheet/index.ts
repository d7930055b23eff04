// The fact sheet's view model, built from the fact index for an entity, a vendor or the whole dataset.
import type { FactIndex } from '../factIndex';
import { datasetSheet } from './datasetSheet';
import { entitySheet } from './entitySheet';
import type { FactSheet, SheetSubject } from './model';

export * from './model';
export { measureFamily } from './family';

/** The sheet for a subject, or undefined when the loaded datasets do not know it. */
export function buildFactSheet(index: FactIndex, subject: SheetSubject): FactSheet | undefined {
  return subject.kind === 'dataset' ? datasetSheet(index) : entitySheet(index, subject.kind, subject.id);
}

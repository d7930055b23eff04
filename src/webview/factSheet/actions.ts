// What the drawing code may ask of the host: the only ways a sheet talks back to the extension.
import type { SheetSubject } from '../../core/factSheet/model';

export interface Actions {
  /** Show another subject's sheet (a country, a vendor, or the whole dataset). */
  open(subject: SheetSubject): void;
  /** Cite the figure's source in the draft. */
  cite(factId: string): void;
  /** The map series the reader chose last, if any. */
  savedSeries(): string | undefined;
  saveSeries(seriesId: string): void;
}

// What a dataset file defines, by kind: shared by the loader and its checks across files.
import type { DatasetFile } from './schema';

/** A file that passed its own checks, with its place among the loader's inputs. */
export interface Candidate {
  index: number;
  file: string;
  data: DatasetFile;
}

export type Kind = 'entity' | 'vendor' | 'source' | 'fact';
export const COLLECTION: Record<Kind, 'entities' | 'vendors' | 'sources' | 'facts'> = {
  entity: 'entities',
  vendor: 'vendors',
  source: 'sources',
  fact: 'facts',
};
export const KINDS: Kind[] = ['source', 'entity', 'vendor', 'fact'];

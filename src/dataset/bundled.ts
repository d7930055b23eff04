// The datasets shipped inside the CLI and the extension. esbuild inlines the JSON, so this works in a
// web worker too; loadDatasets validates them like any user file.
import entities from '../../data/entities.json';
import rferlCameras from '../../data/rferl-2024-05-07-cameras.facts.json';
import type { DatasetInput } from './load';

export const BUNDLED_DATASETS: DatasetInput[] = [
  { file: 'data/entities.json', json: entities },
  { file: 'data/rferl-2024-05-07-cameras.facts.json', json: rferlCameras },
];

/** The bundled catalogue of names alone (entities and vendors), without the bundled facts. */
export const BUNDLED_CATALOGUE: DatasetInput[] = [BUNDLED_DATASETS[0]];

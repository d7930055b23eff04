// The datasets shipped inside the CLI and the extension. The build validates them with the same loader
// as any user file (scripts/bundled-datasets.mjs: the build fails on any problem) and inlines them with
// every default filled in, so that a check never spends start-up time on validating data that cannot
// have changed since. esbuild inlines the JSON, so this works in a web worker too.
import validated from 'factdesk:bundled-datasets';
import type { DatasetInput } from './load';

export const BUNDLED_DATASETS: DatasetInput[] = validated.map(({ file, data }) => ({ file, json: data, prevalidated: true }));

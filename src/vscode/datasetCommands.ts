// The commands that make datasets (Add Fact from Selection, New Dataset). In the Node extension they are
// a bundle of their own (dist/extension-datasets.js, scripts/build.mjs), required when one first runs: the
// extractor and the schema they need are not part of the bundle that every activation reads.
export { addFactFromSelection } from './addFact';
export { newDataset } from './newDataset';

// The fact sheet's view model, HTML shell, open session and command, for the Node extension a bundle of its
// own (dist/extension-factsheet.js, scripts/build.mjs), required when a sheet is first shown or restored:
// most sessions never open one, and dist/extension-main.js, read at every activation, must stay under 400 KB.
export { buildFactSheet } from '../core/factSheet';
export { factSheetHtml, makeNonce } from './factSheetHtml';
export { showFactSheet } from './factSheetCommand';
export { openSheet, pickSubject, postSheet, receiveMessage, restoredSubject, setSheetHtml } from './factSheetSession';

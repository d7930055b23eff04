// Stands for entities where markdown-it imports it, in the Node production bundles. markdown-it calls only
// decodeHTMLStrict, and only on text that holds an entity ("&amp;"); the real module unpacks its HTML
// decoding tables when it is evaluated (a few milliseconds of every start), which this delays to the
// first call, and the build keeps it in a file of its own (dist/entities.js, scripts/build.mjs). The
// decoding itself is the real module's.
let entities;

export function decodeHTMLStrict(text) {
  // A require, not an import: the module is then read and evaluated on this call, not at start-up.
  // eslint-disable-next-line no-undef
  entities ??= require('entities/decode');
  return entities.decodeHTMLStrict(text);
}

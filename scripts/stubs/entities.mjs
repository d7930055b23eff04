// Stands for entities where markdown-it imports it, in the CLI bundles. markdown-it calls only
// decodeHTMLStrict, and only on text that holds an entity ("&amp;"); the real module unpacks its HTML
// decoding tables when it is evaluated (a few milliseconds of every start), which this delays to the
// first call. The decoding itself is the real module's.
let entities;

export function decodeHTMLStrict(text) {
  // A require, not an import: esbuild then evaluates the module on this call, not at start-up.
  // eslint-disable-next-line no-undef
  entities ??= require('entities/decode');
  return entities.decodeHTMLStrict(text);
}

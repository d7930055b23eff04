// Stands for markdown-it-footnote in the Node production bundles. The engine parses a document with the
// plugin only when its text holds footnote syntax ("[^" or "^[", src/core/prose.ts), so most drafts never
// need it; dist/extension-main.js, read at every activation, must stay under 400 KB. This delays reading the
// plugin (about 5 KB minified) to the first such document, and the build keeps it in a file of its own
// (dist/footnote.js, scripts/build.mjs). The rules themselves are the real plugin's.
let realPlugin;

export default function lazyFootnotePlugin(md, ...options) {
  // A require, not an import: the module is then read and evaluated here, not at start-up.
  // eslint-disable-next-line no-undef
  realPlugin ??= require('markdown-it-footnote');
  const plugin = realPlugin.default ?? realPlugin;
  return plugin(md, ...options);
}

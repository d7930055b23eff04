// Stands for jsonc-parser in the Node production bundles. It parses only .factdesk.json files and the
// dataset a fact is appended to, which most workspaces never have or do; dist/extension-main.js, read at
// every activation, must stay under 400 KB. This delays reading it (about 12 KB minified) to the first
// such file, and the build keeps it in a file of its own (dist/jsonc.js, scripts/build.mjs). The parsing
// itself is the real module's.
let jsonc;

function real() {
  // A require, not an import: the module is then read and evaluated on first use, not at start-up.
  // eslint-disable-next-line no-undef
  return (jsonc ??= require('jsonc-parser/lib/esm/main.js'));
}

export function parseTree(text, errors, options) {
  return real().parseTree(text, errors, options);
}

export function findNodeAtLocation(root, path) {
  return real().findNodeAtLocation(root, path);
}

export function getNodeValue(node) {
  return real().getNodeValue(node);
}

export function printParseErrorCode(code) {
  return real().printParseErrorCode(code);
}

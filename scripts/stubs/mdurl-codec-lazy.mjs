// Stands for mdurl's encoder and decoder in the Node production bundles. markdown-it calls them only on a
// link's address and an autolink's text, so the real ones (2 KB) are read from dist/mdurl.js on that first
// call, not at every start (scripts/build.mjs). The encoding itself is the real module's.
let codec;

function real() {
  // A require, not an import: the module is then read and evaluated on this call, not at start-up.
  // eslint-disable-next-line no-undef
  return (codec ??= require('mdurl-codec'));
}

export function encode(text) {
  return real().encode(text);
}

export function decode(text, exclude) {
  return real().decode(text, exclude);
}

// markdown-it reads the decoder's default set of characters left encoded without calling it.
decode.defaultChars = ';/?:@&=+$,#';

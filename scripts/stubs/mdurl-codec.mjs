// mdurl's real percent encoder and decoder. The web bundle imports them from here; the Node bundles read
// them through scripts/stubs/mdurl-codec-lazy.mjs instead, from dist/mdurl.js on the first link.
export { default as decode } from '../../node_modules/mdurl/lib/decode.mjs';
export { default as encode } from '../../node_modules/mdurl/lib/encode.mjs';

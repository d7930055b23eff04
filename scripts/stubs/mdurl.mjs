// Stands for mdurl's parse and format in the production bundles; its encode and decode are the real ones
// (scripts/stubs/mdurl-codec.mjs).
// markdown-it parses a link's address only to convert its host name with punycode (stubbed too: an ASCII host
// stays as it is) and to percent-encode each part; encoding the whole address at once leaves the same
// characters as they are (the separators are among those encode keeps), so a link's target, which factdesk
// only compares with a dataset source's address, comes out the same for any address with an ASCII host. A
// host in brackets (an IPv6 address) or written in capitals is left as written, where the real parser would
// percent-encode the brackets or keep the capitals too: no source has such an address. The real parser and
// formatter are 2.6 KB of every bundle, parsed at every start.
import { decode, encode } from './mdurl-codec.mjs';

/** The whole address as its path: markdown-it encodes it and formats it back as it is. */
function parse(url) {
  return { pathname: url };
}

function format(parsed) {
  return parsed.pathname ?? '';
}

export { decode, encode, format, parse };

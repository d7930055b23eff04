// Whether a dataset text comes back the same through JSON.stringify and JSON.parse of what the loader
// made of it: the stores of validated files (the CLI's --cache, the extension's storage) keep only
// such texts.

/**
 * A number that is a negative zero (`-0`, `-0.0`, `-0e3`) where JSON puts a value, after ':', '[' or
 * ',': JSON writes it back as 0. An id such as "region-0" is no match; the same characters inside a
 * string ("a:-0") only leave that file unstored.
 */
const NEGATIVE_ZERO = /[:,[]\s*-0(?:\.0*)?(?:[eE][+-]?\d+)?(?![\d.eE])/;

export function jsonWritesBack(text: string): boolean {
  return !NEGATIVE_ZERO.test(text);
}

// Stands for uc.micro in the production bundles. markdown-it asks it whether a character is punctuation or a
// symbol (emphasis and smart quotes); its tables are Unicode's general categories written out as
// surrogate-pair patterns, 5 KB of every bundle. Unicode property escapes name the same categories: a unit
// test (test/unit/core/ucMicroStub.test.ts) checks every code point, lone surrogates included, against the
// real module. Any is kept as uc.micro writes it: one code point, or a lone surrogate.
export const Any = /[\0-\uD7FF\uE000-\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
export const Cc = /\p{Cc}/u;
export const Cf = /\p{Cf}/u;
export const P = /\p{P}/u;
export const S = /\p{S}/u;
export const Z = /\p{Z}/u;

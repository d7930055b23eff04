// Superlatives written with "-est", told apart from the nouns and verbs that end so.

/** Words ending in "-est" that are no superlative: "the forest", "the harvest", "the request". */
const NOT_SUPERLATIVES: ReadonlySet<string> = new Set([
  'interest', 'forest', 'west', 'midwest', 'harvest', 'contest', 'protest', 'request', 'test', 'conquest', 'quest', 'guest',
  'manifest', 'digest', 'arrest', 'nest', 'chest', 'rest', 'crest', 'unrest', 'pest', 'vest', 'zest', 'jest', 'behest', 'bequest', 'priest',
]);

/** The word is a superlative in "-est" ("dearest", "deadliest"), not a noun that ends so. */
export function isSuperlativeInEst(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length > 4 && lower.endsWith('est') && !NOT_SUPERLATIVES.has(lower);
}

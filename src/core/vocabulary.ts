// Measure words: a light stemmer and groups of words a writer uses for the same thing.
// A fact's keywords and a draft's words both map to concepts, so "bought" meets "purchased".

const SYNONYM_GROUPS: Record<string, string[]> = {
  // "Units" is left out on purpose: "combat units" and "housing units" are no cameras.
  camera: ['camera', 'cameras', 'device', 'devices', 'cctv', 'webcam'],
  online: ['online', 'shodan', 'internet-connected', 'connected', 'exposed', 'operating'],
  buy: ['buy', 'bought', 'purchase', 'purchased', 'purchases', 'procure', 'procured', 'procurement', 'acquire', 'acquired', 'order', 'ordered', 'contract', 'contracts'],
  spend: ['spend', 'spent', 'spending', 'cost', 'costs', 'paid', 'pay', 'worth', 'budget', 'price', 'total', 'bill', 'bills'],
  import: ['import', 'imports', 'imported', 'importing'],
  municipality: ['municipality', 'municipalities', 'city', 'cities', 'town', 'towns', 'local government', 'local governments'],
  facility: ['facility', 'facilities', 'site', 'sites', 'base', 'bases', 'installation', 'installations'],
  military: ['military', 'army', 'defense', 'defence', 'armed'],
  police: ['police', 'law enforcement', 'policing', 'officers'],
  // Not 'percent': the unit says that already, and every percentage would look like a share.
  share: ['share', 'proportion', 'portion', 'majority', 'fraction'],
  rank: ['rank', 'ranked', 'ranking', 'highest', 'largest', 'place', 'position'],
  install: ['install', 'installed', 'installing', 'deploy', 'deployed', 'operate', 'operates', 'use', 'used', 'rollout'],
  plan: ['plan', 'planned', 'plans', 'target', 'aim', 'aimed'],
  prison: ['penitentiary', 'penitentiaries', 'prison', 'prisons', 'jail', 'jails'],
  facial: ['facial-recognition', 'face-recognition', 'facial', 'recognition', 'face'],
  active: ['active', 'working', 'live'],
  type: ['type', 'types', 'model', 'models', 'kind', 'kinds'],
};

const POSSESSIVE = /['’]s?$/;

/** Lower-cases and strips common English suffixes: "purchased", "purchases" → "purchas". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(POSSESSIVE, '');
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const CONCEPT_OF_STEM = new Map<string, string>();
for (const [concept, words] of Object.entries(SYNONYM_GROUPS)) {
  for (const word of words) {
    const key = word.split(/\s+/).map(stem).join(' ');
    if (!CONCEPT_OF_STEM.has(key)) CONCEPT_OF_STEM.set(key, concept);
  }
}

const conceptCache = new Map<string, string>();

/** The concept a (possibly multi-word) phrase stands for: its synonym group, else its stems. */
export function conceptOf(phrase: string): string {
  let concept = conceptCache.get(phrase);
  if (concept === undefined) {
    const key = phrase.trim().split(/\s+/).map(stem).join(' ');
    concept = CONCEPT_OF_STEM.get(key) ?? key;
    if (conceptCache.size < 50_000) conceptCache.set(phrase, concept);
  }
  return concept;
}

const stemCache = new Map<string, string>();

/** stem(), remembered: prose repeats its words. */
function cachedStem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

// First stems of the two-word synonyms ("local government", "law enforcement"): only these start a pair.
const PAIR_STARTS = new Set([...CONCEPT_OF_STEM.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

/** Concepts present in a list of words, including two-word synonyms such as "local governments". */
export function conceptsOfWords(words: readonly string[], into: Set<string>): Set<string> {
  for (const concepts of conceptsPerWord(words)) for (const concept of concepts) into.add(concept);
  return into;
}

/** The concepts each word brings: its own, and that of a two-word synonym it completes. */
export function conceptsPerWord(words: readonly string[]): string[][] {
  const result: string[][] = [];
  let previous = '';
  for (const word of words) {
    const s = cachedStem(word);
    const own = CONCEPT_OF_STEM.get(s) ?? s;
    const pair = previous && PAIR_STARTS.has(previous) ? CONCEPT_OF_STEM.get(previous + ' ' + s) : undefined;
    const concepts = pair ? [own, pair] : [own];
    // A compound brings its parts' synonyms too: "eighth-highest" says "highest", "camera-equipped" "camera".
    if (own === s && word.includes('-')) {
      for (const part of word.split('-')) {
        const partConcept = CONCEPT_OF_STEM.get(cachedStem(part));
        if (partConcept && !concepts.includes(partConcept)) concepts.push(partConcept);
      }
    }
    result.push(concepts);
    previous = s;
  }
  return result;
}

/** Several concept sets read as one, without copying them: a sentence's and its context blocks'. */
export class ConceptUnion implements Iterable<string> {
  constructor(private readonly parts: readonly ReadonlySet<string>[]) {}

  has(concept: string): boolean {
    for (const part of this.parts) if (part.has(concept)) return true;
    return false;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const part of this.parts) yield* part;
  }
}

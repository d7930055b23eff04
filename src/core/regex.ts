// Text put into a regular expression as itself: names, ids and keywords from datasets.
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a name may not touch: letters only, or letters and digits ("G5" is not "G"). */
export type WordEdge = 'letters' | 'letters-and-digits';

const EDGE_CLASS: Record<WordEdge, string> = { letters: '\\p{L}', 'letters-and-digits': '\\p{L}\\p{N}' };
const wholeNamePatterns = new Map<string, RegExp>();

/**
 * A pattern that finds `name` as whole words, not inside a longer word. The same few dataset names are
 * asked for once per figure, so each pattern is compiled once and kept: compiling a Unicode pattern
 * costs more than running it. A global pattern keeps state in `lastIndex`, so only non-global flags are
 * cached.
 */
export function wholeNamePattern(name: string, edge: WordEdge, flags = 'u'): RegExp {
  const key = `${edge}\u0000${flags}\u0000${name}`;
  let pattern = wholeNamePatterns.get(key);
  if (!pattern) {
    const cls = EDGE_CLASS[edge];
    pattern = new RegExp(`(?<![${cls}])${escapeRegExp(name)}(?![${cls}])`, flags.includes('u') ? flags : `${flags}u`);
    if (pattern.global || pattern.sticky) return pattern;
    wholeNamePatterns.set(key, pattern);
  }
  return pattern;
}

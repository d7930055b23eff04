// The part of a stored record of dataset files that passed the checks across files together which both
// stores share (the CLI's src/cli/datasetCache.ts, the extension's src/vscode/keptValidations.ts). A
// module of its own, so that the extension does not evaluate the loader at activation to use it.
import type { TogetherMember } from './load';

/**
 * What a store keys such a record by: each file's name and its text's key in order, data validated at
 * build time by name only (the store's own identity of the running code covers it). Undefined when a
 * text has no key.
 */
export function togetherParts(members: readonly TogetherMember[], textKey: (file: string, text: string) => string | undefined): string[] | undefined {
  const parts: string[] = [];
  for (const { file, text } of members) {
    const key = text === undefined ? 'built-in' : textKey(file, text);
    if (key === undefined) return undefined;
    parts.push(file, key);
  }
  return parts;
}

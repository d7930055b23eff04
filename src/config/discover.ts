// Finds the .factdesk.json that applies to a file: the nearest one in the file's folder or above it,
// like .markdownlint-cli2.jsonc or cspell.json. File access is injected (a function that returns a
// file's text, or undefined when there is none) so that the CLI reads the disk, the extension its
// workspace file system and the language server either, with this one walk.
import { CONFIG_FILE_NAME } from './names';
import type { ParsedConfig } from './parse';
import { ancestors, dirname, join, relativeTo } from './paths';

let parseModule: typeof import('./parse') | undefined;
/**
 * The parser, required when a first configuration file is found: a workspace without one never loads it, and
 * the Node extension's bundle read at every activation leaves it out (dist/extension-config.js).
 */
function parseProjectConfig(text: string, path: string): ParsedConfig {
  return (parseModule ??= require('./parse') as typeof import('./parse')).parseProjectConfig(text, path);
}

/** Returns the text of a file, or undefined when it does not exist. */
export type ReadText = (path: string) => string | undefined;

export interface DiscoverOptions {
  /** Do not look above this folder (a workspace folder); unset: up to the root. */
  stopAt?: string;
  /** Parsed files by path, kept by a host that reads the same files often; it clears it when they change. */
  cache?: Map<string, ParsedConfig>;
}

/** The configuration files that would apply to `file`, nearest first (paths only, nothing read). */
export function configCandidates(file: string, options: DiscoverOptions = {}): string[] {
  const folders = ancestors(dirname(file));
  const stop = options.stopAt;
  const within = stop === undefined ? folders : folders.filter((dir) => relativeTo(stop, dir) !== undefined);
  return within.map((dir) => join(dir, CONFIG_FILE_NAME));
}

/** The nearest configuration for `file`, parsed; undefined when there is none. */
export function discoverConfig(file: string, read: ReadText, options: DiscoverOptions = {}): ParsedConfig | undefined {
  for (const candidate of configCandidates(file, options)) {
    const text = read(candidate);
    if (text === undefined) continue;
    const cached = options.cache?.get(candidate);
    if (cached) return cached;
    const parsed = parseProjectConfig(text, candidate);
    options.cache?.set(candidate, parsed);
    return parsed;
  }
  return undefined;
}

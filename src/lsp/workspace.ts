// The language server's view of the project: which .factdesk.json applies to a document (nearest one,
// no higher than its workspace folder), the client's settings over it, and one engine per
// configuration, built as the CLI builds it (src/cli/project.ts) so that both report the same.
// Everything is cached until a configuration or dataset file changes (reload()).
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildIndex, checkDocument, type CheckOptions, type CheckResult, type FactIndex } from '../core';
import { SectionChecker } from '../core/check';
import { discoverConfig, formatConfigProblem, isIgnored, resolveSettings, type EffectiveSettings, type ParsedConfig } from '../config';
import { relativeTo } from '../config/paths';
import { editorCheckOptions } from '../config/diagnostics';
import { engineFor } from '../cli/project';
import type { ClientSettings } from './settings';

export interface DocumentContext {
  settings: EffectiveSettings;
  index: FactIndex | undefined;
  /** Configuration or dataset problems (the server reports them to the client once). */
  problems: string[];
  ignored: boolean;
  enabled: boolean;
}

interface Engine {
  index: FactIndex | undefined;
  problems: string[];
}

function readIfFile(path: string): string | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).toString();
}

interface CachedCheck {
  key: string;
  result: CheckResult;
  /** Keeps the document's section results (as the extension does): an edit re-checks only its section. */
  checker: SectionChecker;
  index: FactIndex;
  options: string;
}

/** Lets the server read and answer what is waiting (requests, edits) before the next slice of a check. */
const pauseForRequests = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class ServerWorkspace {
  folders: string[] = [];
  client: ClientSettings = {};
  private generation = 0;
  private readonly parsed = new Map<string, ParsedConfig>();
  /** Configuration file path → its text, or undefined when there is none: read once until reload(). */
  private readonly texts = new Map<string, string | undefined>();
  private readonly readCached = (path: string): string | undefined => {
    if (!this.texts.has(path)) this.texts.set(path, readIfFile(path));
    return this.texts.get(path);
  };
  private readonly engines = new Map<string, Engine>();
  private readonly results = new Map<string, CachedCheck>();
  /** Documents whose check runs in slices, and the queue of each document's sliced checks. */
  private readonly slicing = new Set<string>();
  private readonly queue = new Map<string, Promise<unknown>>();

  /** Forgets every configuration, engine and result: a .factdesk.json or dataset file changed. */
  reload(): void {
    this.generation++;
    this.parsed.clear();
    this.texts.clear();
    this.engines.clear();
    this.results.clear();
  }

  /** The workspace folder a file is in (the longest match), if any. */
  folderOf(path: string): string | undefined {
    return this.folders.filter((f) => relativeTo(f, path) !== undefined).sort((a, b) => b.length - a.length)[0];
  }

  context(uri: string): DocumentContext {
    const path = uriToPath(uri);
    const folder = path ? this.folderOf(path) : undefined;
    const parsed = path ? discoverConfig(path, this.readCached, { stopAt: folder, cache: this.parsed }) : undefined;
    const configProblems = parsed?.problems.map(formatConfigProblem) ?? [];
    const settings = resolveSettings(parsed, this.client, folder ?? '.');
    const engine = this.engine(settings);
    return {
      settings,
      index: engine.index,
      problems: [...configProblems, ...engine.problems],
      ignored: path !== undefined && isIgnored(settings, path),
      enabled: this.client.enable !== false,
    };
  }

  private engine(settings: EffectiveSettings): Engine {
    const key = JSON.stringify([settings.configFile ?? '', settings.datasets ?? null, settings.vocabulary ?? null]);
    const known = this.engines.get(key);
    if (known) return known;
    const loaded = engineFor(settings, { bundled: this.client.bundled !== false, datasets: [] });
    const engine = { index: loaded.datasets ? buildIndex(loaded.datasets) : undefined, problems: loaded.errors };
    this.engines.set(key, engine);
    return engine;
  }

  /** Checks a document's text (cached per version and settings; unchanged sections are not read again). */
  check(uri: string, version: number, text: string, context = this.context(uri)): CheckResult | undefined {
    const prepared = this.prepare(uri, version, context);
    if (!prepared || prepared.done) return prepared?.done;
    // While a check of the document runs in slices, its checker is busy: a request meanwhile gets a check
    // of its own, of this very text, so that no answer rests on the offsets of an older version.
    if (this.slicing.has(uri)) return checkDocument(text, prepared.cacheEntry.index, prepared.options);
    const result = prepared.checker.check(text);
    this.results.set(uri, { ...prepared.cacheEntry, result });
    return result;
  }

  /**
   * The same check in slices, pausing between them so that the server answers other requests; checks
   * of one document run one after another. `progress` gets the result of the sections read so far
   * (SectionChecker.checkInSlices). Undefined when `isStale()` says the text is old, or the
   * configuration or datasets were reloaded meanwhile.
   */
  checkInSlices(uri: string, version: number, text: string, context: DocumentContext, isStale: () => boolean, progress?: (partial: CheckResult) => void): Promise<CheckResult | undefined> {
    const previous = this.queue.get(uri) ?? Promise.resolve(undefined);
    const mine = previous.then(async () => {
      const generation = this.generation;
      const stale = (): boolean => isStale() || this.generation !== generation;
      if (stale()) return undefined;
      const prepared = this.prepare(uri, version, context);
      if (!prepared || prepared.done) return prepared?.done;
      this.slicing.add(uri);
      try {
        const result = await prepared.checker.checkInSlices(text, pauseForRequests, stale, undefined, progress);
        if (result) this.results.set(uri, { ...prepared.cacheEntry, result });
        return result;
      } finally {
        this.slicing.delete(uri);
      }
    });
    this.queue.set(uri, mine.catch(() => undefined));
    return mine;
  }

  /** True when the document has no result yet: its first check. */
  neverChecked(uri: string): boolean {
    return !this.results.has(uri);
  }

  /** The checker for a document (its last one, when the engine and options are unchanged), or the cached result. */
  private prepare(uri: string, version: number, context: DocumentContext): { done?: CheckResult; checker: SectionChecker; options: CheckOptions; cacheEntry: Omit<CachedCheck, 'result'> } | undefined {
    if (!context.index) return undefined;
    const options = editorCheckOptions(context.settings);
    const optionsKey = JSON.stringify(options);
    const key = `${version}|${this.generation}|${optionsKey}`;
    const cached = this.results.get(uri);
    const reusable = cached && cached.index === context.index && cached.options === optionsKey;
    const checker = reusable ? cached.checker : new SectionChecker(context.index, options);
    return { done: cached?.key === key ? cached.result : undefined, checker, options, cacheEntry: { key, checker, index: context.index, options: optionsKey } };
  }

  /** Checks a text that is no open document (check workspace), uncached. */
  checkText(text: string, context: DocumentContext): CheckResult | undefined {
    return context.index ? checkDocument(text, context.index, editorCheckOptions(context.settings)) : undefined;
  }

  forget(uri: string): void {
    this.results.delete(uri);
    // A check still running has its own checker: the next one makes a new one, so it need not wait.
    this.queue.delete(uri);
  }
}

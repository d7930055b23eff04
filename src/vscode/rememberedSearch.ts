// Workspace file searches whose last result the workspace remembers. The first search of a session waits
// for VS Code's search service to start: 2 to 4 seconds before the first diagnostics, measured in
// code-server (issue 12). A remembered result is answered at once and the real search still runs; when it
// finds other files (one was added or deleted while the window was closed), the new result is kept and
// the caller is told to load again. Only a session's first search of each kind is answered so: later
// ones (a reload the writer asked for, a watcher's event) find the service running and wait for it.
// No vscode import: the unit tests run this with a plain memory.

/** Where results are kept: the extension's workspaceState (a vscode.Memento) in the editor. */
export interface SearchMemory {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
  keys(): readonly string[];
}

/** Files found for one search, as URI strings in a stable order. */
export interface FoundFiles {
  files: string[];
  /** True when the files are the remembered ones and the real search is still running. */
  remembered: boolean;
  /** The real search's files: the caller awaits it when a remembered file turned out to be unreadable. */
  searched: Promise<string[]>;
}

const KEY_PREFIX = 'factdesk.found:';

export class RememberedSearch {
  /** Keys already searched in this session. */
  private readonly searched = new Set<string>();

  constructor(
    private readonly memory: SearchMemory,
    /** Called when a search found other files than the remembered ones that were answered. */
    private readonly onStale: () => void,
  ) {}

  /** The files of `search`, answered from memory when the workspace remembers them under `key`. */
  async find(key: string, search: () => PromiseLike<string[]>): Promise<FoundFiles> {
    const stored = KEY_PREFIX + key;
    const first = !this.searched.has(key);
    this.searched.add(key);
    const kept = this.memory.get<unknown>(stored);
    const remembered = first && isListOfStrings(kept) ? kept : undefined;
    const searched = Promise.resolve(search()).then((found) => {
      const files = [...found].sort();
      // Memory that cannot be written only costs the next session's wait.
      if (!sameFiles(files, this.memory.get<unknown>(stored))) Promise.resolve(this.memory.update(stored, files)).catch(() => undefined);
      return files;
    });
    if (remembered === undefined) return { files: await searched, remembered: false, searched };
    // A failed search changes nothing: the remembered files stay, as an empty result would hide them all.
    searched.then(
      (files) => {
        if (!sameFiles(files, remembered)) this.onStale();
      },
      () => undefined,
    );
    return { files: remembered, remembered: true, searched };
  }
}

/** The files the memory keeps for every search whose key starts with `prefix`, each once. */
export function rememberedFiles(memory: SearchMemory, prefix: string): string[] {
  const files = new Set<string>();
  for (const key of memory.keys()) {
    if (!key.startsWith(KEY_PREFIX + prefix)) continue;
    const kept = memory.get<unknown>(key);
    if (isListOfStrings(kept)) for (const file of kept) files.add(file);
  }
  return [...files];
}

function isListOfStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function sameFiles(a: readonly string[], b: unknown): boolean {
  return isListOfStrings(b) && a.length === b.length && a.every((file, i) => file === b[i]);
}

// A minimal in-memory stand-in for the `vscode` module, for timing the extension's activation in a plain
// Node process (bench/activationChild.ts). It is NOT VS Code: no extension host, no renderer, no IPC.
// What activation and the first diagnostics use is modelled (documents, settings with the manifest's
// defaults, diagnostic collections, events, the value classes); everything else is an inert object
// whose methods return disposables, so that wiring providers, views and watchers costs what the
// extension's own code costs and nothing more.
import { promises as fsp, readdirSync } from 'node:fs';
import { join } from 'node:path';

type Listener<T> = (value: T) => unknown;

class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  constructor(private readonly onDispose: () => unknown = () => undefined) {}
  dispose(): void {
    this.onDispose();
  }
}

class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    });
  };
  fire(value: T): void {
    for (const l of [...this.listeners]) l(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Position {
  constructor(readonly line: number, readonly character: number) {}
  compareTo(other: Position): number {
    return this.line - other.line || this.character - other.character;
  }
  isBefore(other: Position): boolean {
    return this.compareTo(other) < 0;
  }
  isEqual(other: Position): boolean {
    return this.compareTo(other) === 0;
  }
}

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
  contains(p: Position): boolean {
    return p.compareTo(this.start) >= 0 && p.compareTo(this.end) <= 0;
  }
}

class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static parse(text: string): Uri {
    const at = text.indexOf(':');
    return new Uri(text.slice(0, at), decodeURIComponent(text.slice(at + 1).replace(/^\/\//, '')));
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path, ...parts].join('/').replace(/\/+/g, '/'));
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { scheme?: string; path?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
  toJSON(): unknown {
    return { scheme: this.scheme, path: this.path };
  }
}

class Diagnostic {
  source?: string;
  code?: string;
  relatedInformation?: unknown[];
  constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
}

class DiagnosticRelatedInformation {
  constructor(readonly location: unknown, readonly message: string) {}
}

class Location {
  constructor(readonly uri: Uri, readonly range: unknown) {}
}

class CodeActionKind {
  static readonly QuickFix = new CodeActionKind('quickfix');
  static readonly Empty = new CodeActionKind('');
  constructor(readonly value: string) {}
  append(part: string): CodeActionKind {
    return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
  }
}

/** Any other class the extension constructs (TreeItem, ThemeIcon, MarkdownString…): it keeps its arguments. */
class Plain {
  readonly args: unknown[];
  constructor(...args: unknown[]) {
    this.args = args;
  }
}

/**
 * An object whose every method returns another such object (a disposable too) and whose events never
 * fire: views, watchers, status items. Properties the extension sets are kept.
 */
function inert(): unknown {
  const values = new Map<PropertyKey, unknown>();
  return new Proxy(() => undefined, {
    get(_t, key) {
      if (values.has(key)) return values.get(key);
      if (key === 'then' || typeof key === 'symbol') return undefined;
      if (key === 'dispose') return () => undefined;
      return (..._args: unknown[]) => inert();
    },
    set(_t, key, value) {
      values.set(key, value);
      return true;
    },
    apply: () => inert(),
  });
}

export interface ShimDocument {
  uri: Uri;
  fileName: string;
  languageId: string;
  version: number;
  isClosed: boolean;
  isUntitled: boolean;
  isDirty: boolean;
  lineCount: number;
  getText(range?: Range): string;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  lineAt(line: number): { text: string; range: Range };
}

export function shimDocument(path: string, text: string): ShimDocument {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const positionAt = (offset: number): Position => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return new Position(lo, offset - starts[lo]!);
  };
  const offsetAt = (p: Position): number => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
  const lineText = (line: number): string => text.slice(starts[line], (starts[line + 1] ?? text.length + 1) - 1);
  return {
    uri: Uri.file(path),
    fileName: path,
    languageId: 'markdown',
    version: 1,
    isClosed: false,
    isUntitled: false,
    isDirty: false,
    lineCount: starts.length,
    getText: (range) => (range ? text.slice(offsetAt(range.start), offsetAt(range.end)) : text),
    positionAt,
    offsetAt,
    lineAt: (line) => ({ text: lineText(line), range: new Range(line, 0, line, lineText(line).length) }),
  };
}

export interface Shim {
  /** The module to hand to `require('vscode')`. */
  vscode: Record<string, unknown>;
  /** Resolves with performance.now() when diagnostics are first set for a document. */
  firstDiagnostics: Promise<{ at: number; count: number }>;
  /** Every set of diagnostics so far, in order: a first check may show its first sections' before the rest. */
  diagnosticSets: { at: number; count: number }[];
}

/** A shim with `documents` open (the first is the active editor) and the manifest's setting defaults. */
/**
 * The shim's workspace.fs: none by default (every read fails, as for a workspace without the files), or
 * the real disk, for the extension's own storage (storageUri) when a run keeps what the next one reads.
 */
function fileSystem(disk: boolean): object {
  const none = () => Promise.reject(new Error('no file system in the shim'));
  if (!disk) return { stat: none, readFile: none, readDirectory: () => Promise.resolve([]) };
  return {
    stat: async (uri: Uri) => ({ type: (await fsp.stat(uri.fsPath)).isDirectory() ? 2 : 1 }),
    readFile: async (uri: Uri) => new Uint8Array(await fsp.readFile(uri.fsPath)),
    writeFile: (uri: Uri, bytes: Uint8Array) => fsp.writeFile(uri.fsPath, bytes),
    createDirectory: async (uri: Uri) => {
      await fsp.mkdir(uri.fsPath, { recursive: true });
    },
    delete: (uri: Uri) => fsp.rm(uri.fsPath, { force: true, recursive: true }),
    readDirectory: () => Promise.resolve([]),
  };
}

/**
 * The files under `root` that a search for `RelativePattern(folder, '**' + '/<name or *.suffix>')` finds, as
 * Uris; node_modules and dot-folders are skipped, as the extension's searches exclude them. Other
 * patterns find nothing: the extension asks for no others at activation.
 */
function filesMatching(root: string, pattern: Plain): Uri[] {
  const glob = String(pattern.args[1] ?? '');
  const last = /^\*\*\/([^/*]*)(\*?)([^/*]*)$/.exec(glob);
  if (!last) return [];
  const [, prefix, star, suffix] = last;
  const matches = (name: string) => (star ? name.startsWith(prefix!) && name.endsWith(suffix!) && name.length >= prefix!.length + suffix!.length : name === prefix);
  const found: Uri[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(join(dir, entry.name));
      else if (entry.isFile() && matches(entry.name)) found.push(Uri.file(join(dir, entry.name)));
    }
  };
  walk(root);
  return found;
}

export interface ShimOptions {
  /** A real file system (see fileSystem). */
  disk?: boolean;
  /**
   * A workspace folder whose file searches answer after this long, as VS Code's search service does in a
   * session's first seconds (2 to 4 s in code-server here); without it, no folder is open.
   */
  folder?: { path: string; searchMs: number };
}

export function createShim(documents: ShimDocument[], defaults: Record<string, unknown>, options: ShimOptions = {}): Shim {
  let reportFirst: (value: { at: number; count: number }) => void = () => undefined;
  const firstDiagnostics = new Promise<{ at: number; count: number }>((resolve) => {
    reportFirst = resolve;
  });
  const diagnosticSets: { at: number; count: number }[] = [];
  const event = () => new EventEmitter<unknown>().event;
  const configuration = (section?: string) => ({
    get: (key: string, fallback?: unknown) => {
      const full = section ? `${section}.${key}` : key;
      return full in defaults ? defaults[full] : fallback;
    },
    has: (key: string) => (section ? `${section}.${key}` : key) in defaults,
    inspect: () => undefined,
    update: () => Promise.resolve(),
  });
  const diagnosticCollection = (name: string) => {
    const entries = new Map<string, unknown[]>();
    return {
      name,
      set(uri: Uri, diagnostics: unknown[]) {
        entries.set(uri.toString(), diagnostics);
        diagnosticSets.push({ at: performance.now(), count: diagnostics.length });
        reportFirst({ at: performance.now(), count: diagnostics.length });
      },
      get: (uri: Uri) => entries.get(uri.toString()),
      has: (uri: Uri) => entries.has(uri.toString()),
      delete: (uri: Uri) => entries.delete(uri.toString()),
      clear: () => entries.clear(),
      forEach: () => undefined,
      dispose: () => entries.clear(),
    };
  };
  const editor = documents[0] ? { document: documents[0], selection: new Range(0, 0, 0, 0), visibleRanges: [new Range(0, 0, 50, 0)] } : undefined;
  const enumOf = (...names: string[]) => Object.fromEntries(names.map((n, i) => [n, i]));
  const vscode: Record<string, unknown> = {
    Disposable,
    EventEmitter,
    Position,
    Range,
    Selection: Range,
    Uri,
    Diagnostic,
    DiagnosticRelatedInformation,
    Location,
    CodeActionKind,
    CodeAction: Plain,
    Hover: Plain,
    MarkdownString: Plain,
    ThemeIcon: Plain,
    ThemeColor: Plain,
    TreeItem: Plain,
    RelativePattern: Plain,
    WorkspaceEdit: Plain,
    DiagnosticSeverity: enumOf('Error', 'Warning', 'Information', 'Hint'),
    LanguageStatusSeverity: enumOf('Information', 'Warning', 'Error'),
    TreeItemCollapsibleState: enumOf('None', 'Collapsed', 'Expanded'),
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    TextEditorRevealType: enumOf('Default', 'InCenter', 'InCenterIfOutsideViewport', 'AtTop'),
    QuickPickItemKind: { Separator: -1, Default: 0 },
    FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
    workspace: new Proxy(
      {
        textDocuments: documents,
        workspaceFolders: options.folder ? [{ uri: Uri.file(options.folder.path), name: 'workspace', index: 0 }] : undefined,
        isTrusted: true,
        getConfiguration: configuration,
        getWorkspaceFolder: () => undefined,
        asRelativePath: (x: Uri | string) => (typeof x === 'string' ? x : x.path),
        findFiles: (pattern: Plain) => new Promise((resolve) => setTimeout(() => resolve(options.folder ? filesMatching(options.folder.path, pattern) : []), options.folder?.searchMs ?? 0)),
        createFileSystemWatcher: () => inert(),
        fs: fileSystem(options.disk === true),
      },
      { get: (target, key) => (key in target ? target[key as keyof typeof target] : String(key).startsWith('onDid') ? event() : undefined) },
    ),
    languages: {
      createDiagnosticCollection: diagnosticCollection,
      createLanguageStatusItem: () => inert(),
      registerHoverProvider: () => new Disposable(),
      registerCodeActionsProvider: () => new Disposable(),
    },
    window: new Proxy(
      {
        activeTextEditor: editor,
        visibleTextEditors: editor ? [editor] : [],
        withProgress: (_options: unknown, task: (progress: unknown, token: unknown) => unknown) => task({ report: () => undefined }, inert()),
        // A view that is not shown, as the Figures view is until the writer opens it.
        createTreeView: () => Object.assign(inert() as object, { visible: false }),
        createOutputChannel: () => inert(),
        registerWebviewPanelSerializer: () => new Disposable(),
      },
      { get: (target, key) => (key in target ? target[key as keyof typeof target] : String(key).startsWith('onDid') ? event() : () => inert()) },
    ),
    commands: {
      registerCommand: () => new Disposable(),
      executeCommand: () => Promise.resolve(undefined),
    },
    env: { language: 'en', appName: 'shim' },
  };
  return { vscode, firstDiagnostics, diagnosticSets };
}

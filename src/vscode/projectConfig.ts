// .factdesk.json in the editor: every such file of the workspace is read through vscode.workspace.fs
// (so virtual workspaces and the web extension work), kept in memory and watched, so that finding the
// one that applies to a document is synchronous (readConfig is called on every check). Discovery,
// parsing and precedence are src/config's; this file only reads files and knows which settings the
// user set.
import * as vscode from 'vscode';
import {
  CONFIG_FILE_NAME,
  configCandidates,
  discoverConfig,
  isIgnored,
  resolveSettings,
  type EffectiveSettings,
  type HostSettings,
  type ParsedConfig,
} from '../config';
import { FINDING_CODES, type FindingCode } from '../core/types';
import type { CitationStyle } from '../core/citations';
import type { SeverityLevel } from '../config/schema';
import type { DatasetInput } from '../dataset/load';
import { countSearch } from './startupTiming';
import { RememberedSearch, type FoundFiles, type SearchMemory } from './rememberedSearch';

const decoder = new TextDecoder('utf-8');

/** What the editor shows about the configuration that applies to a document. */
export interface ProjectConfigState {
  /** The workspace-relative path of the file applied. */
  file: string;
  /** Keys the user's settings override. */
  overridden: string[];
  /** Problems in the file (it is then not applied). */
  problems: number;
}

export class ProjectConfigs implements vscode.Disposable {
  /** Config file URI (string) → its text. */
  private texts = new Map<string, string>();
  private readonly parsed = new Map<string, ParsedConfig>();
  private loading: Promise<void>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) after a .factdesk.json was created, changed or deleted and read again. */
  readonly onDidChange = this.changed.event;

  private readonly search: RememberedSearch;

  constructor(memory: SearchMemory) {
    // A file found at the last session's start is read at once; a different search result reloads.
    this.search = new RememberedSearch(memory, () => this.reloadSoon());
    this.loading = this.load();
    this.watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const fire = () => this.reloadSoon();
    this.watcher.onDidCreate(fire);
    this.watcher.onDidChange(fire);
    this.watcher.onDidDelete(fire);
    // A file watcher can miss a file created together with its folder (the folder is watched only once
    // it exists): an opened document's folders are looked at once more.
    this.opened = vscode.workspace.onDidOpenTextDocument((doc) => void this.lookAround(doc.uri));
  }

  private readonly opened: vscode.Disposable;

  /** Reloads when a configuration file above `uri` exists that was not read. */
  private async lookAround(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return;
    await this.loading;
    for (const candidate of configCandidates(uri.path, { stopAt: folder.uri.path })) {
      const key = uri.with({ path: candidate });
      if (this.texts.has(key.toString())) return;
      try {
        await vscode.workspace.fs.stat(key);
      } catch {
        continue;
      }
      this.reloadSoon();
      return;
    }
  }

  /** Resolves once every configuration file has been read. */
  ready(): Promise<void> {
    return this.loading;
  }

  /** Reads the files again (a folder was added, or the watcher fired). */
  reload(): Promise<void> {
    this.loading = this.load();
    return this.loading;
  }

  private reloadSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reload().then(() => this.changed.fire());
    }, 50);
  }

  private async load(): Promise<void> {
    const texts = new Map<string, string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // The folder's own file is read directly: file search does not work in every virtual workspace.
      const root = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME).toString();
      let found: FoundFiles | undefined;
      try {
        found = await this.search.find(`config:${folder.uri.toString()}`, () => searchConfigFiles(folder));
        countSearch(found.remembered);
      } catch {
        // No file search here: the root file alone.
      }
      const others = found?.files.filter((file) => file !== root) ?? [];
      // Remembered files may miss one made while the window was closed: the open documents' own are read
      // too, so that their first check already applies them (the search, when it ends, reloads the rest).
      const around = found?.remembered ? [root, ...configsAroundOpenDocuments(folder)] : [root];
      const [, unread] = await Promise.all([readInto(texts, around), readInto(texts, others)]);
      // A remembered file that cannot be read any more: the real search says which files there are.
      if (unread > 0 && found?.remembered) await readInto(texts, await found.searched.catch(() => []));
    }
    this.texts = texts;
    this.parsed.clear();
  }

  /** The configuration that applies to a document or, for a workspace folder's URI, to that folder. */
  lookup(scope: vscode.Uri): { folder: vscode.WorkspaceFolder; parsed: ParsedConfig | undefined } | undefined {
    const own = vscode.workspace.getWorkspaceFolder(scope);
    // An unsaved draft gets the first folder's file, as it gets the workspace's settings.
    const folder = own ?? (scope.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0] : undefined);
    if (!folder) return undefined;
    // A folder's URI (or an untitled draft) is looked up as if for a file in the folder.
    const start = !own || scope.toString() === folder.uri.toString() ? `${folder.uri.path.replace(/\/$/, '')}/_` : scope.path;
    const read = (path: string) => this.texts.get(folder.uri.with({ path }).toString());
    const parsed = discoverConfig(start, read, { stopAt: folder.uri.path, cache: this.parsed });
    return { folder, parsed };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.opened.dispose();
    this.watcher.dispose();
    this.changed.dispose();
  }
}

/** The .factdesk.json files that would apply to the folder's open documents, whether they exist or not. */
function configsAroundOpenDocuments(folder: vscode.WorkspaceFolder): string[] {
  const inFolder = vscode.workspace.textDocuments.filter((doc) => vscode.workspace.getWorkspaceFolder(doc.uri)?.uri.toString() === folder.uri.toString());
  return inFolder.flatMap((doc) => configCandidates(doc.uri.path, { stopAt: folder.uri.path }).map((path) => doc.uri.with({ path }).toString()));
}

/** Every .factdesk.json of a workspace folder, as URI strings. */
async function searchConfigFiles(folder: vscode.WorkspaceFolder): Promise<string[]> {
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `**/${CONFIG_FILE_NAME}`), '**/node_modules/**');
  return uris.map((uri) => uri.toString());
}

/** Reads the files not read yet into `texts`, all at once; returns how many could not be read (most are not there). */
async function readInto(texts: Map<string, string>, files: readonly string[]): Promise<number> {
  const wanted = [...new Set(files)].filter((key) => !texts.has(key));
  const reads = await Promise.allSettled(wanted.map((key) => vscode.workspace.fs.readFile(vscode.Uri.parse(key))));
  let unread = 0;
  reads.forEach((read, i) => {
    if (read.status === 'fulfilled') texts.set(wanted[i]!, decoder.decode(read.value));
    else unread++;
  });
  return unread;
}

let store: ProjectConfigs | undefined;

/** The extension registers its store at activation; readConfig() consults it. */
export function setProjectConfigs(configs: ProjectConfigs | undefined): void {
  store = configs;
}

/** The value a setting has at any level the user writes (user, workspace, folder, language), or undefined. */
function userValue<T>(section: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const i = section.inspect<T>(key);
  if (!i) return undefined;
  return i.workspaceFolderLanguageValue ?? i.workspaceLanguageValue ?? i.globalLanguageValue ??
    i.workspaceFolderValue ?? i.workspaceValue ?? i.globalValue;
}

const LEVELS = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** The settings the user set; defaults of unset settings do not override .factdesk.json. */
export function hostSettings(section: vscode.WorkspaceConfiguration): HostSettings {
  const host: HostSettings = {};
  const i = section.inspect<Record<string, unknown>>('severity');
  // Severity objects merge across levels code by code, as VS Code merges object settings.
  const levels = [i?.globalValue, i?.workspaceValue, i?.workspaceFolderValue];
  for (const value of levels) {
    for (const code of FINDING_CODES) {
      const level = value?.[code];
      if (typeof level === 'string' && LEVELS.has(level)) (host.severity ??= {})[code as FindingCode] = level as SeverityLevel;
    }
  }
  const style = userValue<CitationStyle>(section, 'citationStyle');
  if (style !== undefined) host.citationStyle = style;
  const verified = userValue<boolean>(section, 'showVerified');
  if (verified !== undefined) host.showVerified = verified;
  const datasets = userValue<string[]>(section, 'datasets');
  if (Array.isArray(datasets)) host.datasets = datasets;
  return host;
}

/** The project file's settings under the user's, for a document or a workspace folder. */
export function projectSettings(
  section: vscode.WorkspaceConfiguration,
  scope: vscode.ConfigurationScope | undefined,
): { settings: EffectiveSettings; state: ProjectConfigState; ignored: boolean } | undefined {
  const uri = scope instanceof vscode.Uri ? scope : scope && 'uri' in scope && scope.uri instanceof vscode.Uri ? scope.uri : undefined;
  const found = uri && store?.lookup(uri);
  if (!found?.parsed) return undefined;
  const { folder, parsed } = found;
  const settings = resolveSettings(parsed, hostSettings(section), folder.uri.path);
  const state: ProjectConfigState = {
    file: vscode.workspace.asRelativePath(folder.uri.with({ path: parsed.file }), (vscode.workspace.workspaceFolders?.length ?? 0) > 1),
    overridden: settings.overridden,
    problems: parsed.problems.length,
  };
  return { settings, state, ignored: uri!.toString() !== folder.uri.toString() && isIgnored(settings, uri!.path) };
}

/** Resolves once the registered store has read the configuration files (at once without a store). */
export function projectConfigsReady(): Promise<void> {
  return store?.ready() ?? Promise.resolve();
}

/** The vocabulary additions of a workspace folder's .factdesk.json, as a dataset input (trusted workspaces only: the caller checks). */
export function projectVocabulary(folder: vscode.WorkspaceFolder): DatasetInput[] {
  const project = projectSettings(vscode.workspace.getConfiguration('factdesk', folder.uri), folder.uri);
  if (!project?.settings.vocabulary) return [];
  return [{ file: `${project.state.file} (vocabulary)`, json: { vocabulary: project.settings.vocabulary } }];
}

/** For the language status item: which .factdesk.json applies, and what the user's settings override. */
export function projectNote(state: ProjectConfigState | undefined): string {
  if (!state) return '';
  if (state.problems > 0) return ` · ${state.file}: ${state.problems} problem${state.problems === 1 ? '' : 's'}, not applied`;
  if (state.overridden.length === 0) return ` · ${state.file}`;
  return ` · ${state.file} (settings override ${state.overridden.join(', ')})`;
}

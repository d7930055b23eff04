// Workspace dataset files (factdesk.datasets): found, read through vscode.workspace.fs (so virtual
// workspaces work), and watched. Not loaded at all in an untrusted workspace.
import * as vscode from 'vscode';
import type { DatasetInput } from '../dataset/load';
import { readConfig } from './config';
import { projectConfigsReady, projectVocabulary } from './projectConfig';
import { countSearch, markConfigsRead } from './startupTiming';
import { RememberedSearch, rememberedFiles, type SearchMemory } from './rememberedSearch';
import { rememberInputBytes } from './sha256';

export interface DatasetProblem {
  file: string;
  path: string;
  message: string;
}

export interface WorkspaceDatasetFiles {
  inputs: DatasetInput[];
  /** Dataset file label (as in problems and DatasetInput.file) → its URI. */
  uris: Map<string, vscode.Uri>;
  /** Files that could not be read at all. */
  problems: DatasetProblem[];
}

const GLOB_CHARS = /[*?[\]{}]/;
const decoder = new TextDecoder('utf-8');

export function datasetLabel(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

export class WorkspaceDatasets implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) when a watched dataset file is created, changed or deleted. */
  readonly onDidChange = this.changed.event;

  private readonly search: RememberedSearch;

  /** Reads of the files the last session found, started at activation and used by the first load. */
  private readonly early = new EarlyReads();

  constructor(memory: SearchMemory) {
    // Files found at the last session's start are read at once; a different search result reloads.
    this.search = new RememberedSearch(memory, () => this.fireSoon());
    // Their texts are asked for now, while the .factdesk.json files that name the datasets are read.
    if (vscode.workspace.isTrusted) this.early.start(rememberedFiles(memory, 'datasets:'));
    this.watch();
  }

  /** Finds and reads every workspace dataset file; empty in an untrusted workspace. */
  async read(): Promise<WorkspaceDatasetFiles> {
    const result: WorkspaceDatasetFiles = { inputs: [], uris: new Map(), problems: [] };
    // .factdesk.json may name the datasets: wait until it has been read.
    await projectConfigsReady();
    markConfigsRead();
    if (!vscode.workspace.isTrusted) return result;
    const seen = new Set<string>();
    const read = (uri: vscode.Uri) => this.early.take(uri);
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config = readConfig(folder.uri);
      for (const pattern of config.datasets) {
        if (!GLOB_CHARS.test(pattern) && !(await isDirectory(vscode.Uri.joinPath(folder.uri, pattern)))) {
          // A plain path: read it directly (works where file search does not, e.g. virtual workspaces).
          addBatch(result, seen, await readBatch([vscode.Uri.joinPath(folder.uri, pattern).toString()], seen, true, read));
          continue;
        }
        // A folder (as .factdesk.json and the CLI's --dataset allow) stands for its dataset files.
        const glob = GLOB_CHARS.test(pattern) ? pattern : `${pattern.replace(/\/+$/, '')}/**/*.facts.json`;
        const found = await this.search.find(`datasets:${folder.uri.toString()}:${glob}`, () => findFiles(folder, glob));
        countSearch(found.remembered);
        let batch = await readBatch(found.files, seen, !found.remembered, read);
        // A remembered file that is gone: the real search says which files there are now.
        if (batch.unread) batch = await readBatch(await found.searched, seen, true, read);
        addBatch(result, seen, batch);
      }
      result.inputs.push(...projectVocabulary(folder));
    }
    // Early reads serve the first load only: a later one reads the files as they are then.
    this.early.clear();
    return result;
  }

  /** (Re)creates the file watchers from the current settings. */
  watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    if (!vscode.workspace.isTrusted) return;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // A plain path may be a folder: its dataset files are watched too.
      const patterns = readConfig(folder.uri).datasets.flatMap((p) => (GLOB_CHARS.test(p) ? [p] : [p, `${p.replace(/\/+$/, '')}/**/*.facts.json`]));
      for (const pattern of patterns) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, pattern));
        const fire = () => this.fireSoon();
        this.watchers.push(watcher, watcher.onDidCreate(fire), watcher.onDidChange(fire), watcher.onDidDelete(fire));
      }
    }
  }

  private fireSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.changed.fire();
    }, 100);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
    this.changed.dispose();
  }
}

/** Reads started before they are asked for, each used once; anything else is read when asked. */
class EarlyReads {
  private readonly reads = new Map<string, Promise<Uint8Array>>();

  start(files: readonly string[]): void {
    for (const file of files) {
      const read = Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(file)));
      // A failure is seen by whoever takes the read; one nobody takes is no error.
      read.catch(() => undefined);
      this.reads.set(file, read);
    }
  }

  take(uri: vscode.Uri): PromiseLike<Uint8Array> {
    const key = uri.toString();
    const early = this.reads.get(key);
    this.reads.delete(key);
    return early ?? vscode.workspace.fs.readFile(uri);
  }

  clear(): void {
    this.reads.clear();
  }
}

/** Dataset files read (or reported unreadable), in URI order, before they join the result. */
interface Batch {
  files: { file: string; uri: vscode.Uri; text?: string; bytes?: Uint8Array; problem?: DatasetProblem }[];
  /** A file could not be read and was not reported: a remembered file, perhaps deleted since. */
  unread: boolean;
}

/** Reads the files not seen yet; `report` says whether a file that cannot be read is a problem to show. */
async function readBatch(files: readonly string[], seen: ReadonlySet<string>, report: boolean, read: (uri: vscode.Uri) => PromiseLike<Uint8Array>): Promise<Batch> {
  const batch: Batch = { files: [], unread: false };
  const uris = new Map<string, vscode.Uri>();
  for (const file of files) if (!seen.has(file)) uris.set(file, vscode.Uri.parse(file));
  const sorted = [...uris.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  // All at once: in a remote window each read is a round trip, and a newsroom keeps many dataset files.
  const reads = await Promise.allSettled(sorted.map(read));
  reads.forEach((read, i) => {
    const uri = sorted[i]!;
    const file = datasetLabel(uri);
    if (read.status === 'fulfilled') batch.files.push({ file, uri, text: decoder.decode(read.value), bytes: read.value });
    else if (!report) batch.unread = true;
    else {
      // A plain path that does not exist is reported; so is any read failure.
      const err: unknown = read.reason;
      batch.files.push({ file, uri, problem: { file, path: '', message: `cannot read the file: ${err instanceof Error ? err.message : String(err)}` } });
    }
  });
  return batch;
}

function addBatch(result: WorkspaceDatasetFiles, seen: Set<string>, batch: Batch): void {
  for (const { file, uri, text, bytes, problem } of batch.files) {
    seen.add(uri.toString());
    if (text !== undefined) {
      const input = { file, text };
      // The kept validations and results key by its hash: made now from the bytes, a third of the cost.
      if (bytes) rememberInputBytes(input, bytes);
      result.inputs.push(input);
    }
    if (problem) result.problems.push(problem);
    result.uris.set(file, uri);
  }
}

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

/** The files a glob finds in a folder, as URI strings; none where file search fails. */
async function findFiles(folder: vscode.WorkspaceFolder, pattern: string): Promise<string[]> {
  try {
    return (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), '**/node_modules/**')).map((uri) => uri.toString());
  } catch {
    return [];
  }
}

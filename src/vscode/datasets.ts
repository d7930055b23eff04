// Workspace dataset files (factdesk.datasets): found, read through vscode.workspace.fs (so virtual
// workspaces work), and watched. Not loaded at all in an untrusted workspace.
import * as vscode from 'vscode';
import type { DatasetInput } from '../dataset/load';
import { readConfig } from './config';
import { projectConfigsReady, projectVocabulary } from './projectConfig';
import { markConfigsRead } from './startupTiming';

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

  constructor() {
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
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config = readConfig(folder.uri);
      for (const pattern of config.datasets) {
        let uris: vscode.Uri[];
        if (!GLOB_CHARS.test(pattern) && !(await isDirectory(vscode.Uri.joinPath(folder.uri, pattern)))) {
          // A plain path: read it directly (works where file search does not, e.g. virtual workspaces).
          uris = [vscode.Uri.joinPath(folder.uri, pattern)];
        } else if (!GLOB_CHARS.test(pattern)) {
          // A folder (as .factdesk.json and the CLI's --dataset allow): its dataset files.
          uris = await findFiles(folder, `${pattern.replace(/\/+$/, '')}/**/*.facts.json`);
        } else {
          uris = await findFiles(folder, pattern);
        }
        for (const uri of uris.sort((a, b) => a.toString().localeCompare(b.toString()))) {
          const key = uri.toString();
          if (seen.has(key)) continue;
          seen.add(key);
          const file = datasetLabel(uri);
          try {
            const text = decoder.decode(await vscode.workspace.fs.readFile(uri));
            result.inputs.push({ file, text });
            result.uris.set(file, uri);
          } catch (err) {
            // A plain path that does not exist is reported; so is any read failure.
            result.problems.push({ file, path: '', message: `cannot read the file: ${err instanceof Error ? err.message : String(err)}` });
            result.uris.set(file, uri);
          }
        }
      }
      result.inputs.push(...projectVocabulary(folder));
    }
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

async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  try {
    return ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) !== 0;
  } catch {
    return false;
  }
}

async function findFiles(folder: vscode.WorkspaceFolder, pattern: string): Promise<vscode.Uri[]> {
  try {
    return await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), '**/node_modules/**');
  } catch {
    return [];
  }
}

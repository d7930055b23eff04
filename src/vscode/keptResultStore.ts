// Reads and writes the kept results (src/vscode/keptResults.ts) in the extension's storage for this
// workspace (context.storageUri), one entry per document, named after the hash of its URI. The names,
// most recently checked first, are kept in the workspace's memory (ready before activation): a document
// without an entry costs no read, and the oldest entry makes room for a new one.
import * as vscode from 'vscode';
import type { CheckOptions, CheckResult } from '../core';
import type { DatasetInput } from '../dataset/load';
import { datasetsKey, keptResultFor, keptResultText, recentNames, resultKey, type KeptResult } from './keptResults';
import type { SearchMemory } from './rememberedSearch';
import { entryNameOf, inputTextHash, rememberedEntryNames } from './sha256';
import { bundleIdentity, filesFor, nodeHost, type StorageFiles } from './nodeHost';

const STORE_FOLDER = 'kept-results';
const NAMES_KEY = 'factdesk.keptResultEntries';
const decoder = new TextDecoder('utf-8');
/** A writer pauses this long before a changed result is written: one write per pause, not per keystroke. */
const KEEP_AFTER_MS = 2_000;
const encoder = new TextEncoder();

/** The datasets a result was checked against: every input in order, and those inside the bundle. */
export interface CheckedAgainst {
  readonly inputs: ReadonlyMap<string, DatasetInput>;
  readonly bundled: ReadonlySet<DatasetInput>;
}

/** A document as the store sees it: where it lives, and its settings and text when it was checked. */
export interface KeptDocument {
  uri: vscode.Uri;
  options: CheckOptions;
  /**
   * The text the result was made from, read when first asked for (a write waits for a pause in typing);
   * undefined once the document has changed or closed, when there is nothing to keep.
   */
  text(): string | undefined;
}

export class KeptResultStore {
  /** Each snapshot's datasets hashed once, however many documents ask. */
  private readonly datasetKeys = new WeakMap<CheckedAgainst, Promise<string>>();
  /** Writes run one after another, so that the list of names is never updated by two at once. */
  private writing: Promise<void> = Promise.resolve();
  /** The key of each stored entry (by name), as this session read or wrote it. */
  private readonly storedKeys = new Map<string, string>();
  /** Documents whose result was written in this session. */
  private readonly written = new Set<string>();
  /** A later result of a document, waiting for its results to stop changing. */
  private readonly pending = new Map<string, { timer: ReturnType<typeof setTimeout>; write: () => void }>();

  /** The running build's identity; without it (the web extension), or without a folder open, nothing is kept. */
  private readonly engine = bundleIdentity();
  private readonly hash = nodeHost()?.sha256;
  private readonly files: StorageFiles | undefined;
  /** True when the entries are read by Node from the local disk: in about a millisecond, never held up. */
  readonly readsLocally: boolean;

  constructor(
    private readonly storage: vscode.Uri | undefined,
    private readonly memory: SearchMemory,
  ) {
    const chosen = storage && filesFor(storage, vscode.workspace.fs);
    this.files = chosen?.files;
    this.readsLocally = chosen?.local === true;
  }

  private get enabled(): boolean {
    return this.storage !== undefined && this.engine !== undefined && this.hash !== undefined;
  }

  /**
   * Starts reading a document's entry, to overlap with loading the datasets; resolves undefined when there
   * is none. An untitled document's URI is reused by the next untitled one: it keeps nothing.
   */
  async read(uri: vscode.Uri): Promise<string | undefined> {
    if (!this.enabled || uri.scheme === 'untitled') return undefined;
    const name = this.entryName(uri);
    if (!this.names().includes(name)) return undefined;
    try {
      return decoder.decode(await this.files!.readFile(this.entryUri(name)));
    } catch {
      return undefined;
    }
  }

  /** The kept result for a document as it is now, from an entry read(); undefined unless made under the same key. */
  async resultFor(entry: string | undefined, doc: KeptDocument, against: CheckedAgainst): Promise<KeptResult | undefined> {
    const text = doc.text();
    if (entry === undefined || text === undefined) return undefined;
    const key = await this.keyOf(text, doc.options, against);
    const result = keptResultFor(entry, key);
    if (result) this.storedKeys.set(this.entryName(doc.uri), key);
    return result;
  }

  /**
   * Keeps a document's final result, made from its text against `against`. The first result of a
   * document in a session is written at once (a draft opened and read, never edited, has no other);
   * later ones once its results have stopped changing for KEEP_AFTER_MS, not on every keystroke.
   */
  keep(doc: KeptDocument, against: CheckedAgainst, result: CheckResult): void {
    if (!this.enabled || doc.uri.scheme === 'untitled') return;
    const key = doc.uri.toString();
    clearTimeout(this.pending.get(key)?.timer);
    const write = (): void => {
      this.pending.delete(key);
      this.writing = this.writing.then(() => this.write(doc, against, result)).catch(() => undefined);
    };
    if (!this.written.has(key)) {
      this.written.add(key);
      write();
      return;
    }
    this.pending.set(key, { timer: setTimeout(write, KEEP_AFTER_MS), write });
  }

  /** Writes what is waiting now (at deactivation), and resolves once every write is done. */
  flush(): Promise<void> {
    for (const { timer, write } of [...this.pending.values()]) {
      clearTimeout(timer);
      write();
    }
    return this.writing;
  }

  private async write(doc: KeptDocument, against: CheckedAgainst, result: CheckResult): Promise<void> {
    const checked = doc.text();
    if (checked === undefined) return;
    const key = await this.keyOf(checked, doc.options, against);
    const name = this.entryName(doc.uri);
    // A draft reopened unchanged gets the result its entry holds: only its place in the list changes.
    if (this.storedKeys.get(name) !== key) {
      const text = keptResultText(key, result);
      if (text === undefined) return;
      await this.files!.createDirectory(vscode.Uri.joinPath(this.storage!, STORE_FOLDER));
      await this.files!.writeFile(this.entryUri(name), encoder.encode(text));
      this.storedKeys.set(name, key);
    }
    const { names, evicted } = recentNames(this.names(), name);
    await this.memory.update(NAMES_KEY, names);
    for (const old of evicted) this.storedKeys.delete(old);
    await Promise.allSettled(evicted.map((old) => this.files!.delete(this.entryUri(old))));
  }

  private async keyOf(text: string, options: CheckOptions, against: CheckedAgainst): Promise<string> {
    let datasets = this.datasetKeys.get(against);
    // The dataset texts' hashes are those the kept validations made (inputTextHash remembers them).
    if (!datasets) this.datasetKeys.set(against, (datasets = datasetsKey(against.inputs.values(), against.bundled, this.hash!, inputTextHash)));
    return resultKey({ engine: this.engine!, datasets: await datasets, options, text }, this.hash!);
  }

  /** A document's entry: named after its URI's hash (a URI holds characters no file system takes). */
  private entryName(uri: vscode.Uri): string {
    return entryNameOf(this.hash!(uri.toString()));
  }

  private names(): string[] {
    return rememberedEntryNames(this.memory, NAMES_KEY);
  }

  private entryUri(name: string): vscode.Uri {
    return vscode.Uri.joinPath(this.storage!, STORE_FOLDER, name);
  }
}

// One quick pick searched with fuse.js, for the fact picker (Insert citation…) and the entity picker (Add
// Fact from Selection): fuse.js decides what matches, and VS Code's own filter must not hide its hits.
import * as vscode from 'vscode';

/** Codicons are written $(name): dataset text must not turn into icons. */
export function noIcons(text: string): string {
  return text.replace(/\$\(/g, '$\u200B(');
}

export interface FuzzyPickOptions<T> {
  title: string;
  placeholder: string;
  /** What the list shows before anything is typed, in order. */
  all: readonly T[];
  /** The fuzzy matches for a query, best first. */
  search(query: string): T[];
  /** The row for a value; its texts are passed through noIcons by the caller. */
  toItem(value: T): vscode.QuickPickItem;
  /** Let typed text match descriptions and details too. */
  matchOnDetail?: boolean;
}

type Row<T> = vscode.QuickPickItem & { value: T };

/** Shows the pick; resolves with the accepted value, or undefined when it is dismissed. */
export function fuzzyPick<T>(options: FuzzyPickOptions<T>): Promise<T | undefined> {
  const row = (value: T, alwaysShow: boolean): Row<T> => ({ ...options.toItem(value), value, alwaysShow });
  const all = options.all.map((v) => row(v, false));
  const pick = vscode.window.createQuickPick<Row<T>>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.matchOnDescription = !!options.matchOnDetail;
  pick.matchOnDetail = !!options.matchOnDetail;
  pick.items = all;
  pick.onDidChangeValue((value) => {
    // alwaysShow keeps VS Code's own filter from hiding fuse.js's fuzzy hits.
    pick.items = value.trim() ? options.search(value).map((v) => row(v, true)) : all;
  });
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.value);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

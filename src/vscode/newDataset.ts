// "factdesk: New Dataset": scaffolds a valid *.facts.json with one source and an empty vocabulary, in the
// first workspace folder, and opens it. Off in Restricted Mode.
import * as vscode from 'vscode';
import { sourceSchema, type DatasetFile, type Source } from '../dataset/schema';
import { documentMeta } from './documentMeta';

export interface NewDatasetArgs {
  /** Path relative to the first workspace folder; asked when missing. */
  path?: string;
  /** The source's fields; asked when missing (proposed from the active editor). */
  source?: Partial<Source>;
}

const encoder = new TextEncoder();

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The file's text: the same shape as the documentation's minimal file. */
export function scaffold(source: Source): string {
  const data: Omit<DatasetFile, 'topic'> = {
    vocabulary: { topic: [], synonyms: {}, countedNouns: [], modifiers: [], generic: [] },
    sources: [source],
    entities: [],
    vendors: [],
    facts: [],
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The command's handler (loaded only when it runs): creates the file; returns its URI, or undefined when cancelled or refused. */
export async function newDataset(args: NewDatasetArgs): Promise<string | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('factdesk: New Dataset is off in Restricted Mode: workspace datasets are not used.');
    return undefined;
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage('factdesk: open a folder first; datasets live in the workspace.');
    return undefined;
  }
  const active = vscode.window.activeTextEditor?.document;
  const meta = active ? documentMeta(active.getText(), active.uri) : { title: 'New source', date: new Date().toISOString().slice(0, 10) };
  const ask = async (key: 'title' | 'publisher' | 'date' | 'url', prompt: string, value: string): Promise<string | undefined> =>
    args.source?.[key] ??
    (await vscode.window.showInputBox({
      title: `factdesk: new dataset — ${prompt}`,
      value,
      validateInput: (v) => {
        const r = sourceSchema.shape[key].safeParse(v.trim());
        return r.success ? null : r.error.issues[0].message;
      },
    }))?.trim();
  const title = await ask('title', 'source title', meta.title);
  if (title === undefined) return undefined;
  const publisher = await ask('publisher', 'publisher', meta.publisher ?? '');
  if (publisher === undefined) return undefined;
  const date = await ask('date', 'publication date (YYYY-MM-DD)', meta.date);
  if (date === undefined) return undefined;
  const url = await ask('url', 'URL of the source', meta.url ?? '');
  if (url === undefined) return undefined;
  const id = args.source?.id ?? ([slug(publisher), date, ...slug(title).split('-').slice(0, 4)].filter(Boolean).join('-').slice(0, 80).replace(/-+$/, '') || 'source');
  const source = sourceSchema.safeParse({ id, title, publisher, date, url });
  if (!source.success) {
    void vscode.window.showErrorMessage(`factdesk: the source is not valid: ${source.error.issues[0].path.join('.')}: ${source.error.issues[0].message}`);
    return undefined;
  }
  const path =
    args.path ??
    (await vscode.window.showInputBox({
      title: 'factdesk: new dataset — file',
      value: `datasets/${slug(title).split('-').slice(0, 5).join('-') || 'new'}.facts.json`,
      validateInput: (v) => (v.trim().endsWith('.facts.json') ? null : 'dataset files end in .facts.json'),
    }));
  if (path === undefined) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, ...path.trim().split('/'));
  try {
    await vscode.workspace.fs.stat(uri);
    void vscode.window.showErrorMessage(`factdesk: ${path} exists already; choose another name.`);
    return undefined;
  } catch {
    // It does not exist: create it.
  }
  await vscode.workspace.fs.writeFile(uri, encoder.encode(scaffold(source.data)));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  return uri.toString();
}

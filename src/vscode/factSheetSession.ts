// What the fact sheet does once it is open: gives the webview its page, sends it sheets and acts on its
// messages. Loaded with the view model (dist/extension-factsheet.js) when a sheet is first shown or
// restored: most sessions never open one, and dist/extension-main.js, read at every activation, holds
// only the panel's state (src/vscode/factSheetPanel.ts).
import * as vscode from 'vscode';
import type { FactIndex, SheetSubject } from '../core';
import { buildFactSheet } from '../core/factSheet';
import { subjectSchema, webviewMessageSchema, type ExtensionMessage, type WebviewMessage } from '../webview/protocol';
import type { Commands } from './commands';
import { factSheetHtml, makeNonce } from './factSheetHtml';
import type { FactdeskState } from './state';

/** What the webview reported it drew last: the integration tests read the sheet through this. */
export type RenderedSheet = Extract<WebviewMessage, { type: 'rendered' }>;

/** The panel's state and the few things the session asks of it. */
export interface FactSheetHost {
  readonly state: FactdeskState;
  readonly commands: Commands;
  readonly extensionUri: vscode.Uri;
  readonly openPanel: vscode.WebviewPanel | undefined;
  readonly currentSubject: SheetSubject | undefined;
  setSubject(subject: SheetSubject): void;
  updateTitle(): void;
  didRender(rendered: RenderedSheet): void;
  didReject(): void;
  /** The draft the writer last worked in, if it is still open. */
  citationTarget(): vscode.TextEditor | undefined;
}

/** The subject a restored panel saved with setState; anything else restores the dataset sheet. */
export function restoredSubject(saved: unknown): SheetSubject {
  const parsed = subjectSchema.safeParse((saved as { subject?: unknown } | undefined)?.subject);
  return parsed.success ? parsed.data : { kind: 'dataset' };
}

/** Gives the panel its page; the page asks for the sheet once its script runs ("ready"). */
export function setSheetHtml(host: FactSheetHost, panel: vscode.WebviewPanel): void {
  const media = (...path: string[]) => panel.webview.asWebviewUri(vscode.Uri.joinPath(host.extensionUri, 'media', ...path)).toString();
  panel.webview.html = factSheetHtml({
    cspSource: panel.webview.cspSource,
    scriptUri: media('webview', 'factSheet.js'),
    styleUri: media('factSheet.css'),
    nonce: makeNonce(),
  });
}

/** Sends the current subject's sheet to the webview. */
export async function postSheet(host: FactSheetHost): Promise<void> {
  const panel = host.openPanel;
  const subject = host.currentSubject;
  if (!panel || !subject) return;
  const snapshot = await host.state.settled();
  host.updateTitle();
  const sheet = buildFactSheet(snapshot.index, subject);
  const message: ExtensionMessage = sheet
    ? { type: 'show', subject, sheet }
    : { type: 'unknown', subject, reason: `The loaded datasets have nothing about “${'id' in subject ? subject.id : 'this'}”.` };
  await panel.webview.postMessage(message);
}

/** Handles one message from the webview; false when it was rejected or could not be acted on. */
export async function receiveMessage(host: FactSheetHost, raw: unknown): Promise<boolean> {
  const parsed = webviewMessageSchema.safeParse(raw);
  if (!parsed.success) {
    host.didReject();
    return false;
  }
  const message = parsed.data;
  switch (message.type) {
    case 'ready':
      await postSheet(host);
      return true;
    case 'rendered':
      host.didRender(message);
      return true;
    case 'open': {
      const snapshot = await host.state.settled();
      if (!buildFactSheet(snapshot.index, message.subject)) return false;
      host.setSubject(message.subject);
      return true;
    }
    case 'insertCitation':
      return insertCitation(host, message.factId);
  }
}

async function insertCitation(host: FactSheetHost, factId: string): Promise<boolean> {
  const snapshot = await host.state.settled();
  const editor = host.citationTarget();
  if (!snapshot.index.fact(factId) || !editor) {
    if (!editor) void vscode.window.showWarningMessage('factdesk: open a Markdown draft to insert a citation.');
    return false;
  }
  return host.commands.insertCitation({
    factId,
    uri: editor.document.uri.toString(),
    offset: editor.document.offsetAt(editor.selection.active),
  });
}

interface SubjectItem extends vscode.QuickPickItem {
  subject: SheetSubject;
}

/** The quick pick of "Show Fact Sheet" when no name is under the cursor. */
export async function pickSubject(index: FactIndex): Promise<SheetSubject | undefined> {
  const count = (id: string) => index.factsAbout(id).length;
  const plural = (n: number) => `${n} figure${n === 1 ? '' : 's'}`;
  const entities = index.allEntities().filter((e) => count(e.id) > 0 || e.kind === 'country');
  const items: (SubjectItem | vscode.QuickPickItem)[] = [
    { label: 'All figures', description: `map and table · ${plural(index.facts.length)}`, subject: { kind: 'dataset' } },
    { label: 'Countries', kind: vscode.QuickPickItemKind.Separator },
    ...entities.filter((e) => e.kind === 'country').map((e) => ({ label: e.name, description: plural(count(e.id)), subject: { kind: 'entity', id: e.id } as SheetSubject })),
    { label: 'Vendors', kind: vscode.QuickPickItemKind.Separator },
    ...index.allVendors().map((v) => ({ label: v.name, description: plural(count(v.id)), subject: { kind: 'vendor', id: v.id } as SheetSubject })),
    { label: 'Places and bodies', kind: vscode.QuickPickItemKind.Separator },
    ...entities.filter((e) => e.kind !== 'country').map((e) => ({
      label: e.name,
      description: `${e.country ? index.displayName(e.country) : e.kind} · ${plural(count(e.id))}`,
      subject: { kind: 'entity', id: e.id } as SheetSubject,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Show the fact sheet of…', matchOnDescription: true });
  return picked && 'subject' in picked ? picked.subject : undefined;
}

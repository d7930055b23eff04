// What the fact sheet does once it is open: gives the webview its page and title, sends it sheets, acts on
// its messages and follows the writer. Loaded with the view model (dist/extension-factsheet.js) when a sheet
// is first shown or restored: most sessions never open one, and dist/extension-main.js, read at every
// activation, holds only the panel's state (src/vscode/factSheetPanel.ts).
import * as vscode from 'vscode';
import type { FactIndex, NameMention, SheetSubject } from '../core';
import { buildFactSheet } from '../core/factSheet';
import { subjectSchema, webviewMessageSchema, type ExtensionMessage, type WebviewMessage } from '../webview/protocol';
import type { Commands } from './commands';
import { FactSheetFollower } from './factSheetFollow';
import { FACT_SHEET_VIEW_TYPE, factSheetHtml, makeNonce } from './factSheetHtml';
import type { FactdeskState } from './state';

/** What the webview reported it drew last: the integration tests read the sheet through this. */
export type RenderedSheet = Extract<WebviewMessage, { type: 'rendered' }>;

/** An open panel and what lives as long as it does. */
export interface OpenSheet extends vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
  followHover(doc: vscode.TextDocument, mention: NameMention): void;
}

/** The panel's state and the few things the session asks of it. */
export interface FactSheetHost {
  readonly state: FactdeskState;
  readonly commands: Commands;
  readonly extensionUri: vscode.Uri;
  readonly isOpen: boolean;
  readonly openPanel: vscode.WebviewPanel | undefined;
  readonly currentSubject: SheetSubject | undefined;
  /** The checked draft the writer was last in, which the webview's focus does not change. */
  readonly lastEditor: vscode.TextEditor | undefined;
  /** A panel opened on a subject, or (undefined) the open one closed. */
  opened(open: OpenSheet | undefined, subject?: SheetSubject): void;
  /**
   * The settings, asked of the panel: this bundle's own copy of src/vscode/config.ts would not see the
   * .factdesk.json files the extension read.
   */
  isChecked(doc: vscode.TextDocument): boolean;
  followsEditor(doc: vscode.TextDocument): boolean;
  setSubject(subject: SheetSubject): void;
  didRender(rendered: RenderedSheet): void;
  didReject(): void;
}

/** Opens the sheet beside the editor on a subject, or moves the open one there. */
export function showSheet(host: FactSheetHost, subject: SheetSubject, preserveFocus: boolean): void {
  const panel = host.openPanel;
  if (panel) {
    panel.reveal(undefined, preserveFocus);
    host.setSubject(subject);
    return;
  }
  const media = vscode.Uri.joinPath(host.extensionUri, 'media');
  const created = vscode.window.createWebviewPanel(
    FACT_SHEET_VIEW_TYPE,
    'Fact sheet',
    { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
    { enableScripts: true, enableFindWidget: true, localResourceRoots: [media] },
  );
  openSheet(host, created, subject);
}

/** Takes a new or restored panel: its page, its title, its messages, and the follower while it is open. */
export function openSheet(host: FactSheetHost, panel: vscode.WebviewPanel, subject: SheetSubject): void {
  const media = vscode.Uri.joinPath(host.extensionUri, 'media');
  panel.iconPath = vscode.Uri.joinPath(media, 'icon.png');
  panel.webview.options = { enableScripts: true, localResourceRoots: [media] };
  const follower = new FactSheetFollower(host);
  const listeners = [
    follower,
    panel.webview.onDidReceiveMessage((message: unknown) => void receiveMessage(host, message)),
    panel.onDidDispose(() => {
      if (host.openPanel === panel) host.opened(undefined);
    }),
  ];
  host.opened({ panel, followHover: (doc, mention) => follower.followHover(doc, mention), dispose: () => listeners.forEach((l) => l.dispose()) }, subject);
  updateTitle(host);
  // The page asks for the sheet once its script runs ("ready").
  setSheetHtml(host, panel);
}

/** The panel's title names its subject. */
function updateTitle(host: FactSheetHost): void {
  const panel = host.openPanel;
  const subject = host.currentSubject;
  if (!panel || !subject) return;
  const index = host.state.current?.index;
  const name = subject.kind === 'dataset' ? 'all figures' : (index?.displayName(subject.id) ?? subject.id);
  panel.title = `Fact sheet: ${name}`;
}

/** The draft the writer last worked in, if it is still open. */
function citationTarget(host: FactSheetHost): vscode.TextEditor | undefined {
  const visible = vscode.window.visibleTextEditors;
  const last = host.lastEditor;
  if (last && !last.document.isClosed) return visible.find((e) => e.document === last.document) ?? last;
  return visible.find((e) => host.isChecked(e.document));
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
  updateTitle(host);
  const snapshot = await host.state.settled();
  updateTitle(host);
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
  const editor = citationTarget(host);
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

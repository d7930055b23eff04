// The fact sheet: one webview panel beside the draft, showing an entity's, a vendor's or the whole
// dataset's sourced figures. Messages from the webview are parsed with zod before anything is done.
import * as vscode from 'vscode';
import type { SheetSubject } from '../core';
import { subjectSchema, webviewMessageSchema, type ExtensionMessage, type WebviewMessage } from '../webview/protocol';
import type { Commands } from './commands';
import { isChecked } from './config';
import type { FactdeskState } from './state';

export const FACT_SHEET_VIEW_TYPE = 'factdesk.factSheet';

/** What the webview reported it drew last: the integration tests read the sheet through this. */
export type RenderedSheet = Extract<WebviewMessage, { type: 'rendered' }>;

export class FactSheetPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private subject: SheetSubject | undefined;
  private lastEditor: vscode.TextEditor | undefined;
  private rendered: RenderedSheet | undefined;
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedSheet>();
  /** Fires each time the webview has drawn a sheet. */
  readonly onDidRender = this.renderedEmitter.event;
  /** Messages the webview sent that did not parse: counted for tests, never acted on. */
  rejectedMessages = 0;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly state: FactdeskState,
    private readonly commands: Commands,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.rememberEditor(vscode.window.activeTextEditor);
    this.subscriptions = [
      // The webview takes focus from the draft; citations still go to the draft the writer came from.
      vscode.window.onDidChangeActiveTextEditor((editor) => this.rememberEditor(editor)),
      state.onDidLoad(() => void this.post()),
      vscode.window.registerWebviewPanelSerializer(FACT_SHEET_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, saved: unknown) => {
          // The webview saves its subject with setState; anything else restores the dataset sheet.
          const parsed = subjectSchema.safeParse((saved as { subject?: unknown } | undefined)?.subject);
          this.adopt(panel, parsed.success ? parsed.data : { kind: 'dataset' });
        },
      }),
    ];
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  get currentSubject(): SheetSubject | undefined {
    return this.subject;
  }

  get lastRendered(): RenderedSheet | undefined {
    return this.rendered;
  }

  /** Opens the sheet beside the editor (or reuses it) on a subject. */
  show(subject: SheetSubject, preserveFocus = false): void {
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      this.setSubject(subject);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      FACT_SHEET_VIEW_TYPE,
      'Fact sheet',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] },
    );
    this.adopt(panel, subject);
  }

  /** Moves an open sheet to another subject; does nothing when the sheet is closed. */
  follow(subject: SheetSubject): void {
    if (this.panel && !sameSubject(subject, this.subject)) this.setSubject(subject);
  }

  private adopt(panel: vscode.WebviewPanel, subject: SheetSubject): void {
    this.panel = panel;
    this.subject = subject;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.png');
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
    void this.setHtml(panel);
    const listeners = [
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidDispose(() => {
        listeners.forEach((l) => l.dispose());
        if (this.panel === panel) {
          this.panel = undefined;
          this.rendered = undefined;
        }
      }),
    ];
    this.updateTitle();
  }

  private setSubject(subject: SheetSubject): void {
    this.subject = subject;
    this.updateTitle();
    void this.post();
  }

  private updateTitle(): void {
    if (!this.panel || !this.subject) return;
    const index = this.state.current?.index;
    const name = this.subject.kind === 'dataset' ? 'all figures' : (index?.displayName(this.subject.id) ?? this.subject.id);
    this.panel.title = `Fact sheet: ${name}`;
  }

  /** Gives the panel its page; the page asks for the sheet once its script runs ("ready"). */
  private async setHtml(panel: vscode.WebviewPanel): Promise<void> {
    const { factSheetHtml, makeNonce } = await import('./factSheetModel');
    // Closed while its page was on the way.
    if (this.panel !== panel) return;
    const media = (...path: string[]) => panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', ...path)).toString();
    panel.webview.html = factSheetHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: media('webview', 'factSheet.js'),
      styleUri: media('factSheet.css'),
      nonce: makeNonce(),
    });
  }

  /** Sends the current subject's sheet to the webview. */
  private async post(): Promise<void> {
    const panel = this.panel;
    const subject = this.subject;
    if (!panel || !subject) return;
    const snapshot = await this.state.settled();
    this.updateTitle();
    const { buildFactSheet } = await import('./factSheetModel');
    const sheet = buildFactSheet(snapshot.index, subject);
    const message: ExtensionMessage = sheet
      ? { type: 'show', subject, sheet }
      : { type: 'unknown', subject, reason: `The loaded datasets have nothing about “${'id' in subject ? subject.id : 'this'}”.` };
    await panel.webview.postMessage(message);
  }

  /** Handles one message from the webview; false when it was rejected or could not be acted on. */
  async receive(raw: unknown): Promise<boolean> {
    const parsed = webviewMessageSchema.safeParse(raw);
    if (!parsed.success) {
      this.rejectedMessages++;
      return false;
    }
    const message = parsed.data;
    switch (message.type) {
      case 'ready':
        await this.post();
        return true;
      case 'rendered':
        this.rendered = message;
        this.renderedEmitter.fire(message);
        return true;
      case 'open': {
        const snapshot = await this.state.settled();
        const { buildFactSheet } = await import('./factSheetModel');
        if (!buildFactSheet(snapshot.index, message.subject)) return false;
        this.setSubject(message.subject);
        return true;
      }
      case 'insertCitation': {
        const snapshot = await this.state.settled();
        const editor = this.citationTarget();
        if (!snapshot.index.fact(message.factId) || !editor) {
          if (!editor) void vscode.window.showWarningMessage('factdesk: open a Markdown draft to insert a citation.');
          return false;
        }
        return this.commands.insertCitation({
          factId: message.factId,
          uri: editor.document.uri.toString(),
          offset: editor.document.offsetAt(editor.selection.active),
        });
      }
    }
  }

  private rememberEditor(editor: vscode.TextEditor | undefined): void {
    if (editor && isChecked(editor.document)) this.lastEditor = editor;
  }

  /** The draft the writer last worked in, if it is still open. */
  private citationTarget(): vscode.TextEditor | undefined {
    const visible = vscode.window.visibleTextEditors;
    if (this.lastEditor && !this.lastEditor.document.isClosed) {
      return visible.find((e) => e.document === this.lastEditor!.document) ?? this.lastEditor;
    }
    return visible.find((e) => isChecked(e.document));
  }

  dispose(): void {
    this.panel?.dispose();
    this.renderedEmitter.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

export function sameSubject(a: SheetSubject | undefined, b: SheetSubject | undefined): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && (a.kind === 'dataset' || (b.kind !== 'dataset' && a.id === b.id));
}

// The fact sheet: one webview panel beside the draft, showing an entity's, a vendor's or the whole
// dataset's sourced figures. This class, created at activation, holds the panel's state and registers what
// must exist before a sheet is open (the command, the restore of a saved panel). Everything an open sheet
// does (its page, its title, its messages, following the cursor, the command's choice of subject) is loaded
// when a sheet is first shown or restored (src/vscode/factSheetSession.ts): most sessions never open one,
// and dist/extension-main.js, read at every activation, must stay under 400 KB.
import * as vscode from 'vscode';
import type { NameMention, SheetSubject } from '../core';
import { isChecked, readConfig } from './config';
import { FACT_SHEET_VIEW_TYPE } from './factSheetHtml';
import type { Commands } from './commands';
import type { FactSheetHost, OpenSheet, RenderedSheet } from './factSheetSession';
import type { FactdeskState } from './state';

export type { RenderedSheet } from './factSheetSession';

const session = () => import('./factSheetModel');

export class FactSheetPanel implements vscode.Disposable, FactSheetHost {
  private open: OpenSheet | undefined;
  private subject: SheetSubject | undefined;
  private editor: vscode.TextEditor | undefined;
  private rendered: RenderedSheet | undefined;
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedSheet>();
  /** Fires each time the webview has drawn a sheet. */
  readonly onDidRender = this.renderedEmitter.event;
  /** Messages the webview sent that did not parse: counted for tests, never acted on. */
  rejectedMessages = 0;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    readonly state: FactdeskState,
    readonly commands: Commands,
    readonly extensionUri: vscode.Uri,
  ) {
    this.rememberEditor(vscode.window.activeTextEditor);
    this.subscriptions = [
      // The webview takes focus from the draft; citations still go to the draft the writer came from.
      vscode.window.onDidChangeActiveTextEditor((editor) => this.rememberEditor(editor)),
      state.onDidLoad(() => void this.post()),
      vscode.window.registerWebviewPanelSerializer(FACT_SHEET_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, saved: unknown) => {
          const loaded = await session();
          loaded.openSheet(this, panel, loaded.restoredSubject(saved));
        },
      }),
      vscode.commands.registerCommand('factdesk.showFactSheet', async (args?: unknown) => (await session()).showFactSheet(this, args)),
    ];
  }

  get isOpen(): boolean {
    return this.open !== undefined;
  }

  get openPanel(): vscode.WebviewPanel | undefined {
    return this.open?.panel;
  }

  get currentSubject(): SheetSubject | undefined {
    return this.subject;
  }

  get lastRendered(): RenderedSheet | undefined {
    return this.rendered;
  }

  get lastEditor(): vscode.TextEditor | undefined {
    return this.editor;
  }

  /** Called by the session when a panel opens on a subject (with what closes it) and when it closes. */
  opened(open: OpenSheet | undefined, subject?: SheetSubject): void {
    this.open?.dispose();
    this.open = open;
    if (subject) this.subject = subject;
    if (!open) this.rendered = undefined;
  }

  /** Moves an open sheet to another subject; does nothing when the sheet is closed. */
  setSubject(subject: SheetSubject): void {
    this.subject = subject;
    void this.post();
  }

  /** Called by the hover provider for the mention under the mouse: an open sheet may follow it. */
  followHover(doc: vscode.TextDocument, mention: NameMention): void {
    this.open?.followHover(doc, mention);
  }

  /** Sends the current subject's sheet to the webview. */
  private async post(): Promise<void> {
    if (this.open && this.subject) await (await session()).postSheet(this);
  }

  /** Handles one message from the webview; false when it was rejected or could not be acted on. */
  async receive(raw: unknown): Promise<boolean> {
    return (await session()).receiveMessage(this, raw);
  }

  didRender(rendered: RenderedSheet): void {
    this.rendered = rendered;
    this.renderedEmitter.fire(rendered);
  }

  didReject(): void {
    this.rejectedMessages++;
  }

  isChecked(doc: vscode.TextDocument): boolean {
    return isChecked(doc);
  }

  followsEditor(doc: vscode.TextDocument): boolean {
    return readConfig(doc).followEditor;
  }

  private rememberEditor(editor: vscode.TextEditor | undefined): void {
    if (editor && isChecked(editor.document)) this.editor = editor;
  }

  dispose(): void {
    this.open?.panel.dispose();
    this.opened(undefined);
    this.renderedEmitter.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}

// The fact sheet: one webview panel beside the draft, showing an entity's, a vendor's or the whole
// dataset's sourced figures. This class, created at activation, holds the panel's state; what an open
// sheet does (its page, its sheets, the webview's messages, parsed with zod before anything is done) is
// loaded when a sheet is first shown or restored (src/vscode/factSheetSession.ts).
import * as vscode from 'vscode';
import type { SheetSubject } from '../core';
import type { Commands } from './commands';
import { isChecked } from './config';
import type { FactSheetHost, RenderedSheet } from './factSheetSession';
import type { FactdeskState } from './state';

export type { RenderedSheet } from './factSheetSession';

export const FACT_SHEET_VIEW_TYPE = 'factdesk.factSheet';

const session = () => import('./factSheetModel');

export class FactSheetPanel implements vscode.Disposable, FactSheetHost {
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
        deserializeWebviewPanel: async (panel, saved: unknown) => this.adopt(panel, (await session()).restoredSubject(saved)),
      }),
    ];
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  get openPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
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

  setSubject(subject: SheetSubject): void {
    this.subject = subject;
    this.updateTitle();
    void this.post();
  }

  updateTitle(): void {
    if (!this.panel || !this.subject) return;
    const index = this.state.current?.index;
    const name = this.subject.kind === 'dataset' ? 'all figures' : (index?.displayName(this.subject.id) ?? this.subject.id);
    this.panel.title = `Fact sheet: ${name}`;
  }

  /** Gives the panel its page; the page asks for the sheet once its script runs ("ready"). */
  private async setHtml(panel: vscode.WebviewPanel): Promise<void> {
    const { setSheetHtml } = await session();
    // Closed while its page was on the way.
    if (this.panel === panel) setSheetHtml(this, panel);
  }

  /** Sends the current subject's sheet to the webview. */
  private async post(): Promise<void> {
    if (this.panel && this.subject) await (await session()).postSheet(this);
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

  private rememberEditor(editor: vscode.TextEditor | undefined): void {
    if (editor && isChecked(editor.document)) this.lastEditor = editor;
  }

  /** The draft the writer last worked in, if it is still open. */
  citationTarget(): vscode.TextEditor | undefined {
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

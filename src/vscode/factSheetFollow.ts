// The fact sheet follows the writer: moving the cursor onto, or hovering, a country mention (or a place
// or body in a country) switches an open sheet to that country. Vendor mentions do not switch it: in
// "Hungary has 18,166 Hikvision cameras" the cursor passes Hikvision on its way through Hungary's figures.
import * as vscode from 'vscode';
import { mentionAt, type FactIndex, type NameMention, type SheetSubject } from '../core';
import { isChecked, readConfig } from './config';
import type { FactSheetPanel } from './factSheetPanel';
import type { FactdeskState } from './state';

/** The country sheet a mention leads to when following the editor, if any. */
export function followedSubject(mention: NameMention, index: FactIndex): SheetSubject | undefined {
  if (mention.kind !== 'entity') return undefined;
  const entity = index.entity(mention.id);
  if (!entity) return undefined;
  const country = entity.kind === 'country' ? entity.id : entity.country;
  return country && index.entity(country) ? { kind: 'entity', id: country } : undefined;
}

export class FactSheetFollower implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly state: FactdeskState,
    private readonly panel: FactSheetPanel,
  ) {
    this.subscriptions = [
      vscode.window.onDidChangeTextEditorSelection((e) => {
        // Selection events come per keystroke: wait until the cursor rests.
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.followCursor(e.textEditor), 100);
      }),
    ];
  }

  /** Called by the hover provider for the mention under the mouse. */
  followHover(doc: vscode.TextDocument, mention: NameMention): void {
    const index = this.state.current?.index;
    if (!index || !this.panel.isOpen || !readConfig(doc).followEditor) return;
    const subject = followedSubject(mention, index);
    if (subject) this.panel.follow(subject);
  }

  private followCursor(editor: vscode.TextEditor): void {
    if (!this.panel.isOpen || editor.document.isClosed || !isChecked(editor.document)) return;
    if (!readConfig(editor.document).followEditor) return;
    const result = this.state.check(editor.document);
    const index = this.state.current?.index;
    if (!result || !index) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    const mention = mentionAt(result, offset);
    const subject = mention && followedSubject(mention, index);
    if (subject) this.panel.follow(subject);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((s) => s.dispose());
  }
}

// An open fact sheet follows the writer: moving the cursor onto, or hovering, a country mention (or a place
// or body in a country) switches it to that country. Vendor mentions do not switch it: in "Hungary has
// 18,166 Hikvision cameras" the cursor passes Hikvision on its way through Hungary's figures. Created when a
// sheet opens and disposed when it closes (src/vscode/factSheetSession.ts).
import * as vscode from 'vscode';
import type { FactIndex, NameMention, SheetSubject } from '../core';
import { mentionAt } from '../core/types';
import type { FactSheetHost } from './factSheetSession';

/** How long the cursor rests before the sheet follows it: selection events come per keystroke. */
const CURSOR_REST_MS = 100;

/** The country sheet a mention leads to when following the editor, if any. */
export function followedSubject(mention: NameMention, index: FactIndex): SheetSubject | undefined {
  if (mention.kind !== 'entity') return undefined;
  const entity = index.entity(mention.id);
  if (!entity) return undefined;
  const country = entity.kind === 'country' ? entity.id : entity.country;
  return country && index.entity(country) ? { kind: 'entity', id: country } : undefined;
}

export function sameSubject(a: SheetSubject | undefined, b: SheetSubject | undefined): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && (a.kind === 'dataset' || (b.kind !== 'dataset' && a.id === b.id));
}

export class FactSheetFollower implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly selections: vscode.Disposable;

  constructor(private readonly host: FactSheetHost) {
    this.selections = vscode.window.onDidChangeTextEditorSelection((e) => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.followCursor(e.textEditor), CURSOR_REST_MS);
    });
  }

  /** Called by the hover provider for the mention under the mouse. */
  followHover(doc: vscode.TextDocument, mention: NameMention): void {
    if (this.host.followsEditor(doc)) this.follow(mention);
  }

  private followCursor(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (doc.isClosed || !this.host.isChecked(doc) || !this.host.followsEditor(doc)) return;
    const result = this.host.state.check(doc);
    const mention = result && mentionAt(result, doc.offsetAt(editor.selection.active));
    if (mention) this.follow(mention);
  }

  private follow(mention: NameMention): void {
    const index = this.host.state.current?.index;
    const subject = index && this.host.isOpen ? followedSubject(mention, index) : undefined;
    if (subject && !sameSubject(subject, this.host.currentSubject)) this.host.setSubject(subject);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.selections.dispose();
  }
}

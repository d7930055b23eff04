// "factdesk: Show Fact Sheet": for the name under the cursor, the subject a hover link names, or one
// picked from the loaded datasets.
import * as vscode from 'vscode';
import { mentionAt, type SheetSubject } from '../core';
import { subjectSchema } from '../webview/protocol';
import { isChecked } from './config';
import type { FactSheetPanel } from './factSheetPanel';
import type { FactdeskState } from './state';

export class FactSheetCommand implements vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(
    private readonly state: FactdeskState,
    private readonly panel: FactSheetPanel,
  ) {
    this.registration = vscode.commands.registerCommand('factdesk.showFactSheet', (args?: unknown) => this.run(args));
  }

  /** Opens the sheet; resolves to the subject shown, or undefined when nothing was chosen. */
  async run(args?: unknown): Promise<SheetSubject | undefined> {
    const snapshot = await this.state.settled();
    // Hover links pass { subject }; other extensions and keybindings may pass the subject itself.
    const given = subjectSchema.safeParse((args as { subject?: unknown } | undefined)?.subject ?? args);
    const subject = given.success ? given.data : (this.subjectAtCursor() ?? (await (await import('./factSheetModel')).pickSubject(snapshot.index)));
    if (!subject) return undefined;
    this.panel.show(subject, given.success);
    return subject;
  }

  private subjectAtCursor(): SheetSubject | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isChecked(editor.document)) return undefined;
    const result = this.state.check(editor.document);
    const offset = editor.document.offsetAt(editor.selection.active);
    const mention = result && mentionAt(result, offset);
    return mention ? { kind: mention.kind, id: mention.id } : undefined;
  }

  dispose(): void {
    this.registration.dispose();
  }
}

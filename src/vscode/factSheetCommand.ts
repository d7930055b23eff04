// "factdesk: Show Fact Sheet": for the name under the cursor, the subject a hover link names, or one
// picked from the loaded datasets. Registered at activation (src/vscode/factSheetPanel.ts); this part is
// loaded with the sheet's session when the command first runs.
import * as vscode from 'vscode';
import type { SheetSubject } from '../core';
import { mentionAt } from '../core/types';
import { subjectSchema } from '../webview/protocol';
import { pickSubject, showSheet, type FactSheetHost } from './factSheetSession';

/** Opens the sheet; resolves to the subject shown, or undefined when nothing was chosen. */
export async function showFactSheet(host: FactSheetHost, args?: unknown): Promise<SheetSubject | undefined> {
  const snapshot = await host.state.settled();
  // Hover links pass { subject }; other extensions and keybindings may pass the subject itself.
  const given = subjectSchema.safeParse((args as { subject?: unknown } | undefined)?.subject ?? args);
  const subject = given.success ? given.data : (subjectAtCursor(host) ?? (await pickSubject(snapshot.index)));
  if (subject) showSheet(host, subject, given.success);
  return subject;
}

function subjectAtCursor(host: FactSheetHost): SheetSubject | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !host.isChecked(editor.document)) return undefined;
  const result = host.state.check(editor.document);
  const mention = result && mentionAt(result, editor.document.offsetAt(editor.selection.active));
  return mention ? { kind: mention.kind, id: mention.id } : undefined;
}

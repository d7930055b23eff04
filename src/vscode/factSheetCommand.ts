// "factdesk: Show Fact Sheet": for the name under the cursor, the subject a hover link names, or one
// picked from the loaded datasets.
import * as vscode from 'vscode';
import { mentionAt, type FactIndex, type SheetSubject } from '../core';
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
    const subject = given.success ? given.data : (this.subjectAtCursor() ?? (await pickSubject(snapshot.index)));
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

interface SubjectItem extends vscode.QuickPickItem {
  subject: SheetSubject;
}

async function pickSubject(index: FactIndex): Promise<SheetSubject | undefined> {
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

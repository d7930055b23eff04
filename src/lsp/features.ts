// Hovers and code actions. The cards and the edits are planned host-neutrally (src/core/hoverTarget.ts,
// cards.ts, fixes.ts) exactly as for the VS Code extension; here they only become LSP types.
import { CodeActionKind, MarkupKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../core/citations';
import type { CardContext } from '../core/cards';
import { fixesFor } from '../core/fixes';
import { hoverCard, hoverTarget } from '../core/hoverTarget';
import { DIAGNOSTIC_SOURCE, findingRange } from './diagnostics';
import type { ServerContext } from './server';

export function toLspEdits(doc: Pick<TextDocument, 'positionAt'>, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Command links need a client that runs them from Markdown; LSP clients in general do not, so none are written. */
const NO_LINKS: CardContext['links'] = { command: () => '' };

export function registerFeatures({ connection, documents, workspace }: ServerContext): void {
  const checked = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const ctx = workspace.context(uri);
    if (!ctx.enabled || ctx.ignored || !ctx.index) return undefined;
    const result = workspace.check(uri, doc.version, doc.getText(), ctx);
    return result ? { doc, ctx, result, index: ctx.index } : undefined;
  };

  connection.onHover((params) => {
    const found = checked(params.textDocument.uri);
    if (!found) return null;
    const { doc, result, index } = found;
    const target = hoverTarget(result, doc.offsetAt(params.position));
    if (!target) return null;
    const markdown = hoverCard({ index, uri: doc.uri, links: NO_LINKS }, target, doc.getText());
    return {
      contents: { kind: MarkupKind.Markdown, value: markdown },
      range: { start: doc.positionAt(target.start), end: doc.positionAt(target.end) },
    };
  });

  connection.onCodeAction((params): CodeAction[] => {
    const found = checked(params.textDocument.uri);
    if (!found) return [];
    const { doc, ctx, result, index } = found;
    const start = doc.offsetAt(params.range.start);
    const end = doc.offsetAt(params.range.end);
    const findings = result.findings.filter((f) => f.start <= end && start <= f.end);
    const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const fixes = fixesFor({ text: doc.getText(), result, index, citationStyle: ctx.settings.citationStyle }, findings);
    return fixes.map((fix) => {
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [doc.uri]: toLspEdits(doc, fix.edits) } },
      };
      const finding = fix.finding;
      if (finding) {
        const range = findingRange(doc, finding);
        const diagnostics = ours.filter((d) => d.code === finding.code && sameRange(d.range, range));
        if (diagnostics.length > 0) action.diagnostics = diagnostics;
      }
      if (fix.preferred) action.isPreferred = true;
      return action;
    });
  });
}

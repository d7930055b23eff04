// The server's commands (workspace/executeCommand): check every Markdown file of the workspace, insert
// a citation, reload the datasets. Names as in the VS Code extension.
import { readFileSync } from 'node:fs';
import { MessageType } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { discoverFiles } from '../cli/files';
import { toDiagnostics } from './diagnostics';
import { insertCitationEdit, type InsertCitationArgs } from './citations';
import { showMessage } from './notify';
import type { ServerContext } from './server';
import { pathToUri } from './workspace';

export const COMMANDS = ['factdesk.checkWorkspace', 'factdesk.insertCitation', 'factdesk.reloadDatasets'] as const;

export interface WorkspaceSummary {
  files: number;
  problems: number;
}

export class ServerCommands {
  constructor(
    private readonly context: ServerContext,
    private readonly reload: () => void,
  ) {}

  async execute(command: string, args: unknown[]): Promise<unknown> {
    switch (command) {
      case 'factdesk.checkWorkspace':
        return this.checkWorkspace();
      case 'factdesk.insertCitation':
        return this.insertCitation(args[0] as InsertCitationArgs);
      case 'factdesk.reloadDatasets':
        this.reload();
        return true;
      default:
        return undefined;
    }
  }

  /** Checks every Markdown file below the workspace folders and publishes their diagnostics. */
  private checkWorkspace(): WorkspaceSummary {
    const { workspace, documents, connection } = this.context;
    const found = discoverFiles(workspace.folders);
    let problems = 0;
    for (const path of found.files) {
      const uri = pathToUri(path);
      const open = documents.get(uri);
      let doc: TextDocument;
      try {
        doc = open ?? TextDocument.create(uri, 'markdown', 0, readFileSync(path, 'utf8'));
      } catch {
        continue;
      }
      const ctx = workspace.context(uri);
      if (!ctx.enabled || ctx.ignored) continue;
      const checked = open ? workspace.check(uri, doc.version, doc.getText(), ctx) : workspace.checkText(doc.getText(), ctx);
      if (!checked) continue;
      const diagnostics = toDiagnostics(doc, checked, ctx.settings);
      problems += diagnostics.filter((d) => d.severity !== undefined && d.severity <= 2).length;
      connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined);
    }
    const summary = { files: found.files.length, problems };
    showMessage(connection, MessageType.Info, `factdesk: ${summary.files} file${summary.files === 1 ? '' : 's'} checked, ${problems} warning${problems === 1 ? '' : 's'} or error${problems === 1 ? '' : 's'}`);
    return summary;
  }

  private async insertCitation(args: InsertCitationArgs | undefined): Promise<boolean> {
    const { documents, workspace, connection } = this.context;
    const doc = args && documents.get(args.uri);
    if (!doc) return false;
    const ctx = workspace.context(doc.uri);
    const result = workspace.check(doc.uri, doc.version, doc.getText(), ctx);
    if (!result || !ctx.index) return false;
    const edit = insertCitationEdit(doc, result, ctx.index, ctx.settings.citationStyle, args);
    if (!edit) return false;
    const applied = await connection.workspace.applyEdit({ label: 'Insert citation', edit });
    return applied.applied;
  }
}

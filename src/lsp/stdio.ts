// Starts the language server on stdin/stdout (`factdesk lsp`). Every editor starts servers this way;
// the library answers shutdown and exit, and sends console output to the client's log instead of
// stdout, where it would corrupt the protocol.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createServer } from './server';

export function startLanguageServer(): void {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  createServer(connection);
  connection.listen();
}

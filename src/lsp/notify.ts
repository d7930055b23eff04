// Messages to the user through the client.
import { ShowMessageNotification, type Connection, type MessageType } from 'vscode-languageserver/node';

/** A message as a notification: window/showMessageRequest waits for an answer that no one needs here. */
export function showMessage(connection: Connection, type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message }).catch(() => undefined);
}

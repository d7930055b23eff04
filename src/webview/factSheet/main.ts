// Placeholder until the webview renderer lands.
declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();
vscode.postMessage({ type: 'ready' });

import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceFolder } from './helpers';

suite('VS Code host', () => {
  test('runs the suite in a real VS Code extension host with the dev extension loaded', () => {
    console.log(`    vscode ${vscode.version}, appHost=${vscode.env.appHost}, uiKind=${vscode.env.uiKind}`);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is loaded`);
    assert.strictEqual(workspaceFolder().uri.scheme, 'file');
  });
});

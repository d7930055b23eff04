// The fact sheet's HTML shell. It holds no dataset text: the sheet arrives as a message and the webview
// script puts it into the page as text. Kept free of the vscode module so that unit tests can read it.

/** The panel's type, which VS Code saves with it to restore it in the next session. */
export const FACT_SHEET_VIEW_TYPE = 'factdesk.factSheet';

export interface FactSheetHtmlInput {
  /** webview.cspSource: the origin the webview serves the extension's media/ files from. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce: string;
}

/** A fresh random nonce per page load: only our own script tag may run. */
export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The Content-Security-Policy: nothing inline, nothing from the network, scripts only with the nonce. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function factSheetHtml({ cspSource, scriptUri, styleUri, nonce }: FactSheetHtmlInput): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(styleUri)}">
<title>factdesk fact sheet</title>
</head>
<body>
<main id="root" aria-live="polite"><p>Loading…</p></main>
<script nonce="${attribute(nonce)}" src="${attribute(scriptUri)}"></script>
</body>
</html>`;
}

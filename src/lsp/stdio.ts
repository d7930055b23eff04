export function startLanguageServer(): void {}

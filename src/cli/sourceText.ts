// Reading a source that a command makes a dataset from (a document for extract, a spreadsheet for
// import): one wording for what went wrong, a byte-order mark dropped, empty and binary files refused.
import { readFileSync } from 'node:fs';

/** The file's text, or a message that names the file and says why it cannot be used. */
export function readSourceText(file: string, notText: string): { text: string } | { error: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : (code ?? String(error))})` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { error: `${file}: the file is empty` };
  if (/\u0000/.test(text.slice(0, 4096))) return { error: `${file}: ${notText}` };
  return { text };
}

// Finds where a JSON path such as `facts[12].value` lies in a dataset file's text, so that a dataset
// problem's diagnostic sits on the offending key rather than on line 1.
import * as vscode from 'vscode';
import { LineIndex } from '../core/lineIndex';

type Segment = string | number;

export function parseJsonPath(path: string): Segment[] {
  const segments: Segment[] = [];
  for (const m of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(Number(m[2]));
    else segments.push(JSON.parse(m[3]!) as string);
  }
  return segments;
}

/** [start, end) of the deepest part of `path` that exists in `text` (the key, or the array element). */
export function locateJsonPathOffsets(text: string, path: string): { start: number; end: number } {
  let i = 0;
  let found = { start: 0, end: 0 };
  const ws = () => {
    while (i < text.length && ' \t\r\n\uFEFF'.includes(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const skipValue = () => {
    ws();
    if (text[i] === '"') {
      readString();
      return;
    }
    if (text[i] === '{' || text[i] === '[') {
      let depth = 0;
      while (i < text.length) {
        const ch = text[i]!;
        if (ch === '"') {
          readString();
          continue;
        }
        if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') depth--;
        i++;
        if (depth === 0) return;
      }
      return;
    }
    while (i < text.length && !',}]'.includes(text[i]!)) i++;
  };
  try {
    // A syntax error's message carries its line and column instead of a path.
    for (const segment of parseJsonPath(path)) {
      ws();
      if (typeof segment === 'string' && text[i] === '{') {
        i++;
        let hit = false;
        for (ws(); i < text.length && text[i] !== '}'; ws()) {
          const keyStart = i;
          const key = readString();
          const keyEnd = i;
          ws();
          i++; // ':'
          if (key === segment) {
            found = { start: keyStart, end: keyEnd };
            hit = true;
            break;
          }
          skipValue();
          ws();
          if (text[i] === ',') i++;
        }
        if (!hit) return found;
      } else if (typeof segment === 'number' && text[i] === '[') {
        i++;
        let n = 0;
        let hit = false;
        for (ws(); i < text.length && text[i] !== ']'; ws()) {
          if (n === segment) {
            const start = i;
            skipValue();
            found = { start, end: text[start] === '{' || text[start] === '[' ? start + 1 : i };
            i = start;
            hit = true;
            break;
          }
          skipValue();
          ws();
          if (text[i] === ',') i++;
          n++;
        }
        if (!hit) return found;
      } else {
        return found;
      }
    }
  } catch {
    return found;
  }
  return found;
}

/** The range of a problem in a dataset file: its JSON path, or the line and column of a syntax error. */
export function locateJsonPath(text: string, path: string, message = ''): vscode.Range {
  const lines = new LineIndex(text);
  const syntax = /line (\d+), column (\d+)/.exec(message);
  if (!path && syntax) {
    const p = new vscode.Position(Number(syntax[1]) - 1, Math.max(0, Number(syntax[2]) - 1));
    return new vscode.Range(p, p);
  }
  const { start, end } = locateJsonPathOffsets(text, path);
  const a = lines.positionAt(start);
  const b = lines.positionAt(end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

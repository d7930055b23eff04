// Appends facts, sources and entities to a dataset file's text without touching anything else: the
// file's indentation, key order, line endings and every byte outside the insertions stay as they were.
// The result is a list of insertions, so that an editor applies them as one undoable edit. Where each
// member lies comes from jsonc-parser's syntax tree (offsets and lengths of every node).
import type { TextEdit } from '../citations';
// The ES module build, as src/config/parse.ts imports it: the UMD one loads its parts at run time.
import { parseTree, type ParseError } from 'jsonc-parser/lib/esm/main.js';

export interface Additions {
  sources?: readonly object[];
  entities?: readonly object[];
  facts?: readonly object[];
}

interface Member {
  key: string;
  /** Offset of the key's opening quote. */
  keyStart: number;
  valueStart: number;
  valueEnd: number;
  /** For an array value: the end of its last element, or -1 when it is empty. */
  lastElementEnd: number;
  /** For an array value: the start of its first element, or -1. */
  firstElementStart: number;
}

interface TopLevel {
  members: Member[];
  /** Offset of the closing brace. */
  close: number;
}

/** The top-level object's members and where each value lies; null when the text is no valid JSON object. */
function scanTopLevel(text: string): TopLevel | null {
  const errors: ParseError[] = [];
  // A byte-order mark is read as a space of the same length, so that offsets stay the text's own.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  if (!root || root.type !== 'object' || errors.length > 0) return null;
  const members: Member[] = [];
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) return null;
    const elements = value.type === 'array' ? (value.children ?? []) : [];
    const last = elements[elements.length - 1];
    members.push({
      key: String(key.value),
      keyStart: key.offset,
      valueStart: value.offset,
      valueEnd: value.offset + value.length,
      firstElementStart: elements.length > 0 ? elements[0].offset : -1,
      lastElementEnd: last ? last.offset + last.length : -1,
    });
  }
  return { members, close: root.offset + root.length - 1 };
}

function indentBefore(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(prefix) ? prefix : '';
}

/** The insertions that append the additions to the dataset text, or null when the text is no JSON object. */
export function appendToDataset(text: string, additions: Additions): TextEdit[] | null {
  const top = scanTopLevel(text);
  if (!top) return null;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const firstKey = top.members[0];
  const keyIndent = firstKey ? indentBefore(text, firstKey.keyStart) || '  ' : '  ';
  const unit = keyIndent.startsWith('\t') ? '\t' : keyIndent;
  const edits: TextEdit[] = [];
  const serialise = (item: object, indent: string): string => JSON.stringify(item, null, unit).split('\n').join(eol + indent);
  const lastEnd = top.members.length > 0 ? top.members[top.members.length - 1].valueEnd : -1;
  const missing: string[] = [];
  for (const key of ['sources', 'entities', 'facts'] as const) {
    const items = additions[key];
    if (!items || items.length === 0) continue;
    const member = top.members.find((m) => m.key === key);
    if (!member) {
      const itemIndent = keyIndent + unit;
      missing.push(`${JSON.stringify(key)}: [${eol}${items.map((item) => itemIndent + serialise(item, itemIndent)).join(`,${eol}`)}${eol}${keyIndent}]`);
      continue;
    }
    if (member.lastElementEnd >= 0) {
      const itemIndent = indentBefore(text, member.firstElementStart) || keyIndent + unit;
      edits.push({ start: member.lastElementEnd, end: member.lastElementEnd, newText: items.map((item) => `,${eol}${itemIndent}${serialise(item, itemIndent)}`).join('') });
    } else {
      const itemIndent = keyIndent + unit;
      // "[]" (or "[ ]") becomes a list of the new items on their own lines.
      edits.push({ start: member.valueStart, end: member.valueEnd, newText: `[${eol}${items.map((item) => itemIndent + serialise(item, itemIndent)).join(`,${eol}`)}${eol}${keyIndent}]` });
    }
  }
  if (missing.length > 0) {
    const at = lastEnd >= 0 ? lastEnd : top.close;
    const lead = lastEnd >= 0 ? ',' : '';
    const tail = lastEnd >= 0 ? '' : eol;
    edits.push({ start: at, end: at, newText: `${lead}${missing.map((m) => `${eol}${keyIndent}${m}`).join(',')}${tail}` });
  }
  return edits.sort((a, b) => a.start - b.start);
}

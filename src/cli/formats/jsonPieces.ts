// The machine formats print one JSON document whose bulk is one list (a result per file, or per
// finding). Over a newsroom archive that document outgrows the longest string V8 can make (512 MiB:
// about 7,000 claim-dense drafts in --format json), and JSON.stringify throws. So the document is
// written in pieces, the list item by item; joined, the pieces are exactly JSON.stringify(document, null, 2).

/** Stands in the document for the list while the rest is written. */
const LIST_MARKER = '\u0000factdesk-list\u0000';
const INDENT = 2;

/**
 * `document` with `place(document)` holding the list: the text JSON.stringify(document, null, 2) gives,
 * in pieces of at most one item each.
 */
export function indentedJsonPieces<Document>(document: Document, items: readonly unknown[], place: (document: Document, marker: string) => void): string[] {
  place(document, LIST_MARKER);
  const text = JSON.stringify(document, null, INDENT);
  const quoted = JSON.stringify(LIST_MARKER);
  const at = text.indexOf(quoted);
  if (at < 0 || text.indexOf(quoted, at + 1) >= 0) throw new Error('the list must stand once in the document');
  const before = text.slice(0, at);
  const after = text.slice(at + quoted.length);
  if (items.length === 0) return [`${before}[]${after}`];
  // The list's own line is indented like the key it follows; its items one step further.
  const lineStart = before.lastIndexOf('\n') + 1;
  const indent = before.slice(lineStart).match(/^ */)![0];
  const depth = indent.length / INDENT + 1;
  const pieces = [`${before}[\n`];
  items.forEach((item, i) => pieces.push(`${i > 0 ? ',\n' : ''}${indentedItem(item, depth)}`));
  pieces.push(`\n${indent}]${after}`);
  return pieces;
}

/**
 * An item's text as JSON.stringify writes it `depth` lists deep, its first line indented too: the item is
 * written inside that many lists, whose brackets are then cut off. No line of it is copied again.
 */
function indentedItem(item: unknown, depth: number): string {
  let wrapped = item;
  let opening = 0;
  let closing = 0;
  for (let level = 0; level < depth; level++) {
    wrapped = [wrapped];
    // "[" and a line break on the way in, a line break, the indent and "]" on the way out.
    opening += level * INDENT + 2;
    closing += level * INDENT + 2;
  }
  const text = JSON.stringify(wrapped, null, INDENT);
  return text.slice(opening, text.length - closing);
}

// Where each id of a dataset file's text is first written (`"id": "hu-cameras"`), for the editor's links
// from a finding to the fact it names. Line starts are found once and each id placed by a binary search:
// a dataset written on one line (as JSON.stringify writes it) made a scan for the next line break from
// every id quadratic, 1.7 s for 100,000 facts.
import { LineIndex, type Position } from '../core/lineIndex';

/** An "id" property with its string value, as a dataset file writes it. */
const ID_PROPERTY = /"id"\s*:\s*"([^"\\]*)"/g;

export function idPositionsOf(text: string): Map<string, Position> {
  const lines = new LineIndex(text);
  const positions = new Map<string, Position>();
  for (const match of text.matchAll(ID_PROPERTY)) {
    const id = match[1]!;
    if (!positions.has(id)) positions.set(id, lines.positionAt(match.index));
  }
  return positions;
}

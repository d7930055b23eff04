import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendToDataset } from '../../../src/core/extract/append';
import { applyTextEdits } from '../../../src/core';
import { repoRoot } from '../support/engine';

const FACT = { id: 'x-1', entity: 'HU', value: 3 };

function append(text: string, additions: Parameters<typeof appendToDataset>[1]): string {
  const edits = appendToDataset(text, additions);
  assert.ok(edits, 'the text is a JSON object');
  return applyTextEdits(text, edits);
}

describe('extract: appending to a dataset file keeps its formatting', () => {
  it('appends a fact to the bundled dataset: everything before it is unchanged, the result parses', () => {
    const text = readFileSync(join(repoRoot(), 'data', 'rferl-2024-05-07-cameras.facts.json'), 'utf8');
    const out = append(text, { facts: [FACT] });
    const parsed = JSON.parse(out) as { facts: unknown[] };
    assert.deepEqual(parsed.facts[parsed.facts.length - 1], FACT);
    const insertAt = out.indexOf(',\n    {\n      "id": "x-1"');
    assert.ok(insertAt > 0, 'indented like the other facts');
    assert.equal(out.slice(0, insertAt), text.slice(0, insertAt));
    assert.equal(out.slice(insertAt).replace(/^,\n    \{[\s\S]*?\n    \}/, ''), text.slice(insertAt));
  });

  it('fills an empty list, adds a missing one, and keeps CRLF and tabs', () => {
    const text = '{\r\n\t"sources": [],\r\n\t"entities": []\r\n}\r\n';
    const out = append(text, { sources: [{ id: 's' }], facts: [FACT] });
    assert.deepEqual(JSON.parse(out), { sources: [{ id: 's' }], entities: [], facts: [FACT] });
    assert.ok(!/[^\r]\n/.test(out), 'only CRLF line ends');
    assert.match(out, /\r\n\t\t\{\r\n\t\t\t"id": "s"\r\n\t\t\}/);
  });

  it('fills an empty object, and refuses text that is no JSON object', () => {
    assert.deepEqual(JSON.parse(append('{}', { facts: [FACT] })), { facts: [FACT] });
    assert.equal(appendToDataset('[1, 2]', { facts: [FACT] }), null);
    assert.equal(appendToDataset('{"facts": [', { facts: [FACT] }), null);
  });

  it('keeps a byte-order mark where it is', () => {
    const out = append('\uFEFF{\n  "facts": []\n}\n', { facts: [FACT] });
    assert.ok(out.startsWith('\uFEFF{'));
    assert.deepEqual(JSON.parse(out.slice(1)), { facts: [FACT] });
  });
});

// Where each id of a dataset text is first written (src/dataset/idPositions.ts), as VS Code counts lines
// and characters: on one line or many, with any line breaks.
import { strict as assert } from 'node:assert';
import { idPositionsOf } from '../../../src/dataset/idPositions';

describe('id positions in a dataset text', () => {
  const data = { sources: [{ id: 's1' }], facts: [{ id: 'f1', source: 's1' }, { id: 'f2', note: 'an "id": "nope" inside a string is escaped' }] };

  it('places each id, written on many lines or on one', () => {
    const pretty = JSON.stringify(data, null, 2);
    const positions = idPositionsOf(pretty);
    for (const id of ['s1', 'f1', 'f2']) {
      const at = positions.get(id)!;
      const line = pretty.split('\n')[at.line]!;
      assert.equal(line.slice(at.character), `"id": "${id}"${line.endsWith(',') ? ',' : ''}`, id);
    }
    const flat = JSON.stringify(data);
    const onOneLine = idPositionsOf(flat);
    assert.deepEqual(onOneLine.get('f2'), { line: 0, character: flat.indexOf('"id":"f2"') });
    assert.equal(onOneLine.has('nope'), false, 'an escaped quote is no id');
  });

  it('counts \\r\\n and a lone \\r as one line break each, and keeps the first place of an id', () => {
    const text = '{\r\n"id": "a",\r"x": [{"id": "b"}, {"id": "a"}]\n}';
    const positions = idPositionsOf(text);
    assert.deepEqual(positions.get('a'), { line: 1, character: 0 });
    assert.deepEqual(positions.get('b'), { line: 2, character: 7 });
    assert.equal(positions.size, 2);
  });
});

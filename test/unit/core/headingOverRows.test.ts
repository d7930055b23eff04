// A heading's name over a table whose rows name no one says what the section is about, not whose each row's
// figure is: another entity's value there is no misattribution (src/core/verdict.ts, headingOverRows).
import assert from 'node:assert/strict';
import { checkDocument } from '../../../src/core';
import { indexFor } from '../support/corpora';

function read(text: string): string[] {
  return checkDocument(text, indexFor('bundled+subject404')).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);
}

describe("a heading's name over a table's rows", () => {
  it("is no owner to misattribute another entity's value to", () => {
    const table = '## Revenue: the ElecLink effect\n\n| Year | Group revenue |\n|---|---|\n| 2017 | €1.033 billion |\n| 2023 | €1.8 billion |\n';
    assert.deepEqual(read(table).filter((f) => f.endsWith('figure-misattributed')), []);
  });

  it("unlike a name in the figure's own sentence", () => {
    assert.deepEqual(read('## Revenue\n\nIn 2023 ElecLink had revenue of €1.8 billion.\n'), ['€1.8 billion:figure-misattributed']);
  });
});

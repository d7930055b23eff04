// The production bundles replace linkify-it with a stub (scripts/stubs/linkify-it.mjs). That is safe only
// while factdesk's parser never reaches linkify-it: here it is given one that throws on any use, and every
// development draft parses.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParser } from '../../../src/core/prose';
import { DEVELOPMENT_CORPORA, corpusFiles } from '../support/corpora';

describe('the linkify-it stub of the production bundles', () => {
  it('stands for a module the parser never calls', () => {
    const parser = createParser();
    const used: string[] = [];
    parser.linkify = new Proxy(parser.linkify, {
      get(target, key) {
        used.push(String(key));
        throw new Error(`linkify-it used: ${String(key)}`);
      },
    });
    let parsed = 0;
    for (const corpus of DEVELOPMENT_CORPORA) {
      for (const file of corpusFiles(corpus)) {
        parser.parse(readFileSync(join(corpus.dir, file), 'utf8') + '\n\nSee www.example.org and https://example.org/a.\n', {});
        parsed++;
      }
    }
    assert.ok(parsed > 20, `${parsed} documents`);
    assert.deepEqual(used, []);
  });
});

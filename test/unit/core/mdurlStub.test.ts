// The production bundles replace mdurl's parse and format with a stub that hands markdown-it the whole
// address to encode at once (scripts/stubs/mdurl.mjs). That is safe only while it gives the same link target
// and link text as the real module for the addresses factdesk compares: every dataset source's and every link
// of the development drafts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as stub from '../../../scripts/stubs/mdurl.mjs';
import { createParser } from '../../../src/core/prose';
import { DEVELOPMENT_CORPORA, corpusFiles } from '../support/corpora';
import { repoRoot } from '../support/engine';

/** markdown-it's normalizeLink and normalizeLinkText, with the stub's parse and format and punycode's stub. */
function stubLink(url: string): string {
  const parsed = stub.parse(url);
  return stub.format({ pathname: stub.encode(parsed.pathname) });
}
function stubLinkText(url: string): string {
  return stub.decode(stub.format(stub.parse(url)), `${stub.decode.defaultChars}%`);
}

/** Every source address of the datasets the corpora use, and every link address their drafts write. */
function addresses(): string[] {
  const found = new Set<string>();
  const datasets = new Set<string>(['data/rferl-2024-05-07-cameras.facts.json']);
  for (const corpus of DEVELOPMENT_CORPORA) {
    const subject = /subject(\d+)/.exec(corpus.dir)?.[1];
    if (subject) datasets.add(`test/fixtures/subject${subject}/dataset.facts.json`);
    for (const file of corpusFiles(corpus)) for (const m of readFileSync(join(corpus.dir, file), 'utf8').matchAll(/\]\(\s*<?([^)\s>]+)/g)) found.add(m[1]);
  }
  for (const dataset of datasets) {
    let text: string;
    try {
      text = readFileSync(join(repoRoot(), dataset), 'utf8');
    } catch {
      continue;
    }
    for (const m of text.matchAll(/"url":\s*"([^"]+)"/g)) found.add(m[1]);
  }
  return [...found];
}

describe('the mdurl stub of the production bundles', () => {
  it('gives every source and link address the target and the text the real module gives', () => {
    const parser = createParser();
    const all = [...addresses(), 'https://example.org/a b', 'https://example.org/caf%C3%A9?q=1#x', 'https://example.org/Élysée'];
    assert.ok(all.length > 500, `${all.length} addresses`);
    const differ = all.filter((url) => parser.normalizeLink(url) !== stubLink(url) || parser.normalizeLinkText(url) !== stubLinkText(url));
    assert.deepEqual(differ, []);
  });
});

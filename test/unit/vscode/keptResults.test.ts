// The results the extension keeps between sessions (src/vscode/keptResults.ts): a kept result is shown
// only under the key it was made with, which changes with anything the result depends on, and it holds
// what the diagnostics show, nothing more.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIndex, checkDocument, type CheckResult } from '../../../src/core';
import { diagnosticMessage } from '../../../src/config/diagnostics';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { loadDatasets, type DatasetInput } from '../../../src/dataset/load';
import { datasetsKey, keptResultFor, keptResultOf, keptResultText, MAX_KEPT_DOCUMENTS, MAX_KEPT_RESULT_CHARS, recentNames, resultKey } from '../../../src/vscode/keptResults';

const ROOT = resolve(__dirname, '../../../..');
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const draft = readFileSync(join(ROOT, 'examples/draft.md'), 'utf8');
const bundled = new Set<DatasetInput>(BUNDLED_DATASETS);

function checked(text = draft): CheckResult {
  return checkDocument(text, buildIndex(loadDatasets(BUNDLED_DATASETS).datasets), { severity: { 'figure-verified': 'info' } });
}

describe('results kept between sessions', () => {
  const workspace: DatasetInput = { file: 'data/mine.facts.json', text: '{"facts": []}' };
  const base = { engine: 'bundle-1/datasets-1', options: { severity: { 'figure-verified': 'info' as const } }, text: draft };

  it('keys the datasets by every non-bundled input text, label and order, and the bundled ones by label', async () => {
    const key = await datasetsKey([...BUNDLED_DATASETS, workspace], bundled, sha256);
    assert.equal(await datasetsKey([...BUNDLED_DATASETS, { ...workspace }], bundled, sha256), key, 'the same texts give the same key');
    assert.notEqual(await datasetsKey([...BUNDLED_DATASETS, { ...workspace, text: '{"facts": [] }' }], bundled, sha256), key, 'an edited text');
    assert.notEqual(await datasetsKey([...BUNDLED_DATASETS, { ...workspace, file: 'data/other.facts.json' }], bundled, sha256), key, 'another file');
    assert.notEqual(await datasetsKey([workspace, ...BUNDLED_DATASETS], bundled, sha256), key, 'another order');
    assert.notEqual(await datasetsKey([...BUNDLED_DATASETS], bundled, sha256), key, 'a file gone');
    // Parsed inputs (a .factdesk.json's vocabulary) count by their JSON.
    const vocabulary: DatasetInput = { file: '.factdesk.json (vocabulary)', json: { vocabulary: { topic: ['dams'] } } };
    const changed: DatasetInput = { ...vocabulary, json: { vocabulary: { topic: ['rivers'] } } };
    assert.notEqual(await datasetsKey([vocabulary], bundled, sha256), await datasetsKey([changed], bundled, sha256));
    // A bundled dataset is part of the bundle, which the result key names: only its label counts here.
    const stand = new Set<DatasetInput>([BUNDLED_DATASETS[0]!]);
    const sameLabel: DatasetInput = { ...BUNDLED_DATASETS[0]!, json: {} };
    assert.equal(await datasetsKey([BUNDLED_DATASETS[0]!], stand, sha256), await datasetsKey([sameLabel], new Set([sameLabel]), sha256));
    assert.notEqual(await datasetsKey([sameLabel], new Set(), sha256), await datasetsKey([BUNDLED_DATASETS[0]!], stand, sha256), 'outside the bundle, the data counts');
  });

  it('keys a result by the bundle, the datasets, the options and the text', async () => {
    const datasets = await datasetsKey(BUNDLED_DATASETS, bundled, sha256);
    const key = resultKey({ ...base, datasets }, sha256);
    assert.equal(resultKey({ ...base, datasets }, sha256), key);
    for (const [what, parts] of [
      ['another build', { ...base, datasets, engine: 'bundle-2/datasets-1' }],
      ['other datasets', { ...base, datasets: await datasetsKey([...BUNDLED_DATASETS, workspace], bundled, sha256) }],
      ['other options', { ...base, datasets, options: { severity: { 'figure-verified': 'info' as const, 'figure-mismatch': 'off' as const } } }],
      ['another text', { ...base, datasets, text: `${draft} ` }],
    ] as const) {
      assert.notEqual(resultKey(parts, sha256), key, what);
    }
  });

  it('keeps what a diagnostic shows of each finding, and gives it back only under the same key', () => {
    const result = checked();
    assert.ok(result.findings.some((f) => f.relatedFactId !== undefined), 'the example has a misattributed figure');
    assert.ok(result.findings.some((f) => f.evidence !== undefined && f.figure !== undefined));
    const entry = keptResultText('key-1', result)!;
    const kept = keptResultFor(entry, 'key-1')!;
    assert.equal(kept.judged, result.judged);
    assert.equal(kept.findings.length, result.findings.length);
    result.findings.forEach((f, i) => {
      const k = kept.findings[i]!;
      assert.deepEqual(
        { code: k.code, severity: k.severity, start: k.start, end: k.end, found: k.found, relatedFactId: k.relatedFactId, message: diagnosticMessage(k) },
        { code: f.code, severity: f.severity, start: f.start, end: f.end, found: f.found, relatedFactId: f.relatedFactId, message: diagnosticMessage(f) },
      );
      assert.deepEqual(Object.keys(k).sort(), ['code', 'end', 'found', 'message', 'severity', 'source', 'start', ...(f.relatedFactId === undefined ? [] : ['relatedFactId'])].sort());
    });
    assert.deepEqual(keptResultOf(result), kept, 'the entry holds the kept part as it was made');
    assert.equal(keptResultFor(entry, 'key-2'), undefined, 'another key');
    assert.equal(keptResultFor(entry.replace('"format":1', '"format":0'), 'key-1'), undefined, 'another format');
    assert.equal(keptResultFor(entry.slice(0, -10), 'key-1'), undefined, 'a damaged entry');
    assert.equal(keptResultFor(JSON.stringify({ format: 1, key: 'key-1', result: { findings: 'none', judged: 1 } }), 'key-1'), undefined, 'a foreign shape');
  });

  it('does not keep a result too long to be worth reading back', () => {
    const result = checked();
    const one = JSON.stringify(keptResultOf(result).findings[0]).length;
    const many = { ...result, findings: Array.from({ length: Math.ceil(MAX_KEPT_RESULT_CHARS / one) + 1 }, () => result.findings[0]!) };
    assert.ok(keptResultText('key', many) === undefined, 'a result over the limit is not kept');
    assert.ok(keptResultText('key', result) !== undefined);
  });

  it('keeps the most recently checked documents, and names those that make room', () => {
    let names: string[] = [];
    const evicted: string[] = [];
    for (let i = 0; i < MAX_KEPT_DOCUMENTS + 2; i++) {
      const next = recentNames(names, `doc-${i}`);
      names = next.names;
      evicted.push(...next.evicted);
    }
    assert.equal(names.length, MAX_KEPT_DOCUMENTS);
    assert.deepEqual(evicted, ['doc-0', 'doc-1']);
    // Checking a kept document again moves it to the front without evicting anything.
    const again = recentNames(names, 'doc-5');
    assert.equal(again.names[0], 'doc-5');
    assert.deepEqual(again.evicted, []);
    assert.equal(again.names.length, MAX_KEPT_DOCUMENTS);
  });
});

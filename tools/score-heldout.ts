// Scores the held-back halves (`npm run score:heldout`): holdout4/heldout and subject2/heldout (labelled
// drafts) and the real articles' heldout folders. Run it once, at the end of a piece of work, and report
// what it prints as that work's first run on data it never saw; the fit and the tests do not read these.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../src/core';
import { CODE_OF_LABEL, readLabels, WARNING_CODES } from '../test/unit/support/labels';
import { HELDOUT_CORPORA, corpusAvailable, corpusFiles, indexFor } from '../test/unit/support/corpora';

const ratio = (a: number, b: number): string => `${(a / Math.max(1, b)).toFixed(3)} (${a}/${b})`;

for (const corpus of HELDOUT_CORPORA) {
  if (!corpusAvailable(corpus)) {
    console.log(`${corpus.name}: not available`);
    continue;
  }
  const index = indexFor(corpus.datasets);
  const files = corpusFiles(corpus);
  if (corpus.kind === 'real') {
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(corpus.dir, file), 'utf8');
      for (const f of checkDocument(text, index).findings) {
        if (WARNING_CODES.has(f.code) || f.code === 'figure-verified') found.push(`  ${file}: ${f.code} on "${text.slice(f.start, f.end)}" (${f.factId ?? '-'})`);
      }
    }
    const warnings = found.filter((line) => !line.includes('figure-verified')).length;
    console.log(`${corpus.name}: ${files.length} texts, ${warnings} warnings, ${found.length - warnings} verifications`);
    for (const line of found) console.log(line);
    continue;
  }
  let labelledWarnings = 0;
  let foundWarnings = 0;
  let emitted = 0;
  let correct = 0;
  let falseAlarms = 0;
  let labelledVerified = 0;
  let foundVerified = 0;
  let wrongLinks = 0;
  const misses: string[] = [];
  for (const file of files) {
    const { text, labels } = readLabels(readFileSync(join(corpus.dir, file), 'utf8'));
    const findings = checkDocument(text, index).findings.filter((f) => f.code !== 'missing-citation');
    const byEnd = new Map(labels.map((l) => [l.end, l]));
    for (const label of labels) {
      if (label.label === 'none') continue;
      const expected = CODE_OF_LABEL[label.label];
      const hit = findings.find((f) => f.end === label.end && f.code === expected);
      if (hit && label.factId && label.label !== 'misattributed' && label.label !== 'period' && hit.factId !== label.factId) wrongLinks++;
      if (label.label === 'verified') {
        labelledVerified++;
        if (hit) foundVerified++;
      } else {
        labelledWarnings++;
        if (hit) foundWarnings++;
      }
      if (!hit) {
        const got = findings.filter((f) => f.end === label.end).map((f) => f.code).join(',') || 'nothing';
        misses.push(`  miss ${file}:${label.line}: expected ${expected}, got ${got}`);
      }
    }
    for (const f of findings) {
      if (!WARNING_CODES.has(f.code)) continue;
      emitted++;
      const label = byEnd.get(f.end);
      if (label && label.label !== 'none' && label.label !== 'verified' && CODE_OF_LABEL[label.label] === f.code) correct++;
      if (!label || label.label === 'none' || label.label === 'verified') {
        falseAlarms++;
        misses.push(`  false alarm ${file}: ${f.code} on "${text.slice(f.start, f.end)}" (label ${label?.label ?? 'none given'})`);
      }
    }
  }
  console.log(
    `${corpus.name}: ${files.length} drafts; recall ${ratio(foundWarnings, labelledWarnings)}, precision ${ratio(correct, emitted)}, ` +
      `false alarms ${falseAlarms}, verified-recall ${ratio(foundVerified, labelledVerified)}, wrong links ${wrongLinks}`,
  );
  for (const m of misses) console.log(m);
}

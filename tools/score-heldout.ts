// Scores the held-back halves (`npm run score:heldout`): holdout4/heldout and subject2–subject6/heldout
// (labelled drafts) and the real articles' heldout folders. Run it once, at the end of a piece of work, and report
// what it prints as that work's first run on data it never saw; the fit and the tests do not read these.
// It prints one line per corpus; the lines of what was missed only with --misses, so that a look at the totals
// shows nothing of a held-back half that has not had its first run.
//   --only <pattern>   only the corpora whose name matches the regular expression ("subject14[6-9]")
//   --misses           also list every miss, named by corpus, file and line
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../src/core';
import { WARNING_CODES } from '../test/unit/support/labels';
import { HELDOUT_CORPORA, corpusAvailable, corpusFiles, indexFor } from '../test/unit/support/corpora';
import { scoreLabelledCorpus, summarise } from '../test/unit/support/score';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 && args[onlyAt + 1] ? new RegExp(args[onlyAt + 1]) : null;
const showMisses = args.includes('--misses');

for (const corpus of HELDOUT_CORPORA) {
  if (only && !only.test(corpus.name)) continue;
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
    if (showMisses) for (const line of found) console.log(line);
    continue;
  }
  const score = scoreLabelledCorpus(corpus);
  console.log(summarise(corpus.name, score));
  if (showMisses) for (const m of score.misses) console.log(`  miss ${corpus.name}/${m.file}:${m.line}: expected ${m.expected}, got ${m.got}`);
}

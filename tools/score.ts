// Scores the development halves of the labelled corpora (`npm run score`): one line per corpus and the totals,
// the same counting as the accuracy tests and `npm run score:heldout`. It never reads a held-back half.
//   --only <pattern>   only the corpora whose name matches the regular expression ("subject13[89]")
//   --misses           list every wrong figure that got no warning of its label's code
//   --false-alarms     list every warning on a right figure, a figure stating nothing, or an unlabelled one
//   --unverified       list every right figure that was not verified
//   --wrong-links      list every verdict on another fact than the label's
import { DEVELOPMENT_CORPORA, corpusAvailable } from '../test/unit/support/corpora';
import { scoreLabelledCorpus, summarise, type CorpusScore, type Miss } from '../test/unit/support/score';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 && args[onlyAt + 1] ? new RegExp(args[onlyAt + 1]) : null;

type MissKind = 'miss' | 'false-alarm' | 'unverified' | 'wrong-link';

/** What a miss is: a false alarm expects no warning, an unverified figure expected a verification. */
function kindOf(m: Miss): MissKind {
  if (m.expected.includes('no warning') || m.expected.includes('nothing')) return 'false-alarm';
  if (m.expected.startsWith('a link to')) return 'wrong-link';
  return m.expected === 'figure-verified' ? 'unverified' : 'miss';
}

const FLAGS: Record<string, MissKind> = { '--misses': 'miss', '--false-alarms': 'false-alarm', '--unverified': 'unverified', '--wrong-links': 'wrong-link' };
const shown = new Set<MissKind>(Object.entries(FLAGS).filter(([name]) => flag(name)).map(([, kind]) => kind));
const total: CorpusScore = { files: 0, labelledWarnings: 0, foundWarnings: 0, emittedWarnings: 0, correctWarnings: 0, falseAlarms: 0, labelledVerified: 0, foundVerified: 0, wrongLinks: 0, misses: [] };
let corpora = 0;
for (const corpus of DEVELOPMENT_CORPORA) {
  if (corpus.kind !== 'labelled' || !corpusAvailable(corpus) || (only && !only.test(corpus.name))) continue;
  const score = scoreLabelledCorpus(corpus);
  corpora++;
  for (const key of ['files', 'labelledWarnings', 'foundWarnings', 'emittedWarnings', 'correctWarnings', 'falseAlarms', 'labelledVerified', 'foundVerified', 'wrongLinks'] as const) total[key] += score[key];
  console.log(summarise(corpus.name, score));
  for (const m of score.misses) if (shown.has(kindOf(m))) console.log(`  ${kindOf(m)} ${corpus.name}/${m.file}:${m.line}: expected ${m.expected}, got ${m.got}`);
}
console.log(summarise(`all ${corpora} corpora`, total));

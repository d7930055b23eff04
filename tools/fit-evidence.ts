// Fits the evidence model's weights (`npm run fit`): a logistic regression of "this figure states this
// fact" on the named features of every figure–candidate pair in the development corpora, with a third of
// each corpus's documents kept out of the fit to measure calibration. Then chooses the thresholds on the
// fitted documents, rewrites the numbers in src/core/evidence/weights.ts and writes docs/calibration.md.
// `--dry-run` prints everything and writes nothing. The held-back halves are never read here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, type Finding } from '../src/core';
import { parseProse } from '../src/core/prose';
import { readClaims, type Claim } from '../src/core/claims';
import type { IndexedFact } from '../src/core/factIndex';
import type { DocumentReader } from '../src/core/reading/document';
import { sentenceAt } from '../src/core/sentences';
import { scoreCandidates } from '../src/core/evidence/model';
import { FEATURES, type Feature } from '../src/core/evidence/features';
import { THRESHOLDS, WEIGHTS } from '../src/core/evidence/weights';
import { readLabels, CODE_OF_LABEL, WARNING_CODES, type LabelledFigure } from '../test/unit/support/labels';
import { DEVELOPMENT_CORPORA, corpusAvailable, corpusFiles, indexFor, type Corpus } from '../test/unit/support/corpora';
import { repoRoot } from '../test/unit/support/engine';

const dryRun = process.argv.includes('--dry-run') || process.argv.includes('--misses');
/** Prints every labelled figure whose verdict is wrong at the chosen thresholds, with its evidence. */
const showMisses = process.argv.includes('--misses');
/** `--warn=0.8`: print the misses at this warn threshold instead of the chosen one. */
const warnOverride = Number(process.argv.find((a) => a.startsWith('--warn='))?.slice(7) ?? NaN);

/** Strength of the L2 penalty: keeps rare features near zero unless the data insists. */
const L2 = 1.0;
/** Every third document of a corpus (sorted by name) is kept out of the fit, to measure calibration. */
const VALIDATION_EVERY = 3;
/**
 * How a threshold is chosen on the fitted documents: the step with the highest F-score, F_β =
 * (1 + β²)·P·R / (β²·P + R). Warnings weigh precision twice as much as recall (β = 0.5): a warning
 * interrupts the writer, and one who is cried wolf at turns the checker off; but a threshold that
 * silences most true warnings fails the writer too. (The rule before, "at most 1% false alarms", could
 * not be met once a hundred subjects were fitted: it chose 0.98 and kept 38% of the warnings.)
 * Verifications weigh both alike (β = 1): one is shown only on request and changes nothing in the draft;
 * but no step is chosen at which a real article that restates no fact gets a verification: labelled
 * drafts restate facts densely, so their F-score alone would accept links a coincidence explains.
 * Precision counts every warning emitted, real articles' included, as the reader sees them.
 */
const WARN_BETA = 0.5;
const VERIFY_BETA = 1;
/** Thresholds tried, lowest first: fine steps, so that one more or one fewer warning moves the choice little. */
const WARN_STEPS = Array.from({ length: 25 }, (_, i) => Math.round((0.5 + i * 0.02) * 100) / 100);
// From 0.5: a verification needs its link to be more likely than not.
const VERIFY_STEPS = Array.from({ length: 9 }, (_, i) => Math.round((0.5 + i * 0.05) * 100) / 100);

type Split = 'fit' | 'validate';

interface Document {
  corpus: Corpus;
  file: string;
  split: Split;
  text: string;
  labels: LabelledFigure[];
  /** A dataset's example (must verify) or counterexample (must be flagged) for this fact. */
  example?: { factId: string; kind: 'example' | 'counterexample' };
}

/** The datasets' own examples and counterexamples, one sentence a document, as labelled material. */
const EXAMPLE_CORPORA: Corpus[] = [
  { name: 'examples: bundled', dir: '', datasets: 'bundled', kind: 'labelled' },
  { name: 'examples: subject2', dir: '', datasets: 'bundled+subject2', kind: 'labelled' },
];

function exampleDocuments(): Document[] {
  const docs: Document[] = [];
  const seen = new Set<string>();
  for (const corpus of EXAMPLE_CORPORA) {
    if (corpus.datasets !== 'bundled' && !corpusAvailable({ ...corpus, dir: repoRoot() })) continue;
    indexFor(corpus.datasets).facts.forEach((fact, i) => {
      if (seen.has(fact.id)) return;
      seen.add(fact.id);
      const split: Split = i % VALIDATION_EVERY === VALIDATION_EVERY - 1 ? 'validate' : 'fit';
      for (const text of fact.examples) docs.push({ corpus, file: fact.id, split, text, labels: [], example: { factId: fact.id, kind: 'example' } });
      for (const text of fact.counterexamples) docs.push({ corpus, file: fact.id, split, text, labels: [], example: { factId: fact.id, kind: 'counterexample' } });
    });
  }
  return docs;
}

/** One figure and its candidate facts; y = 1 for the fact its label names. */
interface Group {
  claim: string;
  split: Split;
  candidates: { features: number[]; y: 0 | 1 }[];
}

const FEATURE_INDEX = new Map<Feature, number>(FEATURES.map((f, i) => [f, i]));

function documents(): Document[] {
  const docs: Document[] = exampleDocuments();
  for (const corpus of DEVELOPMENT_CORPORA) {
    if (!corpusAvailable(corpus)) continue;
    corpusFiles(corpus).forEach((file, i) => {
      const raw = readFileSync(join(corpus.dir, file), 'utf8');
      const { text, labels } = corpus.kind === 'labelled' ? readLabels(raw) : { text: raw, labels: [] };
      docs.push({ corpus, file, split: i % VALIDATION_EVERY === VALIDATION_EVERY - 1 ? 'validate' : 'fit', text, labels });
    });
  }
  return docs;
}

/** One group per figure: its candidate facts, and which of them the label names. */
function groupsOf(doc: Document): Group[] {
  const index = indexFor(doc.corpus.datasets);
  const byEnd = new Map(doc.labels.map((l) => [l.end, l]));
  const groups: Group[] = [];
  if (doc.example) return exampleGroups(doc);
  const { claims, reader } = readClaims(parseProse(doc.text), index);
  const mates = new LabelledMates(reader);
  for (const read of claims) {
    const label = byEnd.get(read.figure.end);
    // The facts earlier figures of the sentence state, as their labels say: what the checker's sentence
    // memory (sentenceMates.ts) holds when it judges this figure, had it judged them right.
    const claim = mates.withMates(read);
    if (label?.label === 'verified' && label.factId) mates.stated(index.indexedFact(label.factId));
    if (doc.corpus.kind === 'labelled' && !label) continue;
    const truth = label && label.label !== 'none' ? (label.factId ?? null) : null;
    // A labelled verdict without a named fact tells nothing about which candidate is right.
    const truthKnown = !label || label.label === 'none' || label.factId !== undefined || label.label === 'misattributed';
    if (!truthKnown) continue;
    const { scored } = scoreCandidates(index, claim);
    // An article that may restate a source: a figure that agrees with a fact may state it; unknown.
    if (doc.corpus.kind === 'real' && !doc.corpus.verifiedAreWrong && scored.some((s) => s.relation === 'agrees')) continue;
    if (scored.length === 0) continue;
    groups.push({
      claim: `${doc.corpus.name}/${doc.file}:${claim.figure.end}`,
      split: doc.split,
      candidates: scored.map((s) => ({ features: s.features.map((f) => FEATURE_INDEX.get(f)!), y: s.indexed.fact.id === truth ? 1 : 0 })),
    });
  }
  return groups;
}

/** The facts stated exactly so far in the sentence being read, from the labels (Claim.statedByMates). */
class LabelledMates {
  private key = '';
  private facts: IndexedFact[] = [];

  constructor(private readonly reader: DocumentReader) {}

  withMates(claim: Claim): Claim {
    const block = this.reader.doc.blocks[claim.block];
    const key = `${claim.block}:${sentenceAt(this.reader.blockFacts(claim.block).starts, claim.figure.start - block.start)}`;
    if (key !== this.key) {
      this.key = key;
      this.facts = [];
    }
    return this.facts.length > 0 ? { ...claim, statedByMates: this.facts } : claim;
  }

  stated(indexed: IndexedFact | undefined): void {
    if (indexed) this.facts = [...this.facts, indexed];
  }
}

/**
 * An example or counterexample states its fact in the figure that has the fact among its candidates
 * (the most probable such figure, when a sentence has several); its other figures state nothing.
 */
function exampleGroups(doc: Document): Group[] {
  const index = indexFor(doc.corpus.datasets);
  const groups = readClaims(parseProse(doc.text), index).claims.map((claim) => ({ claim, scored: scoreCandidates(index, claim).scored }));
  let best = -1;
  groups.forEach((g, i) => {
    const p = g.scored.find((s) => s.indexed.fact.id === doc.example!.factId)?.probability ?? -1;
    if (p >= 0 && (best < 0 || p > (groups[best].scored.find((s) => s.indexed.fact.id === doc.example!.factId)?.probability ?? -1))) best = i;
  });
  return groups
    .filter((g) => g.scored.length > 0)
    .map((g, i) => ({
      claim: `${doc.corpus.name}/${doc.file}:${doc.text}:${g.claim.figure.end}`,
      split: doc.split,
      candidates: g.scored.map((s) => ({ features: s.features.map((f) => FEATURE_INDEX.get(f)!), y: (i === best && s.indexed.fact.id === doc.example!.factId ? 1 : 0) as 0 | 1 })),
    }));
}

function dot(w: number[], features: number[]): number {
  let s = 0;
  for (const f of features) s += w[f];
  return s;
}

/** The competing probabilities of a figure's candidates, the "none" option standing at log-odds 0. */
function softmax(w: number[], group: Group): number[] {
  const logits = group.candidates.map((c) => dot(w, c.features));
  const top = Math.max(0, ...logits);
  const total = Math.exp(-top) + logits.reduce((s, l) => s + Math.exp(l - top), 0);
  return logits.map((l) => Math.exp(l - top) / total);
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = c + 1; r < n; r++) {
      const k = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= k * m[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let j = r + 1; j < n; j++) s -= m[r][j] * x[j];
    x[r] = s / m[r][r];
  }
  return x;
}

/**
 * L2-penalised conditional logit by Newton's method: each figure chooses one of its candidates or
 * "none". The bias is not penalised.
 */
function fit(groups: Group[]): number[] {
  const n = FEATURES.length;
  const bias = FEATURE_INDEX.get('bias')!;
  let w = new Array<number>(n).fill(0);
  for (let iteration = 0; iteration < 100; iteration++) {
    const gradient = w.map((wi, i) => (i === bias ? 0 : L2 * wi));
    const hessian = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j && i !== bias ? L2 : 0)));
    for (const group of groups) {
      const p = softmax(w, group);
      const mean = new Array<number>(n).fill(0);
      group.candidates.forEach((c, k) => {
        for (const i of c.features) {
          gradient[i] += p[k] - c.y;
          mean[i] += p[k];
          for (const j of c.features) hessian[i][j] += p[k];
        }
      });
      const active = mean.map((m, i) => (m !== 0 ? i : -1)).filter((i) => i >= 0);
      for (const i of active) for (const j of active) hessian[i][j] -= mean[i] * mean[j];
    }
    for (let i = 0; i < n; i++) hessian[i][i] += 1e-9;
    const step = solve(hessian, gradient);
    w = w.map((wi, i) => wi - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

interface Scores {
  labelledWarnings: number;
  foundWarnings: number;
  emittedWarnings: number;
  correctWarnings: number;
  labelledVerified: number;
  foundVerified: number;
  emittedVerified: number;
  correctVerified: number;
  rightLinks: number;
  linksWithTruth: number;
  realDocs: number;
  realWarnings: number;
  realVerified: number;
  /** Warnings on figures labelled right or none, on unlabelled figures, and on real articles. */
  falseAlarms: number;
}

function emptyScores(): Scores {
  return {
    labelledWarnings: 0, foundWarnings: 0, emittedWarnings: 0, correctWarnings: 0, labelledVerified: 0, foundVerified: 0,
    emittedVerified: 0, correctVerified: 0, rightLinks: 0, linksWithTruth: 0, realDocs: 0, realWarnings: 0, realVerified: 0, falseAlarms: 0,
  };
}

function score(docs: readonly Document[], into = emptyScores()): Scores {
  for (const doc of docs) {
    const findings = checkDocument(doc.text, indexFor(doc.corpus.datasets)).findings.filter((f) => f.code !== 'missing-citation');
    if (doc.example) {
      const warned = findings.filter((f) => WARNING_CODES.has(f.code));
      if (doc.example.kind === 'counterexample') {
        into.labelledWarnings++;
        if (warned.length > 0) into.foundWarnings++;
        into.emittedWarnings += warned.length;
        into.correctWarnings += warned.length;
      } else {
        into.labelledVerified++;
        if (findings.some((f) => f.code === 'figure-verified' && f.factId === doc.example!.factId)) into.foundVerified++;
        into.emittedWarnings += warned.length;
        into.falseAlarms += warned.length;
        into.emittedVerified += findings.filter((f) => f.code === 'figure-verified').length;
        into.correctVerified += findings.filter((f) => f.code === 'figure-verified' && f.factId === doc.example!.factId).length;
      }
      continue;
    }
    if (doc.corpus.kind === 'real') {
      into.realDocs++;
      into.realWarnings += findings.filter((f) => WARNING_CODES.has(f.code)).length;
      into.falseAlarms += findings.filter((f) => WARNING_CODES.has(f.code)).length;
      if (doc.corpus.verifiedAreWrong) into.realVerified += findings.filter((f) => f.code === 'figure-verified').length;
      continue;
    }
    const byEnd = new Map(doc.labels.map((l) => [l.end, l]));
    for (const label of doc.labels) {
      if (label.label === 'none') continue;
      const at = findings.filter((f) => f.end === label.end);
      const expected = CODE_OF_LABEL[label.label];
      if (label.label === 'verified') {
        into.labelledVerified++;
        if (at.some((f) => f.code === expected)) into.foundVerified++;
      } else {
        into.labelledWarnings++;
        if (at.some((f) => f.code === expected)) into.foundWarnings++;
      }
      const linked = at.find((f: Finding) => f.factId !== null);
      if (linked && label.factId) {
        into.linksWithTruth++;
        // A right value in the wrong period may be linked to the period's fact or to the value's.
        if (linked.factId === label.factId || (label.label === 'period' && linked.relatedFactId === label.factId) || (label.label === 'period' && linked.code === 'period-mismatch')) into.rightLinks++;
      }
    }
    for (const f of findings) {
      const label = byEnd.get(f.end);
      if (WARNING_CODES.has(f.code)) {
        into.emittedWarnings++;
        if (label && label.label !== 'none' && label.label !== 'verified' && CODE_OF_LABEL[label.label] === f.code) into.correctWarnings++;
        if (!label || label.label === 'none' || label.label === 'verified') into.falseAlarms++;
      } else if (f.code === 'figure-verified') {
        into.emittedVerified++;
        if (label?.label === 'verified') into.correctVerified++;
      }
    }
  }
  return into;
}

const ratio = (a: number, b: number): string => (b === 0 ? '—' : (a / b).toFixed(3));

function describe(s: Scores): string {
  return (
    `recall ${ratio(s.foundWarnings, s.labelledWarnings)} (${s.foundWarnings}/${s.labelledWarnings}), ` +
    `precision ${ratio(s.correctWarnings, s.emittedWarnings)} (${s.correctWarnings}/${s.emittedWarnings}), ` +
    `verified-recall ${ratio(s.foundVerified, s.labelledVerified)} (${s.foundVerified}/${s.labelledVerified}), ` +
    `verified-precision ${ratio(s.correctVerified, s.emittedVerified)}, right links ${ratio(s.rightLinks, s.linksWithTruth)}, false alarms ${s.falseAlarms}` +
    (s.realDocs > 0 ? `; real articles: ${s.realWarnings} warnings, ${s.realVerified} verified on ${s.realDocs}` : '')
  );
}

interface Band {
  from: number;
  to: number;
  count: number;
  predicted: number;
  observed: number;
}

/** Predicted probability bands against the observed share of right links, on the top candidate of each figure. */
function calibration(groups: readonly Group[], weights: number[]): Band[] {
  const edges = [0, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.000001];
  const top = groups.map((group) => {
    const p = softmax(weights, group);
    const best = p.indexOf(Math.max(...p));
    return { p: p[best], y: group.candidates[best].y };
  });
  const bands: Band[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const inBand = top.filter((t) => t.p >= edges[i] && t.p < edges[i + 1]);
    bands.push({
      from: edges[i],
      to: Math.min(1, edges[i + 1]),
      count: inBand.length,
      predicted: inBand.reduce((s, t) => s + t.p, 0) / Math.max(1, inBand.length),
      observed: inBand.reduce((s, t) => s + t.y, 0) / Math.max(1, inBand.length),
    });
  }
  return bands;
}

function setWeights(weights: number[]): void {
  FEATURES.forEach((f, i) => (WEIGHTS[f].weight = Math.round(weights[i] * 100) / 100));
}

function fScore(beta: number, precision: number, recall: number): number {
  const b2 = beta * beta;
  return precision + recall === 0 ? 0 : ((1 + b2) * precision * recall) / (b2 * precision + recall);
}

/** The step with the highest score on the fitted documents among those allowed; the lowest of equals. */
function choose(steps: number[], docs: Document[], set: (t: number) => void, quality: (s: Scores) => number, allowed: () => boolean = () => true): { chosen: number; table: string[] } {
  const table: string[] = [];
  let chosen = steps[0];
  let best = -1;
  for (const t of steps) {
    set(t);
    const s = score(docs);
    const q = quality(s);
    table.push(`| ${t} | ${describe(s)}; F = ${q.toFixed(4)} |`);
    if (q > best + 1e-9 && allowed()) {
      chosen = t;
      best = q;
    }
  }
  set(chosen);
  return { chosen, table };
}

function rewriteWeights(): void {
  const path = join(repoRoot(), 'src', 'core', 'evidence', 'weights.ts');
  let text = readFileSync(path, 'utf8');
  for (const f of FEATURES) {
    const pattern = new RegExp(`('${f.replace(/[.]/g, '\\.')}': \\{ weight: )-?[\\d.]+`);
    if (!pattern.test(text)) throw new Error(`weights.ts has no line for ${f}`);
    text = text.replace(pattern, `$1${WEIGHTS[f].weight}`);
  }
  for (const [name, threshold] of Object.entries(THRESHOLDS)) {
    text = text.replace(new RegExp(`(\\b${name}: \\{ value: )[\\d.]+`), `$1${threshold.value}`);
  }
  writeFileSync(path, text);
}

/** Every wrong verdict on the given documents, with the top candidates' evidence. */
function printMisses(docs: readonly Document[]): void {
  for (const doc of docs) {
    const index = indexFor(doc.corpus.datasets);
    const findings = checkDocument(doc.text, index).findings.filter((f) => f.code !== 'missing-citation');
    if (doc.example) {
      const warned = findings.some((f) => WARNING_CODES.has(f.code));
      const factId = doc.example.factId;
      const verified = findings.some((f) => f.code === 'figure-verified' && f.factId === factId);
      const right = doc.example.kind === 'counterexample' ? warned : verified && !warned;
      if (!right) console.log(`\n${doc.corpus.name} ${doc.example.kind} of ${doc.example.factId} got ${findings.map((f) => f.code).join(',') || 'nothing'}\n   ${doc.text}`);
      continue;
    }
    const claims = readClaims(parseProse(doc.text), index).claims;
    const lineOf = (offset: number): number => doc.text.slice(0, offset).split('\n').length;
    const labels = doc.corpus.kind === 'real' ? [] : doc.labels;
    const ends = new Set([...labels.map((l) => l.end), ...findings.map((f) => f.end)]);
    for (const end of ends) {
      const label = labels.find((l) => l.end === end);
      const at = findings.filter((f) => f.end === end);
      const expected = label && label.label !== 'none' ? CODE_OF_LABEL[label.label] : null;
      const got = at.map((f) => f.code);
      const right = expected
        ? got.includes(expected) && (!label!.factId || at.some((f) => f.factId === label!.factId || f.code === 'figure-misattributed' || f.code === 'period-mismatch'))
        : got.length === 0 || (doc.corpus.kind === 'real' && !doc.corpus.verifiedAreWrong && got.every((c) => c === 'figure-verified'));
      if (right) continue;
      const claim = claims.find((c) => c.figure.end === end);
      const start = claim ? claim.figure.start : end - 12;
      const lineStart = doc.text.lastIndexOf('\n', start) + 1;
      const snippet = doc.text.slice(Math.max(lineStart, start - 70), Math.min(doc.text.length, end + 40)).replace(/\n/g, ' ');
      console.log(`\n${doc.corpus.name}/${doc.file}:${lineOf(end)} label ${label ? `${label.label}${label.factId ? ':' + label.factId : ''}` : '(none: real)'} got ${got.join(',') || 'nothing'}${at[0]?.factId ? ' → ' + at[0].factId : ''}`);
      console.log(`   …${snippet}…`);
      if (!claim) {
        console.log('   (not read as a claim)');
        continue;
      }
      console.log(`   entity ${claim.entity} (${claim.rules.entity}) parties [${claim.vendors}] (${claim.rules.parties ?? '-'}) noun ${claim.countedNoun} period ${claim.period ? JSON.stringify(claim.period) : '-'} hypothetical ${claim.hypothetical}`);
      for (const s of scoreCandidates(index, claim).scored.slice(0, 3)) {
        console.log(`   ${s.probability.toFixed(3)} ${s.indexed.fact.id} [${s.relation}] ${s.features.filter((f) => f !== 'bias').join(' ')}`);
      }
    }
  }
}

function main(): void {
  const docs = documents();
  const groups = docs.flatMap(groupsOf);
  const fitGroups = groups.filter((g) => g.split === 'fit');
  const validateGroups = groups.filter((g) => g.split === 'validate');
  const pairs = (gs: Group[]): number => gs.reduce((s, g) => s + g.candidates.length, 0);
  const rightLinks = groups.filter((g) => g.candidates.some((c) => c.y === 1)).length;
  console.log(`${docs.length} documents, ${groups.length} figures with ${pairs(groups)} candidate facts (${fitGroups.length} figures fitted, ${validateGroups.length} kept out); ${rightLinks} figures state a fact`);
  const weights = fit(fitGroups);
  setWeights(weights);
  const fitDocs = docs.filter((d) => d.split === 'fit');
  const validateDocs = docs.filter((d) => d.split === 'validate');
  // Every real article, kept out or not: a verification on one that restates nothing rules a step out.
  const realDocs = docs.filter((d) => d.corpus.kind === 'real');
  const warn = choose(WARN_STEPS, fitDocs, (t) => (THRESHOLDS.warn.value = t), (s) =>
    fScore(WARN_BETA, s.correctWarnings / Math.max(1, s.emittedWarnings + s.realWarnings), s.foundWarnings / Math.max(1, s.labelledWarnings)));
  const verify = choose(VERIFY_STEPS, fitDocs, (t) => (THRESHOLDS.verify.value = t), (s) =>
    fScore(VERIFY_BETA, s.correctVerified / Math.max(1, s.emittedVerified + s.realVerified), s.foundVerified / Math.max(1, s.labelledVerified)), () => score(realDocs).realVerified === 0);
  const bands = calibration(validateGroups, FEATURES.map((f) => WEIGHTS[f].weight));
  const byCorpus = [...EXAMPLE_CORPORA, ...DEVELOPMENT_CORPORA.filter(corpusAvailable)].map((corpus) => {
    const fitted = score(fitDocs.filter((d) => d.corpus.name === corpus.name));
    const kept = score(validateDocs.filter((d) => d.corpus.name === corpus.name));
    return `| ${corpus.name} | ${describe(fitted)} | ${describe(kept)} |`;
  });
  const report = [
    '# Calibration of the evidence model',
    '',
    'Written by `npm run fit` (tools/fit-evidence.ts); do not edit by hand.',
    '',
    'The model gives each figure–fact pair the probability that the figure states the fact. The candidate',
    'facts of a figure compete with each other and with the alternative that the figure states something the',
    'datasets do not hold (a conditional logit: exp(log-odds) / (1 + the sum over the candidates)). Its weights',
    `are fitted by L2-penalised (λ = ${L2}) maximum likelihood on every figure of the development corpora`,
    `(labelled drafts whose markers name the fact, the datasets' examples and counterexamples, and real articles in which no figure states one). Every`,
    `${VALIDATION_EVERY === 3 ? 'third' : `${VALIDATION_EVERY}th`} document of each corpus is kept out of the fit; the tables below that say "kept out" are measured on those documents only.`,
    'The held-back halves (holdout4/heldout, subject2/heldout, the real articles\' heldout folders) are never read by the fit.',
    '',
    `Figures: ${fitGroups.length} fitted, ${validateGroups.length} kept out (${pairs(groups)} candidate facts in all); ${rightLinks} of them state a fact.`,
    '',
    '## Calibration (documents kept out of the fit)',
    '',
    'For each figure, the candidate fact with the highest probability: the band of that probability, how',
    'many figures fall in it, the mean predicted probability, and the share whose top candidate is the fact',
    'the label names (figures labelled "none" and figures of real articles have no right link).',
    '',
    '| band | figures | mean predicted | observed right links |',
    '|---|---|---|---|',
    ...bands.map((b) => `| ${b.from.toFixed(2)}–${b.to.toFixed(2)} | ${b.count} | ${b.count ? b.predicted.toFixed(3) : '—'} | ${b.count ? b.observed.toFixed(3) : '—'} |`),
    '',
    '## Thresholds',
    '',
    `- warn: ${THRESHOLDS.warn.value} — the step with the highest F${WARN_BETA} of warnings on the fitted documents (precision weighs twice as much as recall; a warning with another code than its label's, one on a right figure, on one that states nothing the datasets hold, or in a real article counts against precision).`,
    `- verify: ${THRESHOLDS.verify.value} — the step with the highest F${VERIFY_BETA} of verifications on the fitted documents among those that verify no figure of a real article that restates no fact.`,
    '',
    '| warn | fitted documents |',
    '|---|---|',
    ...warn.table,
    '',
    '| verify | fitted documents |',
    '|---|---|',
    ...verify.table,
    '',
    '## Accuracy per corpus at the chosen thresholds',
    '',
    '| corpus | fitted documents | kept-out documents |',
    '|---|---|---|',
    ...byCorpus,
    '',
    '## Weights',
    '',
    '| feature | weight (log-odds) | reason |',
    '|---|---|---|',
    ...FEATURES.map((f) => `| \`${f}\` | ${WEIGHTS[f].weight} | ${WEIGHTS[f].reason} |`),
    '',
  ].join('\n');
  console.log(report);
  if (!Number.isNaN(warnOverride)) THRESHOLDS.warn.value = warnOverride;
  if (showMisses) printMisses(fitDocs);
  if (!dryRun) {
    rewriteWeights();
    writeFileSync(join(repoRoot(), 'docs', 'calibration.md'), report);
    console.log('wrote src/core/evidence/weights.ts and docs/calibration.md');
  }
}

main();

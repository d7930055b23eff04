// Scores a labelled corpus: the same counting for the accuracy tests and for `npm run score:heldout`, so
// that a held-back first run and the development floors mean the same thing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, LineIndex } from '../../../src/core';
import { CODE_OF_LABEL, readLabels, WARNING_CODES, type LabelledFigure } from './labels';
import { corpusFiles, indexFor, type Corpus } from './corpora';

export interface Miss {
  file: string;
  line: number;
  expected: string;
  got: string;
}

export interface CorpusScore {
  files: number;
  labelledWarnings: number;
  foundWarnings: number;
  emittedWarnings: number;
  correctWarnings: number;
  /** Warnings on a figure labelled right, labelled as stating nothing, or not labelled at all. */
  falseAlarms: number;
  labelledVerified: number;
  foundVerified: number;
  wrongLinks: number;
  misses: Miss[];
}

export function ratio(a: number, b: number): string {
  return `${(a / Math.max(1, b)).toFixed(3)} (${a}/${b})`;
}

/** One line: "recall 0.931 (95/102), precision …". */
export function summarise(name: string, s: CorpusScore): string {
  return (
    `${name}: ${s.files} drafts; recall ${ratio(s.foundWarnings, s.labelledWarnings)}, precision ${ratio(s.correctWarnings, s.emittedWarnings)}, ` +
    `false alarms ${s.falseAlarms}, verified-recall ${ratio(s.foundVerified, s.labelledVerified)}, wrong links ${s.wrongLinks}`
  );
}

export function scoreLabelledCorpus(corpus: Corpus): CorpusScore {
  const index = indexFor(corpus.datasets);
  const files = corpusFiles(corpus);
  const score: CorpusScore = {
    files: files.length, labelledWarnings: 0, foundWarnings: 0, emittedWarnings: 0, correctWarnings: 0,
    falseAlarms: 0, labelledVerified: 0, foundVerified: 0, wrongLinks: 0, misses: [],
  };
  for (const file of files) {
    const { text, labels } = readLabels(readFileSync(join(corpus.dir, file), 'utf8'));
    const byEnd = new Map<number, LabelledFigure>(labels.map((l) => [l.end, l]));
    // Each finding at the end of the figure its label marks: see labelEnd.
    const findings = checkDocument(text, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => ({ ...f, end: labelEnd(text, f, byEnd) }));
    for (const label of labels) scoreLabel(score, file, label, findings);
    const lines = new LineIndex(text);
    for (const f of findings) {
      if (!WARNING_CODES.has(f.code)) continue;
      score.emittedWarnings++;
      const label = byEnd.get(f.end);
      if (label && label.label !== 'none' && label.label !== 'verified' && CODE_OF_LABEL[label.label] === f.code) {
        score.correctWarnings++;
      } else if (!label || label.label === 'none' || label.label === 'verified') {
        score.falseAlarms++;
        const expected = label ? `label ${label.label}: no warning` : 'an unlabelled figure: nothing';
        score.misses.push({ file, line: lines.positionAt(f.start).line + 1, expected, got: `${f.code} on "${text.slice(f.start, f.end)}"` });
      }
    }
  }
  return score;
}

type Findings = ReturnType<typeof checkDocument>['findings'];

/**
 * A unit the engine reads as part of a figure, which some writers of labels put after the marker: a currency's
 * word, "cents", or what a price is per ("$3.30⟦…⟧ a gallon", subject458).
 */
const UNIT_AFTER_MARKER = /^\s+(?:percentage\s+points?|pp|per\s+cent|percent|(?:US\s+|U\.S\.\s+)?dollars?|euros?|pounds?(?:\s+sterling)?|yen|yuan|rupees?|won|baht|ringgit|rupiah|rand|reais|shekels?|tenge|taka|pesos?|riyals?|dirhams?|cents?|pence|(?:a|an|per)\s+\p{L}+)$/iu;

/**
 * Where the figure a finding judges ends, as its label marks it: a marker may stand before a unit the figure
 * spans ("2.5⟦…⟧ percentage points", subject9 and subject34; "10.68 billion⟦…⟧ dollars", subject39) or after
 * it ("2.5 percentage points⟦…⟧"). Both mark the one figure.
 */
function labelEnd(text: string, f: Findings[number], byEnd: ReadonlyMap<number, LabelledFigure>): number {
  if (byEnd.has(f.end)) return f.end;
  const unit = /\s+\S+(?:\s+\S+)?$/.exec(text.slice(f.start, f.end));
  for (let at = f.end - (unit?.[0].length ?? 0); unit && at < f.end; at++) {
    if (byEnd.has(at) && UNIT_AFTER_MARKER.test(text.slice(at, f.end))) return at;
  }
  // So may one before a unit written onto the number ("134⟦…⟧p", subject458).
  for (let at = Math.max(f.start, f.end - ATTACHED_UNIT_REACH); at < f.end; at++) {
    if (byEnd.has(at) && ATTACHED_UNIT_AFTER_MARKER.test(text.slice(at, f.end))) return at;
  }
  // The marker after the unit's words ("480 megatonnes⟦…⟧", "1,476,970 hectares⟦…⟧") marks the figure too.
  const words = WORDS_BEFORE_MARKER.exec(text.slice(f.end, f.end + 40));
  if (words?.[1] && byEnd.has(f.end + words[1].length)) return f.end + words[1].length;
  if (words?.[2] && byEnd.has(f.end + words[1].length + words[2].length)) return f.end + words[1].length + words[2].length;
  // So does the marker after a rate's base ("2,028 visits per 1,000 people⟦…⟧", "159 per 100,000⟦…⟧ people").
  const base = RATE_BASE_BEFORE_MARKER.exec(text.slice(f.end, f.end + 60));
  if (base && byEnd.has(f.end + base[0].length)) return f.end + base[0].length;
  if (base?.[1] && byEnd.has(f.end + base[0].length - base[1].length)) return f.end + base[0].length - base[1].length;
  return f.end;
}

/** A unit written onto a number, which a writer of labels may leave after the marker: pence, cents, a scale. */
const ATTACHED_UNIT_AFTER_MARKER = /^(?:p|c|¢|bn|m|k|mn|tn)$/;
const ATTACHED_UNIT_REACH = 2;

/** A rate's base after its figure, with a word before "per" and after the base at most. */
const RATE_BASE_BEFORE_MARKER = /^(?:\s+\p{L}[\p{L}-]*)?\s+per\s+\d{1,3}(?:,\d{3})*(\s+\p{L}[\p{L}-]*)?/u;

/**
 * One or two words of letters right after a figure: a unit a writer of labels may put before the marker,
 * the first maybe written onto the number ("12.4kg⟦…⟧", "14.89°C⟦…⟧").
 */
const WORDS_BEFORE_MARKER = /^(\s*°?\p{L}[\p{L}-]*)(\s+\p{L}[\p{L}-]*)?/u;

function scoreLabel(score: CorpusScore, file: string, label: LabelledFigure, findings: Findings): void {
  if (label.label === 'none') return; // A warning on it is counted as a false alarm with the findings.
  const at = findings.filter((f) => f.end === label.end);
  const expected = CODE_OF_LABEL[label.label];
  const hit = at.find((f) => f.code === expected);
  // A verdict on the wrong fact is a wrong link, whatever its code; a wrong period may be linked to the
  // fact of its period or to the fact whose value it gives.
  if (hit && label.factId && label.label !== 'misattributed' && label.label !== 'period' && hit.factId !== label.factId) {
    score.wrongLinks++;
    score.misses.push({ file, line: label.line, expected: `a link to ${label.factId}`, got: `${hit.code} linked to ${hit.factId}` });
  }
  if (label.label === 'verified') {
    score.labelledVerified++;
    if (hit) score.foundVerified++;
  } else {
    score.labelledWarnings++;
    if (hit) score.foundWarnings++;
  }
  if (!hit) score.misses.push({ file, line: label.line, expected, got: at.map((f) => f.code).join(',') || 'nothing' });
}

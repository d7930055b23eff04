// Generated example and counterexample sentences: the quote as a draft would state the fact, and the same
// sentence with the figure slipped (two digits swapped, else one digit changed). Each is kept only when
// the checker treats it as it should: the example verifies, the counterexample is flagged.
import type { Figure } from '../types';
import type { FactIndex } from '../factIndex';
import { checkDocument } from '../check';
import { formatFigureLike } from '../format';
import type { DraftFact } from './draft';
import { STOPWORDS } from './words';

/** The figure's digits as an integer at its written precision: 5.8 million → 58 (precision 100,000). */
function mantissaOf(figure: Figure): { mantissa: number; step: number } | null {
  const step = figure.precision > 0 ? figure.precision : 1;
  const mantissa = Math.round(Math.abs(figure.value) / step);
  return Number.isSafeInteger(mantissa) && mantissa > 0 ? { mantissa, step } : null;
}

function fromDigits(figure: Figure, digits: string[], step: number): number {
  const value = Math.sign(figure.value || 1) * Number(digits.join('')) * step;
  return Math.round(value * 1e6) / 1e6;
}

/** A slip of the figure as a writer makes one: 3,567 → 5,367; 2 → 3; $5.8 million → $8.5 million. */
export function slipValue(figure: Figure): number | null {
  return slipValues(figure)[0] ?? null;
}

/** Slips in the order they are tried: two digits swapped, the first digit changed, the last changed. */
export function slipValues(figure: Figure): number[] {
  const m = mantissaOf(figure);
  if (!m) return [];
  const digits = String(m.mantissa).split('');
  const slips: number[] = [];
  for (let i = 0; i + 1 < digits.length; i++) {
    if (digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === '0')) {
      const swapped = [...digits];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
      slips.push(fromDigits(figure, swapped, m.step));
      break;
    }
  }
  const bump = (at: number): void => {
    const changed = [...digits];
    const d = Number(changed[at]);
    changed[at] = String(d === 9 ? 8 : d + 1);
    slips.push(fromDigits(figure, changed, m.step));
  };
  bump(0);
  if (digits.length > 1) bump(digits.length - 1);
  return [...new Set(slips)].filter((v) => v !== figure.value);
}

/** The quote as a draft sentence that names the fact's entity: "In Hungary, there are …". */
function sentenceFor(draft: DraftFact, index: FactIndex): { text: string; figureAt: number } {
  const { ctx, claim } = draft;
  const raw = ctx.text.slice(ctx.sentenceStart, ctx.sentenceEnd);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  const figureAt = claim.figure.start - ctx.block.start - ctx.sentenceStart - lead;
  const names = ctx.facts.hits.some((h) => h.kind === 'entity' && h.id === draft.entity && h.start >= ctx.sentenceStart && h.end <= ctx.sentenceEnd);
  if (names) return { text: body, figureAt };
  const firstWord = /^[\p{L}]+/u.exec(body)?.[0] ?? '';
  const opening = STOPWORDS.has(firstWord.toLowerCase()) ? firstWord.toLowerCase() + body.slice(firstWord.length) : body;
  const prefix = `In ${index.displayName(draft.entity)}, `;
  return { text: prefix + opening, figureAt: figureAt + prefix.length };
}

const WARNINGS = new Set(['figure-mismatch', 'figure-misattributed', 'period-mismatch', 'qualifier-mismatch']);

/** The example and counterexample of a fact that behave as they should against the index. */
export function generateExamples(draft: DraftFact, factId: string, index: FactIndex): { examples: string[]; counterexamples: string[] } {
  const { text, figureAt } = sentenceFor(draft, index);
  const figure = draft.claim.figure;
  const examples: string[] = [];
  const counterexamples: string[] = [];
  const verified = checkDocument(text, index, { mentions: false }).findings.some((f) => f.code === 'figure-verified' && f.factId === factId);
  if (verified) examples.push(text);
  if (text.slice(figureAt, figureAt + figure.text.length) === figure.text) {
    for (const slip of slipValues(figure)) {
      const wrong = text.slice(0, figureAt) + formatFigureLike(figure, slip) + text.slice(figureAt + figure.text.length);
      const flagged = checkDocument(wrong, index, { mentions: false }).findings.some(
        (f) => WARNINGS.has(f.code) && (f.factId === factId || f.relatedFactId === factId),
      );
      if (flagged) {
        counterexamples.push(wrong);
        break;
      }
    }
  }
  return { examples, counterexamples };
}

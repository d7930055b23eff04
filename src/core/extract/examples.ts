// Generated example and counterexample sentences: the quote as a draft would state the fact, and the same
// sentence with the figure slipped (two digits swapped, else one digit changed). Each is kept only when
// the checker treats it as it should: the example verifies, the counterexample is flagged.
import type { Figure } from '../types';
import type { FactIndex } from '../factIndex';
import { checkDocument } from '../check';
import { formatFigureLike } from '../format';
import type { DraftFact } from './draft';
import { STOPWORDS } from './words';

/** A slip of the figure as a writer makes one: 3,567 → 5,367; 2 → 3; $5.8 million → $8.5 million. */
export function slipValue(figure: Figure): number | null {
  const step = figure.precision > 0 ? figure.precision : 1;
  const mantissa = Math.round(Math.abs(figure.value) / step);
  if (!Number.isSafeInteger(mantissa) || mantissa === 0) return null;
  const digits = String(mantissa).split('');
  let slipped: string[] | null = null;
  for (let i = 0; i + 1 < digits.length && !slipped; i++) {
    if (digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === '0')) {
      slipped = [...digits];
      [slipped[i], slipped[i + 1]] = [slipped[i + 1], slipped[i]];
    }
  }
  if (!slipped) {
    slipped = [...digits];
    const last = Number(slipped[slipped.length - 1]);
    slipped[slipped.length - 1] = String(last === 9 ? 8 : last + 1);
  }
  const value = Math.sign(figure.value || 1) * Number(slipped.join('')) * step;
  return Math.round(value * 1e6) / 1e6;
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
  const slip = slipValue(figure);
  if (slip !== null && slip !== figure.value && text.slice(figureAt, figureAt + figure.text.length) === figure.text) {
    const wrong = text.slice(0, figureAt) + formatFigureLike(figure, slip) + text.slice(figureAt + figure.text.length);
    const flagged = checkDocument(wrong, index, { mentions: false }).findings.some(
      (f) => WARNINGS.has(f.code) && (f.factId === factId || f.relatedFactId === factId),
    );
    if (flagged) counterexamples.push(wrong);
  }
  return { examples, counterexamples };
}

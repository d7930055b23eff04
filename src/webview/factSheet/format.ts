// Pure helpers for drawing: no DOM here, so the unit tests run them in Node.
import type { Qualifier, Unit } from '../../dataset/schema';
import { formatNumber } from '../../core/describe';

/** How a bar's end shows the qualifier: past the value, short of it, around it, a span, or exact. */
export type BarEnd = 'above' | 'below' | 'about' | 'range' | 'exact';

export function barEnd(qualifier: Qualifier): BarEnd {
  switch (qualifier) {
    case 'more-than':
    case 'at-least':
      return 'above';
    case 'fewer-than':
    case 'up-to':
    case 'nearly':
      return 'below';
    case 'approximately':
      return 'about';
    case 'range':
      return 'range';
    case 'exact':
      return 'exact';
  }
}

/** A value's share of the scale, in percent, clamped to 0..100; a zero scale draws nothing. */
export function percentOf(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, (value / max) * 100));
}

export const SHADE_STEPS = 5;

/** The map shade of a value: 1 (lightest) to SHADE_STEPS, in equal steps from min to max. */
export function shadeStep(value: number, min: number, max: number): number {
  if (!(max > min)) return Math.ceil(SHADE_STEPS / 2);
  const step = Math.floor(((value - min) / (max - min)) * SHADE_STEPS) + 1;
  return Math.min(SHADE_STEPS, Math.max(1, step));
}

/** The values where the shades change, min and max included; one value when every figure is the same. */
export function stepBoundaries(min: number, max: number): number[] {
  if (!(max > min)) return [min];
  return Array.from({ length: SHADE_STEPS + 1 }, (_, i) => min + ((max - min) * i) / SHADE_STEPS);
}

/**
 * A legend boundary like the sheet's values ("15,133", "$5.4 million"). Boundaries between the ends are
 * interpolated, so they are rounded to three significant digits rather than shown falsely precise.
 */
export function formatBoundary(value: number, unit: Unit, exact: boolean): string {
  if (exact || value === 0) return formatNumber(value, unit);
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  return formatNumber(Math.round(value / magnitude) * magnitude, unit);
}

/** Text as a reader sees it: runs of white space made one space, cut to at most `limit` characters. */
export function plainText(parts: readonly string[], limit: number): string {
  // Text nodes are joined with spaces (a label and its value are separate nodes), but not before punctuation.
  const text = parts.join(' ').replace(/\s+/g, ' ').replace(/ ([,.;:!?)])/g, '$1').trim();
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

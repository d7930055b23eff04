// Writes a value the way the writer wrote the figure it replaces: "18 166" stays space-grouped,
// "$5.8m" stays short, "80 per cent" keeps its words.
import type { Figure } from './types';
import { formatNumber, groupDigits } from './describe';
import { SCALES } from './numbers';
import { NUMBER_WORDS as WORDS } from './wordLists';


const DIGIT = /\d/;

function group(integer: string, separator: string): string {
  return separator ? groupDigits(integer, separator) : integer;
}

function digits(value: number, separator: string): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  const [integer, fraction] = String(Math.abs(rounded)).split('.');
  const sign = rounded < 0 ? '-' : '';
  return sign + group(integer, separator) + (fraction ? '.' + fraction : '');
}

/** The replacement text for a figure, in the figure's own style. */
export function formatFigureLike(figure: Figure, value: number): string {
  const style = figure.style;
  if (figure.unit === 'rank' || figure.unit === 'fraction') {
    if (style.form === 'ordinal' && figure.unit === 'rank' && DIGIT.test(figure.text)) {
      const suffix = value % 100 >= 11 && value % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
      return `${value}${suffix}`;
    }
    return formatNumber(value, figure.unit);
  }
  if (style.form === 'words' && Number.isInteger(value) && value >= 0 && value < WORDS.length && !style.scale) {
    return WORDS[value] + style.percent;
  }
  // "1,888.2 Mt": the unit after the figure keeps its scale, and the digits are written in it.
  if (style.unitScale) return `${style.currency}${digits(value / style.unitScale, style.grouping)}${style.percent}${style.suffix}`;
  const scaleKey = style.scale.trim().toLowerCase();
  const scale = SCALES[scaleKey] ?? 1;
  // Keep the writer's scale when the value reads well in it ($5.8m → $5.4m); else write it out.
  const scaled = value / scale;
  const useScale = scale > 1 && scaled >= 1 && Math.abs(Math.round(scaled * 1000) - scaled * 1000) < 1e-6;
  const body = useScale ? digits(scaled, style.grouping) + style.scale : digits(value, style.grouping || (value >= 10000 ? ',' : ''));
  return `${style.currency}${body}${style.percent}${style.suffix}`;
}

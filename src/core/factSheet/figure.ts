// A fact as the sheet shows it: display strings made once, here, so the webview only places text.
import type { Fact } from '../../dataset/schema';
import type { FactIndex } from '../factIndex';
import { formatPeriod, formatValue, qualifierWords } from '../describe';
import { formatSourceDate } from '../citations';
import type { SheetFigure } from './model';

export function sheetFigure(fact: Fact, index: FactIndex, label: string): SheetFigure {
  const source = index.source(fact.source);
  return {
    factId: fact.id,
    label,
    measure: fact.measure,
    value: fact.value,
    ...(fact.upper !== undefined ? { upper: fact.upper } : {}),
    unit: fact.unit,
    qualifier: fact.qualifier,
    valueText: formatValue(fact),
    qualifierText: qualifierWords(fact.qualifier),
    entity: index.displayName(fact.entity),
    vendors: fact.vendors.map((v) => index.displayName(v)),
    period: formatPeriod(fact.period),
    periodText: fact.period?.text ?? null,
    via: fact.via,
    source: source ? { publisher: source.publisher, title: source.title, date: formatSourceDate(source.date), url: source.url } : null,
    quote: fact.quote,
  };
}

/** How far a figure's bar reaches: the top of a range, else the value. */
export function barEnd(figure: SheetFigure): number {
  return figure.upper ?? figure.value;
}

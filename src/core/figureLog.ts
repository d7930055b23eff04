// The desk's fact-check log: every figure of a draft with its status — verified against a source,
// contradicted by one, or not covered by any dataset (the writer's to-do list) — grouped by section.
import type { FactIndex } from './factIndex';
import type { CheckResult, Finding, FindingCode } from './types';
import { parseProse } from './prose';
import { proseFigures } from './claims';

export type FigureStatus = 'verified' | 'contradicted' | 'not-covered';

export interface LoggedFigure {
  start: number;
  end: number;
  /** The figure as written. */
  text: string;
  status: FigureStatus;
  /** The heading of the section it stands in ('' before the first heading). */
  section: string;
  /** The finding that gives the status (verified or contradicted). */
  finding?: Finding;
}

export interface FigureLog {
  figures: LoggedFigure[];
  counts: Record<FigureStatus, number>;
}

const CONTRADICTING: ReadonlySet<FindingCode> = new Set(['figure-mismatch', 'figure-misattributed', 'period-mismatch', 'qualifier-mismatch']);

/** The log of a checked document: the check's findings joined to every figure of its prose. */
export function figureLog(text: string, result: CheckResult, index: FactIndex): FigureLog {
  const doc = parseProse(text);
  const byStart = new Map<number, Finding>();
  for (const f of result.findings) {
    const at = f.figure?.start ?? f.start;
    const known = byStart.get(at);
    // A contradiction outranks a verification of the same figure; hints give no status.
    if (f.code === 'missing-citation') continue;
    if (!known || (CONTRADICTING.has(f.code) && !CONTRADICTING.has(known.code))) byStart.set(at, f);
  }
  const counts: Record<FigureStatus, number> = { verified: 0, contradicted: 0, 'not-covered': 0 };
  const figures: LoggedFigure[] = [];
  const seen = new Set<number>();
  const sectionOf = (block: number): string => {
    const heading = doc.blocks[block].kind === 'heading' ? block : doc.blocks[block].heading;
    return heading >= 0 ? doc.blocks[heading].text.trim().replace(/\s+/g, ' ') : '';
  };
  for (const figure of proseFigures(doc, index)) {
    const finding = byStart.get(figure.start);
    const status: FigureStatus = !finding ? 'not-covered' : CONTRADICTING.has(finding.code) ? 'contradicted' : 'verified';
    counts[status]++;
    seen.add(figure.start);
    figures.push({ start: figure.start, end: figure.end, text: figure.text, status, section: sectionOf(figure.block), ...(finding ? { finding } : {}) });
  }
  // A judged figure the log's reading did not list (a whole "of 352") still belongs in it.
  for (const [at, finding] of byStart) {
    if (seen.has(at)) continue;
    const status: FigureStatus = CONTRADICTING.has(finding.code) ? 'contradicted' : 'verified';
    counts[status]++;
    let block = doc.blocks.length - 1;
    while (block >= 0 && doc.blocks[block].start > at) block--;
    figures.push({ start: at, end: finding.figure?.end ?? finding.end, text: finding.figure?.text ?? text.slice(finding.start, finding.end), status, section: block >= 0 ? sectionOf(block) : '', finding });
  }
  figures.sort((a, b) => a.start - b.start);
  return { figures, counts };
}

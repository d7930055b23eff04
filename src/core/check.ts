// One check of one document: prose → claims → the fact each states, by the evidence → a verdict → findings.
import type { FactIndex } from './factIndex';
import type { CheckOptions, CheckResult, Evidence, Finding, FindingCode, NameMention, Severity } from './types';
import { DEFAULT_SEVERITY } from './types';
import { parseProse, type Directive } from './prose';
import { splitSections, suffixFor, type Section } from './sections';
import { LineIndex } from './lineIndex';
import { readClaims, type Claim } from './claims';
import { BlockTextMemory } from './reading/blockTexts';
import { judgeClaim, noSlipExplains, type Verdict } from './verdict';
import { ColumnMeasures } from './columnMeasures';
import { explain } from './evidence/model';
import { sourceRef } from './describe';
import { findingMessage } from './messages';
import { attributesFigure, sentenceOf } from './attribution';
import { SentenceMates } from './sentenceMates';
import { applySuppressions } from './suppression';

/**
 * The evidence of a claim's verdict, written once for its finding and its citation hint. A plain field
 * read per claim: a WeakMap keyed by verdict was 1% of a check in the profile.
 */
class EvidenceOnce {
  private evidence: Evidence | undefined;
  constructor(
    private readonly index: FactIndex,
    private readonly claim: Claim,
    private readonly verdict: Verdict,
  ) {}

  get(): Evidence {
    return (this.evidence ??= explain(this.index, this.claim, this.verdict.link!));
  }
}

function finding(index: FactIndex, code: FindingCode, severity: Severity, claim: Claim, verdict: Verdict, once?: EvidenceOnce): Finding {
  const link = verdict.link;
  const fact = link?.indexed.fact ?? null;
  const result: Finding = {
    code,
    severity,
    message: findingMessage(index, code, claim, verdict),
    start: claim.figure.start,
    end: claim.figure.end,
    found: claim.figure.value,
    expected: fact ? fact.value : null,
    factId: fact ? fact.id : null,
    source: sourceRef(fact ? index.source(fact.source) : verdict.related ? index.source(verdict.related.fact.source) : undefined),
    figure: claim.figure,
  };
  if (verdict.related) result.relatedFactId = verdict.related.fact.id;
  if (link) result.evidence = (once ?? new EvidenceOnce(index, claim, verdict)).get();
  return result;
}

/**
 * The mismatch of a wrong whole ("265 of the 352"): linked to the fact whose value the whole should be
 * (the 325 planned) when the dataset has it, else to the part's fact, which states its whole.
 */
function wholeFinding(index: FactIndex, severity: Severity, claim: Claim, verdict: Verdict): Finding {
  const part = verdict.link!.indexed;
  const whole = part.fact.of === undefined ? undefined : index.indexedAboutWithValue(part.fact.entity, part.fact.unit, part.fact.of, part.fact.id);
  const wholeLink = whole ? { ...verdict.link!, indexed: whole } : verdict.link;
  const wrong = finding(index, 'figure-mismatch', severity, { ...claim, figure: claim.whole! }, { code: 'figure-mismatch', link: wholeLink });
  wrong.expected = part.fact.of!;
  return wrong;
}

/** One section's check, before suppressions: offsets are relative to the parsed text. */
interface ProseCheck {
  findings: Finding[];
  mentions: NameMention[];
  judged: number;
  directives: Directive[];
}

/** What a check reads with: the facts, the options and, in an editor, the memory of block texts read before. */
interface ReadingContext {
  index: FactIndex;
  options: CheckOptions;
  memory?: BlockTextMemory;
}

/** Checks one piece of Markdown (a section with its prefix and suffix); only figures in [from, to) are judged. */
function checkProse(text: string, from: number, to: number, { index, options, memory }: ReadingContext): ProseCheck {
  const doc = parseProse(text);
  const { claims, reader } = readClaims(doc, index, memory);
  const severityOf = (code: FindingCode): Severity | 'off' => options.severity?.[code] ?? DEFAULT_SEVERITY[code];
  const findings: Finding[] = [];
  const attributed = (claim: Claim, verdict: Verdict): boolean => {
    const block = doc.blocks[claim.block];
    // The reader split the block into sentences already.
    const sentence = sentenceOf(block.text, reader.blockFacts(claim.block).starts, claim.figure.start - block.start);
    const fact = verdict.link!.indexed.fact;
    return attributesFigure(sentence, fact, index.source(fact.source));
  };
  let judged = 0;
  const mates = new SentenceMates(doc, reader);
  const columns = new ColumnMeasures(doc);
  /** Where figures start whose wrong-value warnings a later figure of their sentence withdrew. */
  const withdrawn = new Set<number>();
  for (const claim of claims) {
    // The prefix's heading and the suffix's definitions are judged in their own sections.
    if (claim.figure.start < from || claim.figure.end > to) continue;
    let verdict = mates.judge(index, claim);
    for (const earlier of mates.learn(claim, verdict)) withdrawn.add(earlier.figure.start);
    // A change its own levels compute is theirs: a fact no slip explains is a change over another stretch.
    if (claim.ofItsLevels && verdict?.code === 'figure-mismatch' && noSlipExplains(verdict.link!)) verdict = null;
    if (!verdict) continue;
    columns.learn(claim, verdict);
    judged++;
    const severity = severityOf(verdict.code);
    const evidence = new EvidenceOnce(index, mates.judgedAs ?? claim, verdict);
    if (severity !== 'off') findings.push(finding(index, verdict.code, severity, claim, verdict, evidence));
    const wholeSeverity = severityOf('figure-mismatch');
    if (verdict.wrongWhole && claim.whole && wholeSeverity !== 'off') {
      findings.push(wholeFinding(index, wholeSeverity, claim, verdict));
    }
    const citation = severityOf('missing-citation');
    // Only a right figure wants a citation: a wrong one is to be fixed, not cited to the source that contradicts it.
    if (verdict.code === 'figure-verified' && !claim.cited && citation !== 'off' && !attributed(claim, verdict)) {
      findings.push(finding(index, 'missing-citation', citation, claim, verdict, evidence));
    }
  }
  const mentions: NameMention[] = [];
  if (options.mentions !== false) {
    doc.blocks.forEach((block, i) => {
      // A level-1 heading is read (typos included) by the figures of every section under it, in a check
      // by sections from their own copies of it: its mentions are the same whichever figures asked.
      // So is the title's opening, whose paragraphs the lede is read from (DocumentReader.lede).
      const everySection = (block.kind === 'heading' && block.level === 1) || reader.inTheOpening(i);
      for (const hit of reader.blockFacts(i, everySection).hits) {
        // A foreign country has no facts to show.
        if (hit.foreign) continue;
        mentions.push({ start: block.start + hit.start, end: block.start + hit.end, kind: hit.kind, id: hit.id, fuzzy: hit.fuzzy });
      }
    });
  }
  for (const start of columns.offColumn()) withdrawn.add(start);
  const kept = withdrawn.size === 0 ? findings : findings.filter((f) => !(f.code === 'figure-mismatch' && withdrawn.has(f.start)));
  return { findings: kept, mentions, judged: judged - (findings.length - kept.length), directives: doc.directives };
}

/** A section's results, offsets relative to the section's start, kept while the section is unchanged. */
interface SectionResult extends ProseCheck {
  /** How many lines the prefix takes: directives above it belong to the prefix. */
  prefixLines: number;
}

function checkSection(text: string, section: Section, definitions: readonly string[], context: ReadingContext): SectionResult {
  const body = text.slice(section.start, section.end);
  // The prefix's headings may cite too ("# Births fell[^src-2024]"): unless defined, a label reads as text.
  const suffix = suffixFor(section.prefix + body, definitions);
  const from = section.prefix.length;
  const to = from + body.length;
  const checked = checkProse(section.prefix + body + suffix, from, to, context);
  const inBody = (item: { start: number; end: number }): boolean => item.start >= from && item.end <= to;
  const prefixLines = countLines(section.prefix);
  const bodyLines = countLines(body);
  return {
    findings: checked.findings.filter(inBody).map((f) => shiftFinding(f, -from)),
    mentions: checked.mentions.filter(inBody).map((m) => ({ ...m, start: m.start - from, end: m.end - from })),
    judged: checked.judged,
    directives: checked.directives.filter((d) => d.line >= prefixLines && d.line - prefixLines <= bodyLines).map((d) => ({ ...d, line: d.line - prefixLines, endLine: d.endLine - prefixLines })),
    prefixLines,
  };
}

/** How many line breaks a text holds, without splitting it into lines. */
function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function shiftFinding(f: Finding, by: number): Finding {
  if (by === 0) return f;
  const shifted: Finding = { ...f, start: f.start + by, end: f.end + by };
  if (f.figure) shifted.figure = { ...f.figure, start: f.figure.start + by, end: f.figure.end + by };
  return shifted;
}

/** A section's results placed in the document: copies of the relative ones, moved in place as text shifts. */
interface PlacedSection {
  result: SectionResult;
  findings: Finding[];
  mentions: NameMention[];
  /** The document offset the copies are placed at. */
  at: number;
}

function place(result: SectionResult, at: number): PlacedSection {
  const findings = result.findings.map((f) => {
    const copy: Finding = { ...f, start: f.start + at, end: f.end + at };
    if (f.figure) copy.figure = { ...f.figure, start: f.figure.start + at, end: f.figure.end + at };
    return copy;
  });
  const mentions = result.mentions.map((m) => ({ ...m, start: m.start + at, end: m.end + at }));
  return { result, findings, mentions, at };
}

/** Moves placed results to a new offset without allocating: an edit above shifts every later section. */
function move(placed: PlacedSection, at: number): void {
  const by = at - placed.at;
  if (by === 0) return;
  for (const f of placed.findings) {
    f.start += by;
    f.end += by;
    if (f.figure) {
      f.figure.start += by;
      f.figure.end += by;
    }
  }
  for (const m of placed.mentions) {
    m.start += by;
    m.end += by;
  }
  placed.at = at;
}

/** A section of the last check: what its results depend on, and the results placed in the document. */
interface KeptSection {
  prefix: string;
  body: string;
  placed: PlacedSection;
}

/**
 * Checks documents section by section (src/core/sections.ts) and keeps each section's results while its
 * text, its prefix and the document's definitions are unchanged: an edit re-checks only its section.
 * One checker serves one index and one set of options. Its results stay valid until its next check,
 * which moves the findings of unchanged sections in place instead of copying thousands of them.
 */
export class SectionChecker {
  private kept: KeptSection[] = [];
  private definitionsKey = '';

  private readonly context: ReadingContext;

  /**
   * `remember` keeps what reading each block's text gave, for the next check (an editor's checker); a
   * checker used once has nothing to reuse it for.
   */
  constructor(index: FactIndex, options: CheckOptions = {}, remember = true) {
    this.context = { index, options, memory: remember ? new BlockTextMemory(index) : undefined };
  }

  /** How many sections the last check read again (the rest came from the cache). */
  lastRechecked = 0;

  check(text: string): CheckResult {
    const steps = this.steps(text);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * The same check in slices of about `sliceMs`, awaiting `pause()` between them so that the host stays
   * responsive on a large document; undefined when `isStale()` says a newer text has come meanwhile.
   * Only one check of a checker may run at a time: the host awaits a running one first. Before each
   * pause, `progress` (when given) gets the result of the sections read so far: exactly the final
   * result's findings that lie in them, since a suppression comment acts on its own line and after it.
   */
  async checkInSlices(text: string, pause: () => Promise<void>, isStale: () => boolean, sliceMs = SLICE_MS, progress?: (partial: CheckResult) => void): Promise<CheckResult | undefined> {
    const steps = this.steps(text);
    let sliceStart = Date.now();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      if (Date.now() - sliceStart < sliceMs) continue;
      progress?.(step.value());
      await pause();
      if (isStale()) return undefined;
      sliceStart = Date.now();
    }
  }

  /**
   * The check, yielding after each section it had to read again: what it yields makes the result of
   * the sections done so far.
   */
  private *steps(text: string): Generator<() => CheckResult, CheckResult> {
    const { sections, definitions } = splitSections(text);
    // A change to any definition re-checks every section: definitions change rarely, and rarely alone.
    const definitionsKey = definitions.join('\n');
    if (definitionsKey !== this.definitionsKey) {
      this.kept = [];
      this.definitionsKey = definitionsKey;
    }
    const bodies = sections.map((section) => text.slice(section.start, section.end));
    const { found, twin } = this.unchanged(sections, bodies);
    const kept: KeptSection[] = [];
    // Each section's lists are joined once at the end: a native copy instead of a push per finding.
    const findingLists: Finding[][] = [];
    const mentionLists: NameMention[][] = [];
    const directives: Directive[] = [];
    let judged = 0;
    let reading = false;
    this.lastRechecked = 0;
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i];
      let placed = found[i];
      let reread = false;
      if (placed) move(placed, section.start);
      else {
        // The same text twice in one document shares its reading, not its placed copies.
        const shared = twin(i);
        if (!shared) this.lastRechecked++;
        if (!shared && !reading) {
          // The first section this check reads: the memory keeps what the check before read.
          reading = true;
          this.context.memory?.startReading();
        }
        placed = place(shared ?? checkSection(text, section, definitions, this.context), section.start);
        found[i] = placed;
        reread = !shared;
      }
      kept.push({ prefix: section.prefix, body: bodies[i], placed });
      findingLists.push(placed.findings);
      mentionLists.push(placed.mentions);
      for (const d of placed.result.directives) directives.push({ ...d, line: d.line + section.line, endLine: d.endLine + section.line });
      judged += placed.result.judged;
      if (reread) yield () => joinSections(text, findingLists, mentionLists, directives, judged);
    }
    this.kept = kept;
    return joinSections(text, findingLists, mentionLists, directives, judged);
  }

  /**
   * The kept results of the sections whose prefix and text are unchanged, by the new sections' index. An
   * edit leaves the sections before and after it as they were: those are matched in order by comparing
   * texts, and only the sections in between are looked up by content (moved, duplicated or new ones),
   * so that a keystroke in a long document never hashes the whole document.
   */
  private unchanged(sections: readonly Section[], bodies: readonly string[]): { found: (PlacedSection | undefined)[]; twin: (i: number) => SectionResult | undefined } {
    const old = this.kept;
    const same = (k: KeptSection, i: number): boolean => k.body === bodies[i] && k.prefix === sections[i].prefix;
    const found: (PlacedSection | undefined)[] = new Array(sections.length);
    let head = 0;
    while (head < sections.length && head < old.length && same(old[head], head)) {
      found[head] = old[head].placed;
      head++;
    }
    let tail = 0;
    while (tail < sections.length - head && tail < old.length - head && same(old[old.length - 1 - tail], sections.length - 1 - tail)) {
      found[sections.length - 1 - tail] = old[old.length - 1 - tail].placed;
      tail++;
    }
    const key = (prefix: string, body: string): string => `${prefix}\u0000${body}`;
    const byContent = new Map<string, PlacedSection[]>();
    for (let k = old.length - 1 - tail; k >= head; k--) {
      const id = key(old[k].prefix, old[k].body);
      const list = byContent.get(id);
      if (list) list.push(old[k].placed);
      else byContent.set(id, [old[k].placed]);
    }
    // The first section of each content among those in between, for twins of it further down.
    const firstOf: number[] = [];
    const first = new Map<string, number>();
    for (let i = head; i < sections.length - tail; i++) {
      const id = key(sections[i].prefix, bodies[i]);
      found[i] = byContent.get(id)?.pop();
      if (!first.has(id)) first.set(id, i);
      firstOf[i] = first.get(id)!;
    }
    const twin = (i: number): SectionResult | undefined => {
      const at = firstOf[i];
      return at !== undefined && at < i ? found[at]?.result : undefined;
    };
    return { found, twin };
  }
}

/** The sections' results as one document's, their suppression comments applied. */
function joinSections(text: string, findingLists: readonly Finding[][], mentionLists: readonly NameMention[][], directives: readonly Directive[], judged: number): CheckResult {
  const findings = concatAll(findingLists);
  const mentions = concatAll(mentionLists);
  const suppressed = directives.length === 0 ? findings : applySuppressions(findings, { source: text, blocks: [], directives: [...directives], lines: new LineIndex(text) });
  return { findings: suppressed, mentions, judged };
}

/** How many lists one concat() call joins: far below the engine's limit on a call's arguments. */
const CONCAT_CHUNK = 4096;

/** The lists one after another. Array.prototype.concat copies them natively; flat() was many times slower. */
function concatAll<T>(lists: readonly T[][]): T[] {
  let all: T[] = [];
  for (let i = 0; i < lists.length; i += CONCAT_CHUNK) all = all.concat(...lists.slice(i, i + CONCAT_CHUNK));
  return all;
}

/** How long a slice of a sliced check runs before it lets the host handle input: one frame. */
const SLICE_MS = 16;

/**
 * From this size an editor checks a document in slices (checkInSlices): a first check of 100 KB of
 * claim-dense prose takes ~0.3 s, and a re-check reads only the edited section.
 */
export const SLICED_FROM_CHARS = 100_000;

/**
 * From this size a document's first check runs in slices too, so that the findings of its first
 * sections are shown before the rest is read: a first check runs on cold code, several times slower
 * than the checks after it (a 30 KB draft ~0.3 s, against ~50 ms).
 */
export const FIRST_CHECK_SLICED_FROM_CHARS = 16_384;

/** While a document's first check runs, the findings read so far are shown at most this often: each showing re-sends them all. */
export const PARTIAL_EVERY_MS = 150;

/**
 * A progress callback for checkInSlices that hands `show` the partial results worth showing: those with
 * findings, at most every PARTIAL_EVERY_MS. Both editor hosts show a first check's progress through it.
 */
export function partialResults(show: (partial: CheckResult) => void): (partial: CheckResult) => void {
  let shownAt = -Infinity;
  return (partial) => {
    if (partial.findings.length === 0 || Date.now() - shownAt < PARTIAL_EVERY_MS) return;
    shownAt = Date.now();
    show(partial);
  };
}

/** True when an editor should check a text of this length in slices. */
export function checkInSlicesFrom(length: number, firstCheck: boolean): boolean {
  return length >= (firstCheck ? FIRST_CHECK_SLICED_FROM_CHARS : SLICED_FROM_CHARS);
}

/** Checks one Markdown document against the index. Deterministic; never throws on any input text. */
export function checkDocument(text: string, index: FactIndex, options: CheckOptions = {}): CheckResult {
  return new SectionChecker(index, options, false).check(text);
}

/**
 * The same check without sections: one parse of the whole text. Kept to hold the section split to its
 * promise (a property test compares the two); hosts use checkDocument or a SectionChecker.
 */
export function checkWholeDocument(text: string, index: FactIndex, options: CheckOptions = {}): CheckResult {
  const checked = checkProse(text, 0, text.length, { index, options });
  return joinSections(text, [checked.findings], [checked.mentions], checked.directives, checked.judged);
}

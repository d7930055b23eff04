// `factdesk extract`: a source document in, a dataset of its sourced figures out. The source is read with
// the checker's own reader; each figure that states a measure becomes a proposed fact, and what the
// reader could not resolve is written on the fact as a `review` note (the checker ignores such facts).
// The result is stable: the same text and options give the same file.
import type { DatasetFile, Entity, Fact, Source, Vocabulary } from '../../dataset/schema';
import { buildIndex, type FactIndex, type IndexInput } from '../factIndex';
import { parseProse } from '../prose';
import { readEveryFigure } from '../claims';
import type { DocumentReader } from '../reading/document';
import { checkDocument } from '../check';
import { draftFact, sameFact, toFact, orderedFact, type DraftContext, type DraftFact } from './draft';
import { generateExamples } from './examples';
import { leadYear } from './period';
import { proposeCountries, proposeWorld, type CountryNames } from './entities';

export type { CountryNames };
export { slipValue } from './examples';

export interface ExtractOptions {
  source: Source;
  /** Loaded datasets whose entities and vendors the facts may refer to (the bundled catalogue). */
  catalogue: readonly IndexInput[];
  /** Country names, so that a country the catalogue lacks can be proposed. */
  countries?: readonly CountryNames[];
  /** The entity of figures that name none; without it, the entity the source names most, under review. */
  entity?: string;
}

/** An empty dataset file with every default filled in. */
export function emptyDataset(): DatasetFile {
  return { topic: [], sources: [], entities: [], vendors: [], facts: [] };
}

/** How often the round trip re-checks after putting facts under review; each pass can only add notes. */
const MAX_ROUND_TRIPS = 6;

/** Where each proposed fact's figure stands in the source (document offsets, end exclusive). */
export interface FigureSpan {
  factId: string;
  start: number;
  end: number;
  /** The sentence that states it. */
  sentenceStart: number;
  sentenceEnd: number;
}

/** Proposes a dataset of the figures in a Markdown or plain-text source. */
export function extractDataset(markdown: string, options: ExtractOptions): DatasetFile {
  return extractWithSpans(markdown, options).dataset;
}

/** The proposed dataset and where each fact's figure stands (for "Add Fact from Selection"). */
export function extractWithSpans(markdown: string, options: ExtractOptions): { dataset: DatasetFile; spans: FigureSpan[] } {
  const doc = parseProse(markdown);
  const catalogueIndex = buildIndex(options.catalogue);
  const prose = doc.blocks.map((b) => b.text).join('\n');
  const newEntities: Entity[] = proposeCountries(prose, options.countries ?? [], (id) => catalogueIndex.entity(id) !== undefined,
    catalogueIndex.allVendors().flatMap((v) => [v.name, ...v.aliases]),
  );
  newEntities.push(...proposeWorld(prose, (id) => catalogueIndex.entity(id) !== undefined));
  // The countries a source names are proposed above; one left out (a party's origin, "made in Ruritania")
  // stays no entity of a draft fact.
  const readingIndex = buildIndex([...options.catalogue, { data: { ...emptyDataset(), entities: newEntities } }], { foreignCountries: false });
  const { claims, reader } = readEveryFigure(doc, readingIndex);

  // A source whose one proposed country the reader cannot match where it is named ("the U.S.") is about it.
  const onlyCountry = newEntities.filter((e) => e.kind === 'country').length === 1 ? newEntities.find((e) => e.kind === 'country')!.id : undefined;
  const fallback = options.entity ?? mostNamedEntity(reader, doc.blocks.length) ?? onlyCountry;
  const entities = [...newEntities];
  let fallbackEntity = fallback;
  if (!fallbackEntity) {
    // A source that names no place at all: its facts hang on a body named after the source, under review.
    fallbackEntity = 'source-subject';
    entities.push({ id: fallbackEntity, kind: 'body', name: options.source.title, aliases: [], demonyms: [] });
  }
  const [year, month] = options.source.date.split('-').map(Number);
  const published = { year, month: month - 1 };
  // The lead is the block of the first figure: a report's first paragraph with a figure in it.
  const lead = claims.length > 0 ? leadYear(doc.blocks[claims[0].block].text, published) : null;
  const dc: DraftContext = { reader, fallbackEntity, fallbackGiven: options.entity !== undefined, published, lead };
  const drafts: DraftFact[] = [];
  const figureOwner = new Map<number, number>();
  for (const claim of claims) {
    const draft = draftFact(claim, dc);
    if (!draft) continue;
    const same = drafts.findIndex((d) => sameFact(d, draft));
    if (same >= 0) {
      figureOwner.set(claim.figure.start, same);
      continue;
    }
    figureOwner.set(claim.figure.start, drafts.length);
    drafts.push(draft);
  }

  const ids = uniqueIds(drafts);
  const via = options.source.publisher;
  let facts = drafts.map((d, k) => toFact(d, ids[k], options.source.id, via, (id) => readingIndex.countryOf(id)));
  const vocabulary = vocabularyOf(drafts);
  const file = (list: Fact[]): DatasetFile => ({ ...emptyDataset(), vocabulary, sources: [options.source], entities, facts: list });

  const notes = drafts.map((d) => [...d.review]);
  roundTrip(markdown, options.catalogue, () => file(withNotes(facts, notes)), figureOwner, notes, drafts.map((d) => d.claim.rules.entity));
  const index = buildIndex([...options.catalogue, { data: file(withNotes(facts, notes)) }]);
  facts = facts.map((fact, k) => (notes[k].length > 0 ? fact : { ...fact, ...generateExamples(drafts[k], fact.id, index) }));
  const spans: FigureSpan[] = [];
  for (const [start, k] of owner(figureOwner)) {
    const d = drafts[k];
    const figure = d.claim.figure.start === start ? d.claim.figure : claims.find((c) => c.figure.start === start)!.figure;
    spans.push({ factId: facts[k].id, start, end: figure.end, sentenceStart: d.quoteStart, sentenceEnd: d.quoteEnd });
  }
  return { dataset: sortedFile(file(withNotes(facts, notes))), spans };
}

function owner(map: Map<number, number>): [number, number][] {
  return [...map].sort((a, b) => a[0] - b[0]);
}

function withNotes(facts: readonly Fact[], notes: readonly string[][]): Fact[] {
  return facts.map((fact, k) => (notes[k].length > 0 ? orderedFact({ ...fact, review: [...new Set(notes[k])].join('; ') }) : fact));
}

/**
 * Checks the source against its own dataset: every fact not under review must verify at its own figure
 * and no figure may be flagged. A fact that fails goes under review, and the check runs again, since a
 * fact taken out can change how other figures read.
 */
function roundTrip(markdown: string, catalogue: readonly IndexInput[], current: () => DatasetFile, owner: Map<number, number>, notes: string[][], rules: readonly (string | undefined)[]): void {
  for (let pass = 0; pass < MAX_ROUND_TRIPS; pass++) {
    const data = current();
    const index = buildIndex([...catalogue, { data }]);
    const findings = checkDocument(markdown, index, { mentions: false }).findings;
    const ids = new Map(data.facts.map((f, k) => [f.id, k]));
    let changed = false;
    const flag = (k: number | undefined, note: string): void => {
      if (k === undefined || notes[k].length > 0) return;
      notes[k].push(note);
      changed = true;
    };
    const verifiedAt = new Map<number, string>();
    for (const f of findings) if (f.code === 'figure-verified' && f.factId) verifiedAt.set(f.start, f.factId);
    for (const f of findings) {
      if (f.code === 'figure-verified' || f.code === 'missing-citation') continue;
      const own = owner.get(f.start);
      const note = `the source itself is flagged against this dataset (${f.code}): ${f.message}`;
      if (own !== undefined) flag(own, note);
      else flag(f.factId ? ids.get(f.factId) : undefined, note);
    }
    for (const [start, k] of owner) {
      if (notes[k].length > 0) continue;
      const id = data.facts[k].id;
      // The fact's own figure, or a repetition of it, must verify against it.
      if (verifiedAt.get(start) !== id && ![...owner].some(([s, o]) => o === k && verifiedAt.get(s) === id)) {
        flag(k, unverifiedNote(rules[k]));
      }
    }
    if (!changed) return;
  }
}

/**
 * Why the checker may not verify a figure in its own source: a place read from far away (the checker
 * judges only figures with a place in or around their block), else the measure words.
 */
function unverifiedNote(entityRule: string | undefined): string {
  const far = entityRule === undefined || ['entity/preceding-text', 'entity/paragraph-before', 'entity/earlier-sentence'].includes(entityRule);
  return far
    ? 'the checker does not verify this figure in its own source: its place is named only in an earlier paragraph or not at all (name it near the figure in drafts)'
    : 'the checker does not verify this figure in its own source: check its measure words (keywords) and entity';
}

/** The entity the source names most often: the subject of figures that name none. */
function mostNamedEntity(reader: DocumentReader, blocks: number): string | undefined {
  const counts = new Map<string, number>();
  for (let i = 0; i < blocks; i++) for (const hit of reader.blockFacts(i).hits) if (hit.kind === 'entity') counts.set(hit.id, (counts.get(hit.id) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) if (best === undefined || n > counts.get(best)!) best = id;
  return best;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Readable ids: entity, two measure words, the period's start; a number is added when two would clash. */
function uniqueIds(drafts: readonly DraftFact[]): string[] {
  const used = new Map<string, number>();
  return drafts.map((d) => {
    const parts = [slug(d.entity), ...d.measure.keywords.slice(0, 2).map(slug), d.period ? slug(String(d.period.from)) : ''];
    const base = parts.filter(Boolean).join('-') || 'fact';
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** The words the source's figures count and the words more than one of its facts share. */
function vocabularyOf(drafts: readonly DraftFact[]): Vocabulary {
  const counted = new Set<string>();
  const keywordFacts = new Map<string, number>();
  for (const d of drafts) {
    if (d.measure.countedWord) counted.add(d.measure.countedWord.toLowerCase());
    for (const k of new Set(d.measure.keywords.map((w) => w.toLowerCase()))) keywordFacts.set(k, (keywordFacts.get(k) ?? 0) + 1);
  }
  const shared = [...keywordFacts].filter(([, n]) => n >= 2).map(([k]) => k);
  const sorted = (words: Iterable<string>): string[] => [...new Set(words)].sort();
  return { topic: sorted([...counted, ...shared]), synonyms: {}, countedNouns: sorted(counted), modifiers: [], generic: [] };
}

/** Lists in document order already; sources and entities by id so that the file diffs well. */
function sortedFile(data: DatasetFile): DatasetFile {
  return { ...data, entities: [...data.entities].sort((a, b) => a.id.localeCompare(b.id)) };
}

export type { FactIndex };

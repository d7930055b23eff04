// Inputs for the benchmark, generated deterministically from the repository's own files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFile, Fact } from '../src/dataset/schema';

export const KIB = 1024;
export const MIB = 1024 * 1024;

/** A small deterministic PRNG (mulberry32), so that every run measures the same inputs. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Repeats whole pieces (separated by a blank line) until the text reaches `size` UTF-16 units. */
export function repeatTo(pieces: readonly string[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const piece = pieces[i % pieces.length].replace(/\s+$/, '');
    parts.push(piece);
    length += piece.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

/** The factbook corpus (public-domain country profiles), concatenated until `size` (1 MiB). */
export function factbookProse(root: string, size = MIB): string {
  const dir = join(root, 'test/fixtures/factbook');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  return repeatTo(files.map((f) => readFileSync(join(dir, f), 'utf8')), size);
}

function splitFrontMatter(text: string): { frontMatter: string; body: string } {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return m ? { frontMatter: m[0], body: text.slice(m[0].length) } : { frontMatter: '', body: text };
}

/**
 * A long draft: the example draft's front matter once, then its body and paragraphs made of the
 * datasets' example and counterexample sentences, repeated until `size` (30 KiB ≈ 5,000 words).
 * Footnote definitions keep unique labels per repetition so that the Markdown stays valid.
 */
export function longDraft(exampleDraft: string, datasets: readonly DatasetFile[], size = 30 * KIB): string {
  const { frontMatter, body } = splitFrontMatter(exampleDraft);
  const sentences: string[] = [];
  for (const data of datasets) {
    for (const fact of data.facts) sentences.push(...fact.examples, ...fact.counterexamples);
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
  const parts: string[] = [frontMatter.replace(/\s+$/, '')];
  let length = frontMatter.length;
  for (let round = 1; length < size; round++) {
    const section = body.replace(/\[\^([^\]\s]+)\]/g, `[^$1-${round}]`);
    const piece = [section.trim(), ...paragraphs].join('\n\n');
    parts.push(piece);
    length += piece.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** 1 MiB on one line: digits with commas in odd places ("12,3456,7,,890"…), a worst case for number scanning. */
export function digitsAndCommas(size = MIB, seed = 7): string {
  const rnd = random(seed);
  const chars: string[] = new Array(size);
  for (let i = 0; i < size; i++) chars[i] = rnd() < 0.25 ? ',' : String.fromCharCode(48 + Math.floor(rnd() * 10));
  return chars.join('');
}

/** `count` list items, each nested one level deeper than the last, on one line: "- - - … cameras". */
export function deeplyNestedList(count = 10_000): string {
  return `${'- '.repeat(count)}Shodan lists 18,166 Hikvision cameras in Hungary.\n`;
}

/** `count` list items nesting down to `depth` levels and back up, each with a figure. */
export function sawtoothList(count = 10_000, depth = 50): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const phase = i % (2 * depth);
    const level = phase < depth ? phase : 2 * depth - phase;
    lines.push(`${'  '.repeat(level)}- Shodan lists ${1000 + i} Hikvision cameras in Hungary.`);
  }
  return `${lines.join('\n')}\n`;
}

const SYLLABLES_A = ['Ka', 'Lo', 'Mar', 'Ve', 'Sol', 'Tir', 'Bra', 'Dun', 'El', 'Fen', 'Gor', 'Hal', 'Is', 'Jor', 'Kel', 'Lum', 'Nor', 'Or', 'Pel', 'Quen', 'Ros', 'Sar', 'Tal', 'Ul', 'Var', 'Wen', 'Yor', 'Zan', 'Cor', 'Dra'];
const SYLLABLES_B = ['va', 'ren', 'dor', 'mi', 'ta', 'lis', 'gan', 'ber', 'tho', 'vel', 'ran', 'sek', 'mon', 'dal', 'rik', 'sun', 'pra', 'lev', 'nos', 'qui', 'zen', 'far', 'tum', 'wal', 'ges', 'hor', 'kin', 'lor', 'mun', 'bel'];
const SYLLABLES_C = ['ia', 'o', 'an', 'ovo', 'istan', 'ara', 'ei', 'ur', 'enia', 'ad'];

/** Unique, pronounceable, capitalised names that are not words of the drafts ("Kavaia", "Lorenovo"). */
export function syntheticNames(count: number): string[] {
  const names: string[] = [];
  outer: for (const c of SYLLABLES_C) {
    for (const a of SYLLABLES_A) {
      for (const b of SYLLABLES_B) {
        names.push(a + b + c);
        if (names.length === count) break outer;
      }
    }
  }
  if (names.length < count) throw new Error(`only ${names.length} synthetic names available`);
  return names;
}

/**
 * The synthetic dataset split into files below `maxFacts` facts each (the loader refuses files over
 * 10 MB, as any real dataset of this size would be split): the first file holds the source and every
 * entity, the others facts only.
 */
export function splitDataset(data: DatasetFile, maxFacts: number): DatasetFile[] {
  const files: DatasetFile[] = [];
  for (let i = 0; i < data.facts.length || i === 0; i += maxFacts) {
    const first = i === 0;
    files.push({
      topic: data.topic,
      sources: first ? data.sources : [],
      entities: first ? data.entities : [],
      vendors: first ? data.vendors : [],
      facts: data.facts.slice(i, i + maxFacts),
    });
  }
  return files;
}

/**
 * `factCount` synthetic facts in the dataset format: synthetic regions (one per 20 facts), inside the
 * given countries (round robin) or in none when `countryIds` is empty, about the bundled vendors, with
 * the kinds of measures the bundled facts have.
 */
export function syntheticDataset(factCount: number, vendorIds: readonly string[], countryIds: readonly string[], seed = 42): DatasetFile {
  const rnd = random(seed);
  const entityCount = Math.max(1, Math.ceil(factCount / 20));
  const names = syntheticNames(entityCount);
  const entities = names.map((name, i) => ({
    id: `syn-${i}`,
    kind: 'region' as const,
    name,
    ...(countryIds.length > 0 ? { country: countryIds[i % countryIds.length] } : {}),
    aliases: [] as string[],
    demonyms: [] as string[],
  }));
  const measures = [
    { measure: 'devices listed by Shodan', keywords: ['Shodan', 'devices'], unit: 'count' as const, via: 'Shodan', verb: 'Shodan lists {v} {vendor} devices in {e}.' },
    { measure: 'cameras purchased', keywords: ['cameras', 'purchased'], unit: 'count' as const, via: 'public procurement data', verb: '{e} purchased {v} {vendor} cameras.' },
    { measure: 'spending on cameras', keywords: ['spent', 'cameras'], unit: 'USD' as const, via: 'customs data', verb: '{e} spent ${v} on {vendor} cameras.' },
  ];
  const qualifiers = ['exact', 'more-than', 'nearly', 'approximately', 'at-least'] as const;
  const facts: Fact[] = [];
  for (let i = 0; i < factCount; i++) {
    const e = i % entityCount;
    const m = measures[i % measures.length];
    const vendor = vendorIds.length > 0 ? vendorIds[Math.floor(rnd() * vendorIds.length)] : undefined;
    const value = m.unit === 'USD' ? Math.round(rnd() * 500) * 100_000 : 100 + Math.floor(rnd() * 200_000);
    const from = 2016 + Math.floor(rnd() * 8);
    const to = Math.min(2024, from + Math.floor(rnd() * 3));
    facts.push({
      id: `syn-fact-${i}`,
      entity: entities[e].id,
      vendors: vendor ? [vendor] : [],
      measure: m.measure,
      keywords: m.keywords,
      value,
      unit: m.unit,
      qualifier: qualifiers[i % qualifiers.length],
      period: { from, to },
      via: m.via,
      quote: m.verb.replace('{v}', value.toLocaleString('en-US')).replace('{vendor}', vendor ?? 'Chinese').replace('{e}', entities[e].name),
      source: 'synthetic-survey',
      examples: [],
      counterexamples: [],
    });
  }
  return {
    topic: ['cameras', 'surveillance'],
    sources: [
      {
        id: 'synthetic-survey',
        title: 'A synthetic survey of surveillance cameras',
        publisher: 'Synthetic Survey',
        date: '2024-01-01',
        url: 'https://example.org/synthetic-survey',
      },
    ],
    entities,
    vendors: [],
    facts,
  };
}

/** The factbook corpus's files concatenated `times` times in one Markdown file (×3 ≈ 1.15 MB). */
export function factbookTimes(root: string, times: number): string {
  const dir = join(root, 'test/fixtures/factbook');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\s+$/, ''));
  const pieces: string[] = [];
  for (let i = 0; i < times; i++) pieces.push(...files);
  return `${pieces.join('\n\n')}\n`;
}

import type { Entity } from '../../dataset/schema';
import type { FactIndex } from '../factIndex';
import type { FigureContext } from './context';

/** One entity whose name differs from another's by one word: that word, lower-cased. */
interface Sibling {
  id: string;
  word: string;
}

/**
 * How far before the figure, within its clause, the sibling's word may stand: "with central cover at",
 * "and the south at". Further back it is more likely about something else the clause names.
 */
const SHORT_NAME_REACH = 40;
/**
 * A stem of the sibling's word counts only with this many letters or more, and this many letters or fewer
 * cut off its end: "south" of "southern", "east" of "eastern", not "no" of "north".
 */
const STEM_MIN_LETTERS = 4;
const STEM_MAX_CUT = 3;

const siblingsByIndex = new WeakMap<FactIndex, Map<string, Sibling[]>>();

function nameWords(entity: Entity): string[] {
  return entity.name.toLowerCase().split(/\s+/).filter(Boolean);
}

/** For each entity, the entities whose names have as many words and differ from its name in exactly one. */
function siblingsOf(index: FactIndex): Map<string, Sibling[]> {
  const known = siblingsByIndex.get(index);
  if (known) return known;
  const entities = index.allEntities().map((entity) => ({ id: entity.id, words: nameWords(entity) })).filter((e) => e.words.length >= 2);
  const map = new Map<string, Sibling[]>();
  for (const a of entities) {
    for (const b of entities) {
      if (a === b || a.words.length !== b.words.length) continue;
      const differing = a.words.flatMap((word, i) => (word === b.words[i] ? [] : [i]));
      if (differing.length !== 1) continue;
      const list = map.get(a.id) ?? [];
      list.push({ id: b.id, word: b.words[differing[0]] });
      map.set(a.id, list);
    }
  }
  siblingsByIndex.set(index, map);
  return map;
}

function namesTheWord(written: string, word: string): boolean {
  if (written === word) return true;
  return written.length >= STEM_MIN_LETTERS && word.startsWith(written) && word.length - written.length <= STEM_MAX_CUT;
}

/**
 * Siblings of the figure's entity (names that differ from its name by one word: "central Great Barrier
 * Reef" beside "northern Great Barrier Reef") whose own word, or a stem of it, the figure's clause writes
 * right before the figure: "with central cover at 34%", "and the south at 39.1%". The writer moved on to
 * the sibling without its full name, so the sibling's value there is its own, not a figure misattributed.
 */
export function siblingsNamedShort(ctx: FigureContext, entity: string | null): string[] {
  if (entity === null) return [];
  const siblings = siblingsOf(ctx.index).get(entity);
  if (!siblings) return [];
  let from = Math.max(ctx.clauseStart, ctx.token.start - SHORT_NAME_REACH);
  // Only words after the entity's own name count ("Georgia Power 30%, Oglethorpe Power [45.7%]" names
  // Oglethorpe last), and a sibling named in full is no short name.
  for (const hit of ctx.entityHits) {
    if (hit.id === entity && hit.end <= ctx.token.start && hit.end > from) from = hit.end;
  }
  const namedInFull = new Set(ctx.entityHits.filter((h) => h.start >= from && h.end <= ctx.token.start).map((h) => h.id));
  const written = ctx.text.slice(from, ctx.token.start).toLowerCase().match(/\p{L}+/gu) ?? [];
  return siblings.filter((s) => !namedInFull.has(s.id) && written.some((w) => namesTheWord(w, s.word))).map((s) => s.id);
}

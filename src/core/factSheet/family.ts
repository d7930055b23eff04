// Which facts measure the same thing. Vendor, entity and function words are set aside and the rest is
// read through the measure vocabulary, so "Acme widgets sold (survey)" and "Bolt gadgets bought
// (survey)" are one measure when the vocabulary makes widgets and gadgets, sold and bought, one concept, with the vendor as what tells the two figures apart.
import type { Fact } from '../../dataset/schema';
import type { FactIndex } from '../factIndex';
import { wholeNamePattern } from '../regex';

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'and', 'or', 'with', 'its', 'their']);

/** The words of a measure or keyword, in lower case. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** The names of the fact's vendors, and of its entity when asked: they do not say what is measured. */
function namesOf(fact: Fact, index: FactIndex, withEntity: boolean): string[] {
  const names: string[] = [];
  for (const id of fact.vendors) {
    const vendor = index.vendor(id);
    if (vendor) names.push(vendor.name, ...vendor.aliases);
  }
  const entity = withEntity ? index.entity(fact.entity) : undefined;
  if (entity) names.push(entity.name, ...entity.aliases);
  return names;
}

/**
 * Each index's families by what they are made of: a country's sheet groups thousands of facts that
 * share a few measures, vendors and places.
 */
const familiesByIndex = new WeakMap<FactIndex, Map<string, string>>();

/** The measure's concepts with names set aside, and the unit: equal keys measure the same thing. */
export function measureFamily(fact: Fact, index: FactIndex): string {
  let families = familiesByIndex.get(index);
  if (!families) familiesByIndex.set(index, (families = new Map()));
  // Everything the family is made of: units and ids hold no space or line break (the schema's patterns),
  // so the measure after a line break is told apart whatever it holds.
  const key = `${fact.unit} ${fact.entity} ${fact.vendors.join(' ')}\n${fact.measure}`;
  let family = families.get(key);
  if (family === undefined) families.set(key, (family = familyOf(fact, index)));
  return family;
}

function familyOf(fact: Fact, index: FactIndex): string {
  const skip = new Set(namesOf(fact, index, true).flatMap(words));
  const concepts = new Set<string>();
  for (const word of words(fact.measure)) {
    if (!skip.has(word) && !FUNCTION_WORDS.has(word)) concepts.add(index.vocabulary.conceptOf(word));
  }
  return `${fact.unit}:${[...concepts].sort().join(' ')}`;
}

/**
 * The measure without the names that the chart's labels give instead: its vendors always, its entity when
 * the bars are different entities. "Acme widgets bought by the Republika Srpska Interior Ministry" →
 * "widgets bought".
 */
export function measureTitle(fact: Fact, index: FactIndex, withoutEntity: boolean): string {
  let measure = fact.measure;
  for (const name of namesOf(fact, index, withoutEntity).sort((a, b) => b.length - a.length)) {
    measure = measure.replace(wholeNamePattern(name, 'letters-and-digits', 'giu'), ' ');
  }
  // Words left dangling by a removed name: "bought from  by the" → "bought".
  const kept = measure.split(/\s+/).filter(Boolean);
  for (let i = kept.length - 1; i >= 0; i--) {
    const word = kept[i].toLowerCase();
    if (FUNCTION_WORDS.has(word) && (i === kept.length - 1 || FUNCTION_WORDS.has(kept[i + 1].toLowerCase()))) kept.splice(i, 1);
  }
  while (kept.length > 0 && FUNCTION_WORDS.has(kept[0].toLowerCase())) kept.shift();
  return kept.length > 0 ? kept.join(' ') : fact.measure;
}

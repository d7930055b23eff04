// The checks of one dataset file that its schema cannot express: ids of the right form, ranges in order,
// each value readable in its quote. They run after the schema passed, in the same lazily required module
// (src/dataset/validate.ts), so that a check against the bundled datasets, validated at build time,
// never loads them.
import type { DatasetFile } from './schema';
import type { DatasetProblem } from './load';
import { describeValue, formatPath, type Path } from './paths';
import { numberAppearsInText, valueAppearsInQuote } from './quoteCheck';

/** The problems of one file that passed its schema, each with its JSON path. */

export function checkFile(file: string, data: DatasetFile): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (path: Path, message: string) => problems.push({ file, path: formatPath(path), message });

  data.entities.forEach((entity, i) => {
    const iso = /^[A-Z]{2}$/.test(entity.id);
    if (entity.kind === 'country' && !iso) add(['entities', i, 'id'], `a country's id is its ISO 3166 alpha-2 code (XK for Kosovo), got "${entity.id}"`);
    if (entity.kind !== 'country' && iso) add(['entities', i, 'id'], `upper-case two-letter ids are for countries; a ${entity.kind} uses a lower-case id`);
    if (entity.kind === 'country' && entity.country !== undefined && entity.country !== entity.id) {
      add(['entities', i, 'country'], 'a country does not belong to another country');
    }
  });

  // Plain loops and no closure or array per fact: this runs for each of 100,000 facts of a large dataset.
  const facts = data.facts;
  for (let i = 0; i < facts.length; i++) {
    const fact = facts[i]!;
    const at = (...rest: PropertyKey[]): Path => factPath(i, rest);
    const quoted = !isBlank(fact.quote);
    if (!quoted) add(at('quote'), 'must not be empty');
    if (isBlank(fact.measure)) add(at('measure'), 'must not be empty');
    if (fact.value !== undefined && !Number.isFinite(fact.value)) add(at('value'), `must be a finite number, got ${describeValue(fact.value)}`);
    if (fact.upper !== undefined && !Number.isFinite(fact.upper)) add(at('upper'), `must be a finite number, got ${describeValue(fact.upper)}`);
    if (fact.of !== undefined && !Number.isFinite(fact.of)) add(at('of'), `must be a finite number, got ${describeValue(fact.of)}`);
    if (fact.qualifier === 'range' && fact.upper === undefined) add(at('upper'), 'required when qualifier is "range"');
    if (fact.qualifier !== 'range' && fact.upper !== undefined) add(at('upper'), `only allowed when qualifier is "range" (qualifier is "${fact.qualifier}")`);
    if (fact.upper !== undefined && fact.qualifier === 'range' && fact.upper <= fact.value) add(at('upper'), `must be greater than value (${fact.value})`);
    if (fact.of !== undefined && fact.of < fact.value) add(at('of'), `the whole (${fact.of}) is smaller than the part (${fact.value})`);
    if (fact.unit === 'fraction' && (fact.value < 0 || fact.value > 1)) add(at('value'), `a fraction is between 0 and 1, got ${fact.value}`);
    if (fact.unit === 'rank' && (!Number.isInteger(fact.value) || fact.value < 1)) add(at('value'), `a rank is a whole number from 1, got ${fact.value}`);
    if (quoted) {
      if (!valueAppearsInQuote(fact)) add(at('value'), `the value ${fact.value} cannot be read in the quote "${shorten(fact.quote)}"`);
      if (fact.upper !== undefined && fact.qualifier === 'range' && !numberAppearsInText(fact.upper, fact.quote, fact.unit)) {
        add(at('upper'), `the value ${fact.upper} cannot be read in the quote "${shorten(fact.quote)}"`);
      }
      if (fact.of !== undefined && !numberAppearsInText(fact.of, fact.quote)) add(at('of'), `the value ${fact.of} cannot be read in the quote "${shorten(fact.quote)}"`);
    }
    const keywords = fact.keywords;
    for (let k = 0; k < keywords.length; k++) {
      if (isBlank(keywords[k]!)) {
        add(at('keywords'), 'keywords must not be blank');
        break;
      }
    }
    const vendors = fact.vendors;
    for (let j = 1; j < vendors.length; j++) {
      if (vendors.lastIndexOf(vendors[j]!, j - 1) >= 0) add(at('vendors', j), `vendor "${vendors[j]}" is listed twice`);
    }
  }
  return problems;
}

function factPath(i: number, rest: PropertyKey[]): Path {
  return ['facts', i, ...rest];
}

/** True for a text of white space only ('' included): what trim() would empty, without making a string. */
function isBlank(text: string): boolean {
  return !NOT_SPACE.test(text);
}
const NOT_SPACE = /\S/;

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

// The checks across dataset files: duplicate ids, and references to entities, vendors and sources that no
// loaded file defines. Run by the load of data the build did not validate (src/dataset/checkedLoad.ts), a
// file of its own in the Node bundles (scripts/build.mjs).
import type { DatasetProblem } from './load';
import { closest, formatPath, type Path } from './paths';
import { COLLECTION, KINDS, type Candidate, type Kind } from './kinds';
import { isCountryCode } from '../core/worldCountries';

/** Checks the files that passed their own checks together; each one's problems go into `failed`. */
export function crossCheck(
  alive: Candidate[],
  dropped: Record<Kind, Map<string, string>>,
  failed: Map<number, DatasetProblem[]>,
): void {
  const fail = (c: Candidate, path: Path, message: string) => {
    const list = failed.get(c.index) ?? [];
    list.push({ file: c.file, path: formatPath(path), message });
    failed.set(c.index, list);
  };

  // Duplicate ids: the later definition is the problem, and its message names the first; an entity defined
  // again with the same kind is no problem.
  // Where each id is defined, packed in one number (the candidate's place in `alive` and the item's
  // index): an object or a formatted path for each of 100,000 facts cost more than the rest of the check.
  const defined: Record<Kind, Map<string, number>> = {
    entity: new Map(),
    vendor: new Map(),
    source: new Map(),
    fact: new Map(),
  };
  const entityKinds = new Map<string, string | undefined>();
  alive.forEach((c, place) => {
    for (const kind of KINDS) {
      const list = c.data[COLLECTION[kind]] as ReadonlyArray<{ id: string; kind?: string }>;
      const ids = defined[kind];
      for (let i = 0; i < list.length; i++) {
        const item = list[i]!;
        const first = ids.get(item.id);
        // An entity two files define with the same kind is one entity ("UA" in a newsroom's file and a bundled
        // one): the index joins its names (FactIndex). Of another kind, it is a clash.
        if (first !== undefined && kind === 'entity' && entityKinds.get(item.id) === item.kind) continue;
        if (first !== undefined) {
          const where = `${alive[Math.floor(first / PLACE)]!.file} ${formatPath([COLLECTION[kind], first % PLACE])}`;
          fail(c, [COLLECTION[kind], i, 'id'], `duplicate ${kind} id "${item.id}": also defined at ${where}`);
        } else {
          ids.set(item.id, place * PLACE + i);
          if (kind === 'entity') entityKinds.set(item.id, item.kind);
        }
      }
    }
  });

  const unknown = (kind: Kind, id: string, label: string = kind): string => {
    const where = dropped[kind].get(id);
    if (where) return `${label} "${id}" is defined only in ${where}, which was not loaded because of its problems`;
    const suggestion = closest(id, [...defined[kind].keys()]);
    return `unknown ${label} "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
  };

  const entities = defined.entity;
  const vendors = defined.vendor;
  const sources = defined.source;
  for (const c of alive) {
    c.data.entities.forEach((entity, i) => {
      if (entity.country === undefined) return;
      const kindOf = entityKinds.get(entity.country);
      // A country no file defines may be given by its ISO code alone ("FR"): the engine knows every country's names.
      if (!entities.has(entity.country)) {
        if (!isCountryCode(entity.country)) fail(c, ['entities', i, 'country'], unknown('entity', entity.country, 'country'));
      }
      else if (kindOf !== 'country') fail(c, ['entities', i, 'country'], `"${entity.country}" is a ${kindOf}, not a country`);
    });
    const facts = c.data.facts;
    for (let i = 0; i < facts.length; i++) {
      const fact = facts[i]!;
      if (!entities.has(fact.entity)) fail(c, ['facts', i, 'entity'], unknown('entity', fact.entity));
      for (let j = 0; j < fact.vendors.length; j++) {
        if (!vendors.has(fact.vendors[j]!)) fail(c, ['facts', i, 'vendors', j], unknown('vendor', fact.vendors[j]!));
      }
      if (!sources.has(fact.source)) fail(c, ['facts', i, 'source'], unknown('source', fact.source));
    }
  }
}

/** Items per file are fewer than this (a file is at most 10 MB), so a place in `alive` and an index pack into one number. */
const PLACE = 2 ** 26;

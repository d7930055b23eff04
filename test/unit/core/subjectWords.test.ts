// The engine holds no subject's words: every topic word, generic word and party name of a bundled or
// example dataset lives in that dataset, never in src/core (comments included). A dataset on any subject
// is read with the engine's neutral language and its own vocabulary.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/engine';
import { SUBJECT2_DATASET } from '../support/corpora';
import { NEUTRAL_WORDS, stem } from '../../../src/core/vocabulary';

interface DatasetJson {
  topic?: string[];
  vocabulary?: { topic?: string[]; generic?: string[] };
  vendors?: { name: string }[];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function subjectWords(file: string): string[] {
  const data = JSON.parse(readFileSync(join(repoRoot(), file), 'utf8')) as DatasetJson;
  const words = [...(data.topic ?? []), ...(data.vocabulary?.topic ?? []), ...(data.vocabulary?.generic ?? []), ...(data.vendors ?? []).map((v) => v.name)];
  // Words of three letters or fewer ("EV", "M&A") are too short to tell a subject from a variable name;
  // the engine's neutral language (buy, sell, cost, export...) belongs to every subject.
  const neutral = new Set(NEUTRAL_WORDS.map(stem));
  return [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => w.replace(/[^a-z]/g, '').length > 3 && !neutral.has(stem(w)));
}

describe('subject words stay in the datasets', () => {
  const sources = filesUnder(join(repoRoot(), 'src', 'core')).map((path) => ({ path, text: readFileSync(path, 'utf8').toLowerCase() }));
  for (const dataset of ['data/rferl-2024-05-07-cameras.facts.json', 'data/entities.json', SUBJECT2_DATASET]) {
    it(`src/core names no topic word, generic word or party of ${dataset}`, () => {
      const words = subjectWords(dataset);
      assert.ok(dataset === 'data/entities.json' || words.length > 5, `${dataset} declares its vocabulary`);
      const found: string[] = [];
      for (const word of words) {
        const pattern = new RegExp(`(?<![a-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`);
        for (const { path, text } of sources) if (pattern.test(text)) found.push(`${word} in ${path.slice(repoRoot().length + 1)}`);
      }
      assert.deepEqual(found, []);
    });
  }
});

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_DATASETS } from '../../../src/dataset/bundled';
import { formatProblem, loadDatasets } from '../../../src/dataset/load';
import { repoRoot } from './helpers';

describe('docs/dataset-format.md', () => {
  const doc = readFileSync(join(repoRoot(), 'docs', 'dataset-format.md'), 'utf8');

  it('has a minimal example that loads next to the bundled catalogue', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(doc);
    assert.ok(block, 'no ```json block');
    const result = loadDatasets([...BUNDLED_DATASETS, { file: 'example.facts.json', text: block[1]! }]);
    assert.deepEqual(result.problems.map(formatProblem), []);
    const mine = result.datasets.find((d) => d.file === 'example.facts.json')!.data;
    assert.equal(mine.sources.length, 1);
    assert.equal(mine.entities.length, 1);
    assert.equal(mine.facts.length, 1);
  });

  it('shows problems exactly as the loader writes them', () => {
    const facts = JSON.parse(readFileSync(join(repoRoot(), 'data', 'rferl-2024-05-07-cameras.facts.json'), 'utf8')) as {
      facts: Array<{ id: string }>;
    };
    const index = facts.facts.findIndex((f) => f.id === 'hu-shodan-hikvision-devices');
    assert.ok(doc.includes(`also defined at data/rferl-2024-05-07-cameras.facts.json facts[${index}]`));
  });
});

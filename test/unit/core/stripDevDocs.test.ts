// The production bundles leave out the reading rules' docs, the weights' reasons and the period forms'
// patterns (scripts/strip-dev-docs.mjs). The stripped sources must lose every such one-line property and nothing
// else: the same rules and weights, in the same order. (That they compile, the production build shows.)
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** The production source of one file, as the build's loader gives it (scripts/engine-source.mjs). */
async function stripped(path: string): Promise<string> {
  const { stripDevDocs } = (await import(join(ROOT, 'scripts/strip-dev-docs.mjs'))) as { stripDevDocs: (path: string, source: string) => string };
  return stripDevDocs(path, readFileSync(path, 'utf8'));
}

describe('production bundles without the rules\' docs and the weights\' reasons', () => {
  const files = [
    ...readdirSync(join(ROOT, 'src/core/reading')).map((f) => join(ROOT, 'src/core/reading', f)),
    join(ROOT, 'src/core/evidence/weights.ts'),
    join(ROOT, 'src/core/periods.ts'),
  ];

  it('strips every one-line doc, example and reason, and keeps every rule', async () => {
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const out = await stripped(file);
      assert.doesNotMatch(out, /^\s*(?:doc|example):\s*['"`]/m, file);
      if (file.endsWith('weights.ts')) assert.doesNotMatch(out, /reason:\s*['"`]/, file);
      // The period forms keep their matchers and lose the patterns those are tested against.
      if (file.endsWith('periods.ts')) {
        assert.doesNotMatch(out, /pattern:\s*`/, file);
        assert.equal((out.match(/match: match\.\w+/g) ?? []).length, (source.match(/match: match\.\w+/g) ?? []).length, file);
      }
      // The rules keep their ids, in order.
      assert.deepEqual(out.match(/id: '[^']+'/g) ?? [], source.match(/id: '[^']+'/g) ?? [], file);
    }
  });

  it('keeps the weights: the same features and values', async () => {
    const out = await stripped(join(ROOT, 'src/core/evidence/weights.ts'));
    const weights = (text: string): string[] => text.match(/'[\w.-]+': \{ weight: -?[\d.]+/g) ?? [];
    const source = readFileSync(join(ROOT, 'src/core/evidence/weights.ts'), 'utf8');
    assert.ok(weights(source).length > 20);
    assert.deepEqual(weights(out), weights(source));
  });
});

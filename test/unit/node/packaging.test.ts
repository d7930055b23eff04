// The .vsix holds only what .vscodeignore lets in: a bundle the Node extension requires on first use but that
// is left out would fail only in an installed extension, never in the tests, which run from the folder.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/engine';

describe('the packaged extension', () => {
  it('lets in every bundle the build writes for the Node extension', () => {
    const build = readFileSync(join(repoRoot(), 'scripts/build.mjs'), 'utf8');
    const ignore = readFileSync(join(repoRoot(), '.vscodeignore'), 'utf8').split('\n').map((line) => line.trim());
    // Side bundles are named in the build as "'src/…': 'name.js'" pairs; the entry and the main bundle by outfile.
    const sideBundles = [...build.matchAll(/'src\/[^']+\.ts':\s*'([\w-]+\.js)'/g)].map((m) => m[1]);
    const outfiles = [...build.matchAll(/outfile:\s*'(dist\/extension[\w-]*\.js)'/g)].map((m) => m[1]);
    assert.ok(sideBundles.includes('extension-config.js') && outfiles.includes('dist/extension-main.js'), 'the build names its bundles as this test expects');
    const nodeSideBundles = sideBundles.filter((name) => !name.startsWith('cli-'));
    const missing = [...nodeSideBundles.map((name) => `dist/${name}`), ...outfiles].filter((file) => !ignore.includes(`!${file}`));
    assert.deepEqual(missing, []);
  });

  it('lets in every file the built Node extension requires beside it (lazy modules, the bundled datasets)', () => {
    const ignore = readFileSync(join(repoRoot(), '.vscodeignore'), 'utf8').split('\n').map((line) => line.trim());
    const bundle = readFileSync(join(repoRoot(), 'dist/extension-main.js'), 'utf8');
    const required = [...new Set([...bundle.matchAll(/require\("\.\/([\w.-]+)"\)/g)].map((m) => `dist/${m[1]}`))];
    assert.ok(required.includes('dist/bundled-datasets.json') && required.includes('dist/footnote.js'), required.join(', '));
    assert.deepEqual(required.filter((file) => !ignore.includes(`!${file}`)), []);
  });
});

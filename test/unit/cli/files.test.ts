import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverFiles, segmentRegExp } from '../../../src/cli/files';

describe('cli file discovery', () => {
  let root: string;
  let previous: string;

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'factdesk-files-'));
    const files = [
      'a.md',
      'b.markdown',
      'notes.txt',
      'README.MD',
      'docs/one.md',
      'docs/two.md',
      'docs/image.png',
      'docs/deep/three.md',
      'docs/deep/deeper/four.markdown',
      'docs/.hidden/secret.md',
      'docs/.dotfile.md',
      'node_modules/pkg/readme.md',
      'docs/node_modules/x.md',
      '.git/x.md',
      'space dir/five.md',
    ];
    for (const file of files) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), '# x\n');
    }
    symlinkSync(join(root, 'docs'), join(root, 'docs', 'deep', 'loop'));
    symlinkSync(join(root, 'a.md'), join(root, 'docs', 'deep', 'linked.md'));
    previous = process.cwd();
    process.chdir(root);
  });

  after(() => {
    process.chdir(previous);
    rmSync(root, { recursive: true, force: true });
  });

  it('takes a named file whatever its extension', () => {
    assert.deepEqual(discoverFiles(['notes.txt', 'a.md']), { files: ['notes.txt', 'a.md'], errors: [] });
  });

  it('searches directories recursively for *.md and *.markdown, skipping node_modules, dot-dirs and linked directories', () => {
    assert.deepEqual(discoverFiles(['docs']), {
      files: ['docs/.dotfile.md', 'docs/deep/deeper/four.markdown', 'docs/deep/linked.md', 'docs/deep/three.md', 'docs/one.md', 'docs/two.md'],
      errors: [],
    });
  });

  it('searches the current directory with "."', () => {
    const { files, errors } = discoverFiles(['.']);
    assert.deepEqual(errors, []);
    assert.deepEqual(files, [
      'README.MD',
      'a.md',
      'b.markdown',
      'docs/.dotfile.md',
      'docs/deep/deeper/four.markdown',
      'docs/deep/linked.md',
      'docs/deep/three.md',
      'docs/one.md',
      'docs/two.md',
      'space dir/five.md',
    ]);
  });

  it('keeps the directory as written', () => {
    assert.deepEqual(discoverFiles(['./docs/deep/']).files, ['./docs/deep/deeper/four.markdown', './docs/deep/linked.md', './docs/deep/three.md']);
    // A linked directory named on the command line is searched.
    assert.deepEqual(discoverFiles(['docs/deep/loop/deep']).files, ['docs/deep/loop/deep/deeper/four.markdown', 'docs/deep/loop/deep/linked.md', 'docs/deep/loop/deep/three.md']);
  });

  it('lists each file once', () => {
    assert.deepEqual(discoverFiles(['docs/one.md', 'docs', './docs/one.md']).files, [
      'docs/one.md',
      'docs/.dotfile.md',
      'docs/deep/deeper/four.markdown',
      'docs/deep/linked.md',
      'docs/deep/three.md',
      'docs/two.md',
    ]);
  });

  it('expands * and ? within one segment, not matching leading dots', () => {
    assert.deepEqual(discoverFiles(['*.md']).files, ['a.md']);
    assert.deepEqual(discoverFiles(['docs/*.md']).files, ['docs/one.md', 'docs/two.md']);
    assert.deepEqual(discoverFiles(['docs/t?o.md']).files, ['docs/two.md']);
    assert.deepEqual(discoverFiles(['docs/*.png']).files, ['docs/image.png']);
    assert.deepEqual(discoverFiles(['*/*.md']).files, ['docs/one.md', 'docs/two.md', 'space dir/five.md']);
  });

  it('expands ** across directories', () => {
    assert.deepEqual(discoverFiles(['docs/**/*.md']).files, ['docs/one.md', 'docs/two.md', 'docs/deep/linked.md', 'docs/deep/three.md']);
    assert.deepEqual(discoverFiles(['**/*.markdown']).files, ['b.markdown', 'docs/deep/deeper/four.markdown']);
    // A trailing ** is searched like a directory: Markdown only, dot-files included as in a directory walk.
    assert.deepEqual(discoverFiles(['docs/**']).files, [
      'docs/.dotfile.md',
      'docs/deep/deeper/four.markdown',
      'docs/deep/linked.md',
      'docs/deep/three.md',
      'docs/one.md',
      'docs/two.md',
    ]);
  });

  it('lets a pattern name a dot-directory explicitly', () => {
    assert.deepEqual(discoverFiles(['docs/.hidden/*.md']).files, ['docs/.hidden/secret.md']);
  });

  it('expands absolute globs', () => {
    assert.deepEqual(discoverFiles([`${root}/docs/deep/*.md`]).files, [`${root}/docs/deep/linked.md`, `${root}/docs/deep/three.md`]);
  });

  it('reports missing paths and empty globs, naming them', () => {
    assert.deepEqual(discoverFiles(['missing.md', 'nothing/*.md', 'docs/*.txt', 'a.md']), {
      files: ['a.md'],
      errors: [
        'missing.md: no such file or directory',
        'nothing/*.md: no files match this pattern',
        'docs/*.txt: no files match this pattern',
      ],
    });
  });

  it('compiles segments', () => {
    assert.ok(segmentRegExp('*.md').test('a.md'));
    assert.ok(!segmentRegExp('*.md').test('.a.md'));
    assert.ok(!segmentRegExp('*.md').test('a.mdx'));
    assert.ok(segmentRegExp('[ab].md').test('b.md'));
    assert.ok(!segmentRegExp('[!ab].md').test('b.md'));
    assert.ok(segmentRegExp('[!ab].md').test('c.md'));
    assert.ok(segmentRegExp('a+(b).md').test('a+(b).md'));
    assert.ok(segmentRegExp('draft-?.md').test('draft-1.md'));
    assert.ok(!segmentRegExp('draft-?.md').test('draft-10.md'));
  });
});

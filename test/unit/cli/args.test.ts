import { strict as assert } from 'node:assert';
import { parseArgs } from '../../../src/cli/args';

describe('cli args', () => {
  it('parses check with defaults', () => {
    assert.deepEqual(parseArgs(['check', 'a.md']), {
      kind: 'check',
      options: { format: 'text', datasets: [], bundled: true, quiet: false, inputs: ['a.md'] },
    });
  });

  it('parses every option, in both --name value and --name=value forms', () => {
    assert.deepEqual(
      parseArgs(['check', '--format', 'json', 'a.md', '--dataset', 'x.facts.json', '--dataset=dir', '--no-bundled', '--quiet', 'docs']),
      {
        kind: 'check',
        options: { format: 'json', datasets: ['x.facts.json', 'dir'], bundled: false, quiet: true, inputs: ['a.md', 'docs'] },
      },
    );
    const sarif = parseArgs(['check', '--format=sarif', '-q', 'a.md']);
    assert.equal(sarif.kind, 'check');
    if (sarif.kind === 'check') {
      assert.equal(sarif.options.format, 'sarif');
      assert.equal(sarif.options.quiet, true);
    }
  });

  it('treats everything after -- as input', () => {
    assert.deepEqual(parseArgs(['check', '--', '--help', '-q']), {
      kind: 'check',
      options: { format: 'text', datasets: [], bundled: true, quiet: false, inputs: ['--help', '-q'] },
    });
  });

  it('recognises --help and --version anywhere', () => {
    assert.deepEqual(parseArgs(['--help']), { kind: 'help' });
    assert.deepEqual(parseArgs(['check', 'a.md', '-h']), { kind: 'help' });
    assert.deepEqual(parseArgs(['help']), { kind: 'help' });
    assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
    assert.deepEqual(parseArgs(['check', '-v']), { kind: 'version' });
  });

  const bad: [string[], RegExp][] = [
    [[], /missing command/],
    [['lint', 'a.md'], /unknown command "lint"/],
    [['--format', 'json'], /expected a command/],
    [['check'], /no input/],
    [['check', '--format', 'xml', 'a.md'], /unknown format "xml"/],
    [['check', 'a.md', '--format'], /--format needs a value/],
    [['check', 'a.md', '--format='], /--format needs a value/],
    [['check', 'a.md', '--dataset'], /--dataset needs a value/],
    [['check', '--format', 'json', '--format', 'text', 'a.md'], /given twice/],
    [['check', '--bogus', 'a.md'], /unknown option "--bogus"/],
    [['check', '--quiet=yes', 'a.md'], /--quiet takes no value/],
    [['check', '-'], /stdin/],
  ];
  for (const [argv, message] of bad) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      const command = parseArgs(argv);
      assert.equal(command.kind, 'usage-error');
      if (command.kind === 'usage-error') assert.match(command.message, message);
    });
  }
});

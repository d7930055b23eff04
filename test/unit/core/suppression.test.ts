import { strict as assert } from 'node:assert';
import { checkDocument } from '../../../src/core';
import { bundledIndex } from '../support/engine';

const WRONG = 'Shodan lists 81,166 Hikvision devices in Hungary.';

function codes(text: string): string[] {
  return checkDocument(text, bundledIndex()).findings.filter((f) => f.code !== 'missing-citation').map((f) => f.code);
}

describe('suppression comments', () => {
  it('the unsuppressed line warns (control)', () => assert.deepEqual(codes(WRONG), ['figure-mismatch']));
  it('disable-next-line silences the next line only', () => {
    assert.deepEqual(codes(`<!-- factdesk-disable-next-line -->\n${WRONG}\n\n${WRONG}\n`), ['figure-mismatch']);
  });
  it('disable-line silences its own line', () => {
    assert.deepEqual(codes(`${WRONG} <!-- factdesk-disable-line -->`), []);
  });
  it('disable … enable silences a region', () => {
    assert.deepEqual(codes(`<!-- factdesk-disable -->\n\n${WRONG}\n\n<!-- factdesk-enable -->\n\n${WRONG}\n`), ['figure-mismatch']);
  });
  it('names codes: other codes still report', () => {
    assert.deepEqual(codes(`<!-- factdesk-disable-next-line figure-mismatch -->\n${WRONG}\n`), []);
    assert.deepEqual(codes(`<!-- factdesk-disable-next-line period-mismatch -->\n${WRONG}\n`), ['figure-mismatch']);
  });
  it('a comment inside a code block suppresses nothing', () => {
    assert.deepEqual(codes('```\n<!-- factdesk-disable -->\n```\n\n' + WRONG), ['figure-mismatch']);
  });
  it('severity options turn codes off or change them', () => {
    const off = checkDocument(WRONG, bundledIndex(), { severity: { 'figure-mismatch': 'off' } }).findings;
    assert.ok(!off.some((f) => f.code === 'figure-mismatch'));
    const error = checkDocument(WRONG, bundledIndex(), { severity: { 'figure-mismatch': 'error' } }).findings;
    assert.equal(error.find((f) => f.code === 'figure-mismatch')?.severity, 'error');
  });
});

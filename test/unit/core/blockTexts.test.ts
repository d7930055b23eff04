// An editor's memory of block texts: what the check before read is reused, nothing older is kept, and
// no check can change what the next one reads.
import assert from 'node:assert/strict';
import { checkWholeDocument, SectionChecker } from '../../../src/core/check';
import { BlockTextMemory } from '../../../src/core/reading/blockTexts';
import { readClaims } from '../../../src/core/claims';
import { parseProse } from '../../../src/core/prose';
import { bundledIndex } from '../support/engine';

const TEXT = 'Shodan lists 81,166 Hikvision devices in Hungary and 3,567 in Moldava.';

describe('block text memory', () => {
  it('answers a text the check before read from memory, and forgets texts two checks old', () => {
    const memory = new BlockTextMemory(bundledIndex());
    memory.startReading();
    const first = memory.numbers(TEXT);
    memory.startReading();
    assert.equal(memory.numbers(TEXT), first, 'read by the check before: the same reading');
    memory.startReading();
    memory.startReading();
    const later = memory.numbers(TEXT);
    assert.notEqual(later, first, 'not read by the check before: read again');
    assert.deepEqual(later, first);
  });

  it('gives each check a list of names of its own: typos a check adds stay out of the next', () => {
    const memory = new BlockTextMemory(bundledIndex());
    memory.startReading();
    const names = memory.names(TEXT);
    const count = names.hits.length;
    assert.ok(count > 0);
    names.hits.push({ ...names.hits[0]!, start: 60, end: 67 });
    memory.startReading();
    assert.equal(memory.names(TEXT).hits.length, count);
  });

  it('keeps a text\'s periods, measure words and sentences\' words for the next check, which changes none of them', () => {
    const index = bundledIndex();
    const dated = 'In 2023 Shodan listed 18,166 Hikvision devices in Hungary. By May 2024 it listed 3,567 Dahua devices.';
    const doc = parseProse(`# Cameras\n\nThe ministry bought 139 cameras in 2022.\n\n${dated}\n`);
    const block = doc.blocks.find((b) => b.text.startsWith(dated))!.text;
    const memory = new BlockTextMemory(index);
    const read = (): string[] => {
      memory.startReading();
      return readClaims(doc, index, memory).claims.map((c) => `${c.figure.value} ${JSON.stringify(c.period)}`);
    };
    const first = read();
    const kept = { periods: memory.periods(block), concepts: memory.concepts(block), sentences: memory.sentences(block) };
    assert.ok(kept.periods.length >= 2 && kept.concepts.size > 0 && kept.sentences.size === 2, 'the check read them');
    const shape = (): string => JSON.stringify([kept.periods, [...kept.concepts], [...kept.sentences].map(([k, w]) => [k, [...w.all], w.starts, w.perWord])]);
    const before = shape();
    assert.deepEqual(read(), first, 'the next check reads the same');
    assert.equal(memory.periods(block), kept.periods, 'from memory: the same periods');
    assert.equal(memory.concepts(block), kept.concepts);
    assert.equal(memory.sentences(block), kept.sentences);
    assert.equal(shape(), before, 'no check changed them');
  });

  it('leaves the results of an editor\'s checks as a fresh whole check gives them, edit after edit', () => {
    const index = bundledIndex();
    // One long section (no heading between the paragraphs): every edit reads all its blocks again.
    const paragraphs = Array.from({ length: 12 }, (_, n) => `Shodan lists ${18_000 + n} Hikvision devices in Hungary, and ${n % 2 ? 'Moldava' : 'Moldova'} has ${3_500 + n}.`);
    const checker = new SectionChecker(index);
    for (let edit = 0; edit < 6; edit++) {
      paragraphs[(edit * 5) % paragraphs.length] = edit % 2 ? TEXT : `In 2024 Shodan listed ${15_133 + edit} Hikvision devices in Hungary.`;
      const text = `# Cameras\n\n${paragraphs.join('\n\n')}\n`;
      assert.deepEqual(JSON.stringify(checker.check(text)), JSON.stringify(checkWholeDocument(text, index)), `after edit ${edit}`);
    }
  });
});

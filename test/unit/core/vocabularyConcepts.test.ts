// bringsAnyConcept answers, without building the list, what conceptsOfWords would: whether some word
// brings a wanted concept, two-word synonyms and the parts of hyphenated compounds included.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { checkDocument } from '../../../src/core';
import { Vocabulary } from '../../../src/core/vocabulary';
import { indexFor } from '../support/corpora';

describe('Vocabulary.bringsAnyConcept', () => {
  const vocabulary = indexFor('bundled+subject2').vocabulary;
  // Words of the datasets' synonym groups (single, paired and hyphenated) among everyday words.
  const words = fc.constantFrom(
    'local', 'governments', 'government', 'law', 'enforcement', 'facial-recognition', 'face', 'eighth-highest', 'highest',
    'cameras', 'devices', 'towns', 'online', 'exposed', 'bought', 'sold', 'exports', 'loans', 'the', 'of', 'and', 'Hungary',
    'municipalities', 'total', 'annual', 'capacity', 'share', 'percent', 'police', 'prisons', 'in', 'were', 'a',
  );
  const conceptsOf = (list: readonly string[]): Set<string> => vocabulary.conceptsOfWords(list, new Set());
  const allConcepts = [...conceptsOf(['local', 'governments', 'law', 'enforcement', 'facial-recognition', 'eighth-highest', 'cameras', 'towns', 'online', 'exports', 'loans', 'capacity', 'share'])];

  it('finds a two-word synonym only when both words stand in order', () => {
    const pair = vocabulary.conceptOf('local governments');
    assert.ok(pair.length > 0 && !pair.includes(' '), `"local governments" names a concept (${pair})`);
    const wanted = new Set([pair]);
    assert.equal(vocabulary.bringsAnyConcept(['the', 'local', 'governments'], wanted), conceptsOf(['the', 'local', 'governments']).has(pair));
    assert.equal(vocabulary.bringsAnyConcept(['governments', 'local'], wanted), conceptsOf(['governments', 'local']).has(pair));
  });

  it('agrees with conceptsOfWords on random word lists and wanted sets', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), fc.subarray(allConcepts, { maxLength: 4 }), (list, wantedList) => {
        const wanted = new Set(wantedList);
        const expected = [...conceptsOf(list)].some((concept) => wanted.has(concept));
        assert.equal(vocabulary.bringsAnyConcept(list, wanted), expected, `${list.join(' ')} / ${wantedList.join(', ')}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Vocabulary: a negated compound', () => {
  it('brings no concept of the word a prefix negates ("non-digital" is not "digital")', () => {
    const vocabulary = indexFor('bundled+subject39').vocabulary;
    const digital = vocabulary.conceptOf('digital');
    assert.ok(vocabulary.conceptsOfWords(['digital-only'], new Set()).has(digital), 'a compound brings its parts');
    assert.equal(vocabulary.conceptsOfWords(['non-digital'], new Set()).has(digital), false);
  });
});

describe('Vocabulary: a subject group named after a neutral one', () => {
  it('makes that concept a measure word of the subject, and leaves the other neutral groups neutral', () => {
    // The engine's own "export" is a verb shared by every measure; a subject with a group "exports" measures them.
    const own = new Vocabulary([{ topic: [], synonyms: { exports: ['exports', 'export', 'foreign sales'], cost: ['cost', 'worth'] }, generic: [], countedNouns: [], modifiers: [] }]);
    assert.equal(own.conceptOf('exports'), 'export');
    assert.equal(own.isNeutral('export'), false);
    // "cost" holds neutral words under another name: "spend" stays the engine's.
    assert.equal(own.isNeutral(own.conceptOf('worth')), true);
    assert.equal(new Vocabulary([]).isNeutral('export'), true);
  });

  it('lets a fact measured in such words be checked on its own sentence', () => {
    const index = indexFor('bundled+subject2');
    const codes = (text: string): string[] => checkDocument(text, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => f.code);
    assert.deepEqual(codes("Serbia's total exports were 11.2 billion euros in 2014.\n"), ['figure-verified']);
    assert.deepEqual(codes("Serbia's total exports were 12.1 billion euros in 2014.\n"), ['figure-mismatch']);
  });
});

describe('Vocabulary: a compound spelt with a hyphen', () => {
  it('brings what the words written apart bring: the phrase and each word', () => {
    const vocabulary = new Vocabulary([{ topic: [], synonyms: { 'data center': ['data center', 'data centre'] }, generic: [], countedNouns: [], modifiers: [] }]);
    const apart = vocabulary.conceptsOfWords(['data', 'centre'], new Set());
    const joined = vocabulary.conceptsOfWords(['data-centre'], new Set());
    assert.ok(apart.has('data center'));
    for (const concept of apart) assert.ok(joined.has(concept), `"data-centre" brings ${concept}`);
  });

  it('lets a fact whose keyword is the phrase be checked on the compound', () => {
    const index = indexFor('bundled+subject12');
    const read = (text: string): string[] => checkDocument(text, index).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${f.code}:${f.factId}`);
    assert.deepEqual(read("Sales in Nvidia's data-centre division rose to $30.8bn.\n"), ['figure-verified:nvidia-datacenter-q3-fy25']);
  });
});

describe('Vocabulary: a synonym of three words or more', () => {
  const vocabulary = new Vocabulary([{ topic: [], synonyms: { hospitalisation: ['hospitalisations', 'admitted to hospital', 'taken into intensive care'] }, generic: [], countedNouns: [], modifiers: [] }]);
  const concepts = (text: string): Set<string> => vocabulary.conceptsOfWords(text.split(' '), new Set());

  it('is read when its words stand in order, and not otherwise', () => {
    assert.ok(concepts('21,000 people were admitted to hospital').has('hospitalisation'));
    assert.ok(concepts('patients taken into intensive care').has('hospitalisation'));
    assert.ok(!concepts('admitted that the hospital').has('hospitalisation'));
    assert.ok(!concepts('hospital admitted to').has('hospitalisation'));
  });

  it('is found by bringsAnyConcept as conceptsOfWords finds it', () => {
    const wanted = new Set(['hospitalisation']);
    for (const text of ['were admitted to hospital', 'admitted that the hospital', 'taken into intensive care']) {
      assert.equal(vocabulary.bringsAnyConcept(text.split(' '), wanted), concepts(text).has('hospitalisation'), text);
    }
  });
});

describe('Vocabulary: a synonym written with a character that is no letter ("µg/m3", "R&D")', () => {
  it('is found in the text’s words, as the text is read', () => {
    const vocabulary = new Vocabulary([{ topic: ['µg/m3'], synonyms: { concentration: ['µg/m3', 'micrograms'], research: ['R&D', 'research'] }, generic: [], countedNouns: [], modifiers: [] }]);
    assert.ok(vocabulary.conceptsOfWords(['µg', 'm3'], new Set()).has('concentration'));
    assert.ok(vocabulary.conceptsOfWords(['R', 'D'], new Set()).has('research'));
    assert.ok(vocabulary.topicPattern.test('at 78 µg/m3 last year'));
  });

  it('makes a sentence whose only topic word it is one to check', () => {
    const text = 'In 2024 Bangladesh recorded 78 µg/m3.\n';
    const found = checkDocument(text, indexFor('bundled+subject307')).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);
    assert.deepEqual(found, ['78:figure-verified']);
  });

  it('is a measure word beside the figure when written with the micro sign', () => {
    // Pakistan's 73.7 given to Bangladesh: "µg/m3" is the only word of the measure.
    const text = 'Bangladesh followed at 73.7 µg/m3, ahead of Chad.\n';
    const found = checkDocument(text, indexFor('bundled+subject307')).findings.filter((f) => f.code !== 'missing-citation').map((f) => `${text.slice(f.start, f.end)}:${f.code}`);
    assert.deepEqual(found, ['73.7:figure-misattributed']);
  });
});

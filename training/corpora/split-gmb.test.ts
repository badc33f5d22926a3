import { describe, expect, it } from 'vitest';
import type { LabeledSentence } from './labeled-sentence.js';
import { splitGmb } from './split-gmb.js';

function sentenceNumbered(number: number): LabeledSentence {
  return { words: ['x'], tags: ['O'], docId: `gmb-${number}` };
}

function numbersOf(sentences: LabeledSentence[]): number[] {
  return sentences.map((sentence) => Number(sentence.docId.slice('gmb-'.length)));
}

describe('splitGmb', () => {
  it.each([
    [1, 'test'],
    [100, 'test'],
    [101, 'dev'],
    [200, 'dev'],
    [201, 'train'],
    [1000, 'train'],
    [1001, 'test'],
    [1101, 'dev'],
  ] as const)('puts sentence %i into %s', (number, part) => {
    const split = splitGmb([sentenceNumbered(number)]);
    expect(split[part]).toHaveLength(1);
  });

  it('puts a tenth of the sentences into test and a tenth into dev', () => {
    const split = splitGmb(Array.from({ length: 2000 }, (_, index) => sentenceNumbered(index + 1)));
    expect([split.train.length, split.dev.length, split.test.length]).toEqual([1600, 200, 200]);
  });

  it('does not depend on the order of the sentences', () => {
    const numbers = [5, 150, 999, 1050, 3, 120];
    const forward = splitGmb(numbers.map(sentenceNumbered));
    const backward = splitGmb(numbers.toReversed().map(sentenceNumbered));
    expect(numbersOf(backward.test).toSorted()).toEqual(numbersOf(forward.test).toSorted());
    expect(numbersOf(backward.dev).toSorted()).toEqual(numbersOf(forward.dev).toSorted());
  });

  it('rejects a sentence that readGmb did not name', () => {
    expect(() => splitGmb([{ words: [], tags: [], docId: 'conll-test-1' }])).toThrow('gmb-N');
  });
});

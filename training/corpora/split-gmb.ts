import type { LabeledSentence } from './labeled-sentence.js';

/**
 * The GMB extract is short VOA news texts in order without their boundaries (GMB 2.2.0 has about six
 * sentences per document), so neighbouring sentences share names and topics. A sentence-by-sentence split
 * would put the rest of each test article into training; blocks of 100 consecutive sentences keep most
 * articles on one side.
 */
const BLOCK_SIZE = 100;

/** A fixed train/dev/test split of GMB: 80%, 10%, 10% of the blocks. */
export interface GmbSplit {
  train: LabeledSentence[];
  dev: LabeledSentence[];
  test: LabeledSentence[];
}

/**
 * Splits GMB sentences (docId `gmb-N`, as `readGmb` makes them) by sentence number: block
 * floor((N - 1) / 100) goes to test when it ends in 0, to dev when it ends in 1, to train otherwise. The
 * split depends only on N, so it is the same for any subset or order of the sentences.
 */
export function splitGmb(sentences: readonly LabeledSentence[]): GmbSplit {
  const split: GmbSplit = { train: [], dev: [], test: [] };
  for (const sentence of sentences) {
    const number = Number(/^gmb-(\d+)$/.exec(sentence.docId)?.[1]);
    if (!Number.isInteger(number) || number < 1) {
      throw new RangeError(`splitGmb expects docIds "gmb-N" from readGmb, found "${sentence.docId}"`);
    }
    const block = Math.floor((number - 1) / BLOCK_SIZE) % 10;
    (block === 0 ? split.test : block === 1 ? split.dev : split.train).push(sentence);
  }
  return split;
}

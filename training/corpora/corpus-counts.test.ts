import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../eval/ner/conlleval.js';
import type { LabeledSentence } from './labeled-sentence.js';
import { type ConllSplit, readConllSplit } from './read-conll.js';
import { readGmb } from './read-gmb.js';
import { readUner } from './read-uner.js';
import { readWikiann } from './read-wikiann.js';

// The counts each corpus's README states; the readers must reproduce them exactly.

const DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const NER_DIR = `${DATA_DIR}ner/`;
const isSkipped = !existsSync(DATA_DIR) && process.env.NEWSGRAPH_REQUIRE_ALL !== '1';
const title = isSkipped ? `corpus counts (skipped: ${DATA_DIR} is missing)` : 'corpus counts';

interface CorpusCounts {
  documents: number;
  sentences: number;
  tokens: number;
  entities: number;
  byType?: Record<string, number>;
}

function countCorpus(sentences: readonly LabeledSentence[]): Required<CorpusCounts> {
  const byType: Record<string, number> = {};
  let entities = 0;
  for (const sentence of sentences) {
    for (const span of spansOf(sentence.tags)) {
      byType[span.type] = (byType[span.type] ?? 0) + 1;
      entities += 1;
    }
  }
  return {
    documents: new Set(sentences.map((sentence) => sentence.docId)).size,
    sentences: sentences.length,
    tokens: sentences.reduce((sum, sentence) => sum + sentence.words.length, 0),
    entities,
    byType,
  };
}

describe.skipIf(isSkipped)(title, () => {
  it('finds the shared data beside the repository', () => {
    expect(existsSync(DATA_DIR), `${DATA_DIR} is missing`).toBe(true);
  });

  it.each<[ConllSplit, CorpusCounts]>([
    [
      'train',
      {
        documents: 946,
        sentences: 14_041,
        tokens: 203_621,
        entities: 23_499,
        byType: { LOC: 7140, PER: 6600, ORG: 6321, MISC: 3438 },
      },
    ],
    [
      'valid',
      {
        documents: 216,
        sentences: 3250,
        tokens: 51_362,
        entities: 5942,
        byType: { PER: 1842, LOC: 1837, ORG: 1341, MISC: 922 },
      },
    ],
    [
      'test',
      {
        documents: 231,
        sentences: 3453,
        tokens: 46_435,
        entities: 5648,
        byType: { LOC: 1668, ORG: 1661, PER: 1617, MISC: 702 },
      },
    ],
  ])('reads CoNLL-2003 %s as its README counts it', (split, expected) => {
    expect(countCorpus(readConllSplit(`${NER_DIR}conll2003`, split))).toEqual(expected);
  });

  it('reads GMB as its README counts it, less the cut last sentence', () => {
    // The README counts 47,959 sentences, 1,048,575 tokens and 111,891 entities including the cut
    // sentence 47,959 ("Indian forces said they responded to the attack": 8 tokens, one gpe).
    expect(countCorpus(readGmb(`${NER_DIR}gmb/ner_dataset.csv`))).toEqual({
      documents: 47_958,
      sentences: 47_958,
      tokens: 1_048_575 - 8,
      entities: 111_891 - 1,
      byType: {
        geo: 37_644,
        tim: 20_333,
        org: 20_143,
        per: 16_990,
        gpe: 15_870 - 1,
        art: 402,
        eve: 308,
        nat: 201,
      },
    });
  });

  it.each<[string, CorpusCounts]>([
    // The README's train counts are those of the early snapshot with OTH and B-O dropped, as readUner reads it.
    [
      'train',
      {
        documents: 540,
        sentences: 12_543,
        tokens: 204_579,
        entities: 7005,
        byType: { PER: 2873, LOC: 2698, ORG: 1434 },
      },
    ],
    [
      'dev',
      {
        documents: 318,
        sentences: 2001,
        tokens: 25_149,
        entities: 966,
        byType: { LOC: 399, PER: 343, ORG: 224 },
      },
    ],
    [
      'test',
      {
        documents: 316,
        sentences: 2077,
        tokens: 25_097,
        entities: 1088,
        byType: { PER: 449, ORG: 322, LOC: 317 },
      },
    ],
  ])('reads UNER English-EWT %s as its README counts it', (split, expected) => {
    expect(countCorpus(readUner(`${NER_DIR}uner-en-ewt/en_ewt-ud-${split}.iob2`))).toEqual(expected);
  });

  it.each<[string, CorpusCounts]>([
    [
      'train',
      {
        documents: 20_000,
        sentences: 20_000,
        tokens: 160_394,
        entities: 27_931,
        byType: { ORG: 9422, LOC: 9345, PER: 9164 },
      },
    ],
    ['dev', { documents: 10_000, sentences: 10_000, tokens: 80_536, entities: 14_146 }],
    ['test', { documents: 10_000, sentences: 10_000, tokens: 80_326, entities: 13_958 }],
  ])('reads WikiANN English %s as its README counts it', (split, expected) => {
    const { byType, ...totals } = countCorpus(readWikiann(`${NER_DIR}wikiann-en/${split}`));
    // The README gives per-type counts for train only.
    expect(expected.byType === undefined ? totals : { ...totals, byType }).toEqual(expected);
  });
});

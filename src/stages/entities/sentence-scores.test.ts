import { describe, expect, it } from 'vitest';
import { documentCasing } from './document-casing.js';
import { documentContexts } from './document-contexts.js';
import { mix } from './feature-hash.js';
import { createLabelSet } from './label-set.js';
import { documentTypeCounts, labelHashesOf, predictionFeatures } from './prediction-features.js';
import { QuantizedWeights } from './quantized-weights.js';
import { ScoreCache } from './score-cache.js';
import { type SentenceContext, type SentenceFeatures, sentenceFeatures } from './sentence-features.js';
import { addPredictionScores, addSentenceScores } from './sentence-scores.js';

const labelSet = createLabelSet(['PER', 'LOC']);
const size = labelSet.labels.length;
const LABELS = 2 * size;

/** Whole-number weights for every feature of `groups`, on a few labels each, made up from the key. */
function weightsFor(groups: readonly SentenceFeatures[]): QuantizedWeights {
  const keys = [...new Set(groups.flatMap((group) => Array.from(group.features)))].sort((a, b) => a - b);
  const rowStarts = [0];
  const labels: number[] = [];
  const weights: number[] = [];
  for (const key of keys) {
    for (let label = 0; label < LABELS; label++) {
      const weight = mix(key, label) % 1000;
      if (weight % 3 === 0) continue;
      labels.push(label);
      weights.push(weight * 30);
    }
    rowStarts.push(labels.length);
  }
  return new QuantizedWeights(
    LABELS,
    Int32Array.from(keys),
    Uint32Array.from(rowStarts),
    Uint8Array.from(labels),
    Int16Array.from(weights),
  );
}

/** What adding up each word's features one by one gives. */
function expectedScores(weights: QuantizedWeights, features: SentenceFeatures): number[] {
  const count = features.offsets.length - 1;
  const out = new Float32Array(count * LABELS);
  for (let i = 0; i < count; i++) {
    weights.addScores(
      features.features,
      features.offsets[i] as number,
      features.offsets[i + 1] as number,
      out,
      i * LABELS,
    );
  }
  return Array.from(out);
}

const document = [
  ['Peter', 'Blackburn', 'arrived', 'in', 'Oslo', 'on', 'Monday', '.'],
  ['BLACKBURN', 'SPEAKS', 'IN', 'OSLO'],
  ['Oslo', 'welcomed', 'Blackburn', ',', 'who', 'left', 'Oslo', 'for', 'Riga', '.'],
  ['x'.repeat(60)],
  [],
  Array.from({ length: 40 }, (_, i) => `word${i % 23}`),
];
const clusters: Record<string, string> = { Oslo: '0110101101', Riga: '0110101100', Monday: '1110' };
const clusterOf = (word: string) => clusters[word];
const gazetteerOf = (words: readonly string[]) =>
  words.map((word, i) =>
    word === 'Oslo' || word === 'Riga'
      ? ['city-U']
      : word === 'Peter' && i === 0
        ? ['person-B', 'name-U']
        : [],
  );
const casing = documentCasing(document);
const elsewhere = documentContexts(document);
const contexts: SentenceContext[] = document.map((words) => ({
  words,
  gazetteer: gazetteerOf(words),
  clusterOf,
  casing,
  contexts: elsewhere,
}));

describe('addSentenceScores', () => {
  const features = contexts.map(sentenceFeatures);
  const weights = weightsFor(features);

  it.each([
    ['a cache that holds the whole document', 1024],
    ['a cache that forgets and reuses slots within a sentence', 8],
  ])('scores every word as the sum of its features, with %s', (_case, generationSize) => {
    const cache = new ScoreCache(weights, clusterOf, generationSize);
    for (let round = 0; round < 3; round++) {
      contexts.forEach((context, s) => {
        const out = new Float32Array(context.words.length * LABELS);
        addSentenceScores(cache, context, out);
        expect(Array.from(out)).toEqual(expectedScores(weights, features[s] as SentenceFeatures));
      });
    }
    expect(cache.wordCount).toBeLessThanOrEqual(2 * generationSize);
  });

  it('refuses a generation too small to keep a word while its neighbours are scored', () => {
    expect(() => new ScoreCache(weights, clusterOf, 4)).toThrow(RangeError);
  });
});

describe('addPredictionScores', () => {
  // First-pass labels made up for each word: B-, L-, U-, O in turn.
  const firstPass = document.map((words) =>
    Int32Array.from(words, (_, i) => [1, 3, 4, 0, 8][i % 5] as number),
  );
  const features = predictionFeatures(document, firstPass, labelSet);
  const weights = weightsFor(features);

  it("scores every word's second-pass labels as the sum of its second-pass features", () => {
    const cache = new ScoreCache(weights, undefined, 64);
    const typeCounts = documentTypeCounts(document, firstPass, labelSet);
    const secondPass = (scores: ArrayLike<number>) =>
      Array.from(scores).filter((_, index) => index % LABELS >= size);
    document.forEach((words, s) => {
      const out = new Float32Array(words.length * LABELS);
      addPredictionScores(cache, labelHashesOf(labelSet), words, firstPass[s] as Int32Array, typeCounts, out);
      expect(secondPass(out)).toEqual(secondPass(expectedScores(weights, features[s] as SentenceFeatures)));
    });
  });
});

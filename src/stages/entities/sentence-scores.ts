import { addTypeFeatures, type DocumentTypeCounts, type LabelHashes } from './prediction-features.js';
import { ScoreCache } from './score-cache.js';
import {
  addContextFeatures,
  casingCode,
  createFeatureBuffer,
  type FeatureBuffer,
  NEIGHBOURS,
  type SentenceContext,
} from './sentence-features.js';
import { isAllCaps } from './token-shape.js';
import type { WordInfo } from './word-info.js';

/** Scratch room for one word's features, reused. */
const scratch: FeatureBuffer = createFeatureBuffer(64);

/**
 * Adds each word's score for every label, from all the features `sentenceFeatures` gives it, into
 * row `i` of `out` (rows `cache.weights.labelCount` wide): the remembered scores of the word, of
 * its four neighbours and of its casing, and the context features looked up one by one.
 */
export function addSentenceScores(cache: ScoreCache, context: SentenceContext, out: Float32Array): void {
  const { words, casing } = context;
  const count = words.length;
  const size = cache.weights.labelCount;
  const rowSize = cache.rowSize;
  const slots = new Int32Array(count);
  const infos: WordInfo[] = new Array(count);
  const shouting = isAllCaps(words);
  // Where, in its scores, each neighbour keeps what it gives the word at position i.
  const fromPrevious = (1 + NEIGHBOURS.previous) * size;
  const fromNext = (1 + NEIGHBOURS.next) * size;
  const fromSecondPrevious = (1 + NEIGHBOURS.secondPrevious) * size;
  const fromSecondNext = (1 + NEIGHBOURS.secondNext) * size;
  const edge = ScoreCache.EDGE * rowSize;
  // Each word is looked up two words before its scores are first used, and they are last used two
  // words after: a slot stays its word's for many more look-ups than that, however long the sentence.
  for (let j = 0; j < 2 && j < count; j++) {
    slots[j] = cache.word(words[j] as string);
    infos[j] = cache.info(slots[j] as number);
  }
  for (let i = 0; i < count; i++) {
    if (i + 2 < count) {
      slots[i + 2] = cache.word(words[i + 2] as string);
      infos[i + 2] = cache.info(slots[i + 2] as number);
    }
    const rows = cache.rows;
    const info = infos[i] as WordInfo;
    const own = (slots[i] as number) * rowSize;
    const previous = i > 0 ? (slots[i - 1] as number) * rowSize + fromPrevious : edge + fromPrevious;
    const next = i + 1 < count ? (slots[i + 1] as number) * rowSize + fromNext : edge + fromNext;
    const secondPrevious =
      i > 1 ? (slots[i - 2] as number) * rowSize + fromSecondPrevious : edge + fromSecondPrevious;
    const secondNext =
      i + 2 < count ? (slots[i + 2] as number) * rowSize + fromSecondNext : edge + fromSecondNext;
    const written = casing
      ? cache.casing(info.hShort, casingCode(casing, info, i === 0, shouting))
      : cache.zeros;
    const base = i * size;
    for (let label = 0; label < size; label++) {
      out[base + label] =
        (out[base + label] as number) +
        (rows[own + label] as number) +
        (rows[previous + label] as number) +
        (rows[next + label] as number) +
        (rows[secondPrevious + label] as number) +
        (rows[secondNext + label] as number) +
        (written[label] as number);
    }
    scratch.length = 0;
    addContextFeatures(context, infos, i, shouting, scratch);
    cache.weights.addScores(scratch.hashes, 0, scratch.length, out, base);
  }
}

/**
 * Adds each word's score for the second pass's labels from its features (`predictionFeatures`)
 * into row `i` of `out`: the remembered scores of the first-pass labels here and next door, and
 * the types the word received elsewhere in the document looked up one by one. The first pass's
 * columns, which the first pass is done with, may or may not receive the weights a feature has
 * there.
 */
export function addPredictionScores(
  cache: ScoreCache,
  hashes: LabelHashes,
  words: readonly string[],
  firstPass: Int32Array,
  typeCounts: DocumentTypeCounts,
  out: Float32Array,
): void {
  const count = words.length;
  const size = cache.weights.labelCount;
  const secondPass = hashes.labels.length;
  for (let i = 0; i < count; i++) {
    const own = firstPass[i] as number;
    const counts = typeCounts.get((words[i] as string).toLowerCase());
    const row = cache.labels(
      hashes,
      i > 0 ? (firstPass[i - 1] as number) : -1,
      own,
      i + 1 < count ? (firstPass[i + 1] as number) : -1,
      !counts,
    );
    const base = i * size;
    for (let label = secondPass; label < size; label++) {
      out[base + label] = (out[base + label] as number) + (row[label] as number);
    }
    if (counts) {
      scratch.length = 0;
      addTypeFeatures(hashes, own, counts, scratch);
      cache.weights.addScores(scratch.hashes, 0, scratch.length, out, base);
    }
  }
}

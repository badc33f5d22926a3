import { spansFromBilou, type WordSpan } from './bilou.js';
import { documentCasing } from './document-casing.js';
import { documentContexts } from './document-contexts.js';
import { documentTypeCounts, labelHashesOf } from './prediction-features.js';
import { ScoreCache } from './score-cache.js';
import { type SentenceFeatures, sentenceFeatures } from './sentence-features.js';
import { addPredictionScores, addSentenceScores } from './sentence-scores.js';
import type { Tagger, TaggerModel } from './tagger-model.js';
import { largestTransitionsInto, viterbi } from './viterbi.js';

/** What the features look up beside the words: gazetteer matches and word clusters. */
export interface TaggerResources {
  matchGazetteer?: (words: readonly string[]) => string[][];
  clusterOf?: (word: string) => string | undefined;
}

/** The first-pass features of every sentence of a document, with the document's casing statistics. */
export function documentFeatures(
  sentences: readonly (readonly string[])[],
  model: Pick<TaggerModel, 'settings'>,
  resources: TaggerResources,
): SentenceFeatures[] {
  const casing = model.settings.casing ? documentCasing(sentences) : undefined;
  const contexts = model.settings.contexts ? documentContexts(sentences) : undefined;
  return sentences.map((words) =>
    sentenceFeatures({
      words,
      ...(model.settings.gazetteer && resources.matchGazetteer
        ? { gazetteer: resources.matchGazetteer(words) }
        : {}),
      ...(model.settings.clusters && resources.clusterOf ? { clusterOf: resources.clusterOf } : {}),
      ...(casing ? { casing } : {}),
      ...(contexts ? { contexts } : {}),
    }),
  );
}

/** Adds each word's feature weights into its row of `emissions` (rows `stride` labels wide). */
function addFeatureScores(
  weights: TaggerModel['weights'],
  features: SentenceFeatures,
  emissions: Float32Array,
  stride: number,
): void {
  const count = features.offsets.length - 1;
  for (let i = 0; i < count; i++) {
    weights.addScores(
      features.features,
      features.offsets[i] as number,
      features.offsets[i + 1] as number,
      emissions,
      i * stride,
    );
  }
}

/** Each word's score for each label (`words × labels`) from its features, and from `extra` features if given. */
function scoreSentence(
  model: TaggerModel,
  features: SentenceFeatures,
  extra?: SentenceFeatures,
): Float32Array {
  const size = model.labelSet.labels.length;
  const emissions = new Float32Array((features.offsets.length - 1) * size);
  addFeatureScores(model.weights, features, emissions, size);
  if (extra) addFeatureScores(model.weights, extra, emissions, size);
  return emissions;
}

/** The best label index of each word of one sentence. */
export function decodeSentence(
  model: TaggerModel,
  features: SentenceFeatures,
  extra?: SentenceFeatures,
): Int32Array {
  const count = features.offsets.length - 1;
  return viterbi(scoreSentence(model, features, extra), model.transitions, model.labelSet, count);
}

/**
 * Words whose scores each tagger remembers, per generation (see `ScoreCache`): at most 16,384
 * words of 1 kB of scores and their facts, 23 MB in all as measured. A day of news has more
 * distinct words, but the frequent ones make up most of the text.
 */
const CACHED_WORDS = 8192;
const caches = new WeakMap<Tagger['weights'], Map<TaggerResources['clusterOf'], ScoreCache>>();

function scoreCache(tagger: Tagger, clusterOf: TaggerResources['clusterOf']): ScoreCache {
  let byClusters = caches.get(tagger.weights);
  if (!byClusters) {
    byClusters = new Map();
    caches.set(tagger.weights, byClusters);
  }
  let cache = byClusters.get(clusterOf);
  if (!cache) {
    cache = new ScoreCache(tagger.weights, clusterOf, CACHED_WORDS);
    byClusters.set(clusterOf, cache);
  }
  return cache;
}

/**
 * Every word's scores of a document, reused from document to document: grown up to documents of
 * `KEPT_WORDS` words (6.6 MB with 50 labels); a longer document gets an array of its own.
 */
const KEPT_WORDS = 32_768;
let documentScores = new Float32Array(4096);

/** The label indices of every sentence of a document, after both passes. */
export function labelDocument(
  tagger: Tagger,
  sentences: readonly (readonly string[])[],
  resources: TaggerResources,
): Int32Array[] {
  const { labelSet, weightScale, settings, secondTransitions } = tagger;
  const size = labelSet.labels.length;
  const clusterOf = settings.clusters ? resources.clusterOf : undefined;
  const cache = scoreCache(tagger, clusterOf);
  const stride = cache.weights.labelCount;
  const casing = settings.casing ? documentCasing(sentences) : undefined;
  const contexts = settings.contexts ? documentContexts(sentences) : undefined;
  // Both passes' scores of a feature are added at once: columns 0..size-1 then size..2*size-1.
  let wordCount = 0;
  for (const words of sentences) wordCount += words.length;
  if (wordCount <= KEPT_WORDS && documentScores.length < wordCount * stride) {
    documentScores = new Float32Array(Math.min(wordCount * 2, KEPT_WORDS) * stride);
  }
  const all = wordCount <= KEPT_WORDS ? documentScores : new Float32Array(wordCount * stride);
  all.fill(0, 0, wordCount * stride);
  let start = 0;
  const scores = sentences.map((words) => {
    const emissions = all.subarray(start, start + words.length * stride);
    start += words.length * stride;
    addSentenceScores(
      cache,
      {
        words,
        ...(settings.gazetteer && resources.matchGazetteer
          ? { gazetteer: resources.matchGazetteer(words) }
          : {}),
        ...(clusterOf ? { clusterOf } : {}),
        ...(casing ? { casing } : {}),
        ...(contexts ? { contexts } : {}),
      },
      emissions,
    );
    return emissions;
  });
  const firstLayout = {
    stride,
    scale: weightScale,
    largestInto: largestTransitionsInto(tagger.firstTransitions, labelSet),
  };
  const first = scores.map((emissions, s) =>
    viterbi(emissions, tagger.firstTransitions, labelSet, sentences[s]?.length ?? 0, firstLayout),
  );
  if (!secondTransitions) return first;
  const secondLayout = {
    stride,
    offset: size,
    scale: weightScale,
    largestInto: largestTransitionsInto(secondTransitions, labelSet),
  };
  const hashes = labelHashesOf(labelSet);
  const typeCounts = documentTypeCounts(sentences, first, labelSet);
  return sentences.map((words, s) => {
    const emissions = scores[s] as Float32Array;
    addPredictionScores(cache, hashes, words, first[s] as Int32Array, typeCounts, emissions);
    return viterbi(emissions, secondTransitions, labelSet, words.length, secondLayout);
  });
}

/** Tags every sentence of a document (sentences as word lists) and returns the entities of each. */
export function tagDocument(
  tagger: Tagger,
  sentences: readonly (readonly string[])[],
  resources: TaggerResources,
): WordSpan[][] {
  const labels = tagger.labelSet.labels;
  return labelDocument(tagger, sentences, resources).map((path) =>
    spansFromBilou(Array.from(path, (index) => labels[index] ?? 'O')),
  );
}

import { spansFromBilou, type WordSpan } from './bilou.js';
import { documentCasing } from './document-casing.js';
import { predictionFeatures } from './prediction-features.js';
import { type SentenceFeatures, sentenceFeatures } from './sentence-features.js';
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
  return sentences.map((words) =>
    sentenceFeatures({
      words,
      ...(model.settings.gazetteer && resources.matchGazetteer
        ? { gazetteer: resources.matchGazetteer(words) }
        : {}),
      ...(model.settings.clusters && resources.clusterOf ? { clusterOf: resources.clusterOf } : {}),
      ...(casing ? { casing } : {}),
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

/** The label indices of every sentence of a document, after both passes. */
export function labelDocument(
  tagger: Tagger,
  sentences: readonly (readonly string[])[],
  resources: TaggerResources,
): Int32Array[] {
  const { labelSet, weights, weightScale, secondTransitions } = tagger;
  const size = labelSet.labels.length;
  const stride = weights.labelCount;
  // One look-up per feature scores both passes: columns 0..size-1 then size..2*size-1.
  const scores = documentFeatures(sentences, tagger, resources).map((features) => {
    const emissions = new Float32Array((features.offsets.length - 1) * stride);
    addFeatureScores(weights, features, emissions, stride);
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
  return predictionFeatures(sentences, first, labelSet).map((extra, s) => {
    const emissions = scores[s] as Float32Array;
    addFeatureScores(weights, extra, emissions, stride);
    return viterbi(emissions, secondTransitions, labelSet, extra.offsets.length - 1, secondLayout);
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

import { spansFromBilou, type WordSpan } from './bilou.js';
import { documentCasing } from './document-casing.js';
import { predictionFeatures } from './prediction-features.js';
import { type SentenceFeatures, sentenceFeatures } from './sentence-features.js';
import type { Tagger, TaggerModel } from './tagger-model.js';
import { viterbi } from './viterbi.js';

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

/** Each word's score for each label (`words × labels`), on top of `initial` scores if given. */
export function scoreSentence(
  model: TaggerModel,
  features: SentenceFeatures,
  initial?: Float32Array,
): Float32Array {
  const size = model.labelSet.labels.length;
  const count = features.offsets.length - 1;
  const emissions = initial ? Float32Array.from(initial) : new Float32Array(count * size);
  for (let i = 0; i < count; i++) {
    model.weights.addScores(
      features.features,
      features.offsets[i] as number,
      features.offsets[i + 1] as number,
      emissions,
      i * size,
    );
  }
  return emissions;
}

/** The best label index of each word of one sentence. */
export function decodeSentence(
  model: TaggerModel,
  features: SentenceFeatures,
  initial?: Float32Array,
): Int32Array {
  const count = features.offsets.length - 1;
  return viterbi(scoreSentence(model, features, initial), model.transitions, model.labelSet, count);
}

/** The label indices of every sentence of a document, after both passes. */
export function labelDocument(
  tagger: Pick<Tagger, 'first' | 'second'>,
  sentences: readonly (readonly string[])[],
  resources: TaggerResources,
): Int32Array[] {
  const { labelSet } = tagger.first;
  const scores = documentFeatures(sentences, tagger.first, resources).map((features) =>
    scoreSentence(tagger.first, features),
  );
  const first = scores.map((emissions, s) =>
    viterbi(emissions, tagger.first.transitions, labelSet, sentences[s]?.length ?? 0),
  );
  const second = tagger.second;
  if (!second) return first;
  // The second pass adds its weights for the document-wide features to the first pass's scores.
  return predictionFeatures(sentences, first, labelSet).map((features, s) =>
    decodeSentence(second, features, scores[s]),
  );
}

/** Tags every sentence of a document (sentences as word lists) and returns the entities of each. */
export function tagDocument(
  tagger: Pick<Tagger, 'first' | 'second'>,
  sentences: readonly (readonly string[])[],
  resources: TaggerResources,
): WordSpan[][] {
  const labels = tagger.first.labelSet.labels;
  return labelDocument(tagger, sentences, resources).map((path) =>
    spansFromBilou(Array.from(path, (index) => labels[index] ?? 'O')),
  );
}

import type { LabelSet } from '../../src/stages/entities/label-set.js';
import type { ModelParts } from '../../src/stages/entities/model-file.js';
import type { SentenceFeatures } from '../../src/stages/entities/sentence-features.js';
import { SparseWeights } from '../../src/stages/entities/sparse-weights.js';
import { decodeSentence } from '../../src/stages/entities/tag-document.js';
import type { FeatureSettings, TaggerModel } from '../../src/stages/entities/tagger-model.js';
import { TrainingWeights } from './training-weights.js';

/** One training sentence as the learner sees it: its features and the gold label of each word. */
export interface Example {
  features: SentenceFeatures;
  gold: Int32Array;
  /** More features of the same words: the second pass's document-wide ones. */
  extra?: SentenceFeatures;
}

export interface TrainOptions {
  labelSet: LabelSet;
  settings: FeatureSettings;
  epochs: number;
  seed: number;
  /** Scores the averaged model after each epoch (higher is better); the best epoch is kept. */
  evaluate?: (model: TaggerModel) => number;
  /** Weights smaller than this in magnitude are dropped from the saved model. */
  minWeight?: number;
  log?: (line: string) => void;
}

export interface Trained {
  parts: ModelParts;
  bestEpoch: number;
  devScore: number | undefined;
}

/** Trains one pass: an averaged structured perceptron with Viterbi decoding over BILOU labels. */
export function trainTagger(examples: readonly Example[], options: TrainOptions): Trained {
  const { labelSet } = options;
  const weights = new TrainingWeights(labelSet.labels.length);
  const learner: TaggerModel = {
    labelSet,
    weights,
    transitions: weights.transitions,
    settings: options.settings,
  };
  const random = seededRandom(options.seed);
  const order = examples.map((_, index) => index);
  let best: { score: number; epoch: number; parts: ReturnType<TrainingWeights['averaged']> } | undefined;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let errors = 0;
    for (const index of order) errors += learn(weights, learner, examples[index] as Example);
    const isLast = epoch === options.epochs;
    if (!options.evaluate && !isLast) continue;
    const parts = weights.averaged(options.minWeight ?? 0);
    const score = options.evaluate ? options.evaluate(modelOf(parts, labelSet, options.settings)) : epoch;
    options.log?.(
      `  epoch ${epoch}: ${errors} words wrong in training${options.evaluate ? `; dev ${score.toFixed(2)}` : ''}`,
    );
    if (!best || score > best.score) best = { score, epoch, parts };
  }
  if (!best) throw new Error('no epochs to train');
  return {
    parts: { types: [...labelSet.types], settings: options.settings, ...best.parts },
    bestEpoch: best.epoch,
    devScore: options.evaluate ? best.score : undefined,
  };
}

function learn(weights: TrainingWeights, model: TaggerModel, example: Example): number {
  const predicted = decodeSentence(model, example.features, example.extra);
  const { gold, features } = example;
  let errors = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] as number;
    const p = predicted[i] as number;
    if (g !== p) {
      errors++;
      for (const group of example.extra ? [features, example.extra] : [features]) {
        const from = group.offsets[i] as number;
        const to = group.offsets[i + 1] as number;
        weights.update(group.features, from, to, g, 1);
        weights.update(group.features, from, to, p, -1);
      }
    }
    if (i > 0) {
      const gFrom = gold[i - 1] as number;
      const pFrom = predicted[i - 1] as number;
      if (gFrom !== pFrom || g !== p) {
        weights.updateTransition(gFrom, g, 1);
        weights.updateTransition(pFrom, p, -1);
      }
    }
  }
  weights.step++;
  return errors;
}

/** A runnable model from model parts. */
export function modelOf(
  parts: Pick<ModelParts, 'keys' | 'rowStarts' | 'labels' | 'weights' | 'transitions'>,
  labelSet: LabelSet,
  settings: FeatureSettings,
): TaggerModel {
  return {
    labelSet,
    weights: new SparseWeights(
      labelSet.labels.length,
      parts.keys,
      parts.rowStarts,
      parts.labels,
      parts.weights,
    ),
    transitions: parts.transitions,
    settings,
  };
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
}

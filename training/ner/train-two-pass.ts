import { bilouFromSpans, spansFromBilou, spansFromIob } from '../../src/stages/entities/bilou.js';
import { createLabelSet, type LabelSet } from '../../src/stages/entities/label-set.js';
import type { ModelParts } from '../../src/stages/entities/model-file.js';
import { predictionFeatures } from '../../src/stages/entities/prediction-features.js';
import type { SentenceFeatures } from '../../src/stages/entities/sentence-features.js';
import {
  decodeSentence,
  documentFeatures,
  type TaggerResources,
} from '../../src/stages/entities/tag-document.js';
import type { FeatureSettings } from '../../src/stages/entities/tagger-model.js';
import { type Example, modelOf, trainTagger } from './train-tagger.js';

/** A labelled document: sentences of words with IOB2 tags in the model's type names. */
export interface LabeledDocument {
  id: string;
  sentences: { words: string[]; tags: string[] }[];
}

export interface TwoPassOptions {
  types: string[];
  settings: FeatureSettings;
  resources: TaggerResources;
  epochs: number;
  seed: number;
  /** Folds for the first pass's out-of-fold predictions, which the second pass learns from. */
  folds?: number;
  minWeight?: number;
  log?: (line: string) => void;
}

export interface TwoPassModel {
  first: ModelParts;
  second: ModelParts;
  card: Record<string, unknown>;
}

interface PreparedDocument {
  words: string[][];
  base: SentenceFeatures[];
  gold: Int32Array[];
}

/**
 * Trains the two passes. The second pass must learn from first-pass labels as wrong as they will
 * be on new text, so it learns from out-of-fold predictions: each fold is labelled by a first
 * pass trained without it. Epochs are chosen on the development documents.
 */
export function trainTwoPass(
  train: readonly LabeledDocument[],
  dev: readonly LabeledDocument[],
  options: TwoPassOptions,
): TwoPassModel {
  const labelSet = createLabelSet(options.types);
  const log = options.log ?? (() => {});
  const prepare = (documents: readonly LabeledDocument[]) =>
    documents.map((document) => prepareDocument(document, labelSet, options));
  const trainDocs = prepare(train);
  const devDocs = prepare(dev);
  const common = {
    labelSet,
    settings: options.settings,
    seed: options.seed,
    minWeight: options.minWeight ?? 0.05,
    log,
  };

  log('first pass');
  const first = trainTagger(
    examplesOf(trainDocs, (document) => document.base),
    {
      ...common,
      epochs: options.epochs,
      evaluate: (model) =>
        f1Of(
          devDocs,
          (document) => document.base.map((features) => decodeSentence(model, features)),
          labelSet,
        ),
    },
  );
  const firstModel = modelOf(first.parts, labelSet, options.settings);

  const folds = options.folds ?? 5;
  log(`out-of-fold first-pass labels (${folds} folds, ${first.bestEpoch} epochs each)`);
  const outOfFold: Int32Array[][] = new Array(trainDocs.length);
  for (let fold = 0; fold < folds; fold++) {
    const inFold = (index: number) => index % folds === fold;
    const trained = trainTagger(
      examplesOf(
        trainDocs.filter((_, index) => !inFold(index)),
        (document) => document.base,
      ),
      { ...common, epochs: first.bestEpoch, log: () => {} },
    );
    const model = modelOf(trained.parts, labelSet, options.settings);
    trainDocs.forEach((document, index) => {
      if (inFold(index)) outOfFold[index] = document.base.map((features) => decodeSentence(model, features));
    });
  }

  log('second pass');
  const secondExamples = (document: PreparedDocument, firstPass: Int32Array[]): Example[] =>
    predictionFeatures(document.words, firstPass, labelSet).map((extra, s) => ({
      features: document.base[s] as SentenceFeatures,
      extra,
      gold: document.gold[s] as Int32Array,
    }));
  const devExamples = devDocs.map((document) =>
    secondExamples(
      document,
      document.base.map((features) => decodeSentence(firstModel, features)),
    ),
  );
  const second = trainTagger(
    trainDocs.flatMap((document, index) => secondExamples(document, outOfFold[index] as Int32Array[])),
    {
      ...common,
      epochs: options.epochs,
      evaluate: (model) =>
        f1Of(
          devDocs,
          (document) =>
            (devExamples[devDocs.indexOf(document)] ?? []).map((example) =>
              decodeSentence(model, example.features, example.extra),
            ),
          labelSet,
        ),
    },
  );
  return {
    first: first.parts,
    second: second.parts,
    card: {
      firstPass: { epochs: first.bestEpoch, devF1: first.devScore },
      secondPass: { epochs: second.bestEpoch, devF1: second.devScore },
      folds,
      seed: options.seed,
    },
  };
}

function prepareDocument(
  document: LabeledDocument,
  labelSet: LabelSet,
  options: TwoPassOptions,
): PreparedDocument {
  const index = new Map(labelSet.labels.map((label, i) => [label, i]));
  const words = document.sentences.map((sentence) => sentence.words);
  return {
    words,
    base: documentFeatures(words, { settings: options.settings }, options.resources),
    gold: document.sentences.map((sentence) =>
      Int32Array.from(
        bilouFromSpans(spansFromIob(sentence.tags), sentence.words.length),
        (label) => index.get(label) ?? 0,
      ),
    ),
  };
}

function examplesOf(
  documents: readonly PreparedDocument[],
  featuresOf: (document: PreparedDocument) => SentenceFeatures[],
): Example[] {
  return documents.flatMap((document) =>
    featuresOf(document).map((features, s) => ({ features, gold: document.gold[s] as Int32Array })),
  );
}

/** Exact-span F1 (as conlleval counts it) of label paths against the gold labels. */
export function f1Of(
  documents: readonly PreparedDocument[],
  predict: (document: PreparedDocument) => Int32Array[],
  labelSet: LabelSet,
): number {
  let correct = 0;
  let predicted = 0;
  let gold = 0;
  const key = (span: { start: number; end: number; type: string }) =>
    `${span.start}:${span.end}:${span.type}`;
  const labelsOf = (path: Int32Array) => Array.from(path, (index) => labelSet.labels[index] ?? 'O');
  for (const document of documents) {
    const paths = predict(document);
    document.gold.forEach((goldPath, s) => {
      const goldSpans = new Set(spansFromBilou(labelsOf(goldPath)).map(key));
      const predictedSpans = spansFromBilou(labelsOf(paths[s] ?? new Int32Array(goldPath.length))).map(key);
      gold += goldSpans.size;
      predicted += predictedSpans.length;
      for (const span of predictedSpans) if (goldSpans.has(span)) correct++;
    });
  }
  return predicted === 0 || gold === 0 ? 0 : (200 * correct) / (predicted + gold);
}

import { bisectClusters } from './bisect-clusters.js';
import { chooseVocabulary, countWordForms } from './choose-vocabulary.js';
import { chooseContextFeatures } from './context-features.js';
import { countContexts } from './count-contexts.js';
import { lowerCaseAliases } from './lower-case-aliases.js';
import { weightContexts } from './weight-contexts.js';

export interface WordClusterOptions {
  /** Tokens a word (or its pooled rare case variants) needs to get a path. */
  minCount: number;
  /** How many of the most frequent words are context features; rarer neighbours count by shape. */
  contextWords: number;
  /** Relative positions of the context words, e.g. [-1, 1]. */
  positions: number[];
  maxBits: number;
  restarts: number;
  maxIterations: number;
  seed: number;
}

/**
 * Settings measured with score-clusters.ts (see README.md): a minimum count of 2 beat 3 and 1, the
 * immediate neighbours beat a window of two, and 1,000 context words beat 500 and 2,000.
 */
export const DEFAULT_CLUSTER_OPTIONS: WordClusterOptions = {
  minCount: 2,
  contextWords: 1000,
  positions: [-1, 1],
  maxBits: 20,
  restarts: 4,
  maxIterations: 30,
  seed: 20090604,
};

/** One line of a cluster file. */
export interface ClusteredWord {
  path: string;
  word: string;
}

export interface WordClusterBuild {
  entries: ClusteredWord[];
  tokens: number;
  /** Exact word forms with a path of their own. */
  exactWords: number;
  /** Lower-cased forms standing for their pooled rare case variants. */
  pooledWords: number;
  /** Lower-cased keys pointing at the path of their most frequent case variant. */
  aliases: number;
  /** Distinct paths (leaves of the hierarchy). */
  leaves: number;
}

/**
 * Word clusters from unlabeled sentences: positive-PMI context vectors of every frequent word, split
 * top-down by spherical 2-means into a binary hierarchy. Deterministic for a given text, order and seed.
 */
export function buildWordClusters(
  sentences: readonly (readonly string[])[],
  options: WordClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): WordClusterBuild {
  const formCounts = countWordForms(sentences);
  const vocabulary = chooseVocabulary(formCounts, options.minCount);
  const features = chooseContextFeatures(formCounts, options.contextWords);
  const matrix = countContexts(sentences, vocabulary, features, options.positions);
  weightContexts(matrix);
  const weights = Float64Array.from(vocabulary.counts, (count) => Math.log1p(count));
  const paths = bisectClusters(matrix, weights, options);
  const aliases = lowerCaseAliases(vocabulary, paths);
  return {
    entries: [...vocabulary.words.map((word, unit) => ({ path: paths[unit] as string, word })), ...aliases],
    tokens: sentences.reduce((sum, words) => sum + words.length, 0),
    exactWords: vocabulary.exactUnits,
    pooledWords: vocabulary.words.length - vocabulary.exactUnits,
    aliases: aliases.length,
    leaves: new Set(paths).size,
  };
}

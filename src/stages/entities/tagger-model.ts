import type { EmissionScorer } from './emission-scorer.js';
import type { LabelSet } from './label-set.js';

/** Which optional feature groups a model was trained with, and must be run with. */
export interface FeatureSettings {
  gazetteer: boolean;
  clusters: boolean;
  casing: boolean;
  /** Features of the words next to the same word elsewhere in the document (older models lack it). */
  contexts?: boolean;
}

/** A linear-chain tagger: per-label feature weights, label-to-label transitions, BILOU labels. */
export interface TaggerModel {
  labelSet: LabelSet;
  weights: EmissionScorer;
  /** `transitions[from * size + to]`. */
  transitions: Float32Array;
  settings: FeatureSettings;
}

/**
 * The entity tagger: a first pass over each sentence, and optionally a second pass that also sees
 * what the first pass found across the whole document. Both passes keep their weights in one
 * table, so a feature is looked up once: labels `0 .. L-1` are the first pass's, `L .. 2L-1` the
 * second's.
 */
export interface Tagger {
  labelSet: LabelSet;
  settings: FeatureSettings;
  /**
   * Whole-number weights (int16 values): a sum of them is exact in float32 below 2^24 whatever the
   * order it is added in, so scores can be cached per word and summed in any order. A weight is
   * worth `weights × weightScale` against the transitions.
   */
  weights: EmissionScorer;
  weightScale: number;
  firstTransitions: Float32Array;
  secondTransitions?: Float32Array;
  /** Training data, settings and scores, as recorded when it was trained. */
  card: Record<string, unknown>;
}

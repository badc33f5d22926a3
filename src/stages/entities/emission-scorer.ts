/** Adds up, for each label, the weights of a word's features. */
export interface EmissionScorer {
  labelCount: number;
  /** Adds the scores of `features[from .. to)` into `out[outOffset .. outOffset + labelCount)`. */
  addScores(features: Int32Array, from: number, to: number, out: Float32Array, outOffset: number): void;
}

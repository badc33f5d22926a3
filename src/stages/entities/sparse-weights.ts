import type { EmissionScorer } from './emission-scorer.js';

/**
 * The shipped model's weights: an open-addressing table from feature hash to the few labels it
 * has a weight for (most features weigh on one to three labels). Laid out for the cache: a slot
 * holds key, first entry and entry count side by side, and an entry holds its label and weight
 * side by side, so that a feature costs about two cache lines.
 */
export class SparseWeights implements EmissionScorer {
  readonly labelCount: number;
  readonly featureCount: number;
  readonly #mask: number;
  /** Per slot: key, first entry, entry count (0 for an empty slot). */
  readonly #slots: Uint32Array;
  /** Per entry: label (as int32) then weight (as float32), over one buffer. */
  readonly #entryLabels: Int32Array;
  readonly #entryWeights: Float32Array;

  /**
   * `rowStarts[r] .. rowStarts[r + 1]` are the entries of feature `keys[r]` in `labels`/`weights`.
   */
  constructor(
    labelCount: number,
    keys: Uint32Array,
    rowStarts: Uint32Array,
    labels: Uint8Array,
    weights: Float32Array,
  ) {
    this.labelCount = labelCount;
    this.featureCount = keys.length;
    let capacity = 1;
    while (capacity < keys.length * 2) capacity *= 2;
    this.#mask = capacity - 1;
    this.#slots = new Uint32Array(capacity * 3);
    const entries = new ArrayBuffer(labels.length * 8);
    this.#entryLabels = new Int32Array(entries);
    this.#entryWeights = new Float32Array(entries);
    for (let entry = 0; entry < labels.length; entry++) {
      this.#entryLabels[entry * 2] = labels[entry] as number;
      this.#entryWeights[entry * 2 + 1] = weights[entry] as number;
    }
    keys.forEach((key, row) => {
      const start = rowStarts[row] as number;
      const count = (rowStarts[row + 1] as number) - start;
      if (count === 0) return;
      let slot = key & this.#mask;
      while ((this.#slots[slot * 3 + 2] as number) !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot * 3] = key;
      this.#slots[slot * 3 + 1] = start;
      this.#slots[slot * 3 + 2] = count;
    });
  }

  addScores(features: Uint32Array, from: number, to: number, out: Float32Array, outOffset: number): void {
    const slots = this.#slots;
    const mask = this.#mask;
    const labels = this.#entryLabels;
    const weights = this.#entryWeights;
    for (let f = from; f < to; f++) {
      const key = features[f] as number;
      let slot = key & mask;
      let count = slots[slot * 3 + 2] as number;
      while (count !== 0 && slots[slot * 3] !== key) {
        slot = (slot + 1) & mask;
        count = slots[slot * 3 + 2] as number;
      }
      if (count === 0) continue;
      const start = (slots[slot * 3 + 1] as number) * 2;
      const end = start + count * 2;
      for (let entry = start; entry < end; entry += 2) {
        const index = outOffset + (labels[entry] as number);
        out[index] = (out[index] as number) + (weights[entry + 1] as number);
      }
    }
  }
}

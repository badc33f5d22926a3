import type { EmissionScorer } from './emission-scorer.js';

/** Entries of one feature are at most this many (a row per label of both passes fits). */
const COUNT_BITS = 7;
const COUNT_MASK = (1 << COUNT_BITS) - 1;

/**
 * Real-valued weights of a model in training, for decoding development data (the shipped model's
 * are `QuantizedWeights`): an open-addressing table from feature hash to the few labels it
 * has a weight for (most features weigh on a handful of labels). Laid out for the cache, since a
 * look-up is mostly waiting for memory: a slot is 8 bytes (key; first entry and entry count
 * packed), an entry 8 bytes (label; weight) side by side, at a load factor near 0.6.
 */
export class SparseWeights implements EmissionScorer {
  readonly labelCount: number;
  readonly featureCount: number;
  readonly #mask: number;
  /** Per slot: key, then `firstEntry << COUNT_BITS | count` (0 for an empty slot). */
  readonly #slots: Int32Array;
  readonly #entryLabels: Int32Array;
  readonly #entryWeights: Float32Array;

  /**
   * `rowStarts[r] .. rowStarts[r + 1]` are the entries of feature `keys[r]` in `labels`/`weights`.
   */
  constructor(
    labelCount: number,
    keys: Int32Array,
    rowStarts: Uint32Array,
    labels: Uint8Array,
    weights: Float32Array,
  ) {
    this.labelCount = labelCount;
    this.featureCount = keys.length;
    let capacity = 1;
    while (capacity < keys.length / 0.6) capacity *= 2;
    this.#mask = capacity - 1;
    this.#slots = new Int32Array(capacity * 2);
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
      if (count > COUNT_MASK)
        throw new RangeError(`feature ${key} has ${count} weights, more than ${COUNT_MASK}`);
      let slot = key & this.#mask;
      while ((this.#slots[slot * 2 + 1] as number) !== 0) slot = (slot + 1) & this.#mask;
      this.#slots[slot * 2] = key;
      this.#slots[slot * 2 + 1] = ((start << COUNT_BITS) | count) >>> 0;
    });
  }

  addScores(features: Int32Array, from: number, to: number, out: Float32Array, outOffset: number): void {
    const slots = this.#slots;
    const mask = this.#mask;
    const labels = this.#entryLabels;
    const weights = this.#entryWeights;
    for (let f = from; f < to; f++) {
      const key = features[f] as number;
      let slot = key & mask;
      let packed = slots[slot * 2 + 1] as number;
      while (packed !== 0 && slots[slot * 2] !== key) {
        slot = (slot + 1) & mask;
        packed = slots[slot * 2 + 1] as number;
      }
      if (packed === 0) continue;
      const start = (packed >>> COUNT_BITS) * 2;
      const end = start + (packed & COUNT_MASK) * 2;
      for (let entry = start; entry < end; entry += 2) {
        const index = outOffset + (labels[entry] as number);
        out[index] = (out[index] as number) + (weights[entry + 1] as number);
      }
    }
  }
}

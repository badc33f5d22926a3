import type { EmissionScorer } from './emission-scorer.js';
import { buildFeatureSlots, COUNT_BITS, COUNT_MASK } from './feature-slots.js';

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
    const { mask, slots } = buildFeatureSlots(keys, rowStarts);
    this.#mask = mask;
    this.#slots = slots;
    const entries = new ArrayBuffer(labels.length * 8);
    this.#entryLabels = new Int32Array(entries);
    this.#entryWeights = new Float32Array(entries);
    for (let entry = 0; entry < labels.length; entry++) {
      this.#entryLabels[entry * 2] = labels[entry] as number;
      this.#entryWeights[entry * 2 + 1] = weights[entry] as number;
    }
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

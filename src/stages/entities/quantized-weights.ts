import type { EmissionScorer } from './emission-scorer.js';
import { buildFeatureSlots, COUNT_BITS, COUNT_MASK } from './feature-slots.js';

const LABEL_BITS = 8;
const LABEL_MASK = (1 << LABEL_BITS) - 1;

/**
 * The shipped model's weights, whole numbers (int16): an open-addressing table from feature hash
 * to the few labels it has a weight for (most features weigh on a handful of labels). Laid out for
 * the cache, since a look-up is mostly waiting for memory: a slot is 8 bytes (key; first entry
 * and entry count packed), at a load factor near 0.6, and an entry 4 bytes (weight and label
 * packed), so that the 1.3 million entries take 5 MB. Sums of the weights are exact in float32
 * (below 2^24), so they come out the same in any order.
 */
export class QuantizedWeights implements EmissionScorer {
  readonly labelCount: number;
  readonly featureCount: number;
  readonly #mask: number;
  /** Per slot: key, then `firstEntry << COUNT_BITS | count` (0 for an empty slot). */
  readonly #slots: Int32Array;
  /** Per entry: `weight << LABEL_BITS | label`. */
  readonly #entries: Int32Array;

  /**
   * `rowStarts[r] .. rowStarts[r + 1]` are the entries of feature `keys[r]` in `labels`/`weights`.
   */
  constructor(
    labelCount: number,
    keys: Int32Array,
    rowStarts: Uint32Array,
    labels: Uint8Array,
    weights: Int16Array,
  ) {
    if (labelCount > LABEL_MASK + 1)
      throw new RangeError(`at most ${LABEL_MASK + 1} labels, not ${labelCount}`);
    this.labelCount = labelCount;
    this.featureCount = keys.length;
    const { mask, slots } = buildFeatureSlots(keys, rowStarts);
    this.#mask = mask;
    this.#slots = slots;
    this.#entries = new Int32Array(labels.length);
    for (let entry = 0; entry < labels.length; entry++) {
      this.#entries[entry] = ((weights[entry] as number) << LABEL_BITS) | (labels[entry] as number);
    }
  }

  addScores(features: Int32Array, from: number, to: number, out: Float32Array, outOffset: number): void {
    const slots = this.#slots;
    const mask = this.#mask;
    const entries = this.#entries;
    for (let f = from; f < to; f++) {
      const key = features[f] as number;
      let slot = key & mask;
      let packed = slots[slot * 2 + 1] as number;
      while (packed !== 0 && slots[slot * 2] !== key) {
        slot = (slot + 1) & mask;
        packed = slots[slot * 2 + 1] as number;
      }
      if (packed === 0) continue;
      const start = packed >>> COUNT_BITS;
      const end = start + (packed & COUNT_MASK);
      for (let entry = start; entry < end; entry++) {
        const value = entries[entry] as number;
        const index = outOffset + (value & LABEL_MASK);
        out[index] = (out[index] as number) + (value >> LABEL_BITS);
      }
    }
  }
}

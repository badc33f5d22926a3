import type { EmissionScorer } from '../../src/stages/entities/emission-scorer.js';
import type { ModelParts } from '../../src/stages/entities/model-file.js';

/**
 * Averaged-perceptron weights while training: a row of per-label weights for every feature that
 * was ever updated, with the running sums that give the average without touching every weight
 * at every step (Daumé's trick: average = w - u / c).
 */
export class TrainingWeights implements EmissionScorer {
  readonly labelCount: number;
  readonly #rows = new Map<number, number>();
  #keys = new Int32Array(1024);
  #w = new Float32Array(1024 * 8);
  #u = new Float64Array(1024 * 8);
  readonly transitions: Float32Array;
  readonly #transitionSums: Float64Array;
  /** Updates so far: the c of the averaging trick. */
  step = 1;

  constructor(labelCount: number) {
    this.labelCount = labelCount;
    this.#w = new Float32Array(1024 * labelCount);
    this.#u = new Float64Array(1024 * labelCount);
    this.transitions = new Float32Array(labelCount * labelCount);
    this.#transitionSums = new Float64Array(labelCount * labelCount);
  }

  addScores(features: Int32Array, from: number, to: number, out: Float32Array, outOffset: number): void {
    const size = this.labelCount;
    for (let f = from; f < to; f++) {
      const row = this.#rows.get(features[f] as number);
      if (row === undefined) continue;
      const base = row * size;
      for (let label = 0; label < size; label++) {
        out[outOffset + label] = (out[outOffset + label] as number) + (this.#w[base + label] as number);
      }
    }
  }

  /** Adds `delta` to the weight of each feature in `features[from .. to)` for `label`. */
  update(features: Int32Array, from: number, to: number, label: number, delta: number): void {
    const size = this.labelCount;
    for (let f = from; f < to; f++) {
      const index = this.#rowOf(features[f] as number) * size + label;
      this.#w[index] = (this.#w[index] as number) + delta;
      this.#u[index] = (this.#u[index] as number) + this.step * delta;
    }
  }

  updateTransition(from: number, to: number, delta: number): void {
    const index = from * this.labelCount + to;
    this.transitions[index] = (this.transitions[index] as number) + delta;
    this.#transitionSums[index] = (this.#transitionSums[index] as number) + this.step * delta;
  }

  /** The averaged weights, sparse, dropping those smaller than `minWeight` in magnitude. */
  averaged(minWeight: number): Omit<ModelParts, 'types' | 'settings' | 'card'> {
    const size = this.labelCount;
    const keys: number[] = [];
    const rowStarts: number[] = [0];
    const labels: number[] = [];
    const weights: number[] = [];
    const sorted = [...this.#rows.entries()].sort((a, b) => a[0] - b[0]);
    for (const [key, row] of sorted) {
      const before = labels.length;
      for (let label = 0; label < size; label++) {
        const index = row * size + label;
        const average = (this.#w[index] as number) - (this.#u[index] as number) / this.step;
        if (Math.abs(average) >= minWeight) {
          labels.push(label);
          weights.push(average);
        }
      }
      if (labels.length > before) {
        keys.push(key);
        rowStarts.push(labels.length);
      }
    }
    const transitions = Float32Array.from(
      this.transitions,
      (weight, index) => weight - (this.#transitionSums[index] as number) / this.step,
    );
    return {
      transitions,
      keys: Int32Array.from(keys),
      rowStarts: Uint32Array.from(rowStarts),
      labels: Uint8Array.from(labels),
      weights: Float32Array.from(weights),
    };
  }

  #rowOf(key: number): number {
    let row = this.#rows.get(key);
    if (row !== undefined) return row;
    row = this.#rows.size;
    this.#rows.set(key, row);
    if (row >= this.#keys.length) this.#grow();
    this.#keys[row] = key;
    return row;
  }

  #grow(): void {
    const capacity = this.#keys.length * 2;
    const keys = new Int32Array(capacity);
    keys.set(this.#keys);
    this.#keys = keys;
    const w = new Float32Array(capacity * this.labelCount);
    w.set(this.#w);
    this.#w = w;
    const u = new Float64Array(capacity * this.labelCount);
    u.set(this.#u);
    this.#u = u;
  }
}

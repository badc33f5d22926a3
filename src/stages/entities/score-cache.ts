import type { EmissionScorer } from './emission-scorer.js';
import { addLabelFeatures, type LabelHashes } from './prediction-features.js';
import {
  addCasingFeatures,
  addNeighbourFeatures,
  addOwnFeatures,
  createFeatureBuffer,
  NEIGHBOURS,
  type Neighbour,
} from './sentence-features.js';
import { computeWordInfo, type WordInfo } from './word-info.js';

const NEIGHBOUR_PLACES: readonly Neighbour[] = Object.values(NEIGHBOURS);
/** A key this long may be a slice that keeps a whole article alive; the cache keeps a copy. */
const SLICED_LENGTH = 13;
/** A word is scored while the two words on each side of it are looked up: a slot must outlive that. */
const MIN_GENERATION_SIZE = 8;
/** Short shapes × casing codes remembered; a few hundred occur in news. */
const MAX_CASING_ROWS = 4096;

/**
 * Label scores of feature groups remembered between words, so that their features are looked up
 * once, not at every occurrence: the 25 or so features that depend on one word alone, the
 * document-casing features (which depend on the word's short shape and 4 bits), and the second
 * pass's features of the first pass's labels. Needs whole-number weights, whose sums do not
 * depend on the order they are added in.
 *
 * A word's scores are `1 + 4` runs of `labelCount` in `rows` from `slot * rowSize`: its own
 * features, then the features it gives the word beside it, for each place of `NEIGHBOURS` (run
 * `1 + NEIGHBOURS.next` is what it gives the word before it). They sit in one array, so that
 * forgetting a word frees no memory for the garbage collector to sweep.
 *
 * Bounded: words in two generations of at most `generationSize` each (a word found in the older
 * moves to the newer; when the newer is full the older is dropped, which keeps the frequent words
 * of a Zipfian stream), at most 4,096 casing rows, and one row per triple of labels. A slot stays
 * the same word's for at least `generationSize` further look-ups.
 */
export class ScoreCache {
  readonly weights: EmissionScorer;
  readonly rowSize: number;
  /** The slot of what a neighbour past either edge of the sentence gives (its runs 1 to 4). */
  static readonly EDGE = 0;
  /** A row of zeros, for a feature group that is off. */
  readonly zeros: Float32Array;
  #rows: Float32Array;
  readonly #infos: WordInfo[] = [];
  readonly #clusterOf: ((word: string) => string | undefined) | undefined;
  readonly #generationSize: number;
  readonly #features = createFeatureBuffer(64);
  #newer = new Map<string, number>();
  #older = new Map<string, number>();
  #slotsUsed = 0;
  readonly #freeSlots: number[] = [];
  readonly #casingRows = new Map<number, Float32Array>();
  readonly #labelRows: (Float32Array | undefined)[] = [];

  constructor(
    weights: EmissionScorer,
    clusterOf: ((word: string) => string | undefined) | undefined,
    generationSize: number,
  ) {
    if (generationSize < MIN_GENERATION_SIZE) {
      throw new RangeError(`a generation holds at least ${MIN_GENERATION_SIZE} words, not ${generationSize}`);
    }
    this.weights = weights;
    this.rowSize = (1 + NEIGHBOUR_PLACES.length) * weights.labelCount;
    this.#clusterOf = clusterOf;
    this.#generationSize = generationSize;
    this.#rows = new Float32Array(Math.min(1024, 1 + 2 * generationSize) * this.rowSize);
    this.#addWordScores(undefined, this.#rows, this.#newSlot() * this.rowSize);
    this.zeros = new Float32Array(weights.labelCount);
  }

  /** Every word's scores; read it again after `word`, which may move them to a larger array. */
  get rows(): Float32Array {
    return this.#rows;
  }

  /** The slot of a word's scores in `rows`. */
  word(word: string): number {
    let slot = this.#newer.get(word);
    if (slot !== undefined) return slot;
    slot = this.#older.get(word);
    if (slot !== undefined) this.#older.delete(word);
    if (this.#newer.size >= this.#generationSize) {
      for (const dropped of this.#older.values()) this.#freeSlots.push(dropped);
      this.#older = this.#newer;
      this.#newer = new Map();
    }
    if (slot === undefined) {
      slot = this.#freeSlots.pop() ?? this.#newSlot();
      const info = computeWordInfo(word, this.#clusterOf);
      this.#infos[slot] = info;
      this.#rows.fill(0, slot * this.rowSize, (slot + 1) * this.rowSize);
      this.#addWordScores(info, this.#rows, slot * this.rowSize);
      if (word.length >= SLICED_LENGTH) word = Array.from(word).join('');
    }
    this.#newer.set(word, slot);
    return slot;
  }

  /** The context-free facts of the word in `slot`. */
  info(slot: number): WordInfo {
    return this.#infos[slot] as WordInfo;
  }

  /** Words held now: at most twice the generation size (plus the edge's slot in `rows`). */
  get wordCount(): number {
    return this.#newer.size + this.#older.size;
  }

  /** The scores of `addCasingFeatures(short, code)`. */
  casing(short: number, code: number): Float32Array {
    // Exact: a 32-bit hash times 16 plus 4 bits is below 2^53.
    const key = (short >>> 0) * 16 + code;
    let row = this.#casingRows.get(key);
    if (row === undefined) {
      const features = this.#features;
      features.length = 0;
      addCasingFeatures(short, code, features);
      row = this.#scoresOf(features.hashes, features.length);
      if (this.#casingRows.size >= MAX_CASING_ROWS) this.#casingRows.clear();
      this.#casingRows.set(key, row);
    }
    return row;
  }

  /** The scores of `addLabelFeatures` for first-pass labels `previous`, `own`, `next` (-1 past an edge). */
  labels(hashes: LabelHashes, previous: number, own: number, next: number, isUnseen: boolean): Float32Array {
    const size = hashes.labels.length + 1;
    const key = (((previous + 1) * size + own) * size + (next + 1)) * 2 + (isUnseen ? 1 : 0);
    let row = this.#labelRows[key];
    if (row === undefined) {
      const features = this.#features;
      features.length = 0;
      addLabelFeatures(hashes, previous, own, next, isUnseen, features);
      row = this.#scoresOf(features.hashes, features.length);
      this.#labelRows[key] = row;
    }
    return row;
  }

  #scoresOf(hashes: Int32Array, length: number): Float32Array {
    const row = new Float32Array(this.weights.labelCount);
    this.weights.addScores(hashes, 0, length, row, 0);
    return row;
  }

  #newSlot(): number {
    const slot = this.#slotsUsed++;
    if ((slot + 1) * this.rowSize > this.#rows.length) {
      const grown = new Float32Array(
        Math.min(this.#rows.length * 2, (1 + 2 * this.#generationSize) * this.rowSize),
      );
      grown.set(this.#rows);
      this.#rows = grown;
    }
    return slot;
  }

  #addWordScores(info: WordInfo | undefined, rows: Float32Array, at: number): void {
    const size = this.weights.labelCount;
    const features = this.#features;
    if (info) {
      features.length = 0;
      addOwnFeatures(info, features);
      this.weights.addScores(features.hashes, 0, features.length, rows, at);
    }
    for (const where of NEIGHBOUR_PLACES) {
      features.length = 0;
      addNeighbourFeatures(info, where, features);
      this.weights.addScores(features.hashes, 0, features.length, rows, at + (1 + where) * size);
    }
  }
}

/** How a signature is made: shingle length in words, and how many hash functions (a multiple of the band's rows). */
export interface MinHashOptions {
  shingleWords: number;
  hashes: number;
}

/**
 * Chosen on the dev split of eval/duplicates (docs/models/duplicates.md): 4-word shingles found
 * the most copies there (159 of 160, against 158 for 2 words, 157 for 3 and 155 for 5) and kept
 * two reports of one event furthest apart (at most 0.02 estimated, against 0.12 for 2 words);
 * 256 hashes estimate a Jaccard of 0.8 within ±0.025 (one standard deviation; ±0.035 for 128),
 * which decides the copies with a trimmed last paragraph that sit near the threshold, at 1 KB an
 * article.
 */
export const MINHASH_OPTIONS: MinHashOptions = { shingleWords: 4, hashes: 256 };

/** Fixed seeds, so that a signature is the same on every machine and in every release with these options. */
const SEED = 0x6e657773;

/**
 * The MinHash signature of a list of words: for each of `hashes` hash functions, the least hash
 * of the text's `shingleWords`-word shingles. Two signatures agree at a position with the
 * probability of the Jaccard similarity of the shingle sets. Words fewer than one shingle give
 * no signature: such a text is too short to be told from a coincidence. Linear in the words.
 */
export function minhashSignature(
  words: readonly string[],
  options: MinHashOptions = MINHASH_OPTIONS,
): Uint32Array | undefined {
  const { shingleWords, hashes } = options;
  if (words.length < shingleWords) return undefined;
  const wordHashes = words.map(hashWord);
  const seeds = hashSeeds(hashes);
  const signature = new Uint32Array(hashes).fill(0xffffffff);
  for (let start = 0; start + shingleWords <= wordHashes.length; start++) {
    let shingle = SEED;
    for (let offset = 0; offset < shingleWords; offset++) {
      shingle = mix(shingle ^ (wordHashes[start + offset] as number));
    }
    for (let index = 0; index < hashes; index++) {
      const value = mix(shingle ^ (seeds[index] as number));
      if (value < (signature[index] as number)) signature[index] = value;
    }
  }
  return signature;
}

/** The share of positions at which two signatures agree: an estimate of their texts' Jaccard similarity. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let index = 0; index < a.length; index++) if (a[index] === b[index]) same++;
  return same / a.length;
}

const seedsByCount = new Map<number, Uint32Array>();

/** One seed per hash function, drawn from the fixed seed. */
function hashSeeds(count: number): Uint32Array {
  let seeds = seedsByCount.get(count);
  if (!seeds) {
    seeds = new Uint32Array(count);
    let state = SEED;
    for (let index = 0; index < count; index++) {
      state = mix(state + 0x9e3779b9);
      seeds[index] = state;
    }
    seedsByCount.set(count, seeds);
  }
  return seeds;
}

/** FNV-1a over the UTF-16 units of a word, finished with `mix`. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index++) {
    hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
  }
  return mix(hash);
}

/**
 * A bijection of 32-bit integers that spreads every input bit over the output (the MurmurHash3
 * finaliser): XOR with a seed then `mix` is a different random-looking permutation per seed.
 */
function mix(value: number): number {
  let hash = value >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

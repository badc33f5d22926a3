import { hashString } from './feature-hash.js';
import { shortShape, wordShape } from './token-shape.js';

/** Everything about a word that its features need and that does not depend on its context. */
export interface WordInfo {
  lower: string;
  hWord: number;
  hLower: number;
  hShape: number;
  hShort: number;
  /** Hashes of the 1- to 5-letter prefixes then suffixes of the lower-cased word (fewer for short words). */
  affixes: Int32Array;
  /** Hashes of the cluster path prefixes, empty when the word has no cluster. */
  clusters: Int32Array;
  length: number;
}

const AFFIX_LENGTHS = [1, 2, 3, 4, 5] as const;
const CLUSTER_PREFIXES = [4, 6, 10, 20] as const;
/** Characters of a word that count for its hashes: a 10,000-character token costs like a long word. */
const MAX_HASHED = 40;
/** Words remembered per cluster source; news vocabulary is Zipfian, so most lookups hit. */
const MAX_CACHED = 200_000;
const EMPTY = new Int32Array(0);

type ClusterOf = ((word: string) => string | undefined) | undefined;
const caches = new Map<ClusterOf, Map<string, WordInfo>>();

/** The context-free facts of a word, computed once and remembered. */
export function wordInfo(word: string, clusterOf: ClusterOf): WordInfo {
  let cache = caches.get(clusterOf);
  if (!cache) {
    cache = new Map();
    caches.set(clusterOf, cache);
  }
  let info = cache.get(word);
  if (!info) {
    info = computeWordInfo(word, clusterOf);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(word, info);
  }
  return info;
}

/** The context-free facts of a word, computed afresh (`wordInfo` remembers them). */
export function computeWordInfo(raw: string, clusterOf: ClusterOf): WordInfo {
  const word = raw.length > MAX_HASHED ? raw.slice(0, MAX_HASHED) : raw;
  const lower = word.toLowerCase();
  const affixes: number[] = [];
  for (const length of AFFIX_LENGTHS) {
    if (lower.length <= length) break;
    affixes.push(hashString(`<${lower.slice(0, length)}`), hashString(`${lower.slice(-length)}>`));
  }
  const path = clusterOf?.(raw);
  return {
    lower,
    hWord: hashString(word),
    hLower: hashString(lower),
    hShape: hashString(wordShape(word)),
    hShort: hashString(shortShape(word)),
    affixes: Int32Array.from(affixes),
    clusters: path ? Int32Array.from(CLUSTER_PREFIXES, (length) => hashString(path.slice(0, length))) : EMPTY,
    length: raw.length,
  };
}

import { hashString, mix } from './feature-hash.js';
import type { LabelSet } from './label-set.js';
import {
  createFeatureBuffer,
  type FeatureBuffer,
  pushFeature,
  type SentenceFeatures,
} from './sentence-features.js';

/** Templates of the second pass; numbered after the first pass's. */
const T = {
  ownLabel: 101,
  prevLabel: 102,
  nextLabel: 103,
  otherTypes: 104,
  majority: 105,
  entityWord: 106,
  unseen: 107,
} as const;

/** What the second pass needs of the label set: each label's hash, type and BILOU position. */
export interface LabelHashes {
  /** `hashString(label)` of each label. */
  labels: Int32Array;
  /** Each label's type (`''` for O). */
  types: readonly string[];
  /** `hashString` of each label's position letter (`O`, `B`, `I`, `L`, `U`). */
  positions: Int32Array;
}

const labelHashCache = new WeakMap<LabelSet, LabelHashes>();

export function labelHashesOf(labelSet: LabelSet): LabelHashes {
  let hashes = labelHashCache.get(labelSet);
  if (!hashes) {
    const { labels } = labelSet;
    hashes = {
      labels: Int32Array.from(labels, (label) => hashString(label)),
      types: labels.map((label) => (label === 'O' ? '' : label.slice(2))),
      positions: Int32Array.from(labels, (label) => hashString(label.slice(0, 1))),
    };
    labelHashCache.set(labelSet, hashes);
  }
  return hashes;
}

/** Lower-cased word -> how often the first pass gave it each type, anywhere in the document. */
export type DocumentTypeCounts = Map<string, Map<string, number>>;

export function documentTypeCounts(
  sentences: readonly (readonly string[])[],
  firstPass: readonly Int32Array[],
  labelSet: LabelSet,
): DocumentTypeCounts {
  const { types } = labelHashesOf(labelSet);
  const typeCounts: DocumentTypeCounts = new Map();
  sentences.forEach((words, s) => {
    const path = firstPass[s] as Int32Array;
    words.forEach((word, i) => {
      const type = types[path[i] as number] ?? '';
      if (!type || !isNameLike(word)) return;
      const key = word.toLowerCase();
      const counts = typeCounts.get(key) ?? new Map<string, number>();
      counts.set(type, (counts.get(type) ?? 0) + 1);
      typeCounts.set(key, counts);
    });
  });
  return typeCounts;
}

/**
 * What the first pass said of a word and its neighbours (label indices, -1 past the sentence's
 * edge), and whether the word is unseen, given no type elsewhere in the document: these features
 * take few values, so their scores can be remembered.
 */
export function addLabelFeatures(
  hashes: LabelHashes,
  previous: number,
  own: number,
  next: number,
  isUnseen: boolean,
  out: FeatureBuffer,
): void {
  const ownLabel = hashes.labels[own] as number;
  pushFeature(out, T.ownLabel, ownLabel);
  pushFeature(out, T.prevLabel, previous >= 0 ? (hashes.labels[previous] as number) : 0);
  pushFeature(out, T.nextLabel, next >= 0 ? (hashes.labels[next] as number) : 0);
  if (isUnseen) pushFeature(out, T.unseen, ownLabel);
}

/**
 * Which types the same word received elsewhere in the document (`counts`, including this
 * occurrence's own first-pass type, which counts once less), and the most frequent of them.
 */
export function addTypeFeatures(
  hashes: LabelHashes,
  own: number,
  counts: ReadonlyMap<string, number>,
  out: FeatureBuffer,
): void {
  const ownType = hashes.types[own] ?? '';
  let majority = '';
  let majorityCount = 0;
  for (const [type, count] of counts) {
    const elsewhere = type === ownType ? count - 1 : count;
    if (elsewhere <= 0) continue;
    pushFeature(out, T.otherTypes, hashString(type));
    pushFeature(out, T.entityWord, mix(hashString(type), hashes.positions[own] as number));
    if (elsewhere > majorityCount) {
      majority = type;
      majorityCount = elsewhere;
    }
  }
  if (majority) pushFeature(out, T.majority, mix(hashString(majority), hashes.labels[own] as number));
}

/**
 * Non-local features for the second pass, from the first pass's labels over the whole document
 * (Ratinov and Roth's prediction aggregation): what the first pass said here and next door, and
 * which types the same word received elsewhere in the document, so that "Blackburn" after
 * "Peter Blackburn" or a headline word seen as an organisation below agree. The second pass
 * sees these beside the first pass's own features.
 */
export function predictionFeatures(
  sentences: readonly (readonly string[])[],
  firstPass: readonly Int32Array[],
  labelSet: LabelSet,
): SentenceFeatures[] {
  const hashes = labelHashesOf(labelSet);
  const typeCounts = documentTypeCounts(sentences, firstPass, labelSet);
  return sentences.map((words, s) => {
    const path = firstPass[s] as Int32Array;
    const out = createFeatureBuffer(words.length * 6);
    const offsets = new Int32Array(words.length + 1);
    for (let i = 0; i < words.length; i++) {
      offsets[i] = out.length;
      const own = path[i] as number;
      const counts = typeCounts.get((words[i] ?? '').toLowerCase());
      const previous = i > 0 ? (path[i - 1] as number) : -1;
      const next = i + 1 < words.length ? (path[i + 1] as number) : -1;
      addLabelFeatures(hashes, previous, own, next, !counts, out);
      if (counts) addTypeFeatures(hashes, own, counts, out);
    }
    offsets[words.length] = out.length;
    return { offsets, features: out.hashes.slice(0, out.length) };
  });
}

function isNameLike(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

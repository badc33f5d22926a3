import type { DocumentCasing } from './document-casing.js';
import { hashString, mix } from './feature-hash.js';
import { isAllCaps } from './token-shape.js';
import { type WordInfo, wordInfo } from './word-info.js';

/** What the features of one sentence are computed from. */
export interface SentenceContext {
  words: readonly string[];
  /** Per word, the gazetteer labels covering it (`country-B`, `person-L`, ...). */
  gazetteer?: readonly (readonly string[])[];
  /** A word's cluster bit-path, if it has one. */
  clusterOf?: (word: string) => string | undefined;
  casing?: DocumentCasing;
}

/** The features of each word of a sentence: `features[offsets[i] .. offsets[i + 1])`. */
export interface SentenceFeatures {
  offsets: Int32Array;
  features: Int32Array;
}

/** Feature templates; the number is mixed into every feature of the template. */
const T = {
  bias: 1,
  word: 2,
  lower: 3,
  prev: 4,
  next: 5,
  prev2: 6,
  next2: 7,
  affix: 8,
  shape: 16,
  short: 17,
  prevShort: 18,
  nextShort: 19,
  shortBigramPrev: 20,
  shortBigramNext: 21,
  lowerBigramPrev: 22,
  lowerBigramNext: 23,
  firstWord: 24,
  allCaps: 25,
  gazetteer: 26,
  gazetteerPrev: 27,
  gazetteerNext: 28,
  cluster: 29,
  clusterPrev: 33,
  clusterNext: 35,
  docCapitalized: 37,
  docLower: 38,
  docCasingShape: 39,
  prevLowerShort: 40,
  nextLowerShort: 41,
  length: 42,
  gazetteerShape: 43,
  clusterShape: 44,
} as const;

const START = hashString('<s>');
const END = hashString('</s>');
/** Room for the features of one word; more (many gazetteer labels) grows the buffer. */
const FEATURES_PER_WORD = 48;

export function sentenceFeatures(context: SentenceContext): SentenceFeatures {
  const { words, gazetteer, casing } = context;
  const count = words.length;
  const infos: WordInfo[] = new Array(count);
  for (let i = 0; i < count; i++) infos[i] = wordInfo(words[i] ?? '', context.clusterOf);
  const shouting = isAllCaps(words);
  let out = new Int32Array(Math.max(16, count * FEATURES_PER_WORD));
  let length = 0;
  const add = (template: number, value: number) => {
    if (length === out.length) {
      const grown = new Int32Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[length++] = mix(template, value);
  };
  const offsets = new Int32Array(count + 1);

  for (let i = 0; i < count; i++) {
    offsets[i] = length;
    const info = infos[i] as WordInfo;
    const before = i > 0 ? infos[i - 1] : undefined;
    const after = i + 1 < count ? infos[i + 1] : undefined;
    const prev = before?.hLower ?? START;
    const next = after?.hLower ?? END;
    const prevShort = before?.hShort ?? START;
    const nextShort = after?.hShort ?? END;
    const short = info.hShort;
    const own = info.hLower;

    add(T.bias, 0);
    add(T.word, info.hWord);
    add(T.lower, own);
    add(T.prev, prev);
    add(T.next, next);
    add(T.prev2, i > 1 ? (infos[i - 2] as WordInfo).hLower : START);
    add(T.next2, i + 2 < count ? (infos[i + 2] as WordInfo).hLower : END);
    for (let k = 0; k < info.affixes.length; k++) add(T.affix + k, info.affixes[k] as number);
    add(T.shape, info.hShape);
    add(T.short, short);
    add(T.prevShort, prevShort);
    add(T.nextShort, nextShort);
    add(T.shortBigramPrev, mix(prevShort, short));
    add(T.shortBigramNext, mix(short, nextShort));
    add(T.lowerBigramPrev, mix(prev, own));
    add(T.lowerBigramNext, mix(own, next));
    add(T.prevLowerShort, mix(prev, short));
    add(T.nextLowerShort, mix(short, next));
    add(T.length, Math.min(info.length, 12));
    if (i === 0) add(T.firstWord, mix(short, own));
    if (shouting) add(T.allCaps, own);

    if (gazetteer) {
      for (const label of gazetteer[i] ?? []) {
        const hLabel = hashString(label);
        add(T.gazetteer, hLabel);
        add(T.gazetteerShape, mix(hLabel, short));
      }
      for (const label of gazetteer[i - 1] ?? []) add(T.gazetteerPrev, hashString(label));
      for (const label of gazetteer[i + 1] ?? []) add(T.gazetteerNext, hashString(label));
    }

    for (let k = 0; k < info.clusters.length; k++) add(T.cluster + k, info.clusters[k] as number);
    if (info.clusters.length > 1) add(T.clusterShape, mix(info.clusters[1] as number, short));
    if (before && before.clusters.length > 1) add(T.clusterPrev, before.clusters[1] as number);
    if (after && after.clusters.length > 1) add(T.clusterNext, after.clusters[1] as number);

    if (casing) {
      const capitalized = casing.capitalizedInside.get(info.lower) ?? 0;
      const lowerCount = casing.lowerCase.get(info.lower) ?? 0;
      const seen = (capitalized > 0 ? 1 : 0) | (lowerCount > 0 ? 2 : 0);
      add(T.docCapitalized, capitalized > 0 ? 1 : 0);
      add(T.docLower, lowerCount > 0 ? 1 : 0);
      add(T.docCasingShape, mix(seen, mix(short, (i === 0 ? 1 : 0) | (shouting ? 2 : 0))));
    }
  }
  offsets[count] = length;
  return { offsets, features: out.subarray(0, length) };
}

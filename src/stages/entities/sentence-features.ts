import type { DocumentCasing } from './document-casing.js';
import { type DocumentContexts, visitContextsElsewhere } from './document-contexts.js';
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
  /** The words around the same words elsewhere in the document. */
  contexts?: DocumentContexts;
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
  // Affix k is template 8 + k, so the five-letter ones (k = 8, 9) share 16 and 17 with shape and
  // short. Harmless in practice: an affix's value is marked '<' or '>', and a shape equals one only
  // for odd tokens ('<hello' is shaped '<xxxxx', the prefix of words that begin 'xxxxx').
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
  contextElsewhere: 45,
} as const;

const START = hashString('<s>');
const END = hashString('</s>');
/** Room for the features of one word; more (many gazetteer labels) grows the buffer. */
const FEATURES_PER_WORD = 48;

/** A growable list of feature hashes: `hashes[0 .. length)` are in use. */
export interface FeatureBuffer {
  hashes: Int32Array;
  length: number;
}

export function createFeatureBuffer(capacity: number): FeatureBuffer {
  return { hashes: new Int32Array(Math.max(16, capacity)), length: 0 };
}

/** Appends the feature of `template` with `value`. */
export function pushFeature(out: FeatureBuffer, template: number, value: number): void {
  if (out.length === out.hashes.length) {
    const grown = new Int32Array(out.hashes.length * 2);
    grown.set(out.hashes);
    out.hashes = grown;
  }
  out.hashes[out.length++] = mix(template, value);
}

/**
 * A word's features fall in three groups: its own (the same wherever it stands), those a
 * neighbour gives it (the same for every word that neighbour stands beside), and the rest, which
 * depend on the pair or the sentence. The first two can be scored once per word and remembered.
 */
export function addOwnFeatures(info: WordInfo, out: FeatureBuffer): void {
  pushFeature(out, T.bias, 0);
  pushFeature(out, T.word, info.hWord);
  pushFeature(out, T.lower, info.hLower);
  for (let k = 0; k < info.affixes.length; k++) pushFeature(out, T.affix + k, info.affixes[k] as number);
  pushFeature(out, T.shape, info.hShape);
  pushFeature(out, T.short, info.hShort);
  pushFeature(out, T.length, Math.min(info.length, 12));
  for (let k = 0; k < info.clusters.length; k++) pushFeature(out, T.cluster + k, info.clusters[k] as number);
  if (info.clusters.length > 1)
    pushFeature(out, T.clusterShape, mix(info.clusters[1] as number, info.hShort));
}

/** Where a neighbour stands from the word it gives features to. */
export const NEIGHBOURS = { previous: 0, next: 1, secondPrevious: 2, secondNext: 3 } as const;
export type Neighbour = (typeof NEIGHBOURS)[keyof typeof NEIGHBOURS];

/** The features that `neighbour` gives the word it stands beside; undefined is past the sentence's edge. */
export function addNeighbourFeatures(
  neighbour: WordInfo | undefined,
  where: Neighbour,
  out: FeatureBuffer,
): void {
  const clusters = neighbour?.clusters;
  switch (where) {
    case NEIGHBOURS.previous:
      pushFeature(out, T.prev, neighbour?.hLower ?? START);
      pushFeature(out, T.prevShort, neighbour?.hShort ?? START);
      if (clusters && clusters.length > 1) pushFeature(out, T.clusterPrev, clusters[1] as number);
      break;
    case NEIGHBOURS.next:
      pushFeature(out, T.next, neighbour?.hLower ?? END);
      pushFeature(out, T.nextShort, neighbour?.hShort ?? END);
      if (clusters && clusters.length > 1) pushFeature(out, T.clusterNext, clusters[1] as number);
      break;
    case NEIGHBOURS.secondPrevious:
      pushFeature(out, T.prev2, neighbour?.hLower ?? START);
      break;
    case NEIGHBOURS.secondNext:
      pushFeature(out, T.next2, neighbour?.hLower ?? END);
      break;
  }
}

/**
 * The features of word `i` that depend on it and a neighbour together or on the sentence: word
 * and shape bigrams, sentence-initial and all-caps flags, gazetteer matches. `infos` are the
 * sentence's words; `shouting` is whether it is all in capitals.
 */
export function addContextFeatures(
  context: SentenceContext,
  infos: readonly WordInfo[],
  i: number,
  shouting: boolean,
  out: FeatureBuffer,
): void {
  const { gazetteer } = context;
  const info = infos[i] as WordInfo;
  const before = i > 0 ? infos[i - 1] : undefined;
  const after = i + 1 < infos.length ? infos[i + 1] : undefined;
  const prev = before?.hLower ?? START;
  const next = after?.hLower ?? END;
  const prevShort = before?.hShort ?? START;
  const nextShort = after?.hShort ?? END;
  const short = info.hShort;
  const own = info.hLower;

  pushFeature(out, T.shortBigramPrev, mix(prevShort, short));
  pushFeature(out, T.shortBigramNext, mix(short, nextShort));
  pushFeature(out, T.lowerBigramPrev, mix(prev, own));
  pushFeature(out, T.lowerBigramNext, mix(own, next));
  pushFeature(out, T.prevLowerShort, mix(prev, short));
  pushFeature(out, T.nextLowerShort, mix(short, next));
  if (i === 0) pushFeature(out, T.firstWord, mix(short, own));
  if (shouting) pushFeature(out, T.allCaps, own);

  if (gazetteer) {
    for (const label of gazetteer[i] ?? []) {
      const hLabel = hashString(label);
      pushFeature(out, T.gazetteer, hLabel);
      pushFeature(out, T.gazetteerShape, mix(hLabel, short));
    }
    for (const label of gazetteer[i - 1] ?? []) pushFeature(out, T.gazetteerPrev, hashString(label));
    for (const label of gazetteer[i + 1] ?? []) pushFeature(out, T.gazetteerNext, hashString(label));
  }

  if (context.contexts?.has(info.lower)) {
    visitContextsElsewhere(context.contexts, context.words, i, info.lower, (key) =>
      pushFeature(out, T.contextElsewhere, key),
    );
  }
}

/**
 * What the document-casing features of a word depend on besides its short shape, as 4 bits: seen
 * capitalized inside a sentence elsewhere (1), seen in lower case (2), first in its sentence (4),
 * in an all-caps sentence (8).
 */
export function casingCode(
  casing: DocumentCasing,
  info: WordInfo,
  isFirst: boolean,
  shouting: boolean,
): number {
  const capitalized = casing.capitalizedInside.get(info.lower) ?? 0;
  const lowerCount = casing.lowerCase.get(info.lower) ?? 0;
  return (capitalized > 0 ? 1 : 0) | (lowerCount > 0 ? 2 : 0) | (isFirst ? 4 : 0) | (shouting ? 8 : 0);
}

/** The document-casing features of a word of short shape `short` (a hash) and casing code `code`. */
export function addCasingFeatures(short: number, code: number, out: FeatureBuffer): void {
  pushFeature(out, T.docCapitalized, code & 1);
  pushFeature(out, T.docLower, (code >> 1) & 1);
  pushFeature(out, T.docCasingShape, mix(code & 3, mix(short, code >> 2)));
}

/** The context-free facts of each word of a sentence. */
export function sentenceWordInfos(context: SentenceContext): WordInfo[] {
  const { words } = context;
  const infos: WordInfo[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) infos[i] = wordInfo(words[i] ?? '', context.clusterOf);
  return infos;
}

/** Every feature of every word of a sentence, as training sees them. */
export function sentenceFeatures(context: SentenceContext): SentenceFeatures {
  const count = context.words.length;
  const infos = sentenceWordInfos(context);
  const shouting = isAllCaps(context.words);
  const out = createFeatureBuffer(count * FEATURES_PER_WORD);
  const offsets = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    offsets[i] = out.length;
    addOwnFeatures(infos[i] as WordInfo, out);
    addNeighbourFeatures(infos[i - 1], NEIGHBOURS.previous, out);
    addNeighbourFeatures(infos[i + 1], NEIGHBOURS.next, out);
    addNeighbourFeatures(infos[i - 2], NEIGHBOURS.secondPrevious, out);
    addNeighbourFeatures(infos[i + 2], NEIGHBOURS.secondNext, out);
    addContextFeatures(context, infos, i, shouting, out);
    if (context.casing) {
      const info = infos[i] as WordInfo;
      addCasingFeatures(info.hShort, casingCode(context.casing, info, i === 0, shouting), out);
    }
  }
  offsets[count] = out.length;
  return { offsets, features: out.hashes.subarray(0, out.length) };
}

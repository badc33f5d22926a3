import { hashString, mix } from './feature-hash.js';

/**
 * The words around each name-like word wherever it occurs in a document (Ratinov and Roth's
 * context aggregation): "Pirelli" unseen in training but followed by "shares" and "'s cables
 * division" elsewhere in the article is a company wherever it stands. Lower-cased word -> each
 * context (a neighbour two or one words before or after, as `contextKey` hashes it) and how often
 * it occurs. Only words that begin with a capital and occur more than once count; the rest get
 * nothing from elsewhere.
 */
export type DocumentContexts = Map<string, Map<number, number>>;

/** Where the neighbours of a context stand from the word. */
const OFFSETS = [-2, -1, 1, 2] as const;
/** Contexts kept per word: a word repeated in every line of a table would cost more. */
const MAX_CONTEXTS = 64;
const EDGE = hashString('<edge>');

export function documentContexts(sentences: readonly (readonly string[])[]): DocumentContexts {
  const occurrences = new Map<string, number>();
  for (const words of sentences) {
    for (const word of words) {
      if (!isNameLike(word)) continue;
      const lower = word.toLowerCase();
      occurrences.set(lower, (occurrences.get(lower) ?? 0) + 1);
    }
  }
  const contexts: DocumentContexts = new Map();
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      if (!isNameLike(word)) continue;
      const lower = word.toLowerCase();
      if ((occurrences.get(lower) ?? 0) < 2) continue;
      let counts = contexts.get(lower);
      if (!counts) {
        counts = new Map();
        contexts.set(lower, counts);
      }
      for (const offset of OFFSETS) {
        const key = contextKey(words, i, offset);
        const times = counts.get(key);
        if (times !== undefined) counts.set(key, times + 1);
        else if (counts.size < MAX_CONTEXTS) counts.set(key, 1);
      }
    }
  }
  return contexts;
}

/**
 * Calls `visit` with each context that the word at `i` (lower-cased `lower`) has elsewhere in the
 * document, leaving out this occurrence's own contexts once.
 */
export function visitContextsElsewhere(
  contexts: DocumentContexts,
  words: readonly string[],
  i: number,
  lower: string,
  visit: (context: number) => void,
): void {
  const counts = contexts.get(lower);
  if (!counts) return;
  const own0 = contextKey(words, i, OFFSETS[0]);
  const own1 = contextKey(words, i, OFFSETS[1]);
  const own2 = contextKey(words, i, OFFSETS[2]);
  const own3 = contextKey(words, i, OFFSETS[3]);
  for (const [key, times] of counts) {
    const here =
      (key === own0 ? 1 : 0) + (key === own1 ? 1 : 0) + (key === own2 ? 1 : 0) + (key === own3 ? 1 : 0);
    if (times > here) visit(key);
  }
}

/** The hash of the word `offset` places from word `i` (past the sentence's edge, the edge), lower-cased, with the offset. */
export function contextKey(words: readonly string[], i: number, offset: number): number {
  const neighbour = words[i + offset];
  return mix(offset, neighbour === undefined ? EDGE : hashString(neighbour.toLowerCase()));
}

function isNameLike(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

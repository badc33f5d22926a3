import { hashString } from './feature-hash.js';

/**
 * The words next to each name-like word wherever it occurs in a document (Ratinov and Roth's
 * context aggregation): "Pirelli" unseen in training but followed by "shares" and "'s cables
 * division" elsewhere in the article is a company wherever it stands. Only words that begin with a
 * capital and occur more than once count; the rest get nothing from elsewhere.
 */
export interface DocumentContexts {
  /** Lower-cased word -> the hashes of its lower-cased neighbours' and how often each occurs. */
  before: Map<string, Map<number, number>>;
  after: Map<string, Map<number, number>>;
}

/** Neighbours kept per word and side: a word repeated in every line of a table would cost more. */
const MAX_NEIGHBOURS = 16;
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
  const before = new Map<string, Map<number, number>>();
  const after = new Map<string, Map<number, number>>();
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      if (!isNameLike(word)) continue;
      const lower = word.toLowerCase();
      if ((occurrences.get(lower) ?? 0) < 2) continue;
      count(before, lower, i > 0 ? hashString((words[i - 1] as string).toLowerCase()) : EDGE);
      count(after, lower, i + 1 < words.length ? hashString((words[i + 1] as string).toLowerCase()) : EDGE);
    }
  }
  return { before, after };
}

/**
 * The neighbour hashes that `word` (lower-cased) has elsewhere in the document on one side, leaving
 * out this occurrence's own neighbour `own` once.
 */
export function neighboursElsewhere(
  side: ReadonlyMap<string, ReadonlyMap<number, number>>,
  lower: string,
  own: number,
  visit: (neighbour: number) => void,
): void {
  const neighbours = side.get(lower);
  if (!neighbours) return;
  for (const [neighbour, times] of neighbours) {
    if (neighbour !== own || times > 1) visit(neighbour);
  }
}

/** The hash `documentContexts` gives a neighbour (`undefined` past the sentence's edge). */
export function neighbourHash(word: string | undefined): number {
  return word === undefined ? EDGE : hashString(word.toLowerCase());
}

function count(side: Map<string, Map<number, number>>, lower: string, neighbour: number): void {
  let neighbours = side.get(lower);
  if (!neighbours) {
    neighbours = new Map();
    side.set(lower, neighbours);
  }
  const times = neighbours.get(neighbour);
  if (times !== undefined) neighbours.set(neighbour, times + 1);
  else if (neighbours.size < MAX_NEIGHBOURS) neighbours.set(neighbour, 1);
}

function isNameLike(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

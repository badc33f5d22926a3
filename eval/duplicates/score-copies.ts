import type { SetArticle } from './duplicate-set.js';

/** What the store said of one article of the set. */
export interface CopyVerdict {
  item: SetArticle;
  /** The group of the article the store marked it a copy of; undefined when it did not. */
  copiesGroup: string | undefined;
}

export interface CopyScores {
  /** Articles stored after another of their group: the copies a perfect store finds. */
  copies: number;
  marked: number;
  /** Marked as a copy of an article of their own group. */
  right: number;
  precision: number;
  recall: number;
  /** Recall by the edits of the copy (`dateline`, `trim+words`), and of the originals stored after a copy. */
  recallByEdits: Map<string, { right: number; copies: number }>;
}

/**
 * Precision and recall of the copies marked, in storing order: an article is a copy when an
 * article of its group was stored before it (an original stored after its copy is a copy of
 * it: same text, stored later), and is marked right when the store names one of its group.
 */
export function scoreCopies(verdicts: readonly CopyVerdict[]): CopyScores {
  const seen = new Set<string>();
  const recallByEdits = new Map<string, { right: number; copies: number }>();
  let copies = 0;
  let marked = 0;
  let right = 0;
  for (const { item, copiesGroup } of verdicts) {
    const isCopy = seen.has(item.group);
    seen.add(item.group);
    const isRight = copiesGroup !== undefined && copiesGroup === item.group;
    if (copiesGroup !== undefined) marked++;
    if (isRight) right++;
    if (!isCopy) continue;
    copies++;
    const edits = item.edits.length > 0 ? item.edits.join('+') : `(${item.kind} stored after a copy)`;
    const tally = recallByEdits.get(edits) ?? { right: 0, copies: 0 };
    tally.copies++;
    if (isRight) tally.right++;
    recallByEdits.set(edits, tally);
  }
  return {
    copies,
    marked,
    right,
    precision: marked === 0 ? 1 : right / marked,
    recall: copies === 0 ? 1 : right / copies,
    recallByEdits,
  };
}

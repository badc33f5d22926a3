import { estimateSimilarity } from '../stages/duplicates/minhash-signature.js';

/** The least estimated Jaccard similarity of two bodies for the later to be a copy of the earlier. */
export const COPY_THRESHOLD = 0.8;

/**
 * How many of the earliest articles of one band key are candidates. A key shared by very many
 * articles (10,000 copies of one text) would make finding candidates grow with the archive; the
 * earliest few are enough, because the original of a copy is stored before its copies, and the
 * other 63 bands of a copy each give it another chance.
 */
export const CANDIDATES_PER_BAND = 4;

/** An earlier article sharing a band: who it is (a store's own reference), when stored, its signature. */
export interface CopyCandidate<Ref> {
  ref: Ref;
  order: number;
  signature: Uint32Array;
}

/**
 * Whether an article stored after another, which copies nothing, could now be found to copy it:
 * only if the two reach `COPY_THRESHOLD`. Its earlier candidates did not, and a new candidate can
 * only push others out of its candidate lists, so below the threshold deciding again changes nothing.
 */
export function couldCopy(later: Uint32Array, earlier: Uint32Array): boolean {
  return estimateSimilarity(later, earlier) >= COPY_THRESHOLD;
}

/**
 * The candidate this signature copies: the most similar at `COPY_THRESHOLD` or above, the earliest
 * stored among equals; undefined when none reaches it.
 */
export function chooseOriginal<Ref>(
  signature: Uint32Array,
  candidates: Iterable<CopyCandidate<Ref>>,
): { ref: Ref; similarity: number } | undefined {
  let best: { ref: Ref; similarity: number; order: number } | undefined;
  for (const candidate of candidates) {
    const similarity = estimateSimilarity(signature, candidate.signature);
    if (similarity < COPY_THRESHOLD) continue;
    if (
      !best ||
      similarity > best.similarity ||
      (similarity === best.similarity && candidate.order < best.order)
    ) {
      best = { ref: candidate.ref, similarity, order: candidate.order };
    }
  }
  return best && { ref: best.ref, similarity: best.similarity };
}

import type { ClusterVocabulary } from './choose-vocabulary.js';
import type { ContextFeatures } from './context-features.js';
import type { SparseRows } from './sparse-rows.js';

/**
 * Counts, for every vocabulary unit, which context ids occur at each relative position (`[-1, 1]`:
 * the left and right neighbour, the statistics Brown clustering models). Column =
 * `positionIndex * features.size + contextId`; sentence bounds pad both ends.
 */
export function countContexts(
  sentences: Iterable<readonly string[]>,
  vocabulary: ClusterVocabulary,
  features: ContextFeatures,
  positions: readonly number[],
): SparseRows {
  const columns = positions.length * features.size;
  const counts = new Map<number, number>();
  for (const words of sentences) {
    const contextIds = words.map((word) => features.idOf(word));
    words.forEach((word, index) => {
      const unit = vocabulary.unitOf.get(word);
      if (unit === undefined) return;
      positions.forEach((position, block) => {
        const at = index + position;
        const id =
          at < 0
            ? features.sentenceStart
            : at >= words.length
              ? features.sentenceEnd
              : (contextIds[at] as number);
        const key = unit * columns + block * features.size + id;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
    });
  }

  const keys = Float64Array.from(counts.keys()).sort();
  const rows = vocabulary.words.length;
  const offsets = new Int32Array(rows + 1);
  const indices = new Int32Array(keys.length);
  const values = new Float64Array(keys.length);
  keys.forEach((key, entry) => {
    const row = Math.floor(key / columns);
    offsets[row + 1] = entry + 1;
    indices[entry] = key - row * columns;
    values[entry] = counts.get(key) as number;
  });
  // Rows without any entry (impossible while every unit occurs) still need a valid empty range.
  for (let row = 1; row <= rows; row++)
    offsets[row] = Math.max(offsets[row] as number, offsets[row - 1] as number);
  return { offsets, indices, values, columns };
}

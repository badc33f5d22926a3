/** Entries of one feature are at most this many (a row per label of both passes fits). */
export const COUNT_BITS = 7;
export const COUNT_MASK = (1 << COUNT_BITS) - 1;

/** An open-addressing table from feature hash to its row of entries, at a load factor near 0.6. */
export interface FeatureSlots {
  mask: number;
  /** Per slot: key, then `firstEntry << COUNT_BITS | count` (0 for an empty slot). */
  slots: Int32Array;
}

/**
 * The slot table of a weight table whose feature `keys[r]` has the entries
 * `rowStarts[r] .. rowStarts[r + 1]`. The look-ups stay in the weight tables' own loops, which are
 * the tagger's hot path.
 */
export function buildFeatureSlots(keys: Int32Array, rowStarts: Uint32Array): FeatureSlots {
  let capacity = 1;
  while (capacity < keys.length / 0.6) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity * 2);
  for (let row = 0; row < keys.length; row++) {
    const key = keys[row] as number;
    const start = rowStarts[row] as number;
    const count = (rowStarts[row + 1] as number) - start;
    if (count === 0) continue;
    if (count > COUNT_MASK)
      throw new RangeError(`feature ${key} has ${count} weights, more than ${COUNT_MASK}`);
    let slot = key & mask;
    while ((slots[slot * 2 + 1] as number) !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = key;
    slots[slot * 2 + 1] = ((start << COUNT_BITS) | count) >>> 0;
  }
  return { mask, slots };
}

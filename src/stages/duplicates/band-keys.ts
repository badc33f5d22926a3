/**
 * Hash values per band of the LSH index. With 256 hashes, 64 bands of 4 rows: two texts become
 * candidates when all 4 values of at least one band agree, with probability 1 - (1 - s^4)^64 at
 * Jaccard s: 1 - 2e-15 at 0.8, 0.99999998 at 0.7, 0.9999 at 0.6, 0.81 at 0.4, 0.10 at 0.2. The
 * threshold is checked on the signatures afterwards, so a low-similarity candidate costs one
 * comparison, while a copy at 0.8 is never missed for want of a shared band. (32 bands of 8 rows
 * would miss 0.3% of the pairs at 0.8, where the copies with a trimmed paragraph sit.)
 */
export const ROWS_PER_BAND = 4;

/**
 * The signature's band keys, one per band: a hash of the band's number and its rows, as an
 * integer below 2^53 (exact in JavaScript, SQLite's INTEGER and PostgreSQL's bigint). Texts
 * sharing a key are candidate copies. A signature with an incomplete last band leaves it out.
 */
export function bandKeys(signature: Uint32Array, rowsPerBand: number = ROWS_PER_BAND): number[] {
  const keys: number[] = [];
  for (let band = 0; (band + 1) * rowsPerBand <= signature.length; band++) {
    let low = Math.imul(band + 1, 0x9e3779b1) >>> 0;
    let high = Math.imul(band + 1, 0x85ebca6b) >>> 0;
    for (let row = band * rowsPerBand; row < (band + 1) * rowsPerBand; row++) {
      const value = signature[row] as number;
      low = Math.imul(low ^ value, 0x01000193) >>> 0;
      high = Math.imul(high ^ Math.imul(value, 0xcc9e2d51), 0x1b873593) >>> 0;
    }
    keys.push((high >>> 11) * 2 ** 32 + low);
  }
  return keys;
}

import { describe, expect, it } from 'vitest';
import { bandKeys } from './band-keys.js';

describe('bandKeys', () => {
  it('gives one key per band of 4 rows, leaving out an incomplete last band', () => {
    expect(bandKeys(new Uint32Array(256))).toHaveLength(64);
    expect(bandKeys(new Uint32Array(10))).toHaveLength(2);
  });

  it('changes only the key of the band whose row changed', () => {
    const signature = Uint32Array.from({ length: 16 }, (_, index) => index * 7919);
    const changed = Uint32Array.from(signature);
    changed[5] = 1;
    const [before, after] = [bandKeys(signature), bandKeys(changed)];
    expect(after.map((key, band) => key === before[band])).toEqual([true, false, true, true]);
  });

  it('tells equal rows in different bands apart, and stays a safe integer', () => {
    const keys = bandKeys(new Uint32Array(256).fill(0xffffffff));
    expect(new Set(keys).size).toBe(64);
    for (const key of keys) expect(Number.isSafeInteger(key) && key >= 0).toBe(true);
  });
});

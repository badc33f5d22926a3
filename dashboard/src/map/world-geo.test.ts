import { describe, expect, it } from 'vitest';
import { keepRingOnOneSide } from './world-geo.js';

describe('keepRingOnOneSide', () => {
  it('moves the far-side points of a ring that crosses the antimeridian and back to the edge', () => {
    const chukotka = [
      [170, 65],
      [-175, 66],
      [-172, 64],
      [175, 63],
      [170, 65],
    ];
    expect(keepRingOnOneSide(chukotka)).toEqual([
      [170, 65],
      [180, 66],
      [180, 64],
      [175, 63],
      [170, 65],
    ]);
  });

  it('leaves a ring round a pole, which crosses once, as it is', () => {
    const antarctica = [
      [-180, -85],
      [-60, -75],
      [60, -70],
      [179, -80],
      [-180, -85],
    ];
    expect(keepRingOnOneSide(antarctica)).toBe(antarctica);
  });
});

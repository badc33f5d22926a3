import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPlacesFigures } from './read-places-figures.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function moduleWith(source: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-places-figures-'));
  folders.push(folder);
  const path = join(folder, 'evaluate-places.mjs');
  writeFileSync(path, source);
  return path;
}

describe('readPlacesFigures', () => {
  it('says the places evaluation is missing when its file does not exist', async () => {
    expect(await readPlacesFigures('/nowhere/evaluate-places.ts')).toEqual({
      missing: '/nowhere/evaluate-places.ts does not exist yet',
    });
  });

  it('reads the figures from the metrics that evaluatePlaces() returns', async () => {
    const path = moduleWith(
      "export async function evaluatePlaces() { return { metrics: { 'places.countryAccuracy': 0.97, 'places.within50km': 0.9 } }; }",
    );
    expect(await readPlacesFigures(path)).toEqual({ countryAccuracy: 0.97, within50km: 0.9 });
  });

  it('reads figures returned at the top', async () => {
    const path = moduleWith(
      'export function evaluatePlaces() { return { countryAccuracy: 1, within50km: 0.5 }; }',
    );
    expect(await readPlacesFigures(path)).toEqual({ countryAccuracy: 1, within50km: 0.5 });
  });

  it('reads the end-to-end figures beside those given the mentions', async () => {
    const path = moduleWith(
      'export function evaluatePlaces() { return { countryAccuracy: 1, within50km: 0.5, endToEnd: { countryAccuracy: 0.8, within50km: 0.7 } }; }',
    );
    expect(await readPlacesFigures(path)).toEqual({
      countryAccuracy: 1,
      within50km: 0.5,
      endToEnd: { countryAccuracy: 0.8, within50km: 0.7 },
    });
  });

  it('reports a failing evaluatePlaces() instead of failing the quotes evaluation', async () => {
    const path = moduleWith("export function evaluatePlaces() { throw new Error('no gazetteer'); }");
    expect(await readPlacesFigures(path)).toEqual({ missing: 'evaluatePlaces() failed: no gazetteer' });
  });
});

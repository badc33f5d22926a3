import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Geocoding accuracy from `eval/places`, or why it is not available. */
export type PlacesFigures =
  | {
      countryAccuracy: number;
      within50km: number;
      /** The same for the pipeline as it ships, the tagger finding the mentions, when evaluatePlaces() gives it. */
      endToEnd?: { countryAccuracy: number; within50km: number };
    }
  | { missing: string };

/**
 * Calls `evaluatePlaces()` of `eval/places/evaluate-places.ts` (written separately) when the file
 * exists, and reads `countryAccuracy` and `within50km` from what it returns: at the top, or in
 * `metrics` with or without the `places.` prefix, and the same from its `endToEnd` when it has one. Anything else comes back as the reason it is
 * missing, so that the quotes evaluation still reports.
 */
export async function readPlacesFigures(modulePath: string): Promise<PlacesFigures> {
  if (!existsSync(modulePath)) return { missing: `${modulePath} does not exist yet` };
  try {
    const module: unknown = await import(pathToFileURL(modulePath).href);
    const evaluatePlaces = (module as { evaluatePlaces?: unknown }).evaluatePlaces;
    if (typeof evaluatePlaces !== 'function') return { missing: `${modulePath} exports no evaluatePlaces()` };
    const result: unknown = await evaluatePlaces();
    const countryAccuracy = figureOf(result, 'countryAccuracy');
    const within50km = figureOf(result, 'within50km');
    if (countryAccuracy === undefined || within50km === undefined)
      return { missing: 'evaluatePlaces() returned no countryAccuracy and within50km' };
    const endToEnd = (result as { endToEnd?: unknown } | null)?.endToEnd;
    const endCountry = figureOf(endToEnd, 'countryAccuracy');
    const endWithin = figureOf(endToEnd, 'within50km');
    return endCountry === undefined || endWithin === undefined
      ? { countryAccuracy, within50km }
      : { countryAccuracy, within50km, endToEnd: { countryAccuracy: endCountry, within50km: endWithin } };
  } catch (error) {
    return { missing: `evaluatePlaces() failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function figureOf(result: unknown, name: string): number | undefined {
  const places = [result, (result as { metrics?: unknown } | null)?.metrics];
  for (const place of places) {
    if (typeof place !== 'object' || place === null) continue;
    const record = place as Record<string, unknown>;
    for (const key of [name, `places.${name}`]) if (typeof record[key] === 'number') return record[key];
  }
  return undefined;
}

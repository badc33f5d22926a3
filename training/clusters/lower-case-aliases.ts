import type { ClusterVocabulary } from './choose-vocabulary.js';

/**
 * Extra `path, word` pairs for lower-cased keys that are not words of their own: `baghdad` gets the
 * path of `Baghdad`, so that the lookup's lower-case fallback also serves all-caps headlines
 * (`BAGHDAD`). When several case variants compete (`Nato`, `NATO`) the most frequent one wins.
 */
export function lowerCaseAliases(
  vocabulary: ClusterVocabulary,
  paths: readonly string[],
): Array<{ word: string; path: string }> {
  const words = new Set(vocabulary.words);
  const best = new Map<string, number>();
  vocabulary.words.forEach((word, unit) => {
    const lower = word.toLowerCase();
    // Units are numbered by falling frequency, so the first variant met is the most frequent.
    if (!words.has(lower) && !best.has(lower)) best.set(lower, unit);
  });
  return [...best].map(([word, unit]) => ({ word, path: paths[unit] as string }));
}

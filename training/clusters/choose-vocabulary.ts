/**
 * The words that get a cluster path. Case is kept: `US` and `us`, `May` and `may` are different words
 * to a tagger. A case variant too rare to cluster alone is pooled with its other rare variants under
 * the lower-cased form (sentence-initial `Tanks` with `tanks`), so that rare words still get a path
 * and the lookup's lower-case fallback finds it.
 */
export interface ClusterVocabulary {
  /** Unit id -> the word written to the cluster file. */
  words: string[];
  /** Unit id -> tokens counted for it. */
  counts: number[];
  /** Units below this id are exact forms, numbered by falling frequency; the rest are pooled lower-case forms. */
  exactUnits: number;
  /** Any word form seen in the text -> the unit its contexts count for; absent when too rare. */
  unitOf: Map<string, number>;
}

export function countWordForms(sentences: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const words of sentences) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

export function chooseVocabulary(
  formCounts: ReadonlyMap<string, number>,
  minCount: number,
): ClusterVocabulary {
  const words: string[] = [];
  const counts: number[] = [];
  const unitOf = new Map<string, number>();
  const addUnit = (word: string, count: number) => {
    words.push(word);
    counts.push(count);
    return words.length - 1;
  };
  // Frequent forms first, so unit ids (and every later tie-break on them) follow frequency.
  const forms = [...formCounts].sort(byCountThenText);
  const rareByLower = new Map<string, string[]>();
  for (const [form, count] of forms) {
    if (count >= minCount) {
      unitOf.set(form, addUnit(form, count));
    } else {
      const lower = form.toLowerCase();
      const variants = rareByLower.get(lower);
      if (variants) variants.push(form);
      else rareByLower.set(lower, [form]);
    }
  }
  const pooled: Array<[string, number, string[]]> = [];
  for (const [lower, variants] of rareByLower) {
    if (unitOf.has(lower)) continue;
    const count = variants.reduce((sum, form) => sum + (formCounts.get(form) ?? 0), 0);
    if (count >= minCount) pooled.push([lower, count, variants]);
  }
  const exactUnits = words.length;
  pooled.sort(byCountThenText);
  for (const [lower, count, variants] of pooled) {
    const unit = addUnit(lower, count);
    for (const form of variants) unitOf.set(form, unit);
  }
  return { words, counts, exactUnits, unitOf };
}

function byCountThenText(
  a: readonly [string, number, ...unknown[]],
  b: readonly [string, number, ...unknown[]],
) {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

import { readFileSync } from 'node:fs';
import { parseCsvLine } from './parse-csv-line.js';

/**
 * How words are written in about a million tokens of Voice of America news (the GMB extract in
 * `../shared/data/ner/gmb`, public-domain texts): used to drop names that are everyday words and
 * to restore the case of names that the Phoenix dictionaries spell in capitals.
 */
export interface WordStatistics {
  /** True for a word seen in lower case often, and more often than capitalised inside a sentence. */
  isCommonWord(word: string): boolean;
  /**
   * The commonest way the word is written inside a sentence, other than all lower case ("NATO",
   * "Hamas", "al-Qaida"); all-capital forms only when `allowAllCapitals`. Undefined if unseen.
   */
  preferredForm(word: string, allowAllCapitals: boolean): string | undefined;
}

// About 50 per million words: "may", "will", "hope", "bill" are common, "nice", "turkey" are not.
const COMMON_MIN_COUNT = 50;

/** Reads the GMB extract (`ner_dataset.csv`: latin-1, `Sentence #,Word,POS,Tag`). */
export function readWordStatistics(path: string): WordStatistics {
  const lowerCounts = new Map<string, number>();
  const capitalisedCounts = new Map<string, number>();
  const formCounts = new Map<string, Map<string, number>>();
  const lines = new TextDecoder('latin1').decode(readFileSync(path)).split(/\r?\n/);
  for (const line of lines.slice(1)) {
    const [sentence, word] = parseCsvLine(line);
    if (!word || !/\p{L}/u.test(word)) continue;
    const lower = word.toLowerCase();
    if (word === lower) {
      increment(lowerCounts, lower);
      continue;
    }
    // The first word of a sentence is capitalised whatever it is, so it says nothing.
    if (sentence) continue;
    increment(capitalisedCounts, lower);
    const forms = formCounts.get(lower) ?? new Map<string, number>();
    formCounts.set(lower, forms);
    increment(forms, word);
  }
  return {
    isCommonWord(word) {
      const lower = word.toLowerCase();
      const count = lowerCounts.get(lower) ?? 0;
      return count >= COMMON_MIN_COUNT && count > (capitalisedCounts.get(lower) ?? 0);
    },
    preferredForm(word, allowAllCapitals) {
      let best: string | undefined;
      let bestCount = 0;
      for (const [form, count] of formCounts.get(word.toLowerCase()) ?? []) {
        // "PRODUCTS" in a headline is not an acronym; "NATO" is, and is never written "nato".
        const isAllCapitals = form.length > 1 && form === form.toUpperCase();
        if (isAllCapitals && (!allowAllCapitals || (lowerCounts.get(form.toLowerCase()) ?? 0) >= count))
          continue;
        if (count > bestCount || (count === bestCount && best !== undefined && form < best)) {
          best = form;
          bestCount = count;
        }
      }
      return best;
    },
  };
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

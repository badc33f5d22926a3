import { GAZETTEER_MAX_WORDS, type GazetteerFile } from '../../src/stages/entities/gazetteer-file.js';
import { foldToAscii } from './fold-to-ascii.js';
import { toNameWords } from './to-name-words.js';

export const GAZETTEER_CATEGORIES = [
  'country',
  'city',
  'region',
  'demonym',
  'person',
  'first-name',
  'org',
  'org-word',
  'title',
] as const;

export type GazetteerCategory = (typeof GAZETTEER_CATEGORIES)[number];

/** Categories of ordinary words on purpose ("Party", "spokesman"): kept even when common or lower-case. */
const WORD_CATEGORIES: ReadonlySet<GazetteerCategory> = new Set(['org-word', 'title']);

/** What `toFile` left out, per category, and why. */
export interface DroppedNames {
  commonWords: Map<GazetteerCategory, string[]>;
  lowerCaseStarts: Map<GazetteerCategory, string[]>;
}

/** The names collected from every source, each with its categories, keyed by its words joined by spaces. */
export class NameTable {
  readonly #categories = new Map<string, Set<GazetteerCategory>>();

  /** Adds a written name; false when it cannot be a name here (see `toNameWords`). */
  add(text: string, category: GazetteerCategory): boolean {
    const words = toNameWords(text);
    if (!words) return false;
    const key = words.join(' ');
    const categories = this.#categories.get(key);
    if (categories) categories.add(category);
    else this.#categories.set(key, new Set([category]));
    return true;
  }

  /** True when the written name has been added under the category. */
  has(text: string, category: GazetteerCategory): boolean {
    const words = toNameWords(text);
    return words !== undefined && (this.#categories.get(words.join(' '))?.has(category) ?? false);
  }

  /** The names of one category as added, without the variants `toFile` adds. */
  names(category: GazetteerCategory): string[] {
    return [...this.#categories].filter(([, categories]) => categories.has(category)).map(([name]) => name);
  }

  /**
   * The file contents: each category's names with their variants, sorted. A single-word name
   * that is a common word ("May", "Hope") is dropped, since sentence starts and headlines would
   * match it everywhere; so is a name that starts with a lower-case word. An all-capitals word
   * (WHO, US) is kept: it matches only all-capitals text.
   */
  toFile(isCommonWord: (word: string) => boolean): { file: GazetteerFile; dropped: DroppedNames } {
    const names = new Map<GazetteerCategory, Set<string>>(GAZETTEER_CATEGORIES.map((c) => [c, new Set()]));
    const dropped: DroppedNames = { commonWords: new Map(), lowerCaseStarts: new Map() };
    for (const [name, categories] of this.#categories) {
      const words = name.split(' ');
      const isCommon = words.length === 1 && name !== name.toUpperCase() && isCommonWord(name);
      const startsLowerCase = !/^[\p{Lu}\p{Lt}0-9]/u.test(name);
      for (const category of categories) {
        if (!WORD_CATEGORIES.has(category) && (isCommon || startsLowerCase)) {
          const reason = isCommon ? dropped.commonWords : dropped.lowerCaseStarts;
          reason.set(category, [...(reason.get(category) ?? []), name]);
          continue;
        }
        for (const variant of nameVariants(words)) names.get(category)?.add(variant);
      }
    }
    const sorted = GAZETTEER_CATEGORIES.map((category) => [
      category,
      [...(names.get(category) ?? [])].sort(),
    ]);
    return {
      file: { format: 'newsgraph-gazetteer', version: 1, names: Object.fromEntries(sorted) },
      dropped,
    };
  }
}

/**
 * The name, its ASCII spelling, and both with hyphens as words of their own: wink-nlp, the
 * project's tokenizer, splits "al-Assad" into "al", "-", "Assad", while the NER corpora keep it whole.
 */
function nameVariants(words: readonly string[]): string[] {
  const name = words.join(' ');
  const ascii = foldToAscii(name);
  const variants = new Set([name]);
  if (ascii !== undefined && ascii !== name && toNameWords(ascii)) variants.add(ascii);
  for (const variant of [...variants]) {
    const split = variant.split(' ').flatMap((word) => (word.length > 1 ? word.split(/(-)/) : [word]));
    const hyphenated = split.filter((word) => word.length > 0);
    if (hyphenated.length > words.length && hyphenated.length <= GAZETTEER_MAX_WORDS) {
      variants.add(hyphenated.join(' '));
    }
  }
  return [...variants];
}

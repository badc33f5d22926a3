import { fileURLToPath } from 'node:url';
import { type DataFileKind, dataFileFormatError, readGzipJson } from '../read-data-file.js';
import { GAZETTEER_MAX_WORDS, parseGazetteerFile } from './gazetteer-file.js';
import { buildGazetteer, type Gazetteer, LOWER_START_ROOT } from './gazetteer-index.js';

const GAZETTEER_FILE: DataFileKind = {
  name: 'gazetteer',
  rebuild: 'npx tsx training/gazetteer/build-gazetteer.ts',
};

export type { Gazetteer } from './gazetteer-index.js';

/** One name of a gazetteer: a sequence of words and the categories it belongs to. */
export interface GazetteerEntry {
  words: string[];
  categories: string[];
}

/** Builds a gazetteer from names in memory; a name given twice gets the union of its categories. */
export function createGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  return buildGazetteer((addName) => {
    for (const { words, categories } of entries) {
      for (const category of categories) addName(words.join(' '), words, category);
    }
  });
}

const DEFAULT_PATH = fileURLToPath(new URL('../../../data/ner/gazetteer.json.gz', import.meta.url));

/** Reads a gazetteer built by `training/gazetteer/build-gazetteer.ts` (gzip-compressed JSON). */
export function loadGazetteer(path: string = DEFAULT_PATH): Gazetteer {
  const json = readGzipJson(path, GAZETTEER_FILE);
  const parsed = parseGazetteerFile(json);
  if ('problem' in parsed) throw dataFileFormatError(path, GAZETTEER_FILE, parsed.problem);
  return buildGazetteer((addName) => {
    for (const [category, names] of Object.entries(parsed.file.names)) {
      for (const name of names) addName(name, name.split(' '), category);
    }
  });
}

const B = 0;
const I = 1;
const L = 2;
const U = 3;

/**
 * For each word, the labels of every gazetteer name that covers it, as `<category>-<B|I|L|U>`.
 * At each start, only the longest name of each category counts; names of different categories
 * may overlap. A word matches a name's word when they are equal ignoring case and, where the
 * name's word begins with a capital, the text's does too; a name's all-capitals word (an
 * acronym) matches only itself. So "Russia" matches "Russia" and "RUSSIA" but not "russia".
 * Time is linear in the words: at most 8 trie steps from each.
 */
export function matchGazetteer(gazetteer: Gazetteer, words: readonly string[]): string[][] {
  const { nodeChildren, onlyChildWords, onlyChildNodes, nodeNames } = gazetteer;
  const { writtenWords, nameStarts, exactWordMasks, capitalWordMasks } = gazetteer;
  const count = words.length;
  const folded: string[] = new Array(count);
  const isCapital = new Uint8Array(count);
  const result: string[][] = new Array(count);
  for (let at = 0; at < count; at++) {
    const word = words[at] as string;
    const lower = word.toLowerCase();
    folded[at] = lower;
    // A letter that changes when lower-cased is a capital; this needs no second string.
    isCapital[at] = word.charCodeAt(0) !== lower.charCodeAt(0) ? 1 : 0;
    result[at] = [];
  }
  // The trie nodes reached from one start, one per word: at most 8.
  const path = new Int32Array(GAZETTEER_MAX_WORDS);
  for (let start = 0; start < count; start++) {
    let depth = 0;
    // A name whose first word needs a capital cannot start at a word without one.
    let node = isCapital[start] === 1 ? 0 : LOWER_START_ROOT;
    while (depth < GAZETTEER_MAX_WORDS && start + depth < count) {
      const word = folded[start + depth] as string;
      const children = nodeChildren[node];
      const child =
        children !== undefined
          ? children.get(word)
          : onlyChildWords[node] === word
            ? (onlyChildNodes[node] as number)
            : undefined;
      if (child === undefined) break;
      node = child;
      path[depth++] = node;
    }
    // Deepest first, so that each category is claimed by its longest name.
    let claimed = 0;
    for (let length = depth; length > 0; length--) {
      for (const name of nodeNames[path[length - 1] as number] ?? NO_NAMES) {
        const unclaimed = (gazetteer.categoryMasks[name] as number) & ~claimed;
        if (unclaimed === 0) continue;
        if (
          !fitsCase(
            words,
            isCapital,
            start,
            length,
            writtenWords,
            nameStarts[name] as number,
            exactWordMasks[name] as number,
            capitalWordMasks[name] as number,
          )
        )
          continue;
        claimed |= unclaimed;
        labelName(gazetteer, unclaimed, start, length, result);
      }
    }
  }
  return result;
}

const NO_NAMES: readonly number[] = [];

/** Whether the words at `start` have the case the name needs: the trie already matched them ignoring case. */
function fitsCase(
  words: readonly string[],
  isCapital: Uint8Array,
  start: number,
  length: number,
  writtenWords: readonly string[],
  nameStart: number,
  exactWords: number,
  capitalWords: number,
): boolean {
  for (let k = 0; k < length; k++) {
    const bit = 1 << k;
    if ((exactWords & bit) !== 0 && words[start + k] !== writtenWords[nameStart + k]) return false;
    if ((capitalWords & bit) !== 0 && isCapital[start + k] === 0) return false;
  }
  return true;
}

function labelName(
  gazetteer: Gazetteer,
  categoryMask: number,
  start: number,
  length: number,
  result: string[][],
) {
  for (let category = 0; categoryMask >>> category !== 0; category++) {
    if ((categoryMask & (1 << category)) === 0) continue;
    const labels = gazetteer.labels[category] as readonly [string, string, string, string];
    for (let k = 0; k < length; k++) {
      const position = length === 1 ? U : k === 0 ? B : k === length - 1 ? L : I;
      const wordLabels = result[start + k] as string[];
      const label = labels[position];
      // Two names of one category can give a word the same label from different starts.
      if (!wordLabels.includes(label)) wordLabels.push(label);
    }
  }
}

import { NewsgraphError } from '../../errors.js';
import { GAZETTEER_MAX_WORDS } from './gazetteer-file.js';

/**
 * Names indexed for matching: a trie over lower-cased words, so that matching from a word takes
 * at most 8 lookups however many names share a first word (300 begin with "Jose"). Node 0 is the
 * root; node `LOWER_START_ROOT` roots a second trie of only the names whose first word needs no
 * capital, the only ones a word without a capital can begin: most words of a text look there,
 * among a few hundred first words rather than 25,000. Name n has `nameLengths[n]` words, written as `writtenWords` holds them from
 * `nameStarts[n]`; bit k of its masks describes its word k. Flat arrays rather than an object per
 * name: loading allocates less.
 */
export interface Gazetteer {
  readonly categories: readonly string[];
  readonly nameCount: number;
  /** For each node with two or more children, its children by lower-cased word. */
  readonly nodeChildren: readonly (ReadonlyMap<string, number> | undefined)[];
  /**
   * For each node with one child, that child's word and node (-1 for none): most nodes have one
   * child, and a Map for each would double the load time.
   */
  readonly onlyChildWords: readonly (string | undefined)[];
  readonly onlyChildNodes: readonly number[];
  /** For each node, the names whose lower-cased words lead to it (spellings that differ in case). */
  readonly nodeNames: readonly (readonly number[] | undefined)[];
  readonly writtenWords: readonly string[];
  readonly nameStarts: readonly number[];
  readonly nameLengths: readonly number[];
  /** Words written all in capitals (NATO, U.S.): they match only themselves, so "Who" is not WHO. */
  readonly exactWordMasks: readonly number[];
  /** Words that begin with a capital: the text must begin them with a capital too. */
  readonly capitalWordMasks: readonly number[];
  readonly categoryMasks: readonly number[];
  /** For each category, its labels for a word that begins, is inside, ends or is all of a name. */
  readonly labels: readonly (readonly [string, string, string, string])[];
}

/** Adds a name under a category; `text` is its words joined by spaces, the key that merges duplicates. */
export type AddName = (text: string, words: readonly string[], category: string) => void;

const MAX_CATEGORIES = 31;
export const LOWER_START_ROOT = 1;

/** A gazetteer while it is being built: the same fields, growable. */
interface Draft {
  categories: string[];
  nodeChildren: (Map<string, number> | undefined)[];
  onlyChildWords: (string | undefined)[];
  onlyChildNodes: number[];
  nodeNames: (number[] | undefined)[];
  writtenWords: string[];
  nameStarts: number[];
  nameLengths: number[];
  exactWordMasks: number[];
  capitalWordMasks: number[];
  categoryMasks: number[];
}

/**
 * Indexes the names that `addNames` adds; a name added under two categories belongs to both.
 * Throws on a name of no words, of more than 8, or with a word that holds white space.
 */
export function buildGazetteer(addNames: (addName: AddName) => void): Gazetteer {
  const draft: Draft = {
    categories: [],
    nodeChildren: [undefined, undefined],
    onlyChildWords: [undefined, undefined],
    onlyChildNodes: [-1, -1],
    nodeNames: [undefined, undefined],
    writtenWords: [],
    nameStarts: [],
    nameLengths: [],
    exactWordMasks: [],
    capitalWordMasks: [],
    categoryMasks: [],
  };
  const nameByText = new Map<string, number>();
  addNames((text, words, category) => {
    const categoryBit = 1 << categoryIndex(draft.categories, category);
    let name = nameByText.get(text);
    if (name === undefined) {
      name = addName(draft, words);
      nameByText.set(text, name);
    }
    draft.categoryMasks[name] = (draft.categoryMasks[name] as number) | categoryBit;
  });
  const labels = draft.categories.map(
    (category) => [`${category}-B`, `${category}-I`, `${category}-L`, `${category}-U`] as const,
  );
  return { ...draft, nameCount: draft.nameLengths.length, labels };
}

function categoryIndex(categories: string[], category: string): number {
  const index = categories.indexOf(category);
  if (index >= 0) return index;
  if (categories.length >= MAX_CATEGORIES) {
    throw new NewsgraphError('USAGE', `A gazetteer holds at most ${MAX_CATEGORIES} categories.`);
  }
  return categories.push(category) - 1;
}

function addName(draft: Draft, words: readonly string[]): number {
  if (words.length === 0 || words.length > GAZETTEER_MAX_WORDS || !words.every(isWord)) {
    throw new NewsgraphError(
      'USAGE',
      `A gazetteer name needs 1 to ${GAZETTEER_MAX_WORDS} words without spaces, not ${JSON.stringify(words)}.`,
    );
  }
  const name = draft.nameLengths.length;
  draft.nameStarts.push(draft.writtenWords.length);
  draft.nameLengths.push(words.length);
  let exactWords = 0;
  let capitalWords = 0;
  const folded: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    const lower = word.toLowerCase();
    if (word !== lower && word === word.toUpperCase()) exactWords |= 1 << k;
    if (word.charCodeAt(0) !== lower.charCodeAt(0)) capitalWords |= 1 << k;
    draft.writtenWords.push(word);
    folded.push(lower);
  }
  draft.exactWordMasks.push(exactWords);
  draft.capitalWordMasks.push(capitalWords);
  draft.categoryMasks.push(0);
  addPath(draft, 0, folded, name);
  if ((capitalWords & 1) === 0) addPath(draft, LOWER_START_ROOT, folded, name);
  return name;
}

/** Adds the trie path of a name's lower-cased words from `root`, and the name at its end. */
function addPath(draft: Draft, root: number, folded: readonly string[], name: number): void {
  let node = root;
  for (const lower of folded) node = childNode(draft, node, lower);
  const names = draft.nodeNames[node];
  if (names) names.push(name);
  else draft.nodeNames[node] = [name];
}

function childNode(draft: Draft, node: number, word: string): number {
  const children = draft.nodeChildren[node];
  const onlyWord = draft.onlyChildWords[node];
  if (children === undefined && onlyWord === word) return draft.onlyChildNodes[node] as number;
  const existing = children?.get(word);
  if (existing !== undefined) return existing;
  const child = draft.nodeChildren.push(undefined) - 1;
  draft.onlyChildWords.push(undefined);
  draft.onlyChildNodes.push(-1);
  draft.nodeNames.push(undefined);
  if (children !== undefined) children.set(word, child);
  else if (onlyWord === undefined) {
    draft.onlyChildWords[node] = word;
    draft.onlyChildNodes[node] = child;
  } else {
    draft.nodeChildren[node] = new Map([
      [onlyWord, draft.onlyChildNodes[node] as number],
      [word, child],
    ]);
    draft.onlyChildWords[node] = undefined;
    draft.onlyChildNodes[node] = -1;
  }
  return child;
}

function isWord(word: string): boolean {
  return word.length > 0 && !/\s/.test(word);
}

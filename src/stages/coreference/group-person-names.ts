import type { EntityMention } from '../../document/annotations.js';
import type { Diagnostic } from '../../document/diagnostic.js';
import { isTitle, MAX_TITLE_WORDS } from './person-titles.js';

export interface PersonNameGroups {
  /** For each mention, the key of the person it names, or undefined when its name is ambiguous. */
  keys: (string | undefined)[];
  diagnostics: Diagnostic[];
}

interface DistinctName {
  key: string;
  words: Set<string>;
  last: string;
  /** The first mention written with this name. */
  mention: EntityMention;
  count: number;
}

/**
 * Decides which person-name mentions name the same person: a name whose words are all in a longer
 * name with the same last word ("Putin", "Vladimir Putin") joins it, over the whole article. A name
 * that fits two different fuller names ("Khan" with "Imran Khan" and "Sadiq Khan") joins neither,
 * and a warning says so. Two fuller names sharing a first name never link: the last words
 * differ. A name of one word that is no name's last word may join the one fuller name holding it
 * ("Wang" with "Wang Yi").
 */
export function groupPersonNames(mentions: readonly EntityMention[]): PersonNameGroups {
  const names = new Map<string, DistinctName>();
  const nameKeys = mentions.map((mention) => {
    const words = nameWords(mention.text);
    const key = words.join(' ');
    const known = names.get(key);
    if (known) known.count++;
    else names.set(key, { key, words: new Set(words), last: words.at(-1) ?? '', mention, count: 1 });
    return key;
  });

  const byLast = new Map<string, DistinctName[]>();
  for (const name of names.values()) {
    const group = byLast.get(name.last);
    if (group) group.push(name);
    else byLast.set(name.last, [name]);
  }

  const roots = new Map<string, string | undefined>();
  const diagnostics: Diagnostic[] = [];
  for (const name of names.values()) {
    // Names sharing a last word are few, so comparing each pair of them stays cheap.
    const fuller = (byLast.get(name.last) ?? []).filter((other) => isSubset(name.words, other.words));
    const fullest = fuller.filter(
      (other) => !fuller.some((longer) => longer !== other && isProperSubset(other.words, longer.words)),
    );
    const [root, ...others] = fullest;
    roots.set(name.key, others.length === 0 ? root?.key : undefined);
    if (others.length > 0) diagnostics.push(ambiguity(name, fullest));
  }
  linkFamilyNamesFirst(names, byLast, roots);
  return { keys: nameKeys.map((key) => roots.get(key)), diagnostics };
}

/**
 * "Wang" for "Wang Yi", "Abiy" for "Abiy Ahmed", "Lula" for "Luiz Inácio Lula da Silva": a name
 * of one word that is no name's last word joins the one person whose fuller name has it before
 * the last word. Chinese and Korean names put the family name first, and some people are known by
 * a given name or a nickname. A word inside two people's names joins neither.
 */
function linkFamilyNamesFirst(
  names: ReadonlyMap<string, DistinctName>,
  byLast: ReadonlyMap<string, DistinctName[]>,
  roots: Map<string, string | undefined>,
): void {
  const byInnerWord = new Map<string, Set<string>>();
  for (const name of names.values()) {
    const root = roots.get(name.key);
    if (name.words.size < 2 || root === undefined) continue;
    for (const word of name.words) {
      if (word === name.last) continue;
      const found = byInnerWord.get(word);
      if (found) found.add(root);
      else byInnerWord.set(word, new Set([root]));
    }
  }
  for (const name of names.values()) {
    if (name.words.size !== 1 || (byLast.get(name.last)?.length ?? 0) > 1) continue;
    const found = byInnerWord.get(name.last);
    if (found?.size === 1) roots.set(name.key, [...found][0]);
  }
}

/** The words of a person's name, lower-cased, without a leading title or a possessive. */
export function nameWords(text: string): string[] {
  let words = text
    .split(/\s+/)
    .map((word) => word.replace(/['’]s$/i, '').toLowerCase())
    .filter(Boolean);
  for (let k = Math.min(MAX_TITLE_WORDS, words.length - 1); k >= 1; k--) {
    if (isTitle(words.slice(0, k))) {
      words = words.slice(k);
      break;
    }
  }
  return words;
}

function ambiguity(name: DistinctName, candidates: readonly DistinctName[]): Diagnostic {
  const who = candidates.map((candidate) => candidate.mention.text).join(' or ');
  const times = name.count === 1 ? 'once' : `${name.count} times`;
  return {
    severity: 'warning',
    code: 'coreference-ambiguous',
    message: `"${name.mention.text}" (mentioned ${times}) could be ${who}; left unlinked`,
    span: { start: name.mention.start, end: name.mention.end },
  };
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  for (const word of small) if (!large.has(word)) return false;
  return true;
}

function isProperSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  return small.size < large.size && isSubset(small, large);
}

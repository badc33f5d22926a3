import type { PatternToken, VerbDictionary, VerbPattern } from './verb-dictionary.js';

/**
 * A verb's patterns indexed by the words they cannot match without, so that a clause tries only
 * the patterns whose words it holds ("say" has hundreds; a clause holds the words of a few).
 */
export interface PatternIndex {
  /** Each pattern's required words, each as its spellings (a synonym set's first words), by position. */
  required: readonly (readonly (readonly string[])[])[];
  /** Positions of the patterns that require no word. */
  always: readonly number[];
  /** For each spelling of a pattern's first required word, the positions of the patterns it spells it for. */
  bySpelling: ReadonlyMap<string, readonly number[]>;
}

const indexes = new WeakMap<readonly VerbPattern[], PatternIndex>();

/** The index of one verb's pattern list, built on first use and kept while the list lives. */
export function patternIndex(
  patterns: readonly VerbPattern[],
  synsets: VerbDictionary['synsets'],
): PatternIndex {
  let index = indexes.get(patterns);
  if (index) return index;
  const required = patterns.map((pattern) => requiredWords(pattern, synsets));
  const always: number[] = [];
  const bySpelling = new Map<string, number[]>();
  required.forEach((words, position) => {
    const first = words[0];
    if (!first) {
      always.push(position);
      return;
    }
    for (const spelling of new Set(first)) {
      const positions = bySpelling.get(spelling);
      if (positions) positions.push(position);
      else bySpelling.set(spelling, [position]);
    }
  });
  index = { required, always, bySpelling };
  indexes.set(patterns, index);
  return index;
}

/**
 * Positions, in the list's order, of the patterns whose every required word has a spelling among
 * `present`: the only ones that can match.
 */
export function candidatePatterns(index: PatternIndex, present: ReadonlySet<string>): number[] {
  const found: number[] = [...index.always];
  for (const word of present) {
    const positions = index.bySpelling.get(word);
    if (positions) for (const position of positions) found.push(position);
  }
  found.sort((a, b) => a - b);
  const candidates: number[] = [];
  let previous = -1;
  for (const position of found) {
    if (position === previous) continue;
    previous = position;
    if (hasRequiredWords(index.required[position] ?? [], present)) candidates.push(position);
  }
  return candidates;
}

/** Whether one spelling of each required word is among the clause's words. */
function hasRequiredWords(required: readonly (readonly string[])[], present: ReadonlySet<string>): boolean {
  for (const spellings of required) if (!spellings.some((spelling) => present.has(spelling))) return false;
  return true;
}

/**
 * The words a pattern cannot match without, each as its spellings (a synonym set's first words):
 * a pattern whose words are not all in the clause is skipped before it is matched.
 */
function requiredWords(
  pattern: VerbPattern,
  synsets: VerbDictionary['synsets'],
): readonly (readonly string[])[] {
  const found: string[][] = [];
  const addTokens = (tokens: readonly PatternToken[]) => {
    for (const token of tokens) {
      if (token.kind === 'word') found.push(token.words);
      else if (token.kind === 'synset') {
        const members = synsets.get(token.name) ?? [];
        found.push(
          members.flatMap((member) => [
            member.words[0] as string,
            ...(member.plural ? [member.plural[0] as string] : []),
          ]),
        );
      }
    }
  };
  for (const part of [...pattern.before, ...pattern.after]) {
    if (part.kind === 'particle') found.push([part.word]);
    else if (part.kind === 'noun') addTokens(part.tokens);
    else {
      found.push(part.preposition);
      for (const object of part.objects) addTokens(object.tokens);
    }
  }
  return found;
}

import { NewsgraphError } from '../errors.js';

/** One term of a search: a word or a phrase, maybe excluded, maybe a prefix. */
export interface SearchTerm {
  words: string[];
  isExcluded: boolean;
  isPrefix: boolean;
}

const TERM = /(-?)"([^"]*)"|(-?)([^\s"]+)/g;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Reads what a user typed into terms: words (all must match), `"quoted phrases"`, `-word` to
 * exclude, `word*` for a prefix. Punctuation inside a term separates words, as it does in the
 * index ("U.S." is the phrase "u s"). Nothing typed is ever passed to a query language as is.
 */
export function parseSearchText(text: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const match of text.matchAll(TERM)) {
    const isPhrase = match[2] !== undefined;
    const raw = isPhrase ? (match[2] ?? '') : (match[4] ?? '');
    const words = raw.match(WORD) ?? [];
    if (words.length === 0) continue;
    terms.push({
      words: words.map((word) => word.toLowerCase()),
      isExcluded: (isPhrase ? match[1] : match[3]) === '-',
      isPrefix: !isPhrase && raw.endsWith('*'),
    });
  }
  if (!terms.some((term) => !term.isExcluded)) {
    throw new NewsgraphError('USAGE', `search "${text}" has no word to look for`);
  }
  return terms;
}

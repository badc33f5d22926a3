/**
 * How each word is written across a whole document, for the tagger's non-local features: a word
 * seen capitalized in mid-sentence elsewhere is likely a name even at the start of a sentence or
 * in an all-caps headline; a word seen in lower case elsewhere likely is not.
 */
export interface DocumentCasing {
  /** Lower-cased word -> how often it is capitalized not at a sentence start, in mixed-case text. */
  capitalizedInside: Map<string, number>;
  /** Lower-cased word -> how often it is written all in lower case. */
  lowerCase: Map<string, number>;
}

export function documentCasing(sentences: readonly (readonly string[])[]): DocumentCasing {
  const capitalizedInside = new Map<string, number>();
  const lowerCase = new Map<string, number>();
  for (const words of sentences) {
    if (isShouting(words)) continue;
    words.forEach((word, index) => {
      const lower = word.toLowerCase();
      if (lower === word) {
        if (lower !== word.toUpperCase()) lowerCase.set(lower, (lowerCase.get(lower) ?? 0) + 1);
      } else if (index > 0 && !isQuoteOrBracket(words[index - 1] ?? '')) {
        capitalizedInside.set(lower, (capitalizedInside.get(lower) ?? 0) + 1);
      }
    });
  }
  return { capitalizedInside, lowerCase };
}

function isShouting(words: readonly string[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const word of words) {
    if (word.toLowerCase() === word.toUpperCase()) continue;
    letters++;
    if (word === word.toUpperCase()) upper++;
  }
  return letters > 0 && upper / letters > 0.6;
}

function isQuoteOrBracket(word: string): boolean {
  return word === '"' || word === '“' || word === '(' || word === "'" || word === '‘' || word === ':';
}

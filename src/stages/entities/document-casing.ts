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
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as string;
      const flags = caseOf(word);
      if ((flags & IS_LOWER) !== 0) {
        if ((flags & IS_UPPER) === 0) lowerCase.set(word, (lowerCase.get(word) ?? 0) + 1);
      } else if (index > 0 && !isQuoteOrBracket(words[index - 1] ?? '')) {
        const lower = word.toLowerCase();
        capitalizedInside.set(lower, (capitalizedInside.get(lower) ?? 0) + 1);
      }
    }
  }
  return { capitalizedInside, lowerCase };
}

function isShouting(words: readonly string[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const word of words) {
    const flags = caseOf(word);
    if ((flags & CASELESS) !== 0) continue;
    letters++;
    if ((flags & IS_UPPER) !== 0) upper++;
  }
  return letters > 0 && upper / letters > 0.6;
}

/** `word === word.toLowerCase()`. */
const IS_LOWER = 1;
/** `word === word.toUpperCase()`. */
const IS_UPPER = 2;
/** `word.toLowerCase() === word.toUpperCase()`: no letter changes case. */
const CASELESS = 4;

/** How case-mapping treats a word; an ASCII word is read without building the mapped strings. */
function caseOf(word: string): number {
  let isLower = true;
  let isUpper = true;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 128) {
      const upper = word.toUpperCase();
      const lower = word.toLowerCase();
      return (
        (word === lower ? IS_LOWER : 0) | (word === upper ? IS_UPPER : 0) | (lower === upper ? CASELESS : 0)
      );
    }
    if (code >= 65 && code <= 90) isLower = false;
    else if (code >= 97 && code <= 122) isUpper = false;
  }
  return (isLower ? IS_LOWER : 0) | (isUpper ? IS_UPPER : 0) | (isLower && isUpper ? CASELESS : 0);
}

function isQuoteOrBracket(word: string): boolean {
  return word === '"' || word === '“' || word === '(' || word === "'" || word === '‘' || word === ':';
}

/**
 * A place name written as one hyphenated word with lowercase links, "Port-au-Prince",
 * "Stratford-upon-Avon", "Aix-en-Provence": capitalised at both ends. The tokenizer splits it at
 * its hyphens. Words joined between capitalised parts alone ("Israel-Gaza", "U.S.-China") name
 * two things, and a lowercase end ("Russian-backed") is not a name.
 */
const LINKED_NAME = /^\p{Lu}[\p{L}\p{M}.'’]*(?:[-‐‑]\p{Ll}+)+[-‐‑]\p{Lu}[\p{L}\p{M}'’]*$/u;

/**
 * Tokens a linked name runs to at most, hyphens included: five parts ("Saint-Martin-de-Ré" has
 * four). Longer runs of hyphenated words are not looked at, so a page of them costs linear time.
 */
export const LONGEST_LINKED_NAME = 9;

export function isLinkedName(word: string): boolean {
  return LINKED_NAME.test(word);
}

/** A hyphen token, as the tokenizer leaves it between the parts of a hyphenated word. */
export function isHyphen(word: string): boolean {
  return /^[-‐‑]$/.test(word);
}

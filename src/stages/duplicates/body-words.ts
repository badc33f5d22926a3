/**
 * The words of a text for comparing copies: lower-case, accents kept, every run of characters that
 * are not letters or digits a word break, so that quote styles ("" “” ''), dashes, white space and
 * punctuation do not tell two copies apart. "U.S." reads as "u s" in every copy alike.
 */
export function bodyWords(text: string): string[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return words.filter((word) => word.length > 0);
}

/**
 * A name's words as the Phoenix dictionary writes them, without apostrophes: "Tigray People's
 * Liberation Front" is its TIGRAY_PEOPLES_LIBERATION_FRONT. Undefined when no word has one.
 */
export function withoutApostrophes(words: readonly string[]): string[] | undefined {
  if (!words.some((word) => /['’]/.test(word))) return undefined;
  return words.map((word) => word.replace(/['’]/g, '')).filter(Boolean);
}

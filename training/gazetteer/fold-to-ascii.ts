// Latin letters that Unicode does not decompose into a base letter and a mark.
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  ħ: 'h',
};

/**
 * The name as English news writes it without diacritics ("São Paulo" -> "Sao Paulo",
 * "Erdoğan" -> "Erdogan"), or undefined when some letter has no ASCII form. Transliteration
 * marks for ayn and hamza (‘ ʿ ʻ) are dropped, as news copy does.
 */
export function foldToAscii(text: string): string | undefined {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u02bb\u02bf\u02be]/g, '')
    .replace(/[^ -~]/g, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter);
  // Names hold no control characters, so printable ASCII (space to tilde) is all of ASCII here.
  return /^[ -~]*$/.test(folded) ? folded : undefined;
}

/** True when the word begins with an upper-case letter (a letter that has a lower-case form). */
export function startsWithCapital(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase();
}

export function startsWithDigit(word: string): boolean {
  const first = word[0];
  return first !== undefined && first >= '0' && first <= '9';
}

/** A single capital and a period, as in "John F. Kennedy". */
export function isInitial(word: string): boolean {
  return word.length === 2 && word[1] === '.' && startsWithCapital(word);
}

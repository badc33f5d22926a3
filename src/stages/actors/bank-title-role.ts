import { type ActorDictionary, lookupAgent } from './actor-dictionary.js';

/** Capitalised words of a country's name between "Bank of" and the title ("Bank of Papua New Guinea"), at most. */
const MAX_COUNTRY_WORDS = 3;

/**
 * The role of a title written right after a bank's name, as the dictionary codes the title of a
 * central bank ("Bank of Tanzania Governor", "Reserve Bank of India Governor", "National Bank
 * Governor" -> "central bank governor", GOVBUS); undefined when no bank is named just before the
 * title at `start` of `words`, or the dictionary has no such central bank title.
 */
export function bankTitleRole(
  dictionary: ActorDictionary,
  words: readonly string[],
  start: number,
): string | undefined {
  const title = words[start];
  if (title === undefined || !isAfterBankName(words.slice(0, start))) return undefined;
  return lookupAgent(dictionary, ['central', 'bank', title]);
}

/** True when `words` end with "Bank" or "Bank of" and a capitalised name. */
function isAfterBankName(words: readonly string[]): boolean {
  if (words.at(-1) === 'Bank') return true;
  for (let k = 1; k <= MAX_COUNTRY_WORDS && k + 2 <= words.length; k++) {
    const name = words.slice(words.length - k);
    if (!name.every((word) => /^\p{Lu}/u.test(word))) return false;
    if (words[words.length - k - 1] === 'of' && words[words.length - k - 2] === 'Bank') return true;
  }
  return false;
}

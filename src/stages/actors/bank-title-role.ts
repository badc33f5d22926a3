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

/** Words for a bank in the names central banks go by ("Banque du Liban", "Banco de México"). */
const BANK_WORDS = new Set(['Bank', 'Banque', 'Banco', 'Banca']);
/** Lower-case words a bank's name may hold ("Banque du Liban", "Bank of Ghana"). */
const NAME_LINKS = new Set(['of', 'du', 'de', 'del', 'la', 'do', 'da', 'di']);

/**
 * The role of a title whose scope is a bank's name, as the dictionary codes the title of a central
 * bank ("governor of Banque du Liban", "governor of the Bank of Ghana" -> GOVBUS), and the word the
 * title starts at; undefined when the words after "of" are not a bank's capitalised name.
 */
export function bankScopeRole(
  dictionary: ActorDictionary,
  words: readonly string[],
): { role: string; start: number } | undefined {
  const of = words.indexOf('of');
  const title = words[of - 1];
  if (of < 1 || title === undefined) return undefined;
  const name = words.slice(words[of + 1]?.toLowerCase() === 'the' ? of + 2 : of + 1);
  const isBankName =
    name.some((word) => BANK_WORDS.has(word)) &&
    name.every((word) => /^\p{Lu}/u.test(word) || NAME_LINKS.has(word));
  const role = isBankName ? lookupAgent(dictionary, ['central', 'bank', title.toLowerCase()]) : undefined;
  return role === undefined ? undefined : { role, start: of - 1 };
}

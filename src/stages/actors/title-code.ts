import { type ActorDictionary, lookupAgent } from './actor-dictionary.js';
import { bankScopeRole, bankTitleRole } from './bank-title-role.js';
import { countryOf } from './country-codes.js';
import { localOfficialRole } from './local-official-role.js';
import { officeAdjectiveRole } from './office-adjective-role.js';
import { officeRole } from './office-role.js';
import { isLeaderWord, organisationRole } from './organisation-code.js';

/** A title has at most this many words ("Minister of Foreign Affairs" is longer, and rare before a name). */
const MAX_TITLE_WORDS = 4;
/** A country before a title has at most this many words ("United Arab Emirates"). */
const MAX_COUNTRY_WORDS = 3;

/** Words that may stand between a country and a title the dictionary lists without them. */
const MAX_QUALIFIER_WORDS = 2;

/** Words that cannot qualify a title: prepositions, conjunctions, articles, speech verbs. */
const NOT_QUALIFIERS = new Set([
  'under',
  'with',
  'and',
  'or',
  'but',
  'of',
  'for',
  'to',
  'by',
  'from',
  'at',
  'in',
  'on',
  'as',
  'after',
  'before',
  'against',
  'about',
  'than',
  'the',
  'a',
  'an',
  'said',
  'says',
  'told',
]);

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/**
 * The code a person's title gives: `before` are the words written just before the name, in the
 * same sentence. The title is the longest agent noun ending there ("Secretary of State" -> GOV),
 * its country the country name or demonym just before it, possessive allowed ("US", "Russian",
 * "Russia's"). Both are needed: "Prime Minister Netanyahu" alone says no country, so no code.
 */
export function titleCode(
  dictionary: ActorDictionary,
  before: readonly string[],
  date: string | undefined,
): string | undefined {
  if (before.some((word) => PAST.has(word.toLowerCase()))) return undefined;
  const found = findTitle(dictionary, before);
  if (found === undefined) return undefined;
  const { role, start: title } = found;
  // Up to two words may qualify the title between it and the country ("Russia's Defense Minister").
  for (let end = title; end >= Math.max(0, title - MAX_QUALIFIER_WORDS); end--) {
    // "Syria under President Trump": a word like "under" ends the title, it does not qualify it.
    if (end < title && NOT_QUALIFIERS.has((before[end] as string).toLowerCase())) break;
    const country = countryBefore(dictionary, before.slice(0, end), date);
    if (country !== undefined) return country + role;
  }
  return undefined;
}

/**
 * The longest agent noun ending `words`, its role and the word it starts at. A spokesperson
 * speaks for the body named before the word, and takes its role ("foreign ministry spokeswoman"
 * -> GOV, "army spokesman" -> MIL, "presidential spokesperson" -> GOV); a spokesperson of nothing
 * named is MED, as the dictionary has it.
 */
function findTitle(
  dictionary: ActorDictionary,
  words: readonly string[],
): { role: string; start: number } | undefined {
  for (let k = Math.min(MAX_TITLE_WORDS, words.length); k >= 1; k--) {
    const start = words.length - k;
    const found = lookupAgent(dictionary, words.slice(start));
    if (found === undefined) continue;
    // "Bank of Tanzania Governor": the governor of a central bank, not of a province.
    const role = (k === 1 ? bankTitleRole(dictionary, words, start) : undefined) ?? officeRole(found);
    // "Opposition lawmaker Andrea Ortega", "opposition senator": an opposition party's member speaks for it.
    if (words[start - 1]?.toLowerCase() === 'opposition' && role !== 'OPP')
      return { role: 'OPP', start: start - 1 };
    if (k === 1 && SPOKESPEOPLE_AND_PLURALS.has((words[start] as string).toLowerCase())) {
      const body = findTitle(dictionary, words.slice(0, start));
      if (body !== undefined) return body;
      const office = officeAdjectiveRole(words[start - 1]);
      if (office !== undefined) return { role: office, start: start - 1 };
    }
    // "police commander", "the union's president": a body's leader takes the body's role, not the
    // title's (MIL, GOV).
    if (k === 1 && isLeaderWord(words[start] as string)) {
      const owned = POSSESSIVE.has(words[start - 1] ?? '');
      const body = bodyRole(dictionary, words[start - (owned ? 2 : 1)]);
      if (body !== undefined) return { role: body, start: start - (owned ? 2 : 1) };
    }
    return { role, start };
  }
  // "the Ethiopian government's lead negotiator": a title of a body takes the body's role.
  const possessive = words.findLastIndex((word) => POSSESSIVE.has(word));
  if (
    possessive >= 1 &&
    words.length - possessive - 1 <= MAX_TITLE_WORDS - 1 &&
    words.length - possessive > 1
  ) {
    const body = bodyRole(dictionary, words[possessive - 1]);
    if (body !== undefined) return { role: body, start: possessive - 1 };
  }
  // "said Major Suresh Thapa": a military rank the agent dictionary lacks, capitalised before a name.
  if (RANKS.has(words.at(-1) ?? '')) return { role: 'MIL', start: words.length - 1 };
  // "The district's chief administrator", "district health officer": a local government's official.
  const local = localOfficialRole(words);
  if (local !== undefined) return local;
  // "the transport secretary": a secretary of a portfolio, which the agent dictionary lists only for a few.
  const last = words.length - 1;
  if (
    last >= 1 &&
    words[last]?.toLowerCase() === 'secretary' &&
    !NOT_PORTFOLIOS.has(words[last - 1]?.toLowerCase() ?? '')
  )
    return { role: 'GOV', start: last - 1 };
  const bank = bankScopeRole(dictionary, words);
  if (bank !== undefined) return bank;
  // "Justice Aroha Pene": a judge of a high court.
  if (JUDGE_TITLES.has(words[last] ?? '')) return { role: 'JUD', start: last };
  return undefined;
}

/** Titles of a judge before a name that the agent dictionary lacks; capitalised, as titles are. */
const JUDGE_TITLES = new Set(['Justice']);

/** Military ranks written before a name that the agent dictionary lacks (it has "Captain", "Colonel"). */
const RANKS = new Set(['Major', 'Sergeant', 'Brigadier', 'Corporal', 'Commodore']);

/** Words before "secretary" that make it no minister's title ("general secretary" of a party). */
const NOT_PORTFOLIOS = new Set(['general', 'executive', 'party', 'the', 'a', 'an', "'s", '’s']);

/** Bodies whose people speak for them by any title ("the government's lead negotiator"). */
const BODIES = new Set(['government', 'army', 'military', 'police', 'cabinet', 'presidency', 'union']);

/** The role of a body's noun among BODIES ("police" COP, "union" LAB, which the agent dictionary lists only as "trade union"). */
function bodyRole(dictionary: ActorDictionary, word: string | undefined): string | undefined {
  const lower = word?.toLowerCase() ?? '';
  if (!BODIES.has(lower)) return undefined;
  const role = lookupAgent(dictionary, [lower]);
  return role === undefined ? organisationRole(dictionary, [lower]) : officeRole(role);
}

/** The nouns for one who speaks for a body: their title is the body's ("the ministry's spokesman"). */
export const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** The same nouns with their plurals, for a title before names. */
const SPOKESPEOPLE_AND_PLURALS = new Set([...SPOKESPEOPLE, 'spokespeople', 'spokesmen']);

/**
 * The role a title just before a name gives, with or without a country ("Foreign Secretary" ->
 * GOV, "opposition leader" -> OPP); undefined when the words end with no agent noun, when
 * "former" or "ex" marks the title as a past office, or when an acronym before it names the body
 * it is a title of ("NLC president").
 */
export function titleRole(dictionary: ActorDictionary, before: readonly string[]): string | undefined {
  if (before.some((word) => PAST.has(word.toLowerCase()))) return undefined;
  const found = findTitle(dictionary, before);
  // "NLC president Joe Ajaero" heads the body the acronym names, not the article's country.
  if (found === undefined || ACRONYM.test(before[found.start - 1] ?? '')) return undefined;
  return found.role;
}

/** A word in capitals, an organisation's acronym ("NLC", "ANC"). */
const ACRONYM = /^[A-Z]{2,6}$/;

/** Words that make a title a past office ("former President"). */
export const PAST = new Set(['former', 'ex', 'ex-']);

/** The country named or described by the last words of `words`, a trailing possessive skipped. */
export function countryBefore(
  dictionary: ActorDictionary,
  words: readonly string[],
  date: string | undefined,
): string | undefined {
  const end = POSSESSIVE.has(words.at(-1) ?? '') ? words.length - 1 : words.length;
  for (let k = Math.min(MAX_COUNTRY_WORDS, end); k >= 1; k--) {
    const country = countryOf(dictionary, words.slice(end - k, end), date);
    if (country !== undefined) return country;
  }
  return undefined;
}

/**
 * How many of a name's first words are a title ("President" in "President Trump"), at most 3. An
 * agent noun for a faith is no title there: it is a given name ("Christian Lindner").
 */
export function leadingTitleLength(dictionary: ActorDictionary, nameWords: readonly string[]): number {
  for (let k = Math.min(3, nameWords.length - 1); k >= 1; k--) {
    const role = lookupAgent(dictionary, nameWords.slice(0, k));
    if (role !== undefined && !FAITHS.test(role)) return k;
  }
  return nameWords.length > 1 && JUDGE_TITLES.has(nameWords[0] ?? '') ? 1 : 0;
}

/** CAMEO role codes of faiths (Christian, Muslim, Jewish, Hindu, Buddhist). */
const FAITHS = /^(CHR|MUS|JEW|HIN|BUD)/;

import type { ChainMention, CorefChain } from '../../document/annotations.js';
import { acronymCode } from './acronym-code.js';
import type { ActorDictionary } from './actor-dictionary.js';
import { appositionCode, type CodedNames, organisationTitleCode } from './apposition-code.js';
import { chargePortfolioRole } from './charge-portfolio-role.js';
import { countryAfterName } from './country-after-name.js';
import { countryCodes } from './country-codes.js';
import { describedBodyCode } from './described-body-code.js';
import { findActorCode, isPastOfficeCode } from './find-actor-code.js';
import { headBySurnameCode } from './head-by-surname-code.js';
import { pastOfficeHeadCode, unknownHeadCode } from './head-of-only-igo-code.js';
import { igoStaffCode } from './igo-staff-code.js';
import { judgeNameRole } from './judge-name-role.js';
import { looseNameCode } from './loose-name-code.js';
import { metonymCode } from './metonyms.js';
import { keepsNarrowerKnownRole } from './narrower-known-role.js';
import { organisationCode, organisationRole, qualifierRole } from './organisation-code.js';
import { isPartyName, isPartyTitle, partyCode } from './party-code.js';
import { titlePhrasesAround } from './person-titles.js';
import { policeTitleRole } from './police-title-role.js';
import { secretaryOfStateCode } from './secretary-of-state-code.js';
import { leadingTitleLength, titleCode, titleRole } from './title-code.js';
import { type TokenContext, wordsSinceComma } from './token-context.js';
import { unionAppositionRole } from './union-apposition-role.js';
import { wireAgencyCode } from './wire-agency-code.js';
import { withoutApostrophes } from './without-apostrophes.js';

/** What resolving a chain reads besides the chain: the dictionary, the date, the words around names. */
export interface ResolveContext {
  dictionary: ActorDictionary;
  /** The article's day (ISO); undefined when it has none, and then only undated codes apply. */
  date: string | undefined;
  tokens: TokenContext;
  /** Organisations already resolved, for people named in apposition to one. */
  organisations: CodedNames;
  /**
   * The country the article is mostly about, for a title that names none ("Finance Minister Yaw
   * Mensah" in an article about Ghana); undefined when unclear. Asked only when needed.
   */
  homeCountry?: () => string | undefined;
  /**
   * The country among those the article names that a person's name points to (`nameCountry`), for
   * a title that names none when the article has no one country. Asked only when needed.
   */
  nameCountry?: (name: string) => string | undefined;
  /** The roles of the titles the article writes out without a name, by last word (`describedRoles`). */
  describedRoles?: ReadonlyMap<string, string | null>;
}

/**
 * The CAMEO code of a person, organisation or place chain, or undefined when nothing supports one.
 * In order: a name of the chain in the dictionary, with the code of the date (fullest name
 * first); a government metonym ("the Kremlin"); then, from the words around a name mention, an
 * organisation's country and agent nouns, or a person's title and its country, or the
 * organisation a person heads. A place is only what the dictionary says it is.
 */
export function resolveChainCode(chain: CorefChain, context: ResolveContext): string | undefined {
  const { dictionary, date } = context;
  const names = chain.mentions.filter((mention) => mention.kind === 'name');
  if (chain.type === 'PERSON') return personCode(chain, names, context);
  const nameTexts = [...new Set([chain.name, ...names.map((mention) => mention.text)])];
  for (const text of nameTexts) {
    const words = wordsOf(text);
    const code =
      findActorCode(dictionary, words, date) ??
      // Whatever the tagger took it for: it reads "Downing Street said" as a person.
      metonymCode(words) ??
      (chain.type === 'LOCATION' ? unqualifiedPlaceCode(context, words) : acronymCode(dictionary, words)) ??
      (chain.type === 'ORG' ? codeWithoutApostrophes(context, words) : undefined);
    if (code !== undefined) return code;
  }
  if (chain.type === 'ORG')
    return (
      firstOf(names, (mention) => organisationCodeAt(context, mention)) ??
      // "The Labour Party said", "Labour says": a party the dictionary does not know.
      partyMentionCode(names, context) ??
      firstOf(names, (mention) => describedBodyCode(mention, context.tokens, context.organisations)) ??
      judgeNameCode(chain, context) ??
      homeOrganisationCode(chain, context)
    );
  return undefined;
}

/** "Justice Aroha Pene", whatever the tagger took it for: a judge of the article's country. */
function judgeNameCode(chain: CorefChain, context: ResolveContext): string | undefined {
  const role = judgeNameRole(wordsOf(chain.name));
  const country = role === undefined ? undefined : context.homeCountry?.();
  return country === undefined ? undefined : country + role;
}

/**
 * The code of an organisation that no country written with its name gives, in the article's
 * country: an institution the text names only by a common noun ("the finance ministry",
 * "police") with the role of its noun, unless a country is written with it ("Turkey's defence
 * ministry"); a named one with the role of its name's agent nouns or of a qualifier before it
 * ("the opposition Labour Party", "the Nigeria Labour Congress").
 */
function homeOrganisationCode(chain: CorefChain, context: ResolveContext): string | undefined {
  const names = chain.mentions.filter((mention) => mention.kind === 'name');
  if (names.length === 0) {
    const written = firstOf(chain.mentions, (mention) => organisationCodeAt(context, mention));
    if (written !== undefined) return written;
  }
  const role =
    firstOf(names, (mention) => qualifierRole(wordsSinceComma(context.tokens.before(mention)))) ??
    firstOf(names, (mention) => unionAppositionRole(mention, context.tokens)) ??
    organisationRole(context.dictionary, wordsOf(chain.name));
  const country = role === undefined ? undefined : context.homeCountry?.();
  return country === undefined ? undefined : country + role;
}

/**
 * A person's code. An office the text states with its country or organisation ("Commission
 * President Ursula von der Leyen", "Foreign Secretary Jeremy Hunt" with the dictionary's country)
 * is the person's office on the article's date, so it beats the dictionary, whose entries may be
 * older offices. Then the dictionary (exact name, metonym, name without its title), then the
 * organisation the person heads, then a title naming no country, read in the article's country
 * for a person introduced with a full name.
 */
function personCode(
  chain: CorefChain,
  names: readonly ChainMention[],
  context: ResolveContext,
): string | undefined {
  const phrases = names.flatMap((mention) =>
    titlePhrasesAround(context.dictionary, mention, context.tokens, context.date),
  );
  const police = firstOf(names, (mention) => policeTitleRole(mention, context.tokens));
  const role =
    police ??
    firstOf(names, (mention) => chargePortfolioRole(context.dictionary, mention, context.tokens)) ??
    refinedRole(phrases, context) ??
    judgeNameRole(wordsOf(chain.name));
  const stated =
    firstOf(names, (mention) =>
      wireAgencyCode(context.dictionary, wordsBefore(context.tokens, mention), context.date),
    ) ??
    firstOf(phrases, (phrase) => titleCode(context.dictionary, phrase, context.date)) ??
    firstOf(phrases, secretaryOfStateCode) ??
    firstOf(names, (mention) => organisationTitleCode(mention, context.tokens, context.organisations)) ??
    partyLeaderCode(chain, phrases, context) ??
    (role === undefined ? undefined : firstOf(names, (mention) => countryAfterCode(context, mention, role)));
  if (stated !== undefined) return stated;
  const nameTexts = [...new Set([chain.name, ...names.map((mention) => mention.text)])];
  for (const text of nameTexts) {
    const words = wordsOf(text);
    const code =
      findActorCode(context.dictionary, words, context.date) ??
      metonymCode(words) ??
      untitledCode(context, words) ??
      looseNameCode(
        context.dictionary,
        words.slice(leadingTitleLength(context.dictionary, words)),
        context.date,
      );
    if (code === undefined) continue;
    // A dictionary that knows only the person's past offices: the organisation the text says the
    // person heads is the office held that day ("Jens Stoltenberg, the secretary-general of NATO,").
    const apposed = isPastOfficeCode(context.dictionary, words, context.date)
      ? (firstOf(names, (mention) => appositionCode(mention, context.tokens, context.organisations)) ??
        pastOfficeHeadCode(phrases, context.organisations))
      : undefined;
    if (apposed !== undefined) return apposed;
    const country = code.slice(0, 3);
    if (role === undefined || keepsNarrowerKnownRole(context.dictionary, phrases, role, code)) return code;
    return countryCodes(context.dictionary).has(country) ? country + role : code;
  }
  const name = wordsOf(chain.name).slice(leadingTitleLength(context.dictionary, wordsOf(chain.name)));
  // A police title names no other body: the article's police, never the one IGO a "director general" may head.
  if (police !== undefined) return homeCode(chain, police, context);
  return (
    firstOf(phrases, (phrase) => headBySurnameCode(context.dictionary, phrase, name, context.date)) ??
    firstOf(names, (mention) => appositionCode(mention, context.tokens, context.organisations)) ??
    firstOf(names, (mention) => igoStaffCode(mention, context.tokens, context.organisations)) ??
    unknownHeadCode(phrases, context.organisations) ??
    homeCode(chain, role, context)
  );
}

/**
 * The role of the first title phrase that gives one; a title the article also writes out with
 * more words gives their narrower role ("Governor" in an article that writes "central bank
 * governor": GOVBUS, not GOV).
 */
function refinedRole(phrases: readonly string[][], context: ResolveContext): string | undefined {
  for (const phrase of phrases) {
    const role = titleRole(context.dictionary, phrase);
    if (role === undefined) continue;
    const narrower = context.describedRoles?.get(phrase.at(-1)?.toLowerCase() ?? '');
    return narrower?.startsWith(role) ? narrower : role;
  }
  return undefined;
}

/**
 * The article's country with the role of a bare title, for a person introduced by full name; in
 * an article about several countries, the one of them the person's name points to.
 */
function homeCode(chain: CorefChain, role: string | undefined, context: ResolveContext): string | undefined {
  if (role === undefined || !hasFullName(chain)) return undefined;
  const country = context.homeCountry?.() ?? context.nameCountry?.(chain.name);
  return country === undefined ? undefined : country + role;
}

/**
 * True when the chain's name has a given name and a surname: someone the article introduces. A
 * person named by the surname alone ("President Zelensky") is known to the reader, and often
 * from abroad, so the article's country is not read into their title.
 */
function hasFullName(chain: CorefChain): boolean {
  return wordsOf(chain.name).length >= 2;
}

/** A person's name with its title cut off ("President Trump" -> "Trump"), looked up. */
function untitledCode(context: ResolveContext, words: readonly string[]): string | undefined {
  const title = leadingTitleLength(context.dictionary, words);
  return title === 0 ? undefined : findActorCode(context.dictionary, words.slice(title), context.date);
}

/** A place with a lower-case qualifier ("southern Syria" -> Syria), looked up. */
function unqualifiedPlaceCode(context: ResolveContext, words: readonly string[]): string | undefined {
  let first = 0;
  while (first < words.length - 1 && /^\p{Ll}/u.test(words[first] as string)) first++;
  return first === 0 ? undefined : findActorCode(context.dictionary, words.slice(first), context.date);
}

/** A titled person's country written after the name ("Foreign Minister X of Egypt"), with the title's role. */
function countryAfterCode(context: ResolveContext, mention: ChainMention, role: string): string | undefined {
  const after = context.tokens.after(mention).map((word) => word.text);
  const country = countryAfterName(context.dictionary, after, context.date);
  return country === undefined ? undefined : country + role;
}

function codeWithoutApostrophes(context: ResolveContext, words: readonly string[]): string | undefined {
  const written = withoutApostrophes(words);
  return written === undefined ? undefined : findActorCode(context.dictionary, written, context.date);
}

function organisationCodeAt(context: ResolveContext, mention: ChainMention): string | undefined {
  const before = wordsSinceComma(context.tokens.before(mention));
  return organisationCode(context.dictionary, before, wordsOf(mention.text), context.date);
}

function firstOf<T>(items: readonly T[], find: (item: T) => string | undefined): string | undefined {
  for (const item of items) {
    const found = find(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The code of a party the dictionary does not know, named by one of `names`: the government's
 * when the text calls one of them ruling or governing ("the ruling Labour Party"), else the
 * opposition's (`partyCode`).
 */
function partyMentionCode(names: readonly ChainMention[], context: ResolveContext): string | undefined {
  const parties = names.filter((mention) => isPartyName(wordsOf(mention.text)));
  if (parties.length === 0) return undefined;
  const ruling = parties.some((mention) =>
    RULING.has(context.tokens.before(mention).at(-1)?.text.toLowerCase() ?? ''),
  );
  const country = context.homeCountry?.();
  return ruling ? (country === undefined ? undefined : `${country}GOV`) : partyCode(country);
}

/** Words that say a party holds the government. */
const RULING = new Set(['ruling', 'governing']);

/** The words just before a name, the comma that sets it off left out ("UN refugee agency's representative in Jordan,"). */
function wordsBefore(tokens: TokenContext, mention: ChainMention): string[] {
  const before = tokens.before(mention).map((word) => word.text);
  return before.at(-1) === ',' ? before.slice(0, -1) : before;
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * A party's leader or spokesperson ("Labour leader Keir Starmer", "Ed Davey, the leader of the
 * Liberal Democrats,"): the party's code, stated in the text, so it beats the dictionary's other
 * roles; not a person the dictionary has in the government that day, whose party rules.
 */
function partyLeaderCode(
  chain: CorefChain,
  phrases: readonly string[][],
  context: ResolveContext,
): string | undefined {
  if (!phrases.some(isPartyTitle)) return undefined;
  const known = findActorCode(context.dictionary, wordsOf(chain.name), context.date);
  if (known?.slice(3).startsWith('GOV')) return undefined;
  return partyCode(known?.slice(0, 3) ?? context.homeCountry?.() ?? context.nameCountry?.(chain.name));
}

import type { Span } from '../../document/span.js';
import type { ActorDictionary } from './actor-dictionary.js';
import { isAideWord, POSSESSIVE_PRONOUNS } from './aide-code.js';
import { leadingTitleLength, SPOKESPEOPLE, titleCode, titleRole } from './title-code.js';
import { type TokenContext, type Word, wordsSinceComma } from './token-context.js';

const ARTICLES = new Set(['the', 'a', 'an']);

/** An apposition title has at most this many words ("The spokesman for Ethiopia's foreign ministry"). */
const MAX_APPOSITION_WORDS = 8;

/**
 * The title phrases written around one name mention of a person, each ending where the title's
 * head noun is: the words just before the name in the same phrase, a leading title inside the
 * name ("Foreign Minister" of "Foreign Minister Wang Yi"), a title set off before it ("The United
 * States ambassador, Julie Chung") and one set off after it ("Friedrich Merz, the opposition
 * leader,"); a phrase set off opens with an article, or is a title with its country ("Germany's
 * finance minister, ...", "Hulusi Akar, Turkey's defence minister,") or a place's ("Cúcuta's mayor,
 * Lucía Paredes,"), so "Speaking to the minister, John Smith said" gives none. The phrases are only
 * candidates: whether they hold an agent noun is for the caller.
 */
export function titlePhrasesAround(
  dictionary: ActorDictionary,
  mention: Span & { text: string },
  tokens: TokenContext,
  date: string | undefined,
): string[][] {
  const words = mention.text.split(/\s+/).filter(Boolean);
  const title = leadingTitleLength(dictionary, words);
  const beforeWords = tokens.before(mention);
  const phrases = [[...wordsSinceComma(beforeWords), ...words.slice(0, title)]];
  if (beforeWords.at(-1)?.text === ',') {
    const set = wordsSinceComma(beforeWords.slice(0, -1));
    if (opensAsTitle(dictionary, set, date) && set.length <= MAX_APPOSITION_WORDS) phrases.push(set);
  }
  const after = tokens.after(mention);
  if (after[0]?.text === ',') {
    const set = untilComma(after.slice(1));
    const closes = after.length === set.length + 1 || after[set.length + 1]?.text === ',';
    if (closes && opensAsTitle(dictionary, set, date) && set.length <= MAX_APPOSITION_WORDS)
      phrases.push(set);
  }
  return phrases
    .flatMap((phrase) => {
      const cut = withoutScope(phrase);
      // "a lawyer for the detainees" is a lawyer (JUD) whatever the role of those the scope names;
      // "the governor of the central bank" is the scope's (GOVBUS), not any governor's (GOV).
      return isOwnRole(dictionary, cut[0]) ? [...cut, phrase] : [phrase, ...cut];
    })
    .filter((phrase) => phrase.length > 0);
}

/**
 * True when words set off by commas beside a name are a title: they open with an article, or are a
 * title with its country ("Turkey's defence minister"), or a title after a place's possessive
 * ("Cúcuta's mayor", "Lagos state's governor"), which the article's country then completes.
 */
function opensAsTitle(
  dictionary: ActorDictionary,
  set: readonly string[],
  date: string | undefined,
): boolean {
  if (ARTICLES.has(set[0]?.toLowerCase() ?? '') || isBareTitle(dictionary, set)) return true;
  // "Peru's minister of economy and finance": the title with its country, before its scope.
  const head = withoutScope(set)[0];
  if (titleCode(dictionary, set, date) !== undefined) return true;
  if (head !== undefined && titleCode(dictionary, head, date) !== undefined) return true;
  if (isOwnRoleAfterPronoun(dictionary, set)) return true;
  const possessive = set.findIndex((word) => POSSESSIVE.has(word));
  return (
    possessive >= 1 &&
    possessive <= MAX_PLACE_WORDS &&
    /^\p{Lu}/u.test(set[0] ?? '') &&
    titleRole(dictionary, set.slice(possessive + 1)) !== undefined
  );
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/**
 * "Carlos Vela, spokesman for the national police,", "X, minister of economy and finance,": a
 * title without an article, lower-case up to its scope, whose words before the scope are a title.
 */
function isBareTitle(dictionary: ActorDictionary, set: readonly string[]): boolean {
  const scope = set.findIndex((word, at) => at > 0 && SCOPE_WORDS.has(word));
  if (scope === -1) return false;
  const title = set.slice(0, scope);
  return title.every((word) => /^\p{Ll}/u.test(word)) && titleRole(dictionary, title) !== undefined;
}

/**
 * "Her lawyer, Rodrigo Sac,": a title after a possessive pronoun whose holder acts in a role of
 * their own (a lawyer is JUD whoever the client), not for the one the pronoun names; a leader,
 * spokesperson or aide acts for them instead (`aideCode`), so those are left out.
 */
function isOwnRoleAfterPronoun(dictionary: ActorDictionary, set: readonly string[]): boolean {
  if (!POSSESSIVE_PRONOUNS.has(set[0]?.toLowerCase() ?? '') || set.length < 2) return false;
  const title = set.slice(1);
  if (title.some((word) => isAideWord(word) || /^staff$/i.test(word))) return false;
  return titleRole(dictionary, title) !== undefined;
}

/** Roles a title holds whoever it serves: a lawyer is JUD for any client. */
const OWN_ROLES = new Set(['JUD']);

function isOwnRole(dictionary: ActorDictionary, title: readonly string[] | undefined): boolean {
  return title !== undefined && OWN_ROLES.has(titleRole(dictionary, title) ?? '');
}

/** Words of a place's name before its possessive, at most ("Lagos state's"). */
const MAX_PLACE_WORDS = 2;

/**
 * Words that open a title's scope: "the mayor of Greater Manchester", "a lawyer for the union",
 * "the deputy mayor responsible for the environment".
 */
const SCOPE_WORDS = new Set(['of', 'for', 'to', 'in', 'at', 'responsible']);

/**
 * A title phrase cut before its scope ("a lawyer" of "a lawyer for the union"), so that its head
 * noun ends it; none when it has no scope, or its head is a spokesperson, who speaks for the
 * scope's body and not in a role of their own, unless the scope is only where they speak ("a
 * police spokesman in Kathmandu").
 */
function withoutScope(phrase: readonly string[]): string[][] {
  const scope = phrase.findIndex((word, at) => at > 0 && SCOPE_WORDS.has(word.toLowerCase()));
  if (scope === -1) return [];
  const isSpokesperson = SPOKESPEOPLE.has(phrase[scope - 1]?.toLowerCase() ?? '');
  if (isSpokesperson && !PLACE_SCOPE_WORDS.has((phrase[scope] as string).toLowerCase())) return [];
  return [phrase.slice(0, scope)];
}

/** Scope words that say where, not for whom. */
const PLACE_SCOPE_WORDS = new Set(['in', 'at']);

function untilComma(words: readonly Word[]): string[] {
  const comma = words.findIndex((word) => word.text === ',');
  return (comma === -1 ? words : words.slice(0, comma)).map((word) => word.text);
}

/**
 * Words that make up the names of political parties the world over, alone or together ("Labour",
 * "Liberal Democrats", "Social Democratic", "Greens", "Democratic Alliance"); with "Party" at the end any name is a party.
 */
const PARTY_WORDS = new Set([
  'labour',
  'labor',
  'conservative',
  'conservatives',
  'tory',
  'tories',
  'liberal',
  'liberals',
  'democrat',
  'democrats',
  'democratic',
  'republican',
  'republicans',
  'social',
  'socialist',
  'socialists',
  'communist',
  'communists',
  'green',
  'greens',
  'nationalist',
  'nationalists',
]);

/** Nouns that make a party of party words before them ("Democratic Alliance"), but alone are any body ("the Alliance"). */
const PARTY_NOUNS = new Set(['alliance']);

/** Nouns for who leads or speaks for a party ("Labour leader", "the leader of the Labour Party"). */
const PARTY_TITLES = new Set([
  'leader',
  'chairman',
  'chairwoman',
  'chair',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);

/**
 * True when `words` name a party: capitalised words that end with "Party" ("Labour Party",
 * "Pheu Thai Party"), or that are all party words ("Labour", "Liberal Democrats"), so "Nigeria
 * Labour Congress", a union, is none.
 */
export function isPartyName(words: readonly string[]): boolean {
  if (words.length === 0 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  if (words.at(-1) === 'Party') return true;
  const last = words.length > 1 && PARTY_NOUNS.has((words.at(-1) as string).toLowerCase()) ? -1 : undefined;
  return words.slice(0, last).every((word) => PARTY_WORDS.has(word.toLowerCase()));
}

/**
 * True when a title phrase makes a person a party's leader or spokesperson: a party's name right
 * before the title ("Labour leader", "Liberal Democrat leader") or after "of the" ("the leader of
 * the Labour Party").
 */
export function isPartyTitle(phrase: readonly string[]): boolean {
  const at = phrase.findIndex((word) => PARTY_TITLES.has(word.toLowerCase()));
  if (at === -1) return false;
  let first = at;
  while (first > 0 && /^\p{Lu}/u.test(phrase[first - 1] as string)) first--;
  if (first < at && isPartyName(phrase.slice(first, at))) return true;
  const after = phrase.slice(at + 1);
  if (after[0]?.toLowerCase() !== 'of') return false;
  const name = after.slice(after[1]?.toLowerCase() === 'the' ? 2 : 1);
  return isPartyName(name);
}

/**
 * The code of a party or its leader in `country`: a party that does not hold the government is
 * the opposition ("GBROPP", as CAMEO codes opposition parties and their leaders). Whoever holds
 * the government the dictionary already codes GOV by name (a head of government, a minister), so
 * a party and a leader that reach this rule are taken for the opposition.
 */
export function partyCode(country: string | undefined): string | undefined {
  return country === undefined ? undefined : `${country}OPP`;
}

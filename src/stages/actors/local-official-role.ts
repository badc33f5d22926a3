/** Words that name a tier of local government. */
const LOCAL_TIERS = new Set([
  'district',
  'districts',
  'county',
  'municipal',
  'municipality',
  'province',
  'provincial',
  'prefecture',
  'prefectural',
  'regional',
]);

/** Nouns for an official of such a tier, which the agent dictionary lists only with other bodies. */
const OFFICIAL_NOUNS = new Set([
  'administrator',
  'officer',
  'official',
  'commissioner',
  'executive',
  'coordinator',
  'director',
]);

/** Words between the tier and the official noun, at most ("district health officer"). */
const MAX_WORDS_BETWEEN = 2;

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/**
 * GOV and the word the title starts at, for a local government's official: "The district's chief
 * administrator", "district health officer", "the county executive"; undefined when `words` do
 * not end with such a title. A district official acts for the state, as the quote guidelines code
 * a minister.
 */
export function localOfficialRole(words: readonly string[]): { role: string; start: number } | undefined {
  const last = words.length - 1;
  if (!OFFICIAL_NOUNS.has(words[last]?.toLowerCase() ?? '')) return undefined;
  for (let at = last - 1; at >= Math.max(0, last - MAX_WORDS_BETWEEN - 2); at--) {
    const word = (words[at] as string).toLowerCase();
    if (POSSESSIVE.has(word)) continue;
    if (LOCAL_TIERS.has(word)) return { role: 'GOV', start: at };
    if (!/^\p{Ll}/u.test(words[at] as string)) return undefined;
  }
  return undefined;
}

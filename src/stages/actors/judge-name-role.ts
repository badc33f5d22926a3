/** Titles of judges that the tagger may take into a name, and the agent dictionary lacks ("Justice"). */
const JUDGE_TITLES = new Set(['Justice', 'Judge']);

/** Words of a name after the title, at least and at most ("Justice Aroha Pene"). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/** Words that make the name an institution's ("Justice Ministry", "Justice Department of Ohio"). */
const INSTITUTION_WORDS =
  /^(ministry|ministries|department|party|court|courts|league|movement|front|commission|council|institute|centre|center|office|minister|committee)$/i;

/**
 * JUD for a name that opens with a judge's title and goes on with a person's name, whatever the
 * tagger took it for: "Justice Aroha Pene", "Judge Marta Velásquez Coyoy"; undefined otherwise.
 */
export function judgeNameRole(words: readonly string[]): 'JUD' | undefined {
  if (!JUDGE_TITLES.has(words[0] ?? '')) return undefined;
  const name = words.slice(1);
  if (name.length < MIN_NAME_WORDS || name.length > MAX_NAME_WORDS) return undefined;
  const isPersonName = name.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !INSTITUTION_WORDS.test(word));
  return isPersonName ? 'JUD' : undefined;
}

export type Gender = 'male' | 'female';

/** Titles a person is introduced with and later called by ("the prime minister"), written form → canonical. */
const ROLE_TITLES: Record<string, string> = {
  president: 'president',
  'vice president': 'vice president',
  'prime minister': 'prime minister',
  'deputy prime minister': 'deputy prime minister',
  premier: 'premier',
  chancellor: 'chancellor',
  minister: 'minister',
  'foreign minister': 'foreign minister',
  'defense minister': 'defense minister',
  'defence minister': 'defense minister',
  'interior minister': 'interior minister',
  'finance minister': 'finance minister',
  secretary: 'secretary',
  'secretary of state': 'secretary of state',
  'secretary-general': 'secretary-general',
  'secretary general': 'secretary-general',
  'defense secretary': 'defense secretary',
  general: 'general',
  'gen.': 'general',
  admiral: 'admiral',
  'adm.': 'admiral',
  colonel: 'colonel',
  'col.': 'colonel',
  commander: 'commander',
  senator: 'senator',
  'sen.': 'senator',
  governor: 'governor',
  'gov.': 'governor',
  mayor: 'mayor',
  ambassador: 'ambassador',
  envoy: 'envoy',
  king: 'king',
  queen: 'queen',
  prince: 'prince',
  princess: 'princess',
  emperor: 'emperor',
  pope: 'pope',
  ayatollah: 'ayatollah',
  sheikh: 'sheikh',
  chairman: 'chairman',
  spokesman: 'spokesman',
  spokeswoman: 'spokeswoman',
};

/** Words before a name that say only the gender: never a description ("the mr." is not a phrase). */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'lord', 'lady', 'dame']);

const MALE = new Set([
  'mr',
  'mr.',
  'sir',
  'lord',
  'king',
  'prince',
  'emperor',
  'pope',
  'sheikh',
  'spokesman',
]);
const FEMALE = new Set([
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'miss',
  'lady',
  'dame',
  'queen',
  'princess',
  'spokeswoman',
]);

/** A title phrase has at most this many words ("deputy prime minister", "secretary of state"). */
export const MAX_TITLE_WORDS = 3;

/** Modifiers that make "the former president" somebody other than the president named earlier. */
const NOT_THE_SAME = new Set(['former', 'late', 'ex', 'then', 'outgoing', 'next', 'new']);

/** A title's canonical form, or undefined when the words are no role title. */
export function roleTitle(words: readonly string[]): string | undefined {
  return ROLE_TITLES[words.join(' ').toLowerCase()];
}

export function isTitle(words: readonly string[]): boolean {
  return (
    roleTitle(words) !== undefined || (words.length === 1 && HONORIFICS.has(words[0]?.toLowerCase() ?? ''))
  );
}

export function titleGender(words: readonly string[]): Gender | undefined {
  const last = words.at(-1)?.toLowerCase() ?? '';
  if (MALE.has(last)) return 'male';
  if (FEMALE.has(last)) return 'female';
  return undefined;
}

export function isDisqualifyingModifier(word: string): boolean {
  return NOT_THE_SAME.has(word.toLowerCase());
}

/**
 * Whether a description's title can name a person introduced with `introduced`: the same title, or
 * the head of it ("the minister" for "Foreign Minister"), but not a lesser office ("the president"
 * is not the "vice president").
 */
export function titleMatches(introduced: string, described: string): boolean {
  if (introduced === described) return true;
  if (introduced.startsWith(`${described} of `)) return true;
  if (!introduced.endsWith(` ${described}`)) return false;
  const modifier = introduced.slice(0, -described.length - 1);
  return !/\b(vice|deputy|assistant|under)\b/.test(modifier);
}

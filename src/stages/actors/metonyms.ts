/**
 * Places that stand for a government ("the Kremlin said"), lower-cased words -> CAMEO code. The
 * dictionary knows Kremlin, White House and Pentagon already and is asked first; this table fills in
 * the ones it lacks, and keeps those three in case a rebuilt dictionary drops them.
 */
const METONYMS: Readonly<Record<string, string>> = {
  kremlin: 'RUSGOV',
  'white house': 'USAGOV',
  pentagon: 'USAMIL',
  'downing street': 'GBRGOV',
  'number 10': 'GBRGOV',
  elysee: 'FRAGOV',
  élysée: 'FRAGOV',
  'elysee palace': 'FRAGOV',
  'élysée palace': 'FRAGOV',
  'blue house': 'KORGOV',
  zhongnanhai: 'CHNGOV',
};

/** The code of a government metonym written `words` (a leading "the" ignored), or undefined. */
export function metonymCode(words: readonly string[]): string | undefined {
  const lower = words.map((word) => word.toLowerCase());
  if (lower[0] === 'the') lower.shift();
  return METONYMS[lower.join(' ')];
}

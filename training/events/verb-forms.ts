const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

const isConsonant = (letter: string | undefined) =>
  letter !== undefined && /[a-z]/.test(letter) && !VOWELS.has(letter);

/**
 * The regular forms of an English verb (lower case): itself, third person -s, past -ed, -ing.
 * PETRARCH-2 generates these for a dictionary verb without `{...}`; its rule writes "carryed" and
 * "continueing", so this one follows English spelling instead: consonant + y → -ies/-ied; -s, -x, -z,
 * -ch, -sh and consonant + o → -es; silent e dropped before -ing (not after e, o, y: "agreeing");
 * -ie → -ying. It does not double final consonants ("regreted"): the dictionary lists those verbs'
 * forms in `{...}` where it matters, and a form no text contains is never looked up.
 */
export function regularVerbForms(verb: string): string[] {
  const last = verb.at(-1);
  const beforeLast = verb.at(-2);
  const stem = verb.slice(0, -1);
  let third: string;
  let past: string;
  let ing: string;
  if (last === 'y' && isConsonant(beforeLast)) {
    third = `${stem}ies`;
    past = `${stem}ied`;
  } else {
    third =
      /(s|x|z|ch|sh)$/.test(verb) || (last === 'o' && isConsonant(beforeLast)) ? `${verb}es` : `${verb}s`;
    past = last === 'e' ? `${verb}d` : `${verb}ed`;
  }
  if (verb.endsWith('ie')) ing = `${verb.slice(0, -2)}ying`;
  else if (last === 'e' && !/[eoy]e$/.test(verb) && verb.length > 2) ing = `${stem}ing`;
  else ing = `${verb}ing`;
  return [...new Set([verb, third, past, ing])];
}

/**
 * The plural of a synonym-set phrase (its last word), by the rule PETRARCH-2 documents with
 * English spelling: consonant + y → -ies; -ss, -x, -z, -ch, -sh → -es; another final s is taken to be
 * plural already (`TROOPS`, `MISSILES`), giving none; otherwise -s.
 */
export function pluralOfPhrase(words: readonly string[]): string[] | undefined {
  const last = words.at(-1);
  if (last === undefined || last === '') return undefined;
  let plural: string;
  if (last.endsWith('y') && isConsonant(last.at(-2))) plural = `${last.slice(0, -1)}ies`;
  else if (/(ss|x|z|ch|sh)$/.test(last)) plural = `${last}es`;
  else if (last.endsWith('s')) return undefined;
  else plural = `${last}s`;
  return [...words.slice(0, -1), plural];
}

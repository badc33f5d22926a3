/**
 * Words that turn the tone of a word after them around ("not good", "no progress", "never
 * forgive", "without violence"), lower case. `n't` is the clitic the tokenizer splits from
 * "didn't". They are not tone words themselves: the lexicon builder leaves them out.
 */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'no',
  'never',
  'nor',
  'neither',
  'none',
  'nobody',
  'nothing',
  'nowhere',
  'without',
  'cannot',
  'hardly',
  'barely',
  'scarcely',
  'rarely',
  'seldom',
]);

/**
 * What a neighbouring word says about a word: the neighbour itself when it is among the most frequent
 * words, otherwise only its shape. The shape back-off keeps the strongest NER signal of a rare
 * neighbour: a first name is followed by some capitalised word, rarely by the same one twice.
 */
export interface ContextFeatures {
  /** Distinct values per position (frequent words + sentence bounds + shapes). */
  size: number;
  /** The context id of a word, in 0 .. size-1. */
  idOf(word: string): number;
  sentenceStart: number;
  sentenceEnd: number;
  /** Context id -> readable name, for inspecting vectors. */
  names: string[];
}

const SHAPES = ['<Cap>', '<CAPS>', '<lower>', '<digit>', '<other>'] as const;

export function chooseContextFeatures(
  formCounts: ReadonlyMap<string, number>,
  contextWordCount: number,
): ContextFeatures {
  const frequent = [...formCounts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, contextWordCount)
    .map(([form]) => form);
  const names = [...frequent, '<s>', '</s>', ...SHAPES];
  const idByWord = new Map(frequent.map((word, id) => [word, id]));
  const shapeBase = frequent.length + 2;
  return {
    size: names.length,
    idOf: (word) => idByWord.get(word) ?? shapeBase + shapeOf(word),
    sentenceStart: frequent.length,
    sentenceEnd: frequent.length + 1,
    names,
  };
}

/** Index into SHAPES. */
function shapeOf(word: string): number {
  if (/\d/.test(word)) return 3;
  if (/^\p{Lu}/u.test(word)) return word.length > 1 && word === word.toUpperCase() ? 1 : 0;
  if (/^\p{Ll}/u.test(word)) return 2;
  return 4;
}

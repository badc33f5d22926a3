/** A piece of a generated sentence: plain words (space-separated, tagged O) or a name and its type. */
export type SentencePart = string | { name: readonly string[]; type: string };

/** The words and IOB2 tags of a sentence given as plain words and typed names. */
export function taggedWords(parts: readonly SentencePart[]): { words: string[]; tags: string[] } {
  const words: string[] = [];
  const tags: string[] = [];
  for (const part of parts) {
    if (typeof part === 'string') {
      for (const word of part.split(' ').filter(Boolean)) {
        words.push(word);
        tags.push('O');
      }
      continue;
    }
    part.name.forEach((word, index) => {
      words.push(word);
      tags.push(`${index === 0 ? 'B' : 'I'}-${part.type}`);
    });
  }
  return { words, tags };
}

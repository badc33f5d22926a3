import { expect, it } from 'vitest';

/**
 * For the tests of a document generator: the checks every generator must pass, given its
 * sentences for a seed: the same sentences for the same seed, one tag per word, valid IOB2.
 */
export function checkGeneratedSentences(
  sentencesFor: (seed: number) => readonly { words: readonly string[]; tags: readonly string[] }[],
): void {
  it('gives the same documents for the same seed', () => {
    expect(sentencesFor(3)).toEqual(sentencesFor(3));
  });

  it('gives each word one tag and only valid IOB2 tags', () => {
    for (const { words, tags } of sentencesFor(1)) {
      expect(tags).toHaveLength(words.length);
      tags.forEach((tag, i) => {
        if (tag.startsWith('I-')) expect(tags[i - 1]?.slice(2)).toBe(tag.slice(2));
      });
    }
  });
}

import { describe, expect, it } from 'vitest';
import { taggedWords } from './tagged-words.js';

describe('taggedWords', () => {
  it('tags plain words O and a name B then I', () => {
    expect(taggedWords([{ name: ['Real', 'Madrid'], type: 'ORG' }, '2 Ajax 1'])).toEqual({
      words: ['Real', 'Madrid', '2', 'Ajax', '1'],
      tags: ['B-ORG', 'I-ORG', 'O', 'O', 'O'],
    });
  });

  it('starts a new name with B even right after a name of the same type', () => {
    expect(
      taggedWords([
        { name: ['Leeds'], type: 'ORG' },
        { name: ['Hull'], type: 'ORG' },
      ]).tags,
    ).toEqual(['B-ORG', 'B-ORG']);
  });
});

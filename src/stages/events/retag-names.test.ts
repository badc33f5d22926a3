import { describe, expect, it } from 'vitest';
import type { Actor } from '../../document/annotations.js';
import type { MentionAt } from './participants.js';
import { retagNames } from './retag-names.js';
import type { Word } from './sentence-words.js';

function wordsOf(tagged: string): Word[] {
  let start = 0;
  return tagged.split(' ').map((pair) => {
    const [text = '', pos = ''] = pair.split('/');
    const word = {
      text,
      lower: text.toLowerCase(),
      lemma: text.toLowerCase(),
      pos,
      start,
      end: start + text.length,
    };
    start = word.end + 1;
    return word;
  });
}

describe('retagNames', () => {
  const words = wordsOf('The/DET Red/PROPN Cross/VERB said/VERB it/PRON would/AUX help/VERB');
  const mention: MentionAt = { actor: { id: 'actor-1' } as Actor, start: 4, end: 13 };
  const mentionOf = words.map((word) =>
    word.start >= mention.start && word.end <= mention.end ? mention : undefined,
  );

  it('makes a capitalised word inside a name that the tagger read as a verb a proper noun', () => {
    expect(retagNames(words, mentionOf).map((word) => word.pos)).toEqual([
      'DET',
      'PROPN',
      'PROPN',
      'VERB',
      'PRON',
      'AUX',
      'VERB',
    ]);
  });

  it('leaves the verbs outside any name as they are', () => {
    expect(
      retagNames(
        words,
        words.map(() => undefined),
      ),
    ).toEqual(words);
  });
});

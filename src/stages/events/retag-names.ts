import type { MentionAt } from './participants.js';
import type { Word } from './sentence-words.js';

/**
 * The sentence's words with capitalised words inside an actor's mention that the tagger read as
 * verbs made proper nouns ("The Red Cross said", "Human Rights Watch said"), so that the name is
 * one phrase and the verb after it finds its subject.
 */
export function retagNames(words: readonly Word[], mentionOf: readonly (MentionAt | undefined)[]): Word[] {
  return words.map((word, at) =>
    word.pos === 'VERB' && mentionOf[at] !== undefined && /^\p{Lu}/u.test(word.text)
      ? { ...word, pos: 'PROPN' }
      : word,
  );
}

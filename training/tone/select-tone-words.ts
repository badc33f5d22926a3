import type { VaderEntry } from './parse-vader-lexicon.js';

/** An entry left out of the tone lexicon, and why. */
export interface DroppedEntry {
  token: string;
  line: number;
  reason: 'not a word' | 'negation word' | 'both positive and negative' | 'neutral';
}

/** Single words and hyphenated compounds in lower case: not emoticons, phrases or "gr8". */
const WORD = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * The positive and negative words of VADER's lexicon, each list sorted and without repeats:
 * words only (the tone stage counts words, not emoticons, and matches one word at a time), by
 * the sign of their mean valence. Negation words are left out because the tone stage reads them
 * as negations; a token listed with both signs is left out.
 */
export function selectToneWords(
  entries: readonly VaderEntry[],
  negationWords: ReadonlySet<string>,
): { positive: string[]; negative: string[]; dropped: DroppedEntry[] } {
  const signs = new Map<string, { sign: number; line: number }>();
  const dropped: DroppedEntry[] = [];
  const conflicting = new Set<string>();
  for (const { token, meanValence, line } of entries) {
    const sign = Math.sign(meanValence);
    if (!WORD.test(token)) dropped.push({ token, line, reason: 'not a word' });
    else if (negationWords.has(token)) dropped.push({ token, line, reason: 'negation word' });
    else if (sign === 0) dropped.push({ token, line, reason: 'neutral' });
    else {
      const earlier = signs.get(token);
      if (earlier && earlier.sign !== sign) conflicting.add(token);
      signs.set(token, earlier ?? { sign, line });
    }
  }
  for (const token of conflicting) {
    dropped.push({ token, line: signs.get(token)?.line ?? 0, reason: 'both positive and negative' });
    signs.delete(token);
  }
  const withSign = (wanted: number) =>
    [...signs]
      .filter(([, { sign }]) => sign === wanted)
      .map(([token]) => token)
      .sort();
  return { positive: withSign(1), negative: withSign(-1), dropped };
}

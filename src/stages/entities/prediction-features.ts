import { hashString, mix } from './feature-hash.js';
import type { LabelSet } from './label-set.js';
import type { SentenceFeatures } from './sentence-features.js';

/** Templates of the second pass; numbered after the first pass's. */
const T = {
  ownLabel: 101,
  prevLabel: 102,
  nextLabel: 103,
  otherTypes: 104,
  majority: 105,
  entityWord: 106,
  unseen: 107,
} as const;

/**
 * Non-local features for the second pass, from the first pass's labels over the whole document
 * (Ratinov and Roth's prediction aggregation): what the first pass said here and next door, and
 * which types the same word received elsewhere in the document, so that "Blackburn" after
 * "Peter Blackburn" or a headline word seen as an organisation below agree. The second pass
 * sees these beside the first pass's own features.
 */
export function predictionFeatures(
  sentences: readonly (readonly string[])[],
  firstPass: readonly Int32Array[],
  labelSet: LabelSet,
): SentenceFeatures[] {
  const labels = labelSet.labels;
  const typeOf = labels.map((label) => (label === 'O' ? '' : label.slice(2)));
  const positionOf = labels.map((label) => label.slice(0, 1));
  // Lower-cased word -> how often each type was given to it, anywhere in the document.
  const typeCounts = new Map<string, Map<string, number>>();
  sentences.forEach((words, s) => {
    const path = firstPass[s] as Int32Array;
    words.forEach((word, i) => {
      const type = typeOf[path[i] as number] ?? '';
      if (!type || !isNameLike(word)) return;
      const key = word.toLowerCase();
      const counts = typeCounts.get(key) ?? new Map<string, number>();
      counts.set(type, (counts.get(type) ?? 0) + 1);
      typeCounts.set(key, counts);
    });
  });

  return sentences.map((words, s) => {
    const path = firstPass[s] as Int32Array;
    const out: number[] = [];
    const offsets = new Int32Array(words.length + 1);
    for (let i = 0; i < words.length; i++) {
      offsets[i] = out.length;
      const own = path[i] as number;
      const ownLabel = hashString(labels[own] ?? 'O');
      out.push(mix(T.ownLabel, ownLabel));
      out.push(mix(T.prevLabel, i > 0 ? hashString(labels[path[i - 1] as number] ?? 'O') : 0));
      out.push(mix(T.nextLabel, i + 1 < words.length ? hashString(labels[path[i + 1] as number] ?? 'O') : 0));
      const counts = typeCounts.get((words[i] ?? '').toLowerCase());
      if (!counts) {
        out.push(mix(T.unseen, ownLabel));
        continue;
      }
      const ownType = typeOf[own] ?? '';
      let majority = '';
      let majorityCount = 0;
      for (const [type, count] of counts) {
        // Occurrences elsewhere: this word's own first-pass type counts once less.
        const elsewhere = type === ownType ? count - 1 : count;
        if (elsewhere <= 0) continue;
        out.push(mix(T.otherTypes, hashString(type)));
        out.push(mix(T.entityWord, mix(hashString(type), hashString(positionOf[own] ?? 'O'))));
        if (elsewhere > majorityCount) {
          majority = type;
          majorityCount = elsewhere;
        }
      }
      if (majority) out.push(mix(T.majority, mix(hashString(majority), ownLabel)));
    }
    offsets[words.length] = out.length;
    return { offsets, features: Int32Array.from(out) };
  });
}

function isNameLike(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

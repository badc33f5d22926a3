import { iobFromSpans, spansFromIob } from '../../src/stages/entities/bilou.js';
import type { LabeledSentence } from '../corpora/labeled-sentence.js';

/**
 * Words that GMB counts as part of a person's name but newsgraph (like CoNLL and UNER) does not:
 * "President Bush" is the person "Bush" with a title, which the actor stage reads separately.
 */
const TITLES = new Set(
  `President Vice Prime Minister Foreign Defense Defence Interior Finance Secretary General Gen. Mr. Mr Mrs. Mrs Ms.
  Ms Dr. Dr King Queen Prince Princess Pope Senator Sen. Chancellor Governor Gov. Ambassador Chairman Leader Spokesman
  Spokeswoman Commander Colonel Col. Lieutenant Lt. Captain Capt. Sheikh Ayatollah Judge Justice Rev. Reverend Father
  Sir Lord Lady Premier Director Chief Deputy Secretary-General Archbishop Cardinal Bishop Emir Sultan Crown Mayor
  Representative Rep. Sergeant Sgt. Major Maj. Admiral Adm. Marshal Field State Opposition Former Acting Interim`
    .split(/\s+/)
    .filter(Boolean),
);
/** Small words inside a title ("Secretary of State"), left out with it when a title opens the name. */
const TITLE_JOINERS = new Set(['of', 'for', 'the', 'Affairs']);

/**
 * Makes GMB and UNER sentences agree with each other and with newsgraph's types: leading titles
 * ("Secretary of State") leave PERSON names, and the nationality adjectives UNER leaves untagged become NORP, as GMB
 * tags them.
 */
export function normalizeShippedSentence(
  sentence: LabeledSentence,
  isDemonym: (word: string) => boolean,
): LabeledSentence {
  const spans = spansFromIob(sentence.tags).flatMap((span) => {
    if (span.type !== 'PERSON') return [span];
    let start = span.start;
    while (start < span.end) {
      const word = sentence.words[start] ?? '';
      if (!TITLES.has(word) && !(start > span.start && TITLE_JOINERS.has(word))) break;
      start++;
    }
    return start < span.end ? [{ ...span, start }] : [];
  });
  const covered = new Set(
    spans.flatMap((span) => Array.from({ length: span.end - span.start }, (_, k) => span.start + k)),
  );
  sentence.words.forEach((word, index) => {
    if (!covered.has(index) && isDemonym(word)) spans.push({ start: index, end: index + 1, type: 'NORP' });
  });
  spans.sort((a, b) => a.start - b.start);
  return { ...sentence, tags: iobFromSpans(spans, sentence.words.length) };
}

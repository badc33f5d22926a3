import type { Word } from '../events/sentence-words.js';

/** Marks that close a sentence, a clause or quoted words. */
export const CLOSING = /^[.!?;:…”"»)\]]+$/;
/** Participles that open the writer's own addition after a reported clause (", adding that…"). */
const SPEECH_PARTICIPLES = new Set([
  'adding',
  'saying',
  'noting',
  'citing',
  'insisting',
  'warning',
  'stressing',
]);
/** "…, after speaking with Putin": a time adjunct with a participle is the writer's narration. */
const TIME_LINKS = new Set(['after', 'before', 'while', 'since']);

/**
 * The last word of a reported clause that opens at `from` and runs at most to the sentence's end:
 * before a semicolon (the next clause is the writer's: "…; donors pledged less"), before a
 * participle of speech after a comma (", adding that…", whose words are a quotation of their own),
 * before a time adjunct with a participle (", after speaking by phone with…"), and before ", and"
 * with a verb and no subject of its own: the speaker's next act ("said it remained committed, and
 * accused the rebels of…"). Closing marks and the full stop are left out, but not a mark that
 * closes quoted words of the clause ("to be “rebuilt”"); -1 when no word is left.
 */
export function clauseEnd(words: readonly Word[], from: number): number {
  let last = words.length - 1;
  for (let at = from; at < words.length; at++) {
    const word = words[at] as Word;
    if (word.text === ';') {
      last = at - 1;
      break;
    }
    if (word.text !== ',' || at === from) continue;
    const next = words[at + 1];
    const second = words[at + 2];
    const isAddition =
      next !== undefined &&
      (SPEECH_PARTICIPLES.has(next.lower) ||
        // The tagger reads some gerunds as nouns ("after meeting the fishermen").
        (TIME_LINKS.has(next.lower) && second !== undefined && /^\p{Ll}+ing$/u.test(second.text)) ||
        (next.lower === 'and' && second?.pos === 'VERB' && !second.lower.endsWith('ing')));
    if (isAddition) {
      last = at - 1;
      break;
    }
  }
  const marks = marksIn(words, from, last);
  while (last >= from && CLOSING.test((words[last] as Word).text)) {
    const opening = OPENING_OF[(words[last] as Word).text];
    if (opening !== undefined && (marks.get(opening) ?? 0) > (opening === (words[last] as Word).text ? 1 : 0))
      break;
    last--;
  }
  return last;
}

const OPENING_OF: Record<string, string> = { '”': '“', '"': '"', '»': '«', '’': '‘', "'": "'" };

/** How often each opening mark occurs in words `from` to `last`, in one pass. */
function marksIn(words: readonly Word[], from: number, last: number): Map<string, number> {
  const marks = new Map<string, number>();
  for (let at = from; at <= last; at++) {
    const text = (words[at] as Word).text;
    if (text.length === 1 && '“"«‘\''.includes(text)) marks.set(text, (marks.get(text) ?? 0) + 1);
  }
  return marks;
}

import type { VerbLineRecord } from '../../src/stages/events/verb-dictionary-file.js';
import { parseDictionaryCode } from './parse-dictionary-code.js';
import { regularVerbForms } from './verb-forms.js';

/** A verb line without its block and place in the source file. */
export type ParsedVerbLine = Omit<VerbLineRecord, 'block' | 'line'>;

const VERB_LINE = /^(?<phrase>[^\s{[]+)\s*(?:\{(?<forms>[^}]*)\})?\s*(?:\[(?<code>[^\]]*)\])?\s*$/;
const WORD = /^[a-z][a-z'-]*$/;

/**
 * Reads a verb line of a block, its comment removed: `SAY {SAYS SAID SAYING} [010]`. A multi-word verb
 * joins its words with `_` and marks the verb word with `+` (`+ASK_FOR {+ASKED_FOR +ASKS_FOR} [020]`);
 * its `{...}` forms repeat the other words. Without `{...}`, regular forms are generated; with it,
 * the listed forms are all there are (PETRARCH-2's rule; `{}` lists none).
 */
export function parseVerbLine(text: string): { verb: ParsedVerbLine; notes: string[] } | { error: string } {
  const match = VERB_LINE.exec(text.trim());
  const groups = match?.groups;
  if (!groups) return { error: 'not a verb line: WORD, WORD {FORMS} or +WORD_WORD, optionally with [code]' };
  const first = splitPhrase(groups.phrase ?? '');
  if ('error' in first) return first;
  let phrase = first;
  const notes: string[] = [];

  let forms: string[];
  if (groups.forms === undefined) {
    forms = regularVerbForms(phrase.verb);
  } else {
    const written = groups.forms.split(/[\s,]+/).filter((form) => form !== '');
    const listed: Phrase[] = [];
    for (const form of written) {
      const parsed = splitPhrase(form);
      if ('error' in parsed) return { error: `form "${form}": ${parsed.error}` };
      listed.push(parsed);
    }
    if (listed.some((form) => !sameOtherWords(form, phrase))) {
      const moved = moveVerbMark(phrase, listed);
      if (!moved)
        return {
          error: `the forms {${written.join(' ')}} do not repeat the other words of "${groups.phrase}"`,
        };
      notes.push(`read "${groups.phrase}" with the verb mark on "${moved.verb}", the word its forms inflect`);
      phrase = moved;
      listed.splice(0, listed.length, ...written.map((form) => markedLike(form, moved)));
    }
    forms = [...new Set([phrase.verb, ...listed.map((form) => form.verb)])];
  }

  const verb: ParsedVerbLine = { lemma: phrase.verb, forms };
  if (phrase.before.length > 0) verb.before = phrase.before;
  if (phrase.after.length > 0) verb.after = phrase.after;
  if (groups.code !== undefined) {
    const code = parseDictionaryCode(groups.code);
    if ('error' in code) return code;
    if (code.note) notes.push(code.note);
    verb.code = code.code;
  }
  return { verb, notes };
}

interface Phrase {
  verb: string;
  before: string[];
  after: string[];
}

const sameOtherWords = (a: Phrase, b: Phrase) =>
  a.before.join(' ') === b.before.join(' ') && a.after.join(' ') === b.after.join(' ');

/**
 * When every form repeats the marked word and changes one other word (`+WIRE_TAP {+WIRE_TAPS
 * +WIRE_TAPPED}`), the mark is on the wrong word: the changing word is the verb. Undefined otherwise.
 */
function moveVerbMark(phrase: Phrase, forms: readonly Phrase[]): Phrase | undefined {
  const words = [...phrase.before, phrase.verb, ...phrase.after];
  const marked = phrase.before.length;
  const changing = new Set<number>();
  for (const form of forms) {
    const formWords = [...form.before, form.verb, ...form.after];
    if (formWords.length !== words.length || form.before.length !== marked) return undefined;
    formWords.forEach((word, index) => {
      if (word !== words[index]) changing.add(index);
    });
  }
  const [at, ...others] = [...changing];
  if (at === undefined || others.length > 0 || at === marked) return undefined;
  return { verb: words[at] as string, before: words.slice(0, at), after: words.slice(at + 1) };
}

/** A form written with the mark elsewhere, read with the verb at the position of `like`'s verb. */
function markedLike(form: string, like: Phrase): Phrase {
  const words = form.toLowerCase().replace(/\+/g, '').split('_');
  const at = like.before.length;
  return { verb: words[at] as string, before: words.slice(0, at), after: words.slice(at + 1) };
}

/** `+ASK_FOR` → verb `ask`, after `for`; `SAY` → verb `say`. Lower case. */
function splitPhrase(phrase: string): Phrase | { error: string } {
  const words = phrase.toLowerCase().split('_');
  if (words.length === 1) {
    const verb = (words[0] as string).replace(/^\+/, '');
    return WORD.test(verb) ? { verb, before: [], after: [] } : { error: `"${phrase}" is not a word` };
  }
  const marked = words.flatMap((word, index) => (word.startsWith('+') ? [index] : []));
  if (marked.length !== 1) return { error: `"${phrase}" must mark exactly one word, the verb, with "+"` };
  const at = marked[0] as number;
  const plain = words.map((word) => word.replace(/^\+/, ''));
  const bad = plain.find((word) => !WORD.test(word));
  if (bad !== undefined) return { error: `"${bad}" in "${phrase}" is not a word` };
  return { verb: plain[at] as string, before: plain.slice(0, at), after: plain.slice(at + 1) };
}

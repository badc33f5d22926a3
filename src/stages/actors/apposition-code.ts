import type { Span } from '../../document/span.js';
import { isLeaderWord } from './organisation-code.js';
import { type TokenContext, type Word, wordsSinceComma } from './token-context.js';

/** An organisation's name mentions with a code, by where they start and where they end. */
export interface CodedNames {
  byStart: ReadonlyMap<number, { span: Span; code: string }>;
  byEnd: ReadonlyMap<number, { span: Span; code: string }>;
}

/** Words between "of" and the organisation's name, at most: "of Russia's". */
const MAX_WORDS_AFTER_OF = 3;

/**
 * The code of the organisation a person leads, written in apposition to the name: "the head of
 * Russia's Military Police Directorate, Vladimir Ivanovsky" or "Vladimir Ivanovsky, head of ...".
 * A bare list ("the Directorate, Vladimir Ivanovsky and ...") gives nothing: a leader noun and
 * "of" must introduce the organisation.
 */
export function appositionCode(
  name: Span,
  context: TokenContext,
  organisations: CodedNames,
): string | undefined {
  const before = context.before(name);
  if (before.at(-1)?.text === ',') {
    const organisation = organisations.byEnd.get(before.at(-2)?.end ?? -1);
    if (organisation && leadsIt(wordsSinceComma(context.before(organisation.span)))) return organisation.code;
  }
  const after = context.after(name);
  if (after[0]?.text === ',') {
    for (let at = 1; at < after.length; at++) {
      const word = after[at] as Word;
      if (word.text === ',') break;
      const organisation = organisations.byStart.get(word.start);
      if (organisation) return leadsIt(after.slice(1, at).map((w) => w.text)) ? organisation.code : undefined;
    }
  }
  return undefined;
}

/** True when `words` are "(the) head of (Russia's)": a leader noun, "of", and a few words. */
function leadsIt(words: readonly string[]): boolean {
  const of = words.findLastIndex((word) => word.toLowerCase() === 'of');
  return of >= 1 && words.length - of - 1 <= MAX_WORDS_AFTER_OF && isLeaderWord(words[of - 1] as string);
}

/** Title words between an organisation and a name, at most: "Commission Vice President". */
const MAX_TITLE_WORDS = 3;

/**
 * The code of the organisation named just before a person's title and name, in one phrase:
 * "United Nations Secretary-General António Guterres", "Commission President Ursula von der
 * Leyen". The words between must end with a leader noun (the last part of "Secretary-General"
 * is "General"; "president", "chief").
 */
export function organisationTitleCode(
  name: Span,
  context: TokenContext,
  organisations: CodedNames,
): string | undefined {
  const before = context.before(name);
  for (let k = 1; k <= MAX_TITLE_WORDS && k < before.length; k++) {
    const title = before.slice(before.length - k);
    if (title.some((word) => word.text === ',')) return undefined;
    const organisation = organisations.byEnd.get((before[before.length - k - 1] as Word).end);
    if (organisation === undefined) continue;
    const head = (title.at(-1) as Word).text.split(/[-‐‑]/).at(-1) as string;
    return isLeaderWord(head) || HEAD_TITLES.has(head.toLowerCase()) ? organisation.code : undefined;
  }
  return undefined;
}

/** Heads of organisations whose titles are no leader noun alone. */
const HEAD_TITLES = new Set(['general', 'commissioner', 'governor', 'envoy', 'ambassador']);

import type { Span } from '../../document/span.js';
import { isLeaderWord } from './organisation-code.js';
import { SPOKESPEOPLE } from './title-code.js';
import { type TokenContext, type Word, wordsSinceComma } from './token-context.js';

/** An organisation's name mentions with a code, by where they start and where they end. */
export interface CodedNames {
  byStart: ReadonlyMap<number, { span: Span; code: string }>;
  byEnd: ReadonlyMap<number, { span: Span; code: string }>;
  /** Codes by the last word of an organisation's name (see `shortForms`). */
  byShortForm: ReadonlyMap<string, string>;
}

/** Words read after a name for the organisation it heads: ", the former president who leads the opposition X". */
const MAX_APPOSITION_WORDS = 12;
/** Words between "of" and the organisation's name, at most: "of Russia's". */
const MAX_WORDS_AFTER_OF = 3;

/**
 * The code of the organisation a person leads, written in apposition to the name: "the head of
 * Russia's Military Police Directorate, Vladimir Ivanovsky" or "Vladimir Ivanovsky, head of ...".
 * A bare list ("the Directorate, Vladimir Ivanovsky and ...") gives nothing: a leader noun and
 * "of" must introduce the organisation, or a relative clause of heading it ("Tuomo Lindgren, who heads
 * the ILO's office in Dhaka,").
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
  const after = context.after(name, MAX_APPOSITION_WORDS);
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

/**
 * True when `words` are "(the) head of (Russia's)": a leader noun, "of", and a few words; "who
 * heads (the)"; or "a spokesman for (the)": a spokesperson speaks for the organisation as its
 * head does.
 */
function leadsIt(words: readonly string[]): boolean {
  const of = words.findLastIndex((word) => word.toLowerCase() === 'of');
  if (of >= 1 && words.length - of - 1 <= MAX_WORDS_AFTER_OF && isHeadTitle(words[of - 1] as string))
    return true;
  const lower = words.map((word) => word.toLowerCase());
  // "Tuomo Lindgren, who heads the ILO's office in Dhaka,", "who leads the opposition National Salvation Front",
  // also after a title ("the former president who leads the opposition …").
  const who = lower.lastIndexOf('who');
  if (who >= 0 && HEAD_VERBS.has(lower[who + 1] ?? '') && isQualifiedArticle(words.slice(who + 2)))
    return true;
  const forAt = lower.lastIndexOf('for');
  return (
    forAt >= 1 &&
    lower.length - forAt - 1 <= MAX_WORDS_AFTER_OF &&
    SPOKESPEOPLE.has(lower[forAt - 1] as string)
  );
}

/** Lower-case words that may qualify a body's name after its article: "the opposition", "the main opposition". */
const MAX_QUALIFIER_WORDS = 2;

/**
 * True when `words` are empty, an article, or an article with a few qualifiers: lower-case ("the
 * opposition") or the first words of the name the tagger left out ("the Swedish Trade" before
 * "Union Confederation").
 */
function isQualifiedArticle(words: readonly string[]): boolean {
  if (words.length <= 1) return true;
  return (
    words.length <= MAX_QUALIFIER_WORDS + 1 &&
    /^(the|a|an)$/i.test(words[0] as string) &&
    words.slice(1).every((word) => /^\p{L}+$/u.test(word) && !/^(of|for|in|and)$/i.test(word))
  );
}

/** Verbs of heading a body in a relative clause after a name ("who heads", "who leads"). */
const HEAD_VERBS = new Set(['heads', 'headed', 'leads', 'led', 'runs', 'ran', 'chairs', 'directs']);

/** A leader noun, also as the last part of a hyphenated title ("secretary-general"). */
export function isHeadTitle(word: string): boolean {
  const head = word.split(/[-‐‑]/).at(-1) ?? '';
  return isLeaderWord(word) || isLeaderWord(head) || HEAD_TITLES.has(head.toLowerCase());
}

/** Title words between an organisation and a name, at most: "Commission Vice President". */
const MAX_TITLE_WORDS = 3;

/** Words that open the scope of a title ("envoy for Yemen"), and the scope's length at most. */
const SCOPE_WORDS = new Set(['for', 'to', 'in', 'on']);
const MAX_SCOPE_WORDS = 3;

/**
 * The code of the organisation named just before a person's title, in the phrase before the name
 * or set off by a comma before it: "United Nations Secretary-General António Guterres",
 * "Commission President Ursula von der Leyen" (after "the European Commission": its short form), "The
 * UN special envoy for Yemen, Hans Lindqvist".
 * The title must end with a leader noun (the last part of "Secretary-General" is "General";
 * "president", "chief"), maybe followed by its scope ("for Yemen"). A commissioner is one of the
 * article's Commission, when it names one ("the energy commissioner, Lena Varga").
 * The same title set off after the name counts too ("Hans Kluge, the WHO's regional director for Europe,").
 */
export function organisationTitleCode(
  name: Span,
  context: TokenContext,
  organisations: CodedNames,
): string | undefined {
  let words = context.before(name);
  if (words.at(-1)?.text === ',') words = words.slice(0, -1);
  words = words.slice(words.findLastIndex((word) => word.text === ',') + 1);
  return titleWordsCode(words, organisations) ?? setOffAfterCode(context.after(name), organisations);
}

/** "Hans Kluge, the WHO's regional director for Europe,": the title set off after the name. */
function setOffAfterCode(after: readonly Word[], organisations: CodedNames): string | undefined {
  if (after[0]?.text !== ',') return undefined;
  const close = after.findIndex((word, at) => at > 0 && word.text === ',');
  // Without a closing comma in the few words read, the title runs on past them or to the full stop.
  const words = after.slice(1, close === -1 ? after.length : close);
  return titleWordsCode(/^[.!?]$/.test(words.at(-1)?.text ?? '') ? words.slice(0, -1) : words, organisations);
}

/** The code of the organisation named in title words that end with a leader noun and maybe a scope. */
function titleWordsCode(words: readonly Word[], organisations: CodedNames): string | undefined {
  const scope = words.findIndex((word, at) => at > 0 && SCOPE_WORDS.has(word.text.toLowerCase()));
  const end = scope !== -1 && words.length - scope - 1 <= MAX_SCOPE_WORDS ? scope : words.length;
  const head = words[end - 1]?.text.split(/[-‐‑]/).at(-1) ?? '';
  if (!isLeaderWord(head) && !HEAD_TITLES.has(head.toLowerCase())) return undefined;
  // "the energy commissioner, Lena Varga" after "the European Commission": one of its members.
  const commission = organisations.byShortForm.get('Commission');
  if (head.toLowerCase() === 'commissioner' && commission !== undefined) return commission;
  for (let k = 1; k <= MAX_TITLE_WORDS && k < end; k++) {
    let last = end - k - 1;
    // "the EU's foreign policy chief"
    if (POSSESSIVE.has((words[last] as Word).text) && last > 0) last--;
    const word = words[last] as Word;
    const code = organisations.byEnd.get(word.end)?.code ?? organisations.byShortForm.get(word.text);
    if (code !== undefined) return code;
  }
  return undefined;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** Heads of organisations whose titles are no leader noun alone. */
const HEAD_TITLES = new Set(['general', 'commissioner', 'governor', 'envoy', 'ambassador']);

/**
 * The code of the one intergovernmental organisation (an IGO code) among the article's coded
 * organisations; undefined when it names none or several.
 */
export function onlyIgoCode(organisations: CodedNames): string | undefined {
  const codes = new Set([...organisations.byStart.values()].map((name) => name.code));
  const igos = [...codes].filter((code) => code.startsWith('IGO'));
  return igos.length === 1 ? igos[0] : undefined;
}

import type { Quote, TextSpan } from '../../document/annotations.js';
import type { Diagnostic } from '../../document/diagnostic.js';
import type { Span } from '../../document/span.js';
import { type Attribution, readingAt } from '../events/attribute-quotes.js';
import type { SentenceReading } from '../events/sentence-reading.js';
import type { Word } from '../events/sentence-words.js';
import { colonSpeaker, type Speaker } from '../events/speaker-of-cue.js';
import { calledWords } from './called-words.js';

/** A quotation with no cue still counts as speech when it is a clause of at least this many words. */
const MIN_UNATTRIBUTED_WORDS = 6;

/**
 * The quotations in marks that are speech: those a speech verb or a headline colon attributes,
 * those that continue an attributed one, and unattributed ones that read as a clause (with a
 * diagnostic, since their speaker is unknown). A few words in quotes without a cue ("fiscal
 * conservative", a programme's name) are scare quotes, titles or labels, not speech.
 */
export function directQuotes(
  text: string,
  readings: readonly SentenceReading[],
  attributions: readonly Attribution[],
  diagnostics: Diagnostic[],
): Quote[] {
  const quotes: Quote[] = [];
  for (const attribution of attributions) {
    const span = trim(text, attribution.region);
    if (span.end <= span.start) continue;
    if (isLabel(readings, span)) continue;
    let { speaker, cue } = attribution;
    if (!speaker) {
      const found =
        colonBefore(readings, attribution.region) ??
        (cue ? undefined : calledWords(readings, attribution.region));
      if (found) {
        speaker = found.speaker;
        cue = found.cue;
      }
    }
    if (!speaker && !cue && !attribution.continued) {
      if (!readsAsClause(readings, span)) continue;
      diagnostics.push({
        severity: 'info',
        code: 'quotes-no-speaker',
        message: 'A quotation without a speech verb or a speaker nearby was kept as speech with no speaker.',
        span,
      });
    }
    quotes.push({
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      direct: true,
      ...(cue ? { cue: textSpan(text, cue) } : {}),
      ...(speaker ? { speaker: speakerOf(text, speaker) } : {}),
    });
  }
  return quotes;
}

/** "Netanyahu: “We will act”": a named actor before a colon that opens the quotation. */
function colonBefore(
  readings: readonly SentenceReading[],
  region: Span,
): { speaker: Speaker; cue: Span } | undefined {
  const reading = readingAt(readings, region.start - 1);
  if (!reading) return undefined;
  const colon = colonSpeaker(reading);
  const word = colon ? reading.words[colon.at] : undefined;
  if (!colon || !word || word.end > region.start) return undefined;
  return { speaker: colon.speaker, cue: { start: word.start, end: word.end } };
}

/** A label has at most this many words ("patriots governing Hong Kong", "Operation Peace Spring"). */
const MAX_LABEL_WORDS = 5;
/** Words before a quoted name or term that announce one ("the so-called …", "dubbed …"). */
const NAMING = new Set([
  'called',
  'dubbed',
  'named',
  'known',
  'as',
  'so-called',
  'term',
  'word',
  'slogan',
  'motto',
]);

/**
 * True when the quoted words name something rather than say it, even beside a speech verb: a few
 * words with no verb after an article, a possessive, a preposition or a naming word ("the
 * “levelling up” agenda", "so-called “wolf warrior”"), or a few capitalised words with no verb (a
 * title: "Operation Peace Spring", "El Tiempo en Casa").
 */
function isLabel(readings: readonly SentenceReading[], span: Span): boolean {
  const reading = readingAt(readings, span.start);
  if (!reading) return false;
  const { words } = reading;
  const inside = words.filter((word) => word.start >= span.start && word.end <= span.end);
  const named = inside.filter((word) => /[\p{L}\p{N}]/u.test(word.text));
  if (named.length === 0 || named.length > MAX_LABEL_WORDS) return false;
  if (isTitleCase(named)) return true;
  let before = words.findLastIndex((word) => word.end <= span.start);
  while (before >= 0 && OPENING_MARK.test((words[before] as Word).text)) before--;
  let after = words.findIndex((word) => word.start >= span.end);
  while (after >= 0 && CLOSING_MARK.test(words[after]?.text ?? '')) after++;
  const previous = words[before];
  const next = after >= 0 ? words[after] : undefined;
  const last = named.at(-1) as Word;
  // "his “Renewed Hope” agenda", "Chinese “maritime militia” boats": a noun phrase in quotes
  // that modifies the noun after it is a label, whatever its words ("Renewed" reads as a verb).
  const isNamePart = (word: Word) => word.pos === 'NOUN' || word.pos === 'PROPN' || word.pos === 'NUM';
  if (next?.pos === 'NOUN' && (isNamePart(last) || named.every((word) => /^\p{Lu}/u.test(word.text))))
    return true;
  // "an app, “EskomSePush”, which…": a short name set off by commas after a noun.
  if (
    previous?.text === ',' &&
    words[before - 1]?.pos === 'NOUN' &&
    next?.text === ',' &&
    named.length <= MAX_APPOSED_WORDS &&
    /^\p{Lu}/u.test((named[0] as Word).text)
  )
    return true;
  if (inside.some((word) => isFiniteVerb(word))) return false;
  if (named.every((word) => /^[\p{Lu}\p{N}#]/u.test(word.text)) && named.length > 1) return true;
  if (!previous) return false;
  // "the March-to-May “long rains”": a noun phrase in quotes that goes on from the words before it.
  const first = named[0] as Word;
  if ((isNamePart(previous) || previous.pos === 'ADJ') && (isNamePart(first) || first.pos === 'ADJ'))
    return true;
  return (
    NAMING.has(previous.lower) ||
    previous.pos === 'DET' ||
    previous.pos === 'ADP' ||
    (previous.pos === 'PRON' && /^(its|their|his|her|our|my|your)$/.test(previous.lower))
  );
}

const OPENING_MARK = /^["“«„‘']$/;
const CLOSING_MARK = /^["”»’']$/;
/** A name set off by commas has at most this many words ("an app, “EskomSePush”, which"). */
const MAX_APPOSED_WORDS = 3;
/** Short words a title leaves in lower case ("El Tiempo en Casa", "Con el Mazo Dando"). */
const TITLE_LINKS = new Set([
  'of',
  'the',
  'and',
  'a',
  'an',
  'on',
  'in',
  'for',
  'el',
  'la',
  'en',
  'de',
  'del',
  'y',
  'le',
  'du',
  'des',
]);

/** "El Tiempo en Casa": two or more words, the first and the last capitalised, the others too or short links. */
function isTitleCase(named: readonly Word[]): boolean {
  if (named.length < 2) return false;
  const capital = (word: Word) => /^[\p{Lu}\p{N}#]/u.test(word.text);
  if (!capital(named[0] as Word) || !capital(named.at(-1) as Word)) return false;
  const links = named.filter((word) => !capital(word));
  return links.length > 0 && links.every((word) => TITLE_LINKS.has(word.lower));
}

/** A verb that makes a clause: not a gerund or participle inside a name ("patriots governing Hong Kong"). */
function isFiniteVerb(word: Word): boolean {
  if (word.pos === 'AUX') return true;
  return word.pos === 'VERB' && !word.lower.endsWith('ing');
}

/** True when the quoted words hold a verb and enough words to be a clause someone said. */
function readsAsClause(readings: readonly SentenceReading[], span: Span): boolean {
  let words = 0;
  let verb = false;
  for (let reading = readingAt(readings, span.start); reading; ) {
    for (const word of reading.words) {
      if (word.start < span.start || word.end > span.end) continue;
      if (/[\p{L}\p{N}]/u.test(word.text)) words++;
      if (word.pos === 'VERB' || word.pos === 'AUX') verb = true;
    }
    const next = reading.sentence.end < span.end ? readingAt(readings, reading.sentence.end + 1) : undefined;
    reading = next === reading ? undefined : next;
    if (words > 200) break;
  }
  return verb && words >= MIN_UNATTRIBUTED_WORDS;
}

/** The region without the white space and trailing comma that the marks enclose. */
function trim(text: string, region: Span): Span {
  let { start, end } = region;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /[\s,]/.test(text[end - 1] as string)) end--;
  return { start, end };
}

export function textSpan(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

export function speakerOf(text: string, speaker: Speaker): TextSpan & { actorId: string | null } {
  return { ...textSpan(text, speaker), actorId: speaker.participant?.actorId ?? null };
}

import type { Quote, TextSpan } from '../../document/annotations.js';
import type { Diagnostic } from '../../document/diagnostic.js';
import type { Span } from '../../document/span.js';
import { type Attribution, colonSpeaker, readingAt, type Speaker } from '../events/attribute-quotes.js';
import type { SentenceReading } from '../events/sentence-reading.js';

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
      const colon = colonBefore(readings, attribution.region);
      if (colon) {
        speaker = colon.speaker;
        cue = colon.cue;
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
  const inside = reading.words.filter((word) => word.start >= span.start && word.end <= span.end);
  const named = inside.filter((word) => /[\p{L}\p{N}]/u.test(word.text));
  if (named.length === 0 || named.length > MAX_LABEL_WORDS) return false;
  if (inside.some((word) => word.pos === 'VERB' || word.pos === 'AUX')) return false;
  if (named.every((word) => /^[\p{Lu}\p{N}#]/u.test(word.text)) && named.length > 1) return true;
  const opening = reading.words.findLastIndex((word) => word.end <= span.start);
  let before = opening;
  while (before >= 0 && /^["“«„]$/.test((reading.words[before] as { text: string }).text)) before--;
  const previous = reading.words[before];
  if (!previous) return false;
  return (
    NAMING.has(previous.lower) ||
    previous.pos === 'DET' ||
    previous.pos === 'ADP' ||
    (previous.pos === 'PRON' && /^(its|their|his|her|our|my|your)$/.test(previous.lower))
  );
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

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
  const { participant } = { participant: colon.speaker };
  return {
    speaker: { start: participant.start, end: participant.end, participant },
    cue: { start: word.start, end: word.end },
  };
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

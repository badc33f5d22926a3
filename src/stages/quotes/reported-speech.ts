import type { Quote } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';
import { SPEECH_CUES } from '../events/attribute-quotes.js';
import type { Phrase } from '../events/phrases.js';
import { regionAt } from '../events/quote-regions.js';
import type { SentenceReading } from '../events/sentence-reading.js';
import type { Word } from '../events/sentence-words.js';
import { colonSpeaker, type Speaker, speakerOfCue } from '../events/speaker-of-cue.js';
import { CLOSING, clauseEnd } from './clause-end.js';
import { speakerOf, textSpan } from './direct-quotes.js';
import { openingDescription } from './opening-description.js';
import { opensWithClause, TIME_NOUNS } from './opens-with-clause.js';

const TIME =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|here|later|earlier)$/;
/** A reported clause has at least this many words. */
const MIN_WORDS = 3;

/**
 * Reported speech outside quotation marks: the clause after a speech verb ("Netanyahu warned
 * that Iran's influence is not limited"), the clause before it ("Iran will retaliate, a senior
 * official said"), the clause with "according to" ("…, according to the ministry"), and the
 * clause after a headline colon ("Netanyahu: Iran needs to withdraw from all of Syria"). Speech
 * verbs that introduce a quotation in marks are left to it.
 */
export function reportedSpeech(
  text: string,
  readings: readonly SentenceReading[],
  direct: readonly Quote[],
): Quote[] {
  // A speech verb that introduces a quotation in marks is the quotation's; a label in marks may sit
  // inside a reported clause ("said the so-called “wolf warrior” diplomacy had…").
  const quoteCues = new Set(direct.flatMap((quote) => (quote.cue ? [quote.cue.start] : [])));
  const regions: Span[] = direct.map(({ start, end }) => ({ start, end }));
  const quotes: Quote[] = [];
  for (const reading of readings) {
    const { words } = reading;
    const quoted = (word: Word) => regionAt(regions, word.start) >= 0;
    const colon = colonSpeaker(reading);
    if (colon) {
      const clause = clauseAfter(reading, colon.at + 1);
      const colonWord = words[colon.at] as Word;
      if (clause && !quoted(words[colon.at + 1] as Word)) {
        quotes.push(quote(text, clause, colonWord, colon.speaker));
      }
    }
    words.forEach((word, at) => {
      if (quoted(word)) return;
      if (word.lower === 'according' && words[at + 1]?.lower === 'to') {
        const found = accordingTo(reading, at);
        if (found)
          quotes.push(
            quote(text, found.clause, { start: word.start, end: (words[at + 1] as Word).end }, found.speaker),
          );
        return;
      }
      if (word.pos !== 'VERB' || !SPEECH_CUES.has(word.lemma) || quoteCues.has(word.start)) return;
      const clause = clauseAfterCue(reading, at) ?? clauseBeforeCue(reading, at);
      if (!clause || quoted(words[clause.first] as Word)) return;
      const speaker = speakerOfCue(reading, at) ?? openingDescription(reading, at);
      quotes.push(quote(text, clause, word, speaker));
    });
  }
  return quotes;
}

interface Clause {
  first: number;
  last: number;
  span: Span;
}

function quote(text: string, clause: Clause, cue: Span, speaker: Speaker | undefined): Quote {
  return {
    start: clause.span.start,
    end: clause.span.end,
    text: text.slice(clause.span.start, clause.span.end),
    direct: false,
    cue: textSpan(text, cue),
    ...(speaker ? { speaker: speakerOf(text, speaker) } : {}),
  };
}

/**
 * "said (that) …", "told reporters (that) …", "said on Sunday that …", "said in a statement that …".
 */
function clauseAfterCue(reading: SentenceReading, cue: number): Clause | undefined {
  const { words } = reading;
  let at = cue + 1;
  if ((words[cue] as Word).lemma === 'tell') {
    const object = objectOfTell(reading, at);
    if (object === undefined) return undefined;
    at = object + 1;
  }
  at = pastTime(words, at);
  if (words[at]?.lower === 'that') return clauseAfter(reading, at + 1);
  // Without "that", the words must open with a subject and its verb ("said Iran will…"), not an
  // object ("confirmed the talks") or an infinitive ("vowed to act").
  if (opensWithClause(reading, at)) return clauseAfter(reading, at);
  const that = thatAfterAdjuncts(reading, at) ?? thatAfterName(reading, cue, at);
  return that === undefined ? undefined : clauseAfter(reading, that + 1);
}

/** Words of a name told that the tagger split ("told the Ala-Too Press agency that"), at most. */
const MAX_TOLD_NAME_WORDS = 5;

/**
 * The "that" a few words after the person told, when the words between are parts of their name
 * (nouns, names, hyphens): the tagger's phrase may stop inside a hyphenated name.
 */
function thatAfterName(reading: SentenceReading, cue: number, from: number): number | undefined {
  const { words } = reading;
  if ((words[cue] as Word).lemma !== 'tell') return undefined;
  for (let at = from; at < words.length && at < from + MAX_TOLD_NAME_WORDS; at++) {
    const word = words[at] as Word;
    if (word.lower === 'that') return opensWithClause(reading, at + 1) ? at : undefined;
    if (word.pos === 'VERB' || word.pos === 'AUX' || (word.pos === 'PUNCT' && word.text !== '-'))
      return undefined;
  }
  return undefined;
}

function pastTime(words: readonly Word[], from: number): number {
  let at = from;
  while (words[at]) {
    if (TIME.test((words[at] as Word).lower)) at++;
    else if ((words[at] as Word).pos === 'ADP' && TIME.test(words[at + 1]?.lower ?? '')) at++;
    // "said last week", "said this month".
    else if (
      /^(last|this|next)$/.test((words[at] as Word).lower) &&
      TIME_NOUNS.has(words[at + 1]?.lower ?? '')
    )
      at += 2;
    else break;
  }
  return at;
}

/**
 * The last word of the person told ("told reporters", "told the newspaper Bild am Sonntag"). A
 * name may hold short lower-case links ("Bild am Sonntag", "Corriere della Sera") that the tagger
 * reads as other words. The tagger's noun phrase may run on into the reported clause's subject
 * ("told journalists the security forces had acted"): a determiner inside the phrase, with a
 * verb after it, opens that subject.
 */
function objectOfTell(reading: SentenceReading, from: number): number | undefined {
  const { words, phraseOf, phrases } = reading;
  let object = phrases[phraseOf[from] ?? -1];
  if (!object) return undefined;
  const isName = (at: number) => words[at]?.pos === 'PROPN';
  while (
    isName(object.last) &&
    NAME_LINK.test(words[object.last + 1]?.text ?? '') &&
    isName(object.last + 2) &&
    phrases[phraseOf[object.last + 2] ?? -1]
  )
    object = { first: object.first, last: (phrases[phraseOf[object.last + 2] ?? -1] as Phrase).last };
  const next = words[object.last + 1];
  if (next?.pos === 'VERB' || next?.pos === 'AUX')
    for (let at = object.first + 1; at <= object.last; at++) {
      const word = words[at] as Word;
      if (word.pos === 'DET') return at - 1;
      // "told reporters Moscow hoped": a name after a common noun opens the subject.
      if (word.pos === 'PROPN' && (words[at - 1] as Word).pos === 'NOUN') return at - 1;
    }
  return object.last;
}

/** A short lower-case word between two capitalised words of one name ("am", "della", "de", "of"). */
const NAME_LINK = /^\p{Ll}{1,4}$/u;

/** Prepositional phrases between a cue and "that" ("said in a televised statement that"), at most this many. */
const MAX_ADJUNCTS = 3;

/**
 * The "that" after the cue's prepositional phrases ("said in a statement on Monday that"), when it
 * opens a clause with its own subject: "warned of a famine that could kill" is a relative clause.
 */
function thatAfterAdjuncts(reading: SentenceReading, from: number): number | undefined {
  const { words, phraseOf, phrases } = reading;
  let at = from;
  for (
    let count = 0;
    count < MAX_ADJUNCTS && words[at]?.pos === 'ADP' && words[at]?.lower !== 'that';
    count++
  ) {
    let phrase = phrases[phraseOf[at + 1] ?? -1];
    if (!phrase) return undefined;
    // "a televised statement": the tagger's phrase stops at a participle before its noun.
    while (words[phrase.last + 1]?.pos === 'VERB' && phrases[phraseOf[phrase.last + 2] ?? -1])
      phrase = phrases[phraseOf[phrase.last + 2] ?? -1] as Phrase;
    at = pastTime(words, phrase.last + 1);
  }
  return at > from && words[at]?.lower === 'that' && opensWithClause(reading, at + 1) ? at : undefined;
}

/** The words from `from` to the end of the reported clause, when they make a clause with a verb. */
function clauseAfter(reading: SentenceReading, from: number): Clause | undefined {
  const { words } = reading;
  const last = clauseEnd(words, from);
  if (last - from + 1 < MIN_WORDS || !hasVerb(words, from, last)) return undefined;
  return { first: from, last, span: { start: (words[from] as Word).start, end: (words[last] as Word).end } };
}

/**
 * "Iran will retaliate, a senior official said (on Sunday)." or "…, said the minister." The
 * attribution may be set off by commas before the writer's own words ("…, the minister said, a
 * day after the vote.").
 */
function clauseBeforeCue(reading: SentenceReading, cue: number): Clause | undefined {
  const { words } = reading;
  if (!attributionEnds(words, cue)) return undefined;
  let comma = cue - 1;
  while (comma >= 0 && (words[comma] as Word).text !== ',' && comma >= cue - 6) comma--;
  if (comma < MIN_WORDS || (words[comma] as Word).text !== ',') return undefined;
  const last = comma - 1;
  if (!hasVerb(words, 0, last)) return undefined;
  return { first: 0, last, span: { start: (words[0] as Word).start, end: (words[last] as Word).end } };
}

/** Words between a cue and the end of its attribution ("said on Sunday."), at most. */
const MAX_ATTRIBUTION_TAIL = 4;

/**
 * True when the attribution ends within a few words after the cue: at the sentence's end, a
 * closing mark or a comma. Quoted words after the cue ('said the "harbour first" plan was…')
 * open a clause of the cue's own, so their marks end nothing.
 */
function attributionEnds(words: readonly Word[], cue: number): boolean {
  let open = 0;
  for (let at = cue + 1; at < words.length; at++) {
    if (at > cue + 1 + MAX_ATTRIBUTION_TAIL) return false;
    const word = words[at] as Word;
    const isStraightOpening =
      word.text === '"' && words[at + 1]?.start === word.end && (words[at - 1]?.end ?? 0) < word.start;
    if (isStraightOpening || word.text === '“' || word.text === '«') open++;
    else if (open > 0 && /^["”»]$/.test(word.text)) open--;
    else if (CLOSING.test(word.text) || word.text === ',') return true;
  }
  return true;
}

/** "…, according to the ministry." or "According to Reuters, …". */
function accordingTo(
  reading: SentenceReading,
  at: number,
): { clause: Clause; speaker: Speaker | undefined } | undefined {
  const { words, phraseOf, phrases, participants } = reading;
  const source = phraseOf[at + 2] ?? -1;
  if (source < 0) return undefined;
  const phrase = phrases[source] as Phrase;
  const participant = participants[source];
  const speaker: Speaker =
    namedAfter(reading, phrase) ??
    (participant
      ? { start: participant.start, end: participant.end, participant }
      : { start: (words[phrase.first] as Word).start, end: (words[phrase.last] as Word).end });
  if (at > 0 && words[at - 1]?.text === ',') {
    const last = at - 2;
    if (last + 1 < MIN_WORDS || !hasVerb(words, 0, last)) return undefined;
    return {
      clause: { first: 0, last, span: { start: (words[0] as Word).start, end: (words[last] as Word).end } },
      speaker,
    };
  }
  if (at === 0 && words[phrase.last + 1]?.text === ',') {
    const clause = clauseAfter(reading, phrase.last + 2);
    return clause ? { clause, speaker } : undefined;
  }
  return undefined;
}

function hasVerb(words: readonly Word[], from: number, last: number): boolean {
  for (let at = from; at <= last; at++) {
    const pos = (words[at] as Word).pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

/**
 * "according to its Kenya director, Elena Brandt": a name after the source's description, between a
 * comma and the sentence's end, is the source. Without an actor, its proper nouns are kept as words.
 */
function namedAfter(reading: SentenceReading, source: Phrase): Speaker | undefined {
  const { words, phraseOf, phrases, participants } = reading;
  if (words[source.last + 1]?.text !== ',') return undefined;
  const index = phraseOf[source.last + 2] ?? -1;
  const name = phrases[index];
  if (!name || !CLOSING.test(words[name.last + 1]?.text ?? '.')) return undefined;
  for (let at = name.first; at <= name.last; at++) if ((words[at] as Word).pos !== 'PROPN') return undefined;
  const span = { start: (words[name.first] as Word).start, end: (words[name.last] as Word).end };
  const participant = participants[index];
  return participant?.actorId ? { ...span, participant } : span;
}

import type { Span } from '../../document/span.js';
import type { Phrase } from './phrases.js';
import { findQuoteRegions } from './quote-regions.js';
import type { SentenceReading } from './sentence-reading.js';
import type { Word } from './sentence-words.js';
import { type Speaker, speakerOfCue } from './speaker-of-cue.js';

/** The same, when the words between are names, titles and commas ("Tedros Adhanom Ghebreyesus, the WHO director-general, told"). */
const CUE_AFTER_NAMES_REACH = 14;

/** Verbs that introduce speech, by lemma. */
export const SPEECH_CUES = new Set([
  'say',
  'tell',
  'state',
  'add',
  'report',
  'warn',
  'reiterate',
  'insist',
  'stress',
  'declare',
  'announce',
  'claim',
  'note',
  'write',
  'explain',
  'argue',
  'urge',
  'confirm',
  'reply',
  'respond',
  'assert',
  'acknowledge',
  'deny',
  'admit',
  'predict',
  'vow',
  'promise',
  'threaten',
  'ask',
  'tweet',
  'quip',
  'recall',
  'complain',
  'conclude',
  'concede',
  'suggest',
  'caution',
]);

/** Words between a cue and the quotation it introduces ("said on Sunday"). */
const CUE_REACH = 6;
/** Words between a quotation and the cue after it: the speaker's name and title come first. */
const CUE_AFTER_REACH = 10;

/** A quotation in marks, with the cue that introduces it and its speaker, when the text gives them. */
export interface Attribution {
  region: Span;
  cue?: Span;
  speaker?: Speaker;
  /** True when the speaker came from the quotation this one continues (a quote over paragraphs, a split quote). */
  continued?: boolean;
}

/**
 * The quotations in marks and who speaks them: the subject of the speech verb just before a
 * quotation ("He reported “…”") or just after it ("“…,” he said", "“…,” said Netanyahu"). A
 * quotation with no cue of its own continues the one before it when it follows it in the same
 * paragraph (a quotation split by its attribution) or opens the next paragraph (a quotation that
 * runs on), and takes its speaker.
 */
export function attributeQuotes(
  text: string,
  paragraphs: readonly Span[],
  readings: readonly SentenceReading[],
): Attribution[] {
  const attributions: Attribution[] = [];
  for (const region of findQuoteRegions(text, paragraphs)) {
    const attribution = cueBefore(readings, region) ?? cueAfter(readings, region) ?? { region };
    const previous = attributions.at(-1);
    if (!attribution.speaker && previous?.speaker && continues(text, previous.region, region)) {
      attribution.speaker = previous.speaker;
      attribution.continued = true;
    }
    if (!attribution.cue && !attribution.continued)
      Object.assign(attribution, introduced(text, readings, region));
    if (!attribution.cue && !attribution.continued)
      Object.assign(attribution, introducedAfter(text, readings, region));
    attributions.push(attribution);
  }
  return attributions;
}

/** Verbs that end a paragraph introducing a quotation in the next one ("He described the night to the inquiry."). */
const INTRODUCING = new Set([...SPEECH_CUES, 'describe', 'speak', 'recount', 'testify']);

/**
 * The cue and speaker of a quotation that opens a paragraph with no cue of its own, from the last
 * sentence of the paragraph before when its verb introduces speech ("X said:", "He described the
 * night to a parliamentary inquiry.").
 */
function introduced(text: string, readings: readonly SentenceReading[], region: Span): Partial<Attribution> {
  let at = region.start - 2;
  while (at >= 0 && /\s/.test(text[at] as string)) at--;
  if (at < 0 || !text.slice(at + 1, region.start).includes('\n')) return {};
  const reading = readingAt(readings, at);
  if (!reading) return {};
  const { words } = reading;
  for (let verb = words.length - 1; verb >= 0; verb--) {
    const word = words[verb] as Word;
    if (word.pos !== 'VERB' || !INTRODUCING.has(word.lemma)) continue;
    // "the outbreak could now be described as a pandemic": a passive verb introduces no one.
    if (words[verb - 1]?.pos === 'AUX' || words[verb - 2]?.pos === 'AUX') return {};
    const speaker = speakerOfCue(reading, verb);
    return speaker ? { cue: spanOf(word), speaker } : {};
  }
  return {};
}

/** Verbs of a sentence after a quotation that say who spoke it ("“…” Rosa Quispe spoke to reporters."). */
const SPEAKING = new Set(['speak', 'describe', 'recount', 'explain', 'recall', 'say', 'tell', 'add']);
/** Words between the start of the sentence after a quotation and its verb, asides included. */
const SPEAKING_REACH = 16;

/**
 * The cue and speaker of a quotation that is a sentence of its own with no cue, from the sentence
 * after it in the same paragraph when that sentence's first verb, past asides in commas, is one
 * of speaking ("“The water came in the night.” Boonmee Srisuk, 67, was speaking from his roof.").
 */
function introducedAfter(
  text: string,
  readings: readonly SentenceReading[],
  region: Span,
): Partial<Attribution> {
  const own = readingAt(readings, region.start);
  if (!own || own.sentence.end > region.end + 2 || own.sentence.start < region.start - 2) return {};
  let at = own.sentence.end;
  while (at < text.length && /[\s"”»’]/.test(text[at] as string)) {
    if (text[at] === '\n') return {};
    at++;
  }
  const reading = readingAt(readings, at);
  if (!reading) return {};
  const { words } = reading;
  let depth = 0;
  for (let verb = 0; verb < words.length && verb <= SPEAKING_REACH; verb++) {
    const word = words[verb] as Word;
    if (word.text === ',') depth = depth === 0 ? 1 : 0;
    if (depth > 0 || word.pos !== 'VERB') continue;
    if (!SPEAKING.has(word.lemma)) return {};
    // "was speaking" reads as speech; "was described" is a passive, which introduces no one.
    if (words[verb - 1]?.pos === 'AUX' && !word.lower.endsWith('ing')) return {};
    const speaker = speakerOfCue(reading, verb);
    return speaker ? { cue: spanOf(word), speaker } : {};
  }
  return {};
}

/** True when quotation `next` goes on from `previous`: in one sentence, or from the end of one paragraph to the start of the next. */
function continues(text: string, previous: Span, next: Span): boolean {
  const between = text.slice(previous.end, next.start);
  if (between.length > 200) return false;
  if (between.includes('\n\n')) return /\n\n\s*\S$/.test(between) && !/[”»]/.test(between.slice(0, 1));
  return true;
}

function cueBefore(readings: readonly SentenceReading[], region: Span): Attribution | undefined {
  const reading = readingAt(readings, region.start - 1);
  if (!reading) return undefined;
  const { words } = reading;
  const mark = words.findIndex((word) => word.start >= region.start - 1);
  const from = mark < 0 ? words.length - 1 : mark - 1;
  const outer = outerCue(words, from);
  for (let at = from; at >= 0 && at >= from - CUE_REACH; at--) {
    const word = words[at] as Word;
    if (word.pos !== 'VERB' || !SPEECH_CUES.has(word.lemma)) continue;
    if (outer && at > outer.that) break;
    return attributed(reading, region, at);
  }
  return outer ? attributed(reading, region, outer.cue) : undefined;
}

function attributed(reading: SentenceReading, region: Span, cue: number): Attribution {
  const speaker = speakerOfCue(reading, cue);
  return { region, cue: spanOf(reading.words[cue] as Word), ...(speaker ? { speaker } : {}) };
}

/** Words before a quotation searched for the speech verb of its reported clause: a sentence of many quotations stays linear. */
const OUTER_REACH = 40;
/** Words between a speech verb and the "that" of its reported clause ("told the Security Council on Tuesday that"). */
const THAT_REACH = 8;

/**
 * The first speech verb of the sentence before word `from` whose reported clause ("… said in a
 * statement that …") holds the words up to `from`: quoted words inside a reported clause are
 * its speaker's, even far from the verb or after another speech verb inside the clause ("Dumont
 * told reporters that the jury had argued “passionately”").
 */
function outerCue(words: readonly Word[], from: number): { cue: number; that: number } | undefined {
  let start = Math.max(0, from - OUTER_REACH);
  for (let at = from; at >= start; at--) {
    if ((words[at] as Word).text === ';') {
      start = at + 1;
      break;
    }
  }
  for (let cue = start; cue < from; cue++) {
    const word = words[cue] as Word;
    if (word.pos !== 'VERB' || !SPEECH_CUES.has(word.lemma)) continue;
    for (let that = cue + 1; that <= from && that <= cue + THAT_REACH; that++) {
      const next = words[that] as Word;
      if (next.lower === 'that') return { cue, that };
      if (next.pos === 'VERB' || next.pos === 'AUX' || next.text === ',') break;
    }
  }
  return undefined;
}

function cueAfter(readings: readonly SentenceReading[], region: Span): Attribution | undefined {
  const reading = readingAt(readings, region.end);
  if (!reading) return undefined;
  const { words } = reading;
  const mark = words.findIndex((word) => word.start >= region.end);
  if (mark < 0) return undefined;
  // "…,” Commission President Ursula von der Leyen told": a long name may stand before the cue.
  for (let at = mark + 1; at < words.length && at <= mark + CUE_AFTER_NAMES_REACH; at++) {
    const word = words[at] as Word;
    if (word.pos !== 'VERB' || !SPEECH_CUES.has(word.lemma)) continue;
    const isNamed = onlyNamesBetween(reading, mark + 1, at);
    if (at > mark + CUE_AFTER_REACH && !isNamed) return undefined;
    if (at > mark + CUE_REACH && !onePhraseBetween(reading, mark + 1, at) && !isNamed) return undefined;
    const speaker = speakerOfCue(reading, at);
    return { region, cue: spanOf(word), ...(speaker ? { speaker } : {}) };
  }
  return undefined;
}

/**
 * True when the words from `from` to `to` (exclusive) are noun phrases, commas and hyphens only:
 * a speaker with a title set off by commas ("the boat’s captain, Rodel Magbanua, told").
 */
function onlyNamesBetween(reading: SentenceReading, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const word = reading.words[at] as Word;
    if ((reading.phraseOf[at] ?? -1) < 0 && word.text !== ',' && word.text !== '-') return false;
  }
  return true;
}

/** True when the words from `from` to `to` (exclusive), a comma aside, are one phrase. */
function onePhraseBetween(reading: SentenceReading, from: number, to: number): boolean {
  let first = from;
  while (first < to && (reading.words[first] as Word).pos === 'PUNCT') first++;
  const phrase = reading.phraseOf[first] ?? -1;
  return phrase >= 0 && (reading.phrases[phrase] as Phrase).last === to - 1;
}

/** The sentence that holds the character at `offset`, by binary search. */
export function readingAt(readings: readonly SentenceReading[], offset: number): SentenceReading | undefined {
  let low = 0;
  let high = readings.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const { sentence } = readings[middle] as SentenceReading;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return readings[middle];
  }
  return undefined;
}

function spanOf(word: Word): Span {
  return { start: word.start, end: word.end };
}

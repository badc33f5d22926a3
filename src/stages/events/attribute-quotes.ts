import type { Span } from '../../document/span.js';
import { subjectOfVerb } from './find-subject.js';
import type { MentionAt, Participant } from './participants.js';
import type { Phrase } from './phrases.js';
import { findQuoteRegions } from './quote-regions.js';
import type { SentenceReading } from './sentence-reading.js';
import type { Word } from './sentence-words.js';

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

/** Who speaks: an actor's words, or the words of a description ("a senior official"). */
export interface Speaker extends Span {
  participant?: Participant;
}

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

/**
 * The speaker of the speech verb at `cue`: its subject ("he said", "the prime minister said",
 * "a senior official said"), or the phrase after it when the order is inverted ("said Netanyahu").
 * A description keeps its words and no actor.
 */
export function speakerOfCue(reading: SentenceReading, cue: number): Speaker | undefined {
  const { words, phraseOf, participants } = reading;
  const apposed = appositionBefore(reading, cue) ?? coordinatedSubject(reading, cue);
  if (apposed) return apposed;
  const subject = subjectOfVerb(reading, cue)[0];
  const person = subject ? headMention(reading, subject) : undefined;
  if (person) return person;
  if (subject) {
    // "a senior Iranian official": a description keeps all its words, not only its nationality.
    const described = subject.actorId === null ? (phraseOf[wordIndexAt(words, subject.start)] ?? -1) : -1;
    const description = described >= 0 ? describe(reading, described) : undefined;
    return description
      ? { ...description, participant: subject }
      : { start: subject.start, end: subject.end, participant: subject };
  }
  const aside = describedBeforeAside(reading, cue);
  if (aside) return aside;
  let before = cue - 1;
  while (before >= 0 && ((words[before] as Word).pos === 'ADV' || (words[before] as Word).pos === 'AUX'))
    before--;
  const described = phraseOf[before] ?? -1;
  if (described >= 0) return describe(reading, described);
  const after = phraseOf[cue + 1] ?? -1;
  if (after < 0 || !endsClause(words, (reading.phrases[after] as Phrase).last + 1)) return undefined;
  const participant = participants[after];
  return participant
    ? { start: participant.start, end: participant.end, participant }
    : describe(reading, after);
}

/**
 * The actor named at the end of the subject's phrase, when it is not the participant chosen for
 * events: "UN special envoy Hans Lindqvist said" is Lindqvist speaking, not the UN.
 */
function headMention(reading: SentenceReading, subject: Participant): Speaker | undefined {
  const { words, phraseOf, phrases, mentionOf } = reading;
  const index = phraseOf[wordIndexAt(words, subject.start)] ?? -1;
  if (index < 0) return undefined;
  const mention = mentionOf[(phrases[index] as Phrase).last];
  if (!mention || mention.actor.id === subject.actorId) return undefined;
  return speakerOf(mention);
}

/** Words of an aside between commas before a cue: "Kim Sun-ja, 93, who was sent to work …, said". */
const MAX_ASIDE_WORDS = 16;

/**
 * The named speaker of a cue after an aside between commas: the name in the aside when it is one
 * ("Poland’s prime minister, Mateusz Morawiecki, said"; a capitalised title may go before it), or
 * the name that opens the sentence before the aside ("John Steenhuisen, leader of the opposition
 * Democratic Alliance, said"), so that neither the title nor a name inside the aside speaks.
 */
export function appositionBefore(reading: SentenceReading, cue: number): Speaker | undefined {
  const commas = asideCommas(reading, cue);
  const open = commas[0];
  if (open === undefined) return undefined;
  const { words, mentionOf } = reading;
  const named = nameOf(reading, cue - 2);
  const mention = mentionOf[cue - 2];
  if (named && mention) {
    let at = open + 1;
    while (
      at < cue - 2 &&
      (words[at] as Word).end <= mention.start &&
      /^\p{Lu}/u.test((words[at] as Word).text)
    )
      at++;
    if ((words[at] as Word).end > mention.start) return named;
  }
  for (const comma of commas) {
    const outerName = openingName(reading, comma - 1);
    if (outerName) return outerName;
  }
  return undefined;
}

/** The name that ends at word `last` when it opens the sentence, a title aside ("President Cyril Ramaphosa"). */
function openingName(reading: SentenceReading, last: number): Speaker | undefined {
  const named = nameOf(reading, last);
  if (!named) return undefined;
  const { words } = reading;
  let first = last;
  while (first > 0 && (words[first - 1] as Word).start >= named.start) first--;
  while (first > 0 && /^\p{Lu}/u.test((words[first - 1] as Word).text)) first--;
  const before = words[first - 1];
  return !before || /^[,;"”»’]$/.test(before.text) ? named : undefined;
}

/**
 * "A senior Israeli official, speaking on condition of anonymity, said": the description that
 * opens the sentence before an aside, when no name speaks.
 */
function describedBeforeAside(reading: SentenceReading, cue: number): Speaker | undefined {
  for (const comma of asideCommas(reading, cue)) {
    const outer = openingPhrase(reading, comma);
    if (!outer || reading.mentionOf[outer.last]) continue;
    const index = reading.phraseOf[outer.first] ?? -1;
    const head = reading.words[outer.last] as Word;
    if (index >= 0 && (head.pos === 'NOUN' || head.pos === 'PROPN')) return describe(reading, index);
  }
  return undefined;
}

/** The commas that may open an aside ending with the comma right before `cue`, nearest first. */
function asideCommas(reading: SentenceReading, cue: number): number[] {
  const { words } = reading;
  const close = cue - 1;
  if (words[close]?.text !== ',') return [];
  const commas: number[] = [];
  for (let at = close - 1; at >= 1 && at >= close - MAX_ASIDE_WORDS; at--) {
    const text = (words[at] as Word).text;
    if (text === ';' || text === ':') break;
    if (text === ',') commas.push(at);
  }
  return commas;
}

/** The phrase right before the comma at `comma`, when it opens the sentence or follows a comma. */
function openingPhrase(reading: SentenceReading, comma: number): Phrase | undefined {
  const index = reading.phraseOf[comma - 1] ?? -1;
  const phrase = reading.phrases[index];
  if (!phrase) return undefined;
  const before = reading.words[phrase.first - 1];
  return before && before.text !== ',' && before.text !== ';' ? undefined : phrase;
}

/**
 * "President Macky Sall called for calm …, and said the authorities would…": a cue after "and"
 * shares the subject that opens the sentence, when that subject names an actor.
 */
function coordinatedSubject(reading: SentenceReading, cue: number): Speaker | undefined {
  const { words, phraseOf, phrases } = reading;
  let before = cue - 1;
  while (before >= 0 && (words[before] as Word).pos === 'ADV') before--;
  if (words[before]?.lower !== 'and') return undefined;
  const first = phrases[phraseOf[0] ?? -1];
  return first ? openingName(reading, first.last) : undefined;
}

/** An actor mention as a speaker: its words, and the participant it makes. */
function speakerOf(mention: MentionAt): Speaker {
  const { actor } = mention;
  return {
    start: mention.start,
    end: mention.end,
    participant: {
      start: mention.start,
      end: mention.end,
      actorId: actor.id,
      code: actor.code,
      country: actor.country,
    },
  };
}

/** The actor mention at word `at`, as a speaker. */
function nameOf(reading: SentenceReading, at: number): Speaker | undefined {
  const mention = reading.mentionOf[at];
  if (!mention || (reading.words[at] as Word).pos === 'PRON') return undefined;
  return speakerOf(mention);
}

/** True when word `at` ends a clause: the sentence's end, a comma or a closing mark. */
function endsClause(words: readonly Word[], at: number): boolean {
  const word = words[at];
  return word === undefined || word.pos === 'PUNCT' || word.text === ',';
}

const LEADING = new Set(['a', 'an', 'the', 'one']);
const NOT_SPEAKERS = new Set(['it', 'this', 'that', 'there', 'which', 'what']);

/** Prepositions that attach a phrase to the description before it ("a taxi driver in Jakarta"). */
const ATTACHING = new Set(['in', 'at', 'from', 'of', 'for', 'with', 'on']);
/** Words between "who" and the end of a description's relative clause ("a trader who sells rice and cooking oil"). */
const MAX_RELATIVE_WORDS = 10;

/**
 * The first word of the description that ends with phrase `index`: back over a relative clause
 * ("a trader who sells rice and cooking oil"), a preposition ("a taxi driver in Jakarta") or a
 * hyphen ("a 71-year-old resident") to the phrase they belong to, when that is no actor's name.
 */
function descriptionStart(reading: SentenceReading, index: number): number {
  const { words, phraseOf, phrases, mentionOf } = reading;
  let first = (phrases[index] as Phrase).first;
  const headBefore = (at: number): number | undefined => {
    const head = phrases[phraseOf[at] ?? -1];
    return head && !mentionOf[head.last] ? head.first : undefined;
  };
  for (let steps = 0; steps < 4; steps++) {
    const before = words[first - 1];
    if (!before) break;
    let found: number | undefined;
    if (before.text === '-' || (before.pos === 'ADP' && ATTACHING.has(before.lower)))
      found = headBefore(first - 2);
    else {
      for (let at = first - 1; at >= 1 && at >= first - MAX_RELATIVE_WORDS; at--) {
        const word = words[at] as Word;
        if (word.pos === 'PUNCT') break;
        if (word.lower === 'who') {
          found = headBefore(at - 1);
          break;
        }
      }
    }
    if (found === undefined) break;
    first = found;
  }
  return first;
}

function describe(reading: SentenceReading, index: number): Speaker | undefined {
  const { words } = reading;
  const phrase = reading.phrases[index] as Phrase;
  let first = descriptionStart(reading, index);
  while (first < phrase.last && LEADING.has((words[first] as Word).lower)) first++;
  if (first === phrase.last && NOT_SPEAKERS.has((words[first] as Word).lower)) return undefined;
  return { start: (words[first] as Word).start, end: (words[phrase.last] as Word).end };
}

/** "Netanyahu: Iran needs to withdraw": a named actor alone before a colon speaks what follows. */
export function colonSpeaker(reading: SentenceReading): { at: number; speaker: Speaker } | undefined {
  const { words, phraseOf, phrases, participants } = reading;
  const colon = words.findIndex((word) => word.text === ':');
  if (colon < 1) return undefined;
  const index = phraseOf[colon - 1] ?? -1;
  const phrase = phrases[index];
  const speaker = participants[index];
  if (!phrase || !speaker || speaker.actorId === null) return undefined;
  // The phrase must open the sentence or follow a semicolon.
  const before = words[phrase.first - 1];
  if (before && before.text !== ';') return undefined;
  return { at: colon, speaker: { start: speaker.start, end: speaker.end, participant: speaker } };
}

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

function wordIndexAt(words: readonly Word[], offset: number): number {
  return words.findIndex((word) => word.start === offset);
}

function spanOf(word: Word): Span {
  return { start: word.start, end: word.end };
}

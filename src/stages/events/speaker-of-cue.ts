import type { Span } from '../../document/span.js';
import { describe } from './describe-speaker.js';
import { describedAfterCue } from './described-after-cue.js';
import { subjectOfVerb } from './find-subject.js';
import type { MentionAt, Participant } from './participants.js';
import type { Phrase } from './phrases.js';
import type { SentenceReading } from './sentence-reading.js';
import type { Word } from './sentence-words.js';
import { titledNameBeforeCue } from './titled-name-before-cue.js';

/** Who speaks: an actor's words, or the words of a description ("a senior official"). */
export interface Speaker extends Span {
  participant?: Participant;
}

/**
 * The speaker of the speech verb at `cue`: its subject ("he said", "the prime minister said",
 * "a senior official said"), or the phrase after it when the order is inverted ("said Netanyahu").
 * A description keeps its words and no actor.
 */
export function speakerOfCue(reading: SentenceReading, cue: number): Speaker | undefined {
  const { words, phraseOf, participants } = reading;
  const apposed =
    appositionBefore(reading, cue) ?? coordinatedSubject(reading, cue) ?? nameOfCountry(reading, cue);
  if (apposed) return apposed;
  const titled = titledNameBeforeCue(reading, cue);
  if (titled) return speakerOf(titled);
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
  const relative = describedBeforeRelative(reading, before);
  if (relative) return relative;
  const after = phraseOf[cue + 1] ?? -1;
  if (after < 0 || !endsClause(words, (reading.phrases[after] as Phrase).last + 1))
    return describedAfterCue(reading, cue);
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
    const outerName = openingName(reading, beforeParenthesis(words, comma - 1));
    if (outerName) return outerName;
  }
  return undefined;
}

/** Words inside a parenthesis after a name ("(UGTT)"), at most. */
const MAX_PARENTHESIS_WORDS = 3;

/** Word `last`, or the word before the parenthesis it closes: "Labour Union (UGTT)" ends at "Union". */
function beforeParenthesis(words: readonly Word[], last: number): number {
  if (words[last]?.text !== ')') return last;
  for (let at = last - 1; at >= 1 && at >= last - MAX_PARENTHESIS_WORDS; at--)
    if ((words[at] as Word).text === '(') return at - 1;
  return last;
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

/** Words of a relative clause between "who" and the cue ("who asked not to be named"). */
const MAX_RELATIVE_WORDS = 10;

/**
 * "a provincial official who asked not to be named said": the description before a relative
 * clause that ends right before the cue with a word of no phrase (a verb).
 */
function describedBeforeRelative(reading: SentenceReading, last: number): Speaker | undefined {
  const { words, phraseOf, mentionOf } = reading;
  for (let at = last; at >= 1 && at >= last - MAX_RELATIVE_WORDS; at--) {
    const word = words[at] as Word;
    if (word.pos === 'PUNCT') return undefined;
    if (word.lower !== 'who') continue;
    const index = phraseOf[at - 1] ?? -1;
    if (index < 0) return undefined;
    return mentionOf[at - 1] ? nameOf(reading, at - 1) : describe(reading, index);
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
 * "President Macky Sall called for calm …, and said the authorities would…", "… said …, but warned
 * that": a cue after "and" or "but" shares the subject that opens the sentence, when that subject
 * names an actor.
 */
function coordinatedSubject(reading: SentenceReading, cue: number): Speaker | undefined {
  const { words, phraseOf, phrases } = reading;
  let before = cue - 1;
  while (before >= 0 && (words[before] as Word).pos === 'ADV') before--;
  if (words[before]?.lower !== 'and' && words[before]?.lower !== 'but') return undefined;
  const first = phrases[phraseOf[0] ?? -1];
  if (!first) return undefined;
  // "Chile's central bank raised …, and said": a body after a possessive heads the opening phrase.
  return (
    openingName(reading, first.last) ??
    (isPossessiveHead(reading, first) ? nameOf(reading, first.last) : undefined)
  );
}

/** True when the phrase's last words, an actor's name, follow a possessive inside it ("Chile's central bank"). */
function isPossessiveHead(reading: SentenceReading, phrase: Phrase): boolean {
  const mention = reading.mentionOf[phrase.last];
  if (!mention) return false;
  let at = phrase.last;
  while (at > phrase.first && (reading.words[at - 1] as Word).start >= mention.start) at--;
  return at > phrase.first && /^['’]s?$/.test((reading.words[at - 1] as Word).text);
}

/**
 * "Foreign Minister Sameh Shoukry of Egypt said", "Xavier Becerra of the United States said": a
 * name with its country after "of" speaks, not the country.
 */
export function nameOfCountry(reading: SentenceReading, cue: number): Speaker | undefined {
  const { words, mentionOf } = reading;
  const country = mentionOf[cue - 1];
  if (!country || !/^[A-Z]{3}$/.test(country.actor.code ?? '')) return undefined;
  let of = cue - 1;
  while (of >= 0 && (words[of] as Word).end > country.start) of--;
  if (words[of]?.lower === 'the') of--;
  if (words[of]?.lower !== 'of') return undefined;
  const named = nameOf(reading, of - 1);
  return named && named.participant?.actorId !== country.actor.id ? named : undefined;
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

/** "Netanyahu: Iran needs to withdraw": a named actor alone before a colon speaks what follows. */
export function colonSpeaker(reading: SentenceReading): { at: number; speaker: Speaker } | undefined {
  const { words, phraseOf, phrases, participants } = reading;
  const colon = words.findIndex((word) => word.text === ':');
  if (colon < 1) return undefined;
  const index = phraseOf[colon - 1] ?? -1;
  const phrase = phrases[index];
  const speaker = participants[index];
  if (!phrase || !speaker || speaker.actorId === null) return undefined;
  // The phrase must open the sentence or follow a semicolon, and be the actor's name, not a thing
  // of theirs ("Ulaanbaatar's winter smog: a doctor and a city official on what went wrong").
  const before = words[phrase.first - 1];
  if (before && before.text !== ';') return undefined;
  const after = words.find((word) => word.start >= speaker.end);
  if (after && after.end <= (words[colon] as Word).start && /^['’]s?$/.test(after.text)) return undefined;
  return { at: colon, speaker: { start: speaker.start, end: speaker.end, participant: speaker } };
}

function wordIndexAt(words: readonly Word[], offset: number): number {
  return words.findIndex((word) => word.start === offset);
}

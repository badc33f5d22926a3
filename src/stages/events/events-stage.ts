import type { EntityMention, EventParticipant, NewsEvent, Place } from '../../document/annotations.js';
import type { Diagnostic } from '../../document/diagnostic.js';
import type { Span } from '../../document/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { type ActorDictionary, shippedActorDictionary } from '../actors/actor-dictionary.js';
import { attachSpeakers } from './attach-speakers.js';
import { type CameoCodes, type EventCodeInfo, loadCameoCodes } from './cameo-codes.js';
import { codeSentence } from './code-sentence.js';
import type { Participant } from './participants.js';
import { readArticle } from './read-article.js';
import { resolveEventDate } from './resolve-event-date.js';
import type { FoundEvent } from './sentence-reading.js';
import type { Word } from './sentence-words.js';
import { shippedVerbDictionary, type VerbDictionary } from './verb-dictionary.js';

export interface EventsStageOptions {
  verbs?: VerbDictionary;
  codes?: CameoCodes;
  /** The actor dictionary whose role nouns and demonyms code phrases no actor holds ("Syrian rebels"). */
  dictionary?: ActorDictionary;
}

/** Characters either side of a verb searched for the event's date. */
const DATE_REACH = 400;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Words that put a place before them ("in Jerusalem", "to Beirut"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'near', 'inside', 'outside', 'from']);
const MODIFIERS = new Set(['DET', 'ADJ']);

/**
 * CAMEO events from clause structure: for each verb of the CAMEO.2.0 verb dictionary, its
 * subject (through coordination, relative pronouns, infinitives and passive voice) is the source,
 * and the object its best pattern names, or else the first party after it, the target. Events
 * keep their verb and sentence, are flagged when negated or hypothetical, and get the day the
 * sentence names and the place it names.
 */
export function createEventsStage(
  options: EventsStageOptions = {},
): Stage<'paragraphs' | 'tokens' | 'sentences' | 'entities' | 'actors' | 'places', 'events'> {
  let loaded: { verbs: VerbDictionary; codes: CameoCodes; dictionary: ActorDictionary } | undefined;
  const resources = () => {
    loaded ??= {
      verbs: options.verbs ?? shippedVerbDictionary(),
      codes: options.codes ?? loadCameoCodes(),
      dictionary: options.dictionary ?? shippedActorDictionary(),
    };
    return loaded;
  };
  return {
    name: 'events',
    version: '1.14.0',
    requires: ['paragraphs', 'tokens', 'sentences', 'entities', 'actors', 'places'],
    produces: ['events'],
    run(article) {
      const { verbs, codes, dictionary } = resources();
      const { text } = article;
      const day = article.publishedAt.slice(0, 10);
      const date = ISO_DAY.test(day) ? day : undefined;
      const read = readArticle(article, dictionary, verbs);
      const readings = attachSpeakers(read.readings, read.attributions);

      const found: FoundEvent[] = [];
      const located: Located[] = [];
      const locations = article.entities.filter((entity) => entity.type === 'LOCATION');
      for (const reading of readings) {
        const places = findPlaces(reading.words, locations);
        for (const event of codeSentence(reading, verbs, found)) {
          found.push(event);
          const place = places.find((candidate) => candidate.start > event.verb.start) ?? places[0];
          located.push({ event, sentence: reading.sentence, ...(place ? { place } : {}) });
        }
      }

      const diagnostics: Diagnostic[] = [];
      const events: NewsEvent[] = [];
      for (const { event, sentence, place } of located) {
        const info = describe(codes, event.code);
        if (!info) {
          diagnostics.push({
            severity: 'warning',
            code: 'events-unknown-code',
            message: `The verb dictionary gave code ${event.code}, which the CAMEO table does not list; the event was left out.`,
            span: sentence,
          });
          continue;
        }
        const when = eventDate(text, sentence, event.verb, date);
        if (when.guessed && when.dateText)
          diagnostics.push({
            severity: 'info',
            code: 'events-date-guessed',
            message: when.guessed,
            span: when.dateText,
          });
        events.push({
          id: `event-${events.length + 1}`,
          source: participant(text, event.source),
          target: participant(text, event.target),
          code: info.code,
          rootCode: info.rootCode,
          quadClass: info.quadClass,
          goldstein: info.goldstein,
          verb: textSpan(text, event.verb),
          sentence: { start: sentence.start, end: sentence.end },
          negated: event.negated,
          hypothetical: event.hypothetical,
          date: when.date,
          ...(when.dateText ? { dateText: when.dateText } : {}),
          ...(place ? { place: { ...textSpan(text, place), ...onTheMap(article.places, place) } } : {}),
          confidence: event.confidence,
        });
      }
      return { events, diagnostics };
    },
  };
}

/** An event with the sentence it was found in and the place that sentence names. */
interface Located {
  event: FoundEvent;
  sentence: Span;
  place?: Span;
}

/** The day of an event, read from the words around its verb, not the whole of a very long sentence (linear time). */
function eventDate(text: string, sentence: Span, verb: Span, published: string | undefined) {
  const around = {
    start: Math.max(sentence.start, verb.start - DATE_REACH),
    end: Math.min(sentence.end, verb.end + DATE_REACH),
  };
  return resolveEventDate(text, around, verb, published);
}

/** The country and coordinates of the geocoded place one of whose mentions is `span`. */
function onTheMap(places: readonly Place[], span: Span): { country?: string; lat?: number; lon?: number } {
  const place = places.find((candidate) =>
    candidate.mentions.some((mention) => mention.start < span.end && span.start < mention.end),
  );
  if (!place) return {};
  return { ...(place.country ? { country: place.country } : {}), lat: place.lat, lon: place.lon };
}

function textSpan(text: string, span: Span): Span & { text: string } {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

/** The default stage: the shipped verb dictionary, CAMEO table and actor dictionary, loaded on first use. */
export const eventsStage = createEventsStage();

function participant(text: string, from: Participant): EventParticipant {
  return {
    start: from.start,
    end: from.end,
    text: text.slice(from.start, from.end),
    actorId: from.actorId,
    code: from.code,
  };
}

/** The code's row in the CAMEO table, or its nearest listed parent ("0874" -> "087"). */
function describe(codes: CameoCodes, code: string): EventCodeInfo | undefined {
  for (let length = code.length; length >= 2; length--) {
    const info = codes.byCode.get(code.slice(0, length));
    if (info) return info;
  }
  return undefined;
}

/**
 * The places a sentence puts things in: location names after a locative preposition, with at
 * most two determiners or adjectives between ("in southern Syria", "to the capital Beirut").
 */
function findPlaces(words: readonly Word[], locations: readonly EntityMention[]): Span[] {
  const places: Span[] = [];
  if (words.length === 0) return places;
  const first = words[0] as Word;
  const last = words[words.length - 1] as Word;
  let next = locations.findIndex((location) => location.start >= first.start);
  if (next < 0) return places;
  for (let at = 0; at < words.length && next < locations.length; at++) {
    const location = locations[next] as EntityMention;
    if (location.start >= last.end) break;
    const word = words[at] as Word;
    if (word.start < location.start) continue;
    next++;
    if (word.start !== location.start) continue;
    let before = at - 1;
    while (before >= at - 2 && before >= 0 && MODIFIERS.has((words[before] as Word).pos)) before--;
    const preposition = words[before];
    if (preposition && PLACE_PREPOSITIONS.has(preposition.lower))
      places.push({ start: location.start, end: location.end });
  }
  return places;
}

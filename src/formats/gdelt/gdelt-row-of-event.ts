import { createHash } from 'node:crypto';
import type { Actor, AnnotatedArticle, EventParticipant, NewsEvent } from '../../document/annotations.js';
import type { GdeltRecord } from './gdelt-columns.js';

/**
 * One coded event of an article as a GDELT 2.0 Event row, counted as GDELT counts one mention:
 * NumMentions, NumSources and NumArticles 1, AvgTone the article's tone. What newsgraph does not
 * know is left empty rather than guessed: the known-group, ethnic and religion codes, the actors'
 * own places, and the FIPS country and ADM codes of the geography (newsgraph's places are ISO-3
 * and GeoNames). `GlobalEventID` is the first 48 bits of a SHA-256 of the article and event ids,
 * so that the same event keeps its number from one export to the next.
 */
export function gdeltRowOfEvent(article: AnnotatedArticle, event: NewsEvent): GdeltRecord {
  const actors = new Map((article.actors ?? []).map((actor) => [actor.id, actor]));
  const day = event.date ? event.date.replaceAll('-', '') : null;
  const place = event.place?.lat !== undefined && event.place.lon !== undefined ? event.place : undefined;
  return {
    GlobalEventID: globalEventId(article.id, event.id),
    Day: day,
    MonthYear: day ? Number(day.slice(0, 6)) : null,
    Year: day ? Number(day.slice(0, 4)) : null,
    FractionDate: event.date ? fractionDate(event.date) : null,
    ...actorFields('Actor1', event.source, actors),
    ...actorFields('Actor2', event.target, actors),
    IsRootEvent: isInLead(article, event) ? 1 : 0,
    EventCode: event.code,
    EventBaseCode: event.code.slice(0, 3),
    EventRootCode: event.rootCode,
    QuadClass: event.quadClass,
    GoldsteinScale: event.goldstein,
    NumMentions: 1,
    NumSources: 1,
    NumArticles: 1,
    AvgTone: article.tone?.score ?? null,
    Actor1Geo_Type: 0,
    Actor2Geo_Type: 0,
    ActionGeo_Type: place ? geoType(article, place.text) : 0,
    ActionGeo_FullName: place ? place.text : null,
    ActionGeo_Lat: place?.lat ?? null,
    ActionGeo_Long: place?.lon ?? null,
    DATEADDED: dateAdded(article.origin.retrievedAt),
    SOURCEURL: article.url || article.source || null,
  };
}

/** A stable whole number below 2^48 (exact in a JavaScript number and in a 64-bit integer). */
export function globalEventId(articleId: string, eventId: string): number {
  return Number.parseInt(
    createHash('sha256').update(`${articleId}:${eventId}`).digest('hex').slice(0, 12),
    16,
  );
}

/**
 * GDELT's FractionDate: the year and the day of the year over 365, to four places, as GDELT's own
 * files have it (2019-01-25, the 25th day: 2019.0685), at most year + 0.9999.
 */
export function fractionDate(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  // The last day (two in a leap year) would round into the next year: the fraction stops at 0.9999.
  return Math.round((year + Math.min(dayOfYear / 365, 0.9999)) * 10_000) / 10_000;
}

function actorFields(
  prefix: 'Actor1' | 'Actor2',
  participant: EventParticipant,
  actors: Map<string, Actor>,
): GdeltRecord {
  const actor = participant.actorId ? actors.get(participant.actorId) : undefined;
  const code = participant.code ?? actor?.code ?? null;
  const roles = actor?.roles ?? [];
  return {
    [`${prefix}Code`]: code,
    [`${prefix}Name`]: (actor?.name ?? participant.text).toUpperCase(),
    [`${prefix}CountryCode`]: actor?.country ?? null,
    [`${prefix}Type1Code`]: roles[0] ?? null,
    [`${prefix}Type2Code`]: roles[1] ?? null,
    [`${prefix}Type3Code`]: roles[2] ?? null,
  };
}

/** GDELT's "root event": one told in the lead, the title or the first paragraph after it. */
function isInLead(article: AnnotatedArticle, event: NewsEvent): boolean {
  const lead = article.paragraphs.filter((paragraph) => paragraph.kind !== 'body').at(-1);
  const firstBody = article.paragraphs.find((paragraph) => paragraph.kind === 'body');
  const end = article.lede ? (lead?.end ?? 0) : (firstBody?.end ?? lead?.end ?? 0);
  return event.sentence.start < end;
}

/**
 * GDELT's geographic resolution: 4 a city (GeoNames class P), else 5 a region; newsgraph's
 * places do not say which of the others are whole countries, so none is written as 1.
 */
function geoType(article: AnnotatedArticle, name: string): number {
  const place = article.places?.find((candidate) => candidate.name === name);
  return !place || place.featureClass === 'P' ? 4 : 5;
}

/** `2018-06-17T09:30:00.000Z` as `20180617093000`. */
function dateAdded(isoDateTime: string): string | null {
  const digits = isoDateTime.replace(/\D/g, '').slice(0, 14);
  return digits.length === 14 ? digits : null;
}

import { fractionDate } from './fraction-date.js';
import type { GdeltRecord } from './gdelt-columns.js';
import type { GdeltActor, GdeltEvent, GdeltPlace } from './gdelt-event.js';

/**
 * An event (imported from GDELT, or folded from many articles) as a GDELT 2.0 Event row: the
 * inverse of `gdeltEventOfRecord`. The row's Day is the event's first day; DATEADDED its
 * `dateAdded` in UTC.
 */
export function gdeltRecordOfEvent(event: GdeltEvent): GdeltRecord {
  const day = event.firstSeen;
  return {
    GlobalEventID: event.gdeltId,
    Day: day ? day.replaceAll('-', '') : null,
    MonthYear: day ? Number(day.slice(0, 7).replace('-', '')) : null,
    Year: day ? Number(day.slice(0, 4)) : null,
    FractionDate: day ? fractionDate(day) : null,
    ...actorColumns('Actor1', event.source),
    ...actorColumns('Actor2', event.target),
    IsRootEvent: event.isRootEvent ? 1 : 0,
    EventCode: event.code,
    EventBaseCode: event.baseCode,
    EventRootCode: event.rootCode,
    QuadClass: event.quadClass,
    GoldsteinScale: event.goldstein,
    NumMentions: event.numMentions,
    NumSources: event.numSources,
    NumArticles: event.numArticles,
    AvgTone: event.tone,
    ...placeColumns('Actor1Geo', event.sourcePlace),
    ...placeColumns('Actor2Geo', event.targetPlace),
    ...placeColumns('ActionGeo', event.place ?? undefined),
    DATEADDED: event.dateAdded.replace(/\D/g, '').slice(0, 14) || null,
    SOURCEURL: event.sourceUrl ?? null,
  };
}

function actorColumns(prefix: 'Actor1' | 'Actor2', actor: GdeltActor): GdeltRecord {
  return {
    [`${prefix}Code`]: actor.code,
    [`${prefix}Name`]: actor.name,
    [`${prefix}CountryCode`]: actor.country,
    [`${prefix}KnownGroupCode`]: actor.knownGroup ?? null,
    [`${prefix}EthnicCode`]: actor.ethnic ?? null,
    [`${prefix}Religion1Code`]: actor.religion1 ?? null,
    [`${prefix}Religion2Code`]: actor.religion2 ?? null,
    [`${prefix}Type1Code`]: actor.type1 ?? null,
    [`${prefix}Type2Code`]: actor.type2 ?? null,
    [`${prefix}Type3Code`]: actor.type3 ?? null,
  };
}

function placeColumns(
  prefix: 'Actor1Geo' | 'Actor2Geo' | 'ActionGeo',
  place: GdeltPlace | undefined,
): GdeltRecord {
  return {
    [`${prefix}_Type`]: place?.type ?? 0,
    [`${prefix}_FullName`]: place?.name || null,
    [`${prefix}_CountryCode`]: place?.country ?? null,
    [`${prefix}_ADM1Code`]: place?.adm1Code ?? null,
    [`${prefix}_ADM2Code`]: place?.adm2Code ?? null,
    [`${prefix}_Lat`]: place?.lat ?? null,
    [`${prefix}_Long`]: place?.lon ?? null,
    [`${prefix}_FeatureID`]: place?.featureId ?? null,
  };
}

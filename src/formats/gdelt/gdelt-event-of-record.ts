import type { EventQuadClass } from '../../document/annotations.js';
import type { GdeltRecord } from './gdelt-columns.js';
import type { GdeltActor, GdeltEvent, GdeltPlace } from './gdelt-event.js';
import { GdeltLineError } from './parse-gdelt-line.js';

/**
 * A row read by `parseGdeltLine` as an event, once what the codebook requires of it is checked:
 * a GlobalEventID, a Day, a CAMEO event code of 2 to 4 digits that begins with its root code
 * (01 to 20), a QuadClass of 1 to 4, a Goldstein value of -10 to +10, counts that are not
 * negative, a DATEADDED, and coordinates on the globe. Throws a GdeltLineError naming the column.
 */
export function gdeltEventOfRecord(record: GdeltRecord): GdeltEvent {
  const gdeltId = required(record, 'GlobalEventID') as number;
  const day = required(record, 'Day') as string;
  const code = required(record, 'EventCode') as string;
  if (!/^\d{2,4}$/.test(code))
    fail('EventCode', `expected a CAMEO event code of 2 to 4 digits, got "${code}"`);
  const rootCode = required(record, 'EventRootCode') as string;
  if (!/^(0[1-9]|1\d|20)$/.test(rootCode))
    fail('EventRootCode', `expected a CAMEO root code from 01 to 20, got "${rootCode}"`);
  if (!code.startsWith(rootCode))
    fail('EventRootCode', `"${rootCode}" is not the root of EventCode "${code}"`);
  const quadClass = required(record, 'QuadClass') as number;
  if (quadClass < 1 || quadClass > 4) fail('QuadClass', `expected 1 to 4, got ${quadClass}`);
  const goldstein = required(record, 'GoldsteinScale') as number;
  if (goldstein < -10 || goldstein > 10) fail('GoldsteinScale', `expected -10 to +10, got ${goldstein}`);
  const isoDay = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
  const added = required(record, 'DATEADDED') as string;
  const event: GdeltEvent = {
    gdeltId,
    source: actor(record, 'Actor1'),
    target: actor(record, 'Actor2'),
    isRootEvent: record.IsRootEvent === 1,
    code,
    baseCode: (record.EventBaseCode as string | null) ?? code.slice(0, 3),
    rootCode,
    quadClass: quadClass as EventQuadClass,
    goldstein,
    numMentions: count(record, 'NumMentions'),
    numSources: count(record, 'NumSources'),
    numArticles: count(record, 'NumArticles'),
    tone: (record.AvgTone as number | null) ?? null,
    firstSeen: isoDay,
    lastSeen: isoDay,
    dateAdded: `${added.slice(0, 4)}-${added.slice(4, 6)}-${added.slice(6, 8)}T${added.slice(8, 10)}:${added.slice(10, 12)}:${added.slice(12, 14)}Z`,
    place: place(record, 'ActionGeo') ?? null,
  };
  const sourcePlace = place(record, 'Actor1Geo');
  const targetPlace = place(record, 'Actor2Geo');
  if (sourcePlace) event.sourcePlace = sourcePlace;
  if (targetPlace) event.targetPlace = targetPlace;
  if (typeof record.SOURCEURL === 'string') event.sourceUrl = record.SOURCEURL;
  return event;
}

function fail(column: string, reason: string): never {
  throw new GdeltLineError(reason, column);
}

function required(record: GdeltRecord, column: string): number | string {
  const value = record[column];
  if (value === null || value === undefined) fail(column, 'missing: the column is empty');
  return value;
}

function count(record: GdeltRecord, column: string): number {
  const value = required(record, column) as number;
  if (value < 0) fail(column, `expected a count, got ${value}`);
  return value;
}

const ACTOR_FIELDS = [
  ['KnownGroupCode', 'knownGroup'],
  ['EthnicCode', 'ethnic'],
  ['Religion1Code', 'religion1'],
  ['Religion2Code', 'religion2'],
  ['Type1Code', 'type1'],
  ['Type2Code', 'type2'],
  ['Type3Code', 'type3'],
] as const;

function actor(record: GdeltRecord, prefix: 'Actor1' | 'Actor2'): GdeltActor {
  const text = (column: string) => (record[`${prefix}${column}`] as string | null) ?? null;
  const side: GdeltActor = { code: text('Code'), name: text('Name'), country: text('CountryCode') };
  for (const [column, field] of ACTOR_FIELDS) {
    const value = text(column);
    if (value !== null) side[field] = value;
  }
  return side;
}

function place(record: GdeltRecord, prefix: 'Actor1Geo' | 'Actor2Geo' | 'ActionGeo'): GdeltPlace | undefined {
  const value = (field: string) => record[`${prefix}_${field}`] ?? null;
  const type = value('Type') as number | null;
  const name = value('FullName') as string | null;
  const lat = value('Lat') as number | null;
  const lon = value('Long') as number | null;
  if (lat !== null && (lat < -90 || lat > 90))
    fail(`${prefix}_Lat`, `expected a latitude of -90 to 90, got ${lat}`);
  if (lon !== null && (lon < -180 || lon > 180))
    fail(`${prefix}_Long`, `expected a longitude of -180 to 180, got ${lon}`);
  if (!type && name === null && lat === null) return undefined;
  const geo: GdeltPlace = {
    name: name ?? '',
    country: (value('CountryCode') as string | null) ?? null,
    lat,
    lon,
  };
  if (type) geo.type = type;
  const adm1 = value('ADM1Code') as string | null;
  const adm2 = value('ADM2Code') as string | null;
  const feature = value('FeatureID') as string | null;
  if (adm1 !== null) geo.adm1Code = adm1;
  if (adm2 !== null) geo.adm2Code = adm2;
  if (feature !== null) geo.featureId = feature;
  return geo;
}

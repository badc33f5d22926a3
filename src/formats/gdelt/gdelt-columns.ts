/**
 * How a GDELT column is written: a whole number, a decimal, a day (`YYYYMMDD`), a moment in UTC
 * (`YYYYMMDDHHMMSS`), or text. An empty field is a missing value of any type.
 */
export type GdeltColumnType = 'int' | 'float' | 'date' | 'datetime' | 'text';

export interface GdeltColumn {
  name: string;
  type: GdeltColumnType;
}

const ACTOR_FIELDS = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
  'Religion2Code',
  'Type1Code',
  'Type2Code',
  'Type3Code',
] as const;

const GEO_FIELDS: readonly GdeltColumn[] = [
  { name: 'Type', type: 'int' },
  { name: 'FullName', type: 'text' },
  { name: 'CountryCode', type: 'text' },
  { name: 'ADM1Code', type: 'text' },
  { name: 'ADM2Code', type: 'text' },
  { name: 'Lat', type: 'float' },
  { name: 'Long', type: 'float' },
  // A GeoNames or GNS id, or for a country or region its ADM1 code: text, not a number.
  { name: 'FeatureID', type: 'text' },
];

const actorColumns = (actor: string): GdeltColumn[] =>
  ACTOR_FIELDS.map((field) => ({ name: `${actor}${field}`, type: 'text' }));

const geoColumns = (prefix: string): GdeltColumn[] =>
  GEO_FIELDS.map((field) => ({ name: `${prefix}_${field.name}`, type: field.type }));

/**
 * The 61 columns of a GDELT 2.0 Event table row (the `*.export.CSV` files), in the codebook's
 * order, with the type of each. Written from the GDELT 2.0 Event codebook: `Day` is the event's
 * date, `FractionDate` the year plus the fraction of it gone by, the actor and geography country
 * codes are CAMEO (actors) and FIPS 10-4 (geography), and `DATEADDED` the UTC time the event was
 * added.
 */
export const GDELT_COLUMNS: readonly GdeltColumn[] = [
  { name: 'GlobalEventID', type: 'int' },
  { name: 'Day', type: 'date' },
  { name: 'MonthYear', type: 'int' },
  { name: 'Year', type: 'int' },
  { name: 'FractionDate', type: 'float' },
  ...actorColumns('Actor1'),
  ...actorColumns('Actor2'),
  { name: 'IsRootEvent', type: 'int' },
  { name: 'EventCode', type: 'text' },
  { name: 'EventBaseCode', type: 'text' },
  { name: 'EventRootCode', type: 'text' },
  { name: 'QuadClass', type: 'int' },
  { name: 'GoldsteinScale', type: 'float' },
  { name: 'NumMentions', type: 'int' },
  { name: 'NumSources', type: 'int' },
  { name: 'NumArticles', type: 'int' },
  { name: 'AvgTone', type: 'float' },
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  { name: 'DATEADDED', type: 'datetime' },
  { name: 'SOURCEURL', type: 'text' },
];

/** A parsed value: numbers for `int` and `float`, text for the rest, null for an empty field. */
export type GdeltValue = number | string | null;

/** One row, by column name. */
export type GdeltRecord = Record<string, GdeltValue>;

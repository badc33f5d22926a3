import { z } from 'zod';
import { checkDataFile } from '../read-data-file.js';

const iso3OrEmpty = z.string().regex(/^([A-Z]{3})?$/, 'expected an ISO-3 code or an empty string');

/**
 * The places, one column per field, row `i` of each column describing place `i` (columns load
 * several times faster than one array per place). `country` is ISO 3166-1 alpha-3, or empty for
 * a continent, a sea or a region across countries. `geonameId` and `population` are 0 when
 * unknown; `admin` is the GeoNames first-level division code within the country ("TX", "06"),
 * empty when unknown.
 */
const placeColumns = z
  .object({
    name: z.array(z.string().min(1)),
    country: z.array(iso3OrEmpty),
    lat: z.array(z.number().min(-90).max(90)),
    lon: z.array(z.number().min(-180).max(180)),
    featureClass: z.array(z.string().regex(/^[AHLPST]$/, 'expected a GeoNames feature class')),
    featureCode: z.array(z.string().min(1)),
    geonameId: z.array(z.number().int().min(0)),
    population: z.array(z.number().min(0)),
    admin: z.array(z.string()),
  })
  .refine((columns) => Object.values(columns).every((column) => column.length === columns.name.length), {
    message: 'columns of different lengths',
  });

const placeGazetteerFile = z.object({
  format: z.literal('newsgraph-places-gazetteer'),
  version: z.literal(1),
  /** Cities below this population were left out, unless a country's or a region's capital. */
  minPopulation: z.number().int().min(0),
  sources: z.array(z.object({ name: z.string(), licence: z.string() })),
  places: placeColumns,
  /**
   * Names other than a place's own: `[key, row, row...]`, the key as `placeKey` writes it. A
   * place's own name is filed under `placeKey(name)` without being listed here.
   */
  names: z.array(z.tuple([z.string().min(1)], z.number().int().min(0))),
  /**
   * `[key, row]`: the place news means by a name it shares with others ("Washington" the capital,
   * "New York" the city), which is why the name was written for the gazetteer.
   */
  preferred: z.array(z.tuple([z.string().min(1), z.number().int().min(0)])),
  /** Rows that are filed only under `names`, not under their own name ("Washington" the state). */
  unnamed: z.array(z.number().int().min(0)),
  /**
   * Words for a people (`[key, ISO-3]`, the code empty for a people of no one country: "arabs"):
   * never places, but evidence of a country.
   */
  demonyms: z.array(z.tuple([z.string().min(1), iso3OrEmpty])),
  /** Keys that are also ordinary English words or given names ("nice", "reading", "chad"). */
  commonWords: z.array(z.string().min(1)),
});

export type PlaceColumns = z.infer<typeof placeColumns>;

/** One place as a row: `[name, country, lat, lon, featureClass, featureCode, geonameId, population, admin]`. */
export type PlaceRow = [string, string, number, number, string, string, number, number, string];

/** The columns of these rows, in their order. */
export function placeColumnsOf(rows: readonly PlaceRow[]): PlaceColumns {
  return {
    name: rows.map((row) => row[0]),
    country: rows.map((row) => row[1]),
    lat: rows.map((row) => row[2]),
    lon: rows.map((row) => row[3]),
    featureClass: rows.map((row) => row[4]),
    featureCode: rows.map((row) => row[5]),
    geonameId: rows.map((row) => row[6]),
    population: rows.map((row) => row[7]),
    admin: rows.map((row) => row[8]),
  };
}

/** The places gazetteer as stored (gzip-compressed JSON), built by `training/places/`. */
export type PlaceGazetteerFile = z.infer<typeof placeGazetteerFile>;

/** The parsed file, or the first problem found, with its path inside the JSON. */
export function parsePlaceGazetteerFile(json: unknown): { file: PlaceGazetteerFile } | { problem: string } {
  return checkDataFile(placeGazetteerFile, json);
}

import { fileURLToPath } from 'node:url';
import { type DataFileKind, dataFileFormatError, readGzipJson } from '../read-data-file.js';
import { type PlaceGazetteerFile, parsePlaceGazetteerFile } from './place-gazetteer-file.js';
import { placeKey } from './place-key.js';

const PLACE_GAZETTEER_FILE: DataFileKind = {
  name: 'places gazetteer',
  rebuild: 'npx tsx training/places/build-gazetteer.ts',
};

/**
 * What a place is for disambiguation: a country, a region inside one country (a state, a
 * province, Darfur), a city or village, or an area with no single country (a continent, a sea,
 * Kashmir).
 */
export type PlaceKind = 'country' | 'region' | 'city' | 'area';

/** One place of the gazetteer. */
export interface GazetteerPlace {
  /** Its row in the gazetteer: equal rows are the same place. */
  row: number;
  name: string;
  /** ISO-3, or empty for an area. */
  country: string;
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  /** 0 when unknown. */
  geonameId: number;
  /** 0 when unknown. */
  population: number;
  /** GeoNames first-level division within the country, empty when unknown. */
  admin: string;
  kind: PlaceKind;
  /** How likely a bare mention of its name means this place, before any context. */
  prior: number;
}

/** The places gazetteer, indexed by name. Build it with `loadPlaceGazetteer` or `createPlaceGazetteer`. */
export interface PlaceGazetteer {
  readonly places: readonly GazetteerPlace[];
  /** `placeKey` of a name -> the places it may mean, most likely first (at most `MAX_CANDIDATES`). */
  readonly byKey: ReadonlyMap<string, readonly GazetteerPlace[]>;
  /** `placeKey` of a name -> the place news means by it, where the gazetteer says so ("washington"). */
  readonly preferred: ReadonlyMap<string, GazetteerPlace>;
  /** ISO-3 -> the country. */
  readonly countries: ReadonlyMap<string, GazetteerPlace>;
  /** `ISO-3.admin1` -> the region of that first-level division. */
  readonly regions: ReadonlyMap<string, GazetteerPlace>;
  /** `placeKey` of a demonym ("israeli", "russians") -> the ISO-3 code of its country. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Keys that are also ordinary words or given names ("nice", "reading", "chad"). */
  readonly commonWords: ReadonlySet<string>;
}

/** The most places one name may mean; beyond them the least likely are dropped. */
export const MAX_CANDIDATES = 24;

/**
 * Priors, in the units of the stage's scores: a city's is 1.5 log10 of its population, so that a
 * tenfold bigger city leads by 1.5. A country outweighs any city of the same name ("Armenia",
 * "Panama"), a state or province any but the largest ("Georgia", "Quebec" over Québec city, but
 * New York City over the state).
 */
const COUNTRY_PRIOR = 12;
const REGION_PRIOR = 9.5;
const AREA_PRIOR = 11;
const CITY_RANK_BONUS: Readonly<Record<string, number>> = { PPLC: 1, PPLG: 1, PPLA: 0.5, PPLX: -1 };

function placeKind(featureClass: string, featureCode: string, country: string): PlaceKind {
  if (country === '') return 'area';
  if (featureCode.startsWith('PCL')) return 'country';
  return featureClass === 'P' ? 'city' : 'region';
}

function placePrior(kind: PlaceKind, featureCode: string, population: number): number {
  if (kind === 'country') return COUNTRY_PRIOR;
  if (kind === 'region') return REGION_PRIOR;
  if (kind === 'area') return AREA_PRIOR;
  return 1.5 * Math.log10(Math.max(population, 1000)) + (CITY_RANK_BONUS[featureCode] ?? 0);
}

/** Indexes a gazetteer held in memory (tests build small ones by hand). */
export function createPlaceGazetteer(
  file: Pick<PlaceGazetteerFile, 'places' | 'names' | 'preferred' | 'unnamed' | 'demonyms' | 'commonWords'>,
): PlaceGazetteer {
  const columns = file.places;
  const places = columns.name.map((name, row): GazetteerPlace => {
    const country = columns.country[row] ?? '';
    const featureClass = columns.featureClass[row] ?? '';
    const featureCode = columns.featureCode[row] ?? '';
    const population = columns.population[row] ?? 0;
    const kind = placeKind(featureClass, featureCode, country);
    return {
      row,
      name,
      country,
      lat: columns.lat[row] ?? 0,
      lon: columns.lon[row] ?? 0,
      featureClass,
      featureCode,
      geonameId: columns.geonameId[row] ?? 0,
      population,
      admin: columns.admin[row] ?? '',
      kind,
      prior: placePrior(kind, featureCode, population),
    };
  });
  const lists = new Map<string, GazetteerPlace[]>();
  const fileUnder = (key: string, place: GazetteerPlace | undefined) => {
    if (place === undefined || key === '') return;
    const list = lists.get(key);
    if (list === undefined) lists.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };
  const unnamed = new Set(file.unnamed);
  for (const place of places) if (!unnamed.has(place.row)) fileUnder(placeKey(place.name), place);
  for (const [key, ...rows] of file.names) for (const row of rows) fileUnder(key, places[row]);
  const byKey = new Map<string, readonly GazetteerPlace[]>();
  for (const [key, list] of lists) {
    list.sort((a, b) => b.prior - a.prior || a.row - b.row);
    byKey.set(key, list.length > MAX_CANDIDATES ? list.slice(0, MAX_CANDIDATES) : list);
  }

  const countries = new Map<string, GazetteerPlace>();
  const regions = new Map<string, GazetteerPlace>();
  for (const place of places) {
    if (place.kind === 'country' && !countries.has(place.country)) countries.set(place.country, place);
    if (place.kind === 'region' && place.admin !== '') regions.set(`${place.country}.${place.admin}`, place);
  }
  const preferred = new Map<string, GazetteerPlace>();
  for (const [key, row] of file.preferred) {
    const place = places[row];
    if (place) preferred.set(key, place);
  }
  return {
    places,
    byKey,
    preferred,
    countries,
    regions,
    demonyms: new Map(file.demonyms),
    commonWords: new Set(file.commonWords),
  };
}

const DEFAULT_PATH = fileURLToPath(new URL('../../../data/places/gazetteer.json.gz', import.meta.url));

/** Reads the gazetteer built by `training/places/build-gazetteer.ts` (gzip-compressed JSON). */
export function loadPlaceGazetteer(path: string = DEFAULT_PATH): PlaceGazetteer {
  const parsed = parsePlaceGazetteerFile(readGzipJson(path, PLACE_GAZETTEER_FILE));
  if ('problem' in parsed) throw dataFileFormatError(path, PLACE_GAZETTEER_FILE, parsed.problem);
  return createPlaceGazetteer(parsed.file);
}

let shipped: PlaceGazetteer | undefined;

/** The shipped gazetteer, read once per process. */
export function shippedPlaceGazetteer(): PlaceGazetteer {
  shipped ??= loadPlaceGazetteer();
  return shipped;
}

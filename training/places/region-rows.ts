import { placeKey } from '../../src/stages/places/place-key.js';
import { AREAS } from './areas.js';
import { geoNamesCities, type Iso3, roundDegrees } from './city-rows.js';
import type { PlaceTable } from './place-table.js';
import { REGIONS, type RegionEntry } from './regions.js';

/** A region or seat that the packages do not hold: the table is wrong, not the input. */
export class RegionTableError extends Error {
  override name = 'RegionTableError';
}

/**
 * Adds the hand-written regions (`regions.ts`), each tied to its GeoNames first-level division
 * through its seat or code and placed at the mean point of that division's cities, or at its
 * own point. Throws on a seat not found, so that a typo cannot pass silently.
 */
export function addRegions(table: PlaceTable, iso3: Iso3): void {
  const divisions = divisionPoints();
  for (const region of REGIONS) {
    const country = iso3(region.country);
    if (country === undefined)
      throw new RegionTableError(`${region.name}: unknown country ${region.country}`);
    const { admin, at } = locate(region, divisions);
    const [featureClass, featureCode] = region.feature ?? ['A', admin === '' ? 'RGN' : 'ADM1'];
    const row = table.add(
      [
        region.name,
        country,
        roundDegrees(at[0]),
        roundDegrees(at[1]),
        featureClass,
        featureCode,
        0,
        0,
        admin,
      ],
      { named: region.aliasesOnly !== true },
    );
    for (const alias of region.aliases ?? []) table.addName(alias, row);
  }
}

/** Adds continents, regions across borders and seas, with no country. */
export function addAreas(table: PlaceTable): void {
  for (const area of AREAS) {
    const [lat, lon] = area.at;
    const row = table.add([
      area.name,
      '',
      lat,
      lon,
      area.featureClass,
      area.featureCode,
      area.geonameId ?? 0,
      0,
      '',
    ]);
    for (const alias of area.aliases ?? []) table.addName(alias, row);
  }
}

interface Division {
  latSum: number;
  lonSum: number;
  count: number;
}

/** `ISO-2.admin1` -> the sums of its cities' points, over every city of the package. */
function divisionPoints(): Map<string, Division> {
  const divisions = new Map<string, Division>();
  for (const city of geoNamesCities()) {
    const key = `${city.country}.${city.adminCode}`;
    const division = divisions.get(key) ?? { latSum: 0, lonSum: 0, count: 0 };
    division.latSum += city.loc.coordinates[1];
    division.lonSum += city.loc.coordinates[0];
    division.count += 1;
    divisions.set(key, division);
  }
  return divisions;
}

function locate(
  region: RegionEntry,
  divisions: ReadonlyMap<string, Division>,
): { admin: string; at: readonly [number, number] } {
  let admin = region.admin;
  if (admin === undefined && region.seat !== undefined) {
    const key = placeKey(region.seat);
    const seat = geoNamesCities()
      .filter((city) => city.country === region.country && placeKey(city.name) === key)
      .sort((a, b) => b.population - a.population)[0];
    if (seat === undefined)
      throw new RegionTableError(`${region.name}: no city "${region.seat}" in ${region.country}`);
    admin = seat.adminCode;
  }
  if (admin === undefined) {
    if (region.at === undefined) throw new RegionTableError(`${region.name}: neither seat, admin nor point`);
    return { admin: '', at: region.at };
  }
  const division = divisions.get(`${region.country}.${admin}`);
  if (division === undefined)
    throw new RegionTableError(`${region.name}: no cities in ${region.country}.${admin}`);
  return { admin, at: region.at ?? [division.latSum / division.count, division.lonSum / division.count] };
}

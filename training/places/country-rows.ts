import worldCountries, { type Country } from 'world-countries';
import type { PlaceTable } from './place-table.js';

// The package is CommonJS (`module.exports = [...]`) but its types declare an ES default export,
// which NodeNext reads as `exports.default`; at run time the default import is the array itself.
const countries = worldCountries as unknown as readonly Country[];

/** ISO-2 -> ISO-3 for every country and territory of world-countries. */
export function iso3Codes(): Map<string, string> {
  return new Map(countries.map((country) => [country.cca2, country.cca3]));
}

/**
 * Adds world-countries' countries and territories at their point (an approximate centre), under
 * their common and official names and the alternative spellings that are names (not "RU", not
 * "Korea, Republic of"); and their English demonyms, with plurals ("Israelis"), as demonyms.
 * Returns the row of each country by ISO-3. A demonym two countries share goes to the first,
 * independent countries before territories.
 */
export function addCountries(table: PlaceTable): Map<string, number> {
  const rows = new Map<string, number>();
  // Independent countries first, so that "American" is the United States' and not a territory's.
  const ordered = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const country of ordered) {
    const [lat, lon] = country.latlng;
    const row = table.add([country.name.common, country.cca3, lat ?? 0, lon ?? 0, 'A', 'PCLI', 0, 0, '']);
    rows.set(country.cca3, row);
    for (const name of [country.name.official, ...country.altSpellings]) {
      if (name.includes(',') || name === country.cca2) continue;
      table.addName(name, row);
    }
    const english = country.demonyms.eng;
    for (const demonym of english ? [english.m, english.f].flatMap((text) => text.split(/,| or /)) : []) {
      const word = demonym.trim();
      if (word.length === 0) continue;
      table.addDemonym(word, country.cca3);
      if (/(an|i|o|er)$/.test(word)) table.addDemonym(`${word}s`, country.cca3);
    }
  }
  return rows;
}

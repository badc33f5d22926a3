import { join } from 'node:path';
import { casePhoenixName } from './case-phoenix-name.js';
import type { NameTable } from './name-table.js';
import { isPerson, type PhoenixActor, readPhoenixActors } from './read-phoenix-actors.js';
import type { WordStatistics } from './word-statistics.js';

/** What decides which leading words of a Phoenix name are a description, not the name. */
export interface NameDescriptions {
  /** Lower-cased words of person titles ("prime", "minister", "secretary-general"). */
  titleWords: ReadonlySet<string>;
  /** Lower-cased demonyms and group words ("israeli", "shiite"). */
  demonyms: ReadonlySet<string>;
  statistics: WordStatistics;
}

/**
 * Adds the people of the three Phoenix actor dictionaries as `person` and the other entries of
 * the international and non-state ones as `org`. The country dictionary's other entries
 * (countries, their cities, institutions) are left to the country and city sources.
 */
export function addPhoenixNames(table: NameTable, phoenixDir: string, descriptions: NameDescriptions): void {
  const files = [
    { file: 'Phoenix.Countries.actors.txt', hasOrganisations: false },
    { file: 'Phoenix.International.actors.txt', hasOrganisations: true },
    { file: 'Phoenix.MilNonState.actors.txt', hasOrganisations: true },
  ];
  for (const { file, hasOrganisations } of files) {
    for (const actor of readPhoenixActors(join(phoenixDir, file))) {
      if (isPerson(actor)) addPerson(table, actor, descriptions);
      else if (hasOrganisations) addOrganisation(table, actor, descriptions);
    }
  }
}

function phoenixWords(name: string): string[] {
  return name
    .toUpperCase()
    .split(/[_\s]+/)
    .filter((word) => word !== '');
}

/**
 * "ISRAELI_PRIME_MINISTER_BIBI_NETANYAHU" -> "Bibi Netanyahu": what follows the last title word;
 * then, for synonyms, leading demonyms and everyday words ("FORMER", "DEFENSE") go too. An entry
 * whose own name looks like a group's ("ISLAMIC_STATE...", with synonyms like "DAESH") is skipped whole.
 */
function addPerson(table: NameTable, actor: PhoenixActor, descriptions: NameDescriptions): void {
  const { titleWords, demonyms, statistics } = descriptions;
  const [name, ...synonyms] = [actor.name, ...actor.synonyms].map((written) =>
    withoutLeadingTitles(phoenixWords(written), titleWords),
  );
  if (!name || looksLikeOrganisation(name, titleWords)) return;
  const names = [name];
  for (let words of synonyms) {
    while (words.length > 1 && isDescription(words[0] as string, descriptions)) words = words.slice(1);
    const isDemonym = words.length === 1 && demonyms.has(words[0]?.toLowerCase() ?? '');
    if (!isDemonym && !looksLikeOrganisation(words, titleWords)) names.push(words);
  }
  for (const words of names) {
    const text = casePhoenixName(words, statistics, false).join(' ');
    if (words.length > 0 && !table.has(text, 'country')) table.add(text, 'person');
  }
}

function withoutLeadingTitles(words: readonly string[], titleWords: ReadonlySet<string>): string[] {
  const named = words.filter((word) => !/^\(.*\)$/.test(word));
  const lastTitle = named.findLastIndex(
    (word, at) => at < named.length - 1 && titleWords.has(word.toLowerCase()),
  );
  return named.slice(lastTitle + 1);
}

// Some dated entries of the country dictionary are groups or offices ("SYRIAN_NATIONAL_COUNCIL").
const ORGANISATION_WORDS = new Set(
  `and of for the council party army forces front movement ministry committee union organization organisation
  government agency brigade brigades assembly parliament revolution state republic federation league
  alliance coalition authority commission group jihad struggle sfsr ssr`.split(/\s+/),
);

function looksLikeOrganisation(words: readonly string[], titleWords: ReadonlySet<string>): boolean {
  const lower = words.map((word) => word.toLowerCase());
  return lower.some((word) => ORGANISATION_WORDS.has(word)) || lower.every((word) => titleWords.has(word));
}

function isDescription(word: string, { demonyms, statistics }: NameDescriptions): boolean {
  const lower = word.toLowerCase();
  return demonyms.has(lower) || statistics.isCommonWord(lower) || lower === 'former' || lower === 'late';
}

// The last word of these names is a person or a post, not the organisation: "UN ENVOY", "UN BODIES".
const PERSON_AND_GENERIC_WORDS = new Set(
  'peacekeeper peacekeepers monitor monitors official officials resident bodies staff delegate delegates member members'.split(
    ' ',
  ),
);

/** "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)" -> "Aden Abyan Islamic Army" and "AAIA". */
function addOrganisation(
  table: NameTable,
  actor: PhoenixActor,
  { titleWords, statistics }: NameDescriptions,
) {
  for (const written of [actor.name, ...actor.synonyms]) {
    const words = phoenixWords(written.replace(/^THE_/i, ''));
    const acronyms = words.filter((word) => /^\([^()]+\)$/.test(word)).map((word) => word.slice(1, -1));
    const name = words.filter((word) => !/[()]/.test(word));
    const last = name.at(-1)?.toLowerCase() ?? '';
    if (name.length > 0 && !titleWords.has(last) && !PERSON_AND_GENERIC_WORDS.has(last)) {
      table.add(casePhoenixName(name, statistics, true).join(' '), 'org');
    }
    for (const acronym of acronyms) table.add(acronym, 'org');
  }
}

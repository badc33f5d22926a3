import type { DatedCode, KnownActor } from '../../src/stages/actors/actor-dictionary-file.js';
import { foldToAscii } from '../gazetteer/fold-to-ascii.js';
import { phraseWords } from './phrase-words.js';
import type { DictionaryEntry } from './read-actor-dictionary.js';
import type { WikidataHead } from './read-wikidata-heads.js';

/** The entries read from one Phoenix actor dictionary, and its file name (for `sources`). */
export interface PhoenixDictionary {
  file: string;
  entries: readonly DictionaryEntry[];
}

/** Writes a name's words in the case news uses; `isOrganisation` allows acronyms. */
export type CaseWords = (words: readonly string[], isOrganisation: boolean) => string[];

/** What merging did, for the build's report. */
export interface MergeCounts {
  phoenixActors: number;
  wikidataHeads: number;
  /** Heads found in Phoenix by name (and country), merged into one actor each. */
  mergedHeads: number;
  /** Phoenix codes "from a date on" whose end was taken from the Wikidata term they start. */
  closedPhoenixCodes: number;
  /** Entries and heads with no usable name at all. */
  droppedEntries: number;
}

// A Phoenix start date and Wikidata's for the same term differ by a few days at most (Netanyahu: 2009-04-01, 2009-03-31).
const SAME_TERM_DAYS = 31;

/**
 * The actors of the dictionary, sorted by id: each Phoenix entry becomes an actor
 * (`phoenix:BENJAMIN_NETANYAHU`), each Wikidata head one (`wikidata:Q43723`). A head whose name
 * is a name variant of a Phoenix person (ignoring case and accents) with a code of the same
 * country is merged with that person: one actor with the Wikidata id, the head's name first,
 * both sources' variants and codes. A merged Phoenix code open to the future ("ISRGOV >090401",
 * written around 2014) ends where the Wikidata term it starts ends (2021-06-13): Wikidata is
 * the newer source. Organisations (entries without dated or ELI codes) also get their names
 * without a leading "the".
 */
export function mergeActors(
  dictionaries: readonly PhoenixDictionary[],
  heads: readonly WikidataHead[],
  caseWords: CaseWords,
): { actors: KnownActor[]; counts: MergeCounts } {
  const counts = {
    phoenixActors: 0,
    wikidataHeads: heads.length,
    mergedHeads: 0,
    closedPhoenixCodes: 0,
    droppedEntries: 0,
  };
  const phoenixActors = toPhoenixActors(dictionaries, caseWords, counts);
  counts.phoenixActors = phoenixActors.length;
  const people = new Map<string, KnownActor[]>();
  for (const actor of phoenixActors) {
    if (isPersonCodes(actor.codes)) for (const key of actor.variants.map(nameKey)) addTo(people, key, actor);
  }
  const merged = new Set<KnownActor>();
  const headActors: KnownActor[] = [];
  for (const head of heads) {
    const names = head.names.flatMap((name) => phraseWords(name).map((phrase) => phrase.words));
    if (names.length === 0) {
      counts.droppedEntries += 1;
      continue;
    }
    const folded = names.flatMap((words) => {
      const ascii = foldToAscii(words.join(' '));
      return ascii === undefined ? [] : [ascii.split(' ')];
    });
    const matches = [
      ...new Set(
        names
          .flatMap((words) => people.get(nameKey(words)) ?? [])
          .filter((actor) => !merged.has(actor) && hasCountry(actor, head.countryCodes)),
      ),
    ];
    const codes: DatedCode[] = [];
    for (const actor of matches) {
      merged.add(actor);
      for (const dated of actor.codes) {
        const closed = closedByTerm(dated, head.codes);
        if (closed !== dated) counts.closedPhoenixCodes += 1;
        codes.push(closed);
      }
    }
    if (matches.length > 0) counts.mergedHeads += 1;
    headActors.push({
      id: `wikidata:${head.qid}`,
      name: head.names[0] as string,
      wikidataId: head.qid,
      variants: uniqueVariants([...names, ...folded, ...matches.flatMap((match) => match.variants)]),
      codes: uniqueCodes([...codes, ...head.codes]),
      sources: [`wikidata:${head.qid}`, ...matches.flatMap((match) => match.sources)],
    });
  }
  const actors = [...phoenixActors.filter((actor) => !merged.has(actor)), ...headActors];
  return { actors: actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), counts };
}

/**
 * One actor per Phoenix entry, its variants cased. The International file repeats whole lists:
 * an entry with the name and codes of an earlier one joins it.
 */
function toPhoenixActors(
  dictionaries: readonly PhoenixDictionary[],
  caseWords: CaseWords,
  counts: MergeCounts,
): KnownActor[] {
  const actors: KnownActor[] = [];
  const usedIds = new Set<string>();
  const byNameAndCodes = new Map<string, KnownActor>();
  for (const { file, entries } of dictionaries) {
    for (const entry of entries) {
      const isPerson = isPersonCodes(entry.codes);
      const phrases = [entry.phrase, ...entry.synonyms].flatMap((phrase) => phraseWords(phrase));
      if (!isPerson) {
        const withoutThe = phrases.filter((phrase) => !phrase.isAcronym && startsWithThe(phrase.words));
        phrases.push(...withoutThe.map((phrase) => ({ words: phrase.words.slice(1), isAcronym: false })));
      }
      const variants = uniqueVariants(
        phrases.map((phrase) => (phrase.isAcronym ? phrase.words : caseWords(phrase.words, !isPerson))),
      );
      const first = variants[0];
      if (first === undefined) {
        counts.droppedEntries += 1;
        continue;
      }
      const source = `${file}:${entry.line}`;
      const key = `${nameKey(first)}|${JSON.stringify(entry.codes)}`;
      const twin = byNameAndCodes.get(key);
      if (twin) {
        twin.variants = uniqueVariants([...twin.variants, ...variants]);
        twin.sources.push(source);
        continue;
      }
      const actor: KnownActor = {
        id: uniqueId(`phoenix:${first.map((word) => word.toUpperCase()).join('_')}`, usedIds),
        name: joinWords(first),
        variants,
        codes: entry.codes,
        sources: [source],
      };
      byNameAndCodes.set(key, actor);
      actors.push(actor);
    }
  }
  return actors;
}

/** Words as text: single spaces, none before a split-off comma or possessive ("Children's Fund,"). */
export function joinWords(words: readonly string[]): string {
  return words.reduce(
    (text, word, at) => (at > 0 && !/^(?:,|'s)$/i.test(word) ? `${text} ${word}` : text + word),
    '',
  );
}

function closedByTerm(dated: DatedCode, terms: readonly DatedCode[]): DatedCode {
  const { from } = dated;
  if (from === undefined || dated.to !== undefined) return dated;
  const latestStart = addDays(from, SAME_TERM_DAYS);
  const starting = terms.filter(
    (term) =>
      term.code === dated.code &&
      term.from !== undefined &&
      term.from <= latestStart &&
      (term.to === undefined || term.to >= from),
  );
  if (starting.length === 0 || starting.some((term) => term.to === undefined)) return dated;
  const to = starting
    .map((term) => term.to as string)
    .sort()
    .at(-1) as string;
  return { ...dated, to };
}

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function hasCountry(actor: KnownActor, countryCodes: readonly string[]): boolean {
  return actor.codes.some((dated) => countryCodes.some((country) => dated.code.startsWith(country)));
}

/** People have dated codes or the elite role ELI; organisations and countries have neither. */
function isPersonCodes(codes: readonly DatedCode[]): boolean {
  return codes.some((dated) => !isDefault(dated) || dated.code.endsWith('ELI'));
}

function uniqueCodes(codes: readonly DatedCode[]): DatedCode[] {
  const seen = new Set<string>();
  return codes.filter((dated) => {
    const key = `${dated.code}|${dated.from ?? ''}|${dated.to ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isDefault(dated: DatedCode): boolean {
  return dated.from === undefined && dated.to === undefined;
}

function startsWithThe(words: readonly string[]): boolean {
  return words.length > 1 && words[0]?.toUpperCase() === 'THE';
}

function nameKey(words: readonly string[]): string {
  const text = words.join(' ');
  return (foldToAscii(text) ?? text).toLowerCase();
}

function uniqueVariants(variants: readonly string[][]): string[][] {
  const seen = new Set<string>();
  return variants.filter((words) => {
    const key = words.join(' ').toLowerCase();
    if (words.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function uniqueId(id: string, used: Set<string>): string {
  let unique = id;
  for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
  used.add(unique);
  return unique;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

import type { DatedCode } from '../../src/stages/actors/actor-dictionary-file.js';
import { parseCsvLine } from '../gazetteer/parse-csv-line.js';
import { headCountryCode, SHARED_HEADSHIPS } from './head-country-code.js';
import { headNames } from './head-names.js';

/** A person who was head of state or government, with a `<COUNTRY>GOV` code for each term. */
export interface WikidataHead {
  qid: string;
  /** Names, the first being the name: English where known, else the trimmed label. */
  names: string[];
  codes: DatedCode[];
  /** The country codes of all the person's terms, shared headships included. */
  countryCodes: string[];
}

/** What reading the file dropped, for the build's report. */
export interface WikidataHeadCounts {
  rows: number;
  duplicateRows: number;
  /** Terms without a usable start (empty, "unknown value", before year 1000) or with an unknown end. */
  undatedTerms: number;
  /** Terms dropped because the person headed another country at the same time. */
  sharedHeadshipTerms: number;
  /** Rows whose label is no name (a Wikidata id, a collective head). */
  unnamedRows: number;
}

const COLUMNS = 'iso3,country,role,person,person_qid,start,end,party,end_cause';

/**
 * Reads `leaders_history.csv` (a Wikidata query's output: one row per term of a head of state or
 * government) into people with dated `<COUNTRY>GOV` codes, both ends included; an empty end is a
 * term still running. Rows repeating an (iso3, role, person, start day) key are dropped, keeping
 * the row with an end date, or the earlier end: a shorter claim is the safer one.
 */
export function readWikidataHeads(csvText: string): { heads: WikidataHead[]; counts: WikidataHeadCounts } {
  const [header, ...lines] = csvText.split(/\r?\n/).filter((line) => line !== '');
  if (header?.replace(/^\uFEFF/, '') !== COLUMNS) {
    throw new Error(`leaders_history.csv: expected the columns ${COLUMNS}, found ${header}`);
  }
  const counts = {
    rows: lines.length,
    duplicateRows: 0,
    undatedTerms: 0,
    sharedHeadshipTerms: 0,
    unnamedRows: 0,
  };
  const rows = new Map<string, string[]>();
  for (const line of lines) {
    const fields = parseCsvLine(line);
    const [iso3, , role, , qid, start = '', end = ''] = fields;
    const key = [iso3, role, qid, start.slice(0, 10)].join('|');
    const kept = rows.get(key);
    if (kept) {
      counts.duplicateRows += 1;
      if (isBetterDuplicate(end, kept[6] ?? '')) rows.set(key, fields);
    } else rows.set(key, fields);
  }
  const countryNames = new Set([...rows.values()].map((fields) => fields[1] ?? ''));
  const heads = new Map<string, WikidataHead & { terms: Array<{ iso3: string; dated: DatedCode }> }>();
  for (const [iso3 = '', , , label = '', qid = '', start = '', end = ''] of rows.values()) {
    const names = headNames(label.trim(), countryNames);
    if (names.length === 0 || !/^Q\d+$/.test(qid)) {
      counts.unnamedRows += 1;
      continue;
    }
    const head = heads.get(qid) ?? { qid, names, codes: [], countryCodes: [], terms: [] };
    heads.set(qid, head);
    const code = `${headCountryCode(iso3)}GOV`;
    if (!head.countryCodes.includes(code.slice(0, -3))) head.countryCodes.push(code.slice(0, -3));
    const from = isoDay(start);
    const to = end === '' ? undefined : isoDay(end);
    if (from === undefined || (end !== '' && to === undefined) || (to !== undefined && to < from)) {
      counts.undatedTerms += 1;
      continue;
    }
    head.terms.push({ iso3, dated: to === undefined ? { code, from } : { code, from, to } });
  }
  for (const head of heads.values()) {
    const own = head.terms.filter((term) => !SHARED_HEADSHIPS.has(term.iso3));
    for (const { iso3, dated } of head.terms) {
      const isShared = SHARED_HEADSHIPS.has(iso3) && own.some((term) => overlaps(term.dated, dated));
      if (isShared) counts.sharedHeadshipTerms += 1;
      else head.codes.push(dated);
    }
  }
  const list = [...heads.values()].map(({ qid, names, codes, countryCodes }) => ({
    qid,
    names,
    codes,
    countryCodes,
  }));
  return { heads: list, counts };
}

function isBetterDuplicate(end: string, keptEnd: string): boolean {
  if (keptEnd === '') return end !== '';
  return end !== '' && end < keptEnd;
}

/** The day of a Wikidata timestamp ("2009-03-31T00:00:00Z"), or undefined for "unknown value", BCE or years before 1000. */
function isoDay(timestamp: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T/.exec(timestamp);
  if (!match || match[1] === undefined || match[1] < '1000') return undefined;
  const [month, day] = [Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return timestamp.slice(0, 10);
}

function overlaps(a: DatedCode, b: DatedCode): boolean {
  return (a.from ?? '') <= (b.to ?? '9999') && (b.from ?? '') <= (a.to ?? '9999');
}

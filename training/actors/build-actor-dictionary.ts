/**
 * Builds `data/actors/actor-dictionary.json.gz`, the dated actor dictionary behind the actors stage.
 *
 *   npx tsx training/actors/build-actor-dictionary.ts [--shared ../shared]
 *                                                      [--out data/actors/actor-dictionary.json.gz] [--list-problems]
 *
 * Reads from `--shared`: the Phoenix actor and agent dictionaries (`data/phoenix`, MIT), the
 * Wikidata heads of state and government (`data/actors/wikidata-heads`, CC0), and GMB's news text
 * (`data/ner/gmb`) for the case names are written in. The output is deterministic: the same
 * inputs give the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  type ActorDictionaryFile,
  parseActorDictionaryFile,
} from '../../src/stages/actors/actor-dictionary-file.js';
import { casePhoenixName } from '../gazetteer/case-phoenix-name.js';
import { readWordStatistics } from '../gazetteer/word-statistics.js';
import { mergeActors, type PhoenixDictionary } from './merge-actors.js';
import { readActorDictionary } from './read-actor-dictionary.js';
import { readAgentDictionary } from './read-agent-dictionary.js';
import { readWikidataHeads } from './read-wikidata-heads.js';

const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
const ACTOR_FILES = [
  'Phoenix.Countries.actors.txt',
  'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt',
];

const startedMs = performance.now();
const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: resolve(PROJECT_DIR, '../shared') },
    out: { type: 'string', default: join(PROJECT_DIR, 'data/actors/actor-dictionary.json.gz') },
    'list-problems': { type: 'boolean', default: false },
  },
});
const dataDir = join(resolve(values.shared), 'data');
const phoenixDir = join(dataDir, 'phoenix');
const readText = (path: string) => readFileSync(path, 'utf8');

const dictionaries: PhoenixDictionary[] = ACTOR_FILES.map((file) => {
  const { entries, problems } = readActorDictionary(readText(join(phoenixDir, file)));
  reportProblems(file, problems);
  return { file, entries };
});
const { agents, problems: agentProblems } = readAgentDictionary(
  readText(join(phoenixDir, 'Phoenix.agents.txt')),
);
reportProblems('Phoenix.agents.txt', agentProblems);
const { heads, counts: headCounts } = readWikidataHeads(
  readText(join(dataDir, 'actors/wikidata-heads/leaders_history.csv')),
);

const statistics = readWordStatistics(join(dataDir, 'ner/gmb/ner_dataset.csv'));
const { actors, counts } = mergeActors(dictionaries, heads, (words, isOrganisation) =>
  // The possessive split off "CHILDREN'S" is no acronym, nor the ending of "20TH" or "1920S".
  casePhoenixName(words, statistics, isOrganisation).map((word) =>
    word === "'S" || /^\d+[A-Z]+$/.test(word) ? word.toLowerCase() : word,
  ),
);

const file: ActorDictionaryFile = {
  format: 'newsgraph-actor-dictionary',
  version: 1,
  sources: [
    {
      name: 'Phoenix / PETRARCH-2 actor and agent dictionaries (openeventdata/petrarch2@676801c)',
      licence: 'MIT, Copyright (c) 2014 Open Event Data Alliance',
    },
    {
      name: 'Wikidata heads of state and government (cfmessias/geografia@2e1e3b9, data/leaders_history.csv)',
      licence: 'CC0 1.0',
    },
  ],
  actors,
  agents: agents.sort((a, b) => compare(a.words.join(' '), b.words.join(' '))),
};
const checked = parseActorDictionaryFile(file);
if ('problem' in checked)
  throw new Error(`the built dictionary does not match its schema: ${checked.problem}`);

const bytes = gzipSync(JSON.stringify(file), { level: 9 });
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, bytes);

const codes = actors.flatMap((actor) => actor.codes);
const datedCodes = codes.filter((dated) => dated.from !== undefined || dated.to !== undefined).length;
console.log(
  `actors ${actors.length} (Phoenix ${counts.phoenixActors}, Wikidata heads ${counts.wikidataHeads},` +
    ` merged ${counts.mergedHeads}; ${counts.droppedEntries} entries without a usable phrase)`,
);
console.log(`variants ${actors.reduce((sum, actor) => sum + actor.variants.length, 0)}`);
console.log(
  `codes ${codes.length}: ${datedCodes} dated, ${codes.length - datedCodes} default;` +
    ` ${counts.closedPhoenixCodes} open Phoenix codes closed by a Wikidata term`,
);
console.log(
  `wikidata rows ${headCounts.rows}: ${headCounts.duplicateRows} duplicates dropped, ${headCounts.undatedTerms}` +
    ` terms without usable dates, ${headCounts.sharedHeadshipTerms} shared headships, ${headCounts.unnamedRows} rows without a name`,
);
console.log(`agents ${agents.length}`);
const seconds = ((performance.now() - startedMs) / 1000).toFixed(1);
console.log(`wrote ${values.out}: ${(bytes.length / 1024).toFixed(0)} KiB in ${seconds} s`);

function reportProblems(
  file: string,
  problems: ReadonlyArray<{ line: number; problem: string; text: string }>,
): void {
  console.log(`${file}: ${problems.length} lines skipped`);
  if (values['list-problems']) {
    for (const { line, problem, text } of problems) console.log(`  ${line}: ${problem}: ${text.trim()}`);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

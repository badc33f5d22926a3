import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadWordClusters } from '../../src/stages/entities/word-clusters.js';

/**
 * `npx tsx training/clusters/score-clusters.ts FILE --train conll/train.txt --dev conll/valid.txt`: how
 * well cluster paths alone predict the entity type of words the tagger has never seen. For each dev
 * token whose word is absent from train, the type (PER, ORG, LOC, MISC or O) is guessed as the most
 * common train type among words sharing the longest of the 20-, 10-, 6- and 4-bit prefixes that has
 * train evidence. A diagnostic for choosing cluster settings, not part of any score.
 */
const PREFIXES = [20, 10, 6, 4] as const;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { train: { type: 'string' }, dev: { type: 'string' } },
});
const [file] = positionals;
if (file === undefined || values.train === undefined || values.dev === undefined) {
  process.stderr.write('usage: score-clusters.ts FILE.txt.gz --train TRAIN --dev DEV (CoNLL-2003 layout)\n');
  process.exit(2);
}
const clusters = loadWordClusters(file);
const train = readTypedTokens(values.train);
const trainWords = new Set(train.map(([word]) => word));

const typeCounts = new Map<string, Map<string, number>>();
for (const [word, type] of train) {
  const path = clusters.pathOf(word);
  if (path === undefined) continue;
  for (const length of PREFIXES) {
    const key = `${length}:${path.slice(0, length)}`;
    const counts = typeCounts.get(key) ?? new Map<string, number>();
    counts.set(type, (counts.get(type) ?? 0) + 1);
    typeCounts.set(key, counts);
  }
}

const all = { tokens: 0, withPath: 0, right: 0 };
const inEntities = { tokens: 0, withPath: 0, right: 0 };
for (const [word, type] of readTypedTokens(values.dev)) {
  if (trainWords.has(word)) continue;
  const guess = guessType(clusters.pathOf(word));
  for (const tally of type === 'O' ? [all] : [all, inEntities]) {
    tally.tokens++;
    if (guess !== undefined) tally.withPath++;
    if (guess === type) tally.right++;
  }
}
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
for (const [name, tally] of [
  ['dev tokens unseen in train', all],
  ['  of which inside entities', inEntities],
] as const) {
  console.log(
    `${name}: ${tally.tokens}, with a path ${percent(tally.withPath, tally.tokens)}, type guessed right ${percent(tally.right, tally.tokens)} (${percent(tally.right, tally.withPath)} of those with a path)`,
  );
}

function guessType(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  for (const length of PREFIXES) {
    const counts = typeCounts.get(`${length}:${path.slice(0, length)}`);
    if (counts) return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  return undefined;
}

/** `[word, type]` per token of a CoNLL-2003 file, B-/I- stripped. */
function readTypedTokens(path: string): Array<[string, string]> {
  const tokens: Array<[string, string]> = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const [word, , , tag] = line.split(' ');
    if (word === undefined || tag === undefined || word === '-DOCSTART-') continue;
    tokens.push([word, tag.replace(/^[BI]-/, '')]);
  }
  return tokens;
}

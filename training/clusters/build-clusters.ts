import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  buildWordClusters,
  DEFAULT_CLUSTER_OPTIONS,
  type WordClusterOptions,
} from './build-word-clusters.js';
import { ClusterBuildError } from './cluster-build-error.js';
import { formatClusterFile } from './format-cluster-file.js';
import { readTextSource } from './read-text-source.js';
import { assertNotTestSplit, SHIPPABLE_FORMATS } from './text-format.js';

/**
 * `npx tsx training/clusters/build-clusters.ts --out FILE --text SOURCE... [--min-count N]
 * [--context-words N] [--window N] [--bits N] [--seed N]`: word clusters from unlabeled text, written as
 * gzipped `path<TAB>word` lines. See README.md beside this file.
 */
const SHIPPED_DATA = join(resolve(import.meta.dirname, '../..'), 'data') + sep;

function main(argv: string[]): void {
  const { out, sources, options } = parseFlags(argv);
  for (const source of sources) assertNotTestSplit(source);
  const started = performance.now();
  const texts = sources.map((source) => readTextSource(source));
  const isShipped = resolve(out).startsWith(SHIPPED_DATA);
  for (const text of texts) {
    if (isShipped && !SHIPPABLE_FORMATS.has(text.format)) {
      throw new ClusterBuildError(
        'NOT_SHIPPABLE',
        `${text.path}: ${text.format} text may not go into data/, which ships in the package; write research clusters under .cache/`,
      );
    }
    const tokens = text.sentences.reduce((sum, words) => sum + words.length, 0);
    log(`read ${text.path} (${text.format}): ${text.sentences.length} sentences, ${tokens} tokens`);
  }
  const read = performance.now();
  const build = buildWordClusters(
    texts.flatMap((text) => text.sentences),
    options,
  );
  const clustered = performance.now();
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, gzipSync(formatClusterFile(build.entries), { level: 9 }));
  log(
    [
      `${build.tokens} tokens; ${build.exactWords} words with their own path, ${build.pooledWords} pooled lower-case forms, ${build.aliases} lower-case aliases; ${build.leaves} distinct paths`,
      `read ${seconds(read - started)} s, clustered ${seconds(clustered - read)} s`,
      `wrote ${relative(process.cwd(), resolve(out))} (${statSync(out).size} bytes)`,
    ].join('\n'),
  );
}

function parseFlags(argv: string[]): { out: string; sources: string[]; options: WordClusterOptions } {
  let parsed: ReturnType<typeof parseFlagsStrictly>;
  try {
    parsed = parseFlagsStrictly(argv);
  } catch (error) {
    throw new ClusterBuildError('USAGE', (error as Error).message);
  }
  const { values, positionals } = parsed;
  // `--text a b c` leaves b and c as positionals: both spellings name sources.
  const sources = [...(values.text ?? []), ...positionals];
  if (values.out === undefined || sources.length === 0) {
    throw new ClusterBuildError('USAGE', 'usage: build-clusters.ts --out FILE.txt.gz --text SOURCE...');
  }
  const defaults = DEFAULT_CLUSTER_OPTIONS;
  const window = positiveInteger(values.window, Math.max(...defaults.positions), '--window');
  return {
    out: values.out,
    sources,
    options: {
      ...defaults,
      minCount: positiveInteger(values['min-count'], defaults.minCount, '--min-count'),
      contextWords: positiveInteger(values['context-words'], defaults.contextWords, '--context-words'),
      positions: Array.from({ length: 2 * window }, (_, at) => (at < window ? at - window : at - window + 1)),
      maxBits: positiveInteger(values.bits, defaults.maxBits, '--bits'),
      seed: positiveInteger(values.seed, defaults.seed, '--seed'),
    },
  };
}

function parseFlagsStrictly(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      text: { type: 'string', multiple: true },
      'min-count': { type: 'string' },
      'context-words': { type: 'string' },
      window: { type: 'string' },
      bits: { type: 'string' },
      seed: { type: 'string' },
    },
  });
}

function positiveInteger(flag: string | undefined, fallback: number, name: string): number {
  if (flag === undefined) return fallback;
  const value = Number(flag);
  if (!Number.isInteger(value) || value < 1) {
    throw new ClusterBuildError('USAGE', `${name} must be a positive integer, got "${flag}"`);
  }
  return value;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ClusterBuildError)) throw error;
  process.stderr.write(`build-clusters: ${error.message}\n`);
  process.exitCode = error.code === 'USAGE' ? 2 : 1;
}

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * Hierarchical word clusters (Brown-style bit paths) learnt from unlabeled text by
 * `training/clusters/build-clusters.ts`. Words sharing a longer path prefix occur in more similar
 * contexts; a tagger uses prefixes of several lengths as features (Ratinov & Roth 2009: 4, 6, 10, 20).
 */
export interface WordClusters {
  /**
   * The bit path (a string of `0`/`1`) of the word as written, else of its lower-cased form, else
   * undefined. A plain function: it can be passed around unbound and keeps one identity.
   */
  pathOf: (word: string) => string | undefined;
  /** Words in the file, including lower-case aliases. */
  size: number;
  /** Every `[word, path]` of the file, in file order (by path). */
  entries: () => IterableIterator<[string, string]>;
}

/** A cluster file line that is not `path<TAB>word`, with the place to look. */
export class WordClustersFormatError extends Error {
  override name = 'WordClustersFormatError';
  constructor(
    readonly path: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${path}:${line}: ${problem}`);
  }
}

const PATH = /^[01]*$/;

/**
 * Reads a cluster file: lines `path<TAB>word`, gzip-compressed or plain. A word listed twice keeps its
 * first path.
 */
export function loadWordClusters(path: string): WordClusters {
  const bytes = readFileSync(path);
  const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = (isGzip ? gunzipSync(bytes) : bytes).toString('utf8');
  const paths = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (line === '') return;
    const tab = line.indexOf('\t');
    const bits = line.slice(0, tab);
    const word = line.slice(tab + 1);
    if (tab < 0 || word === '' || !PATH.test(bits)) {
      throw new WordClustersFormatError(
        path,
        index + 1,
        `expected "bits<TAB>word", found ${JSON.stringify(line.slice(0, 60))}`,
      );
    }
    if (!paths.has(word)) paths.set(word, bits);
  });
  return {
    pathOf: (word) => paths.get(word) ?? paths.get(word.toLowerCase()),
    size: paths.size,
    entries: () => paths.entries(),
  };
}

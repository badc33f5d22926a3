import type { ClusteredWord } from './build-word-clusters.js';

/**
 * The cluster file's text: `path<TAB>word` lines sorted by path, then word (UTF-16 order, not locale
 * order, so the file is byte-identical on every machine), so that a cluster's words sit together.
 */
export function formatClusterFile(entries: readonly ClusteredWord[]): string {
  const lines = entries
    // A tab or line break inside a word cannot be written in this format; the corpora have none.
    .filter((entry) => !/[\t\r\n]/.test(entry.word))
    .map((entry) => `${entry.path}\t${entry.word}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

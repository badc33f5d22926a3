import { basename } from 'node:path';
import { ClusterBuildError } from './cluster-build-error.js';

/**
 * The corpus layouts the cluster builder reads, and what their texts may be used for: `gmb` (Voice of
 * America, public domain) and `uner` (English Web Treebank, CC BY-SA 4.0) may ship in derived data;
 * `conll` (Reuters, research only) and `wikiann` (licence unknown) may not.
 */
export type TextFormat = 'gmb' | 'uner' | 'conll' | 'wikiann';

export const SHIPPABLE_FORMATS: ReadonlySet<TextFormat> = new Set(['gmb', 'uner']);

/** Recognises a corpus by its first line, so that `--text` takes plain paths. */
export function detectTextFormat(path: string, text: string): TextFormat {
  const first = text.split('\n', 1)[0]?.replace(/\r$/, '') ?? '';
  if (first.startsWith('Sentence #,Word')) return 'gmb';
  if (first.startsWith('-DOCSTART-') || /^\S+ \S+ \S+ \S+$/.test(first)) return 'conll';
  if (/^[a-z]{2,3}:\S*\t\S+$/.test(first)) return 'wikiann';
  if (/^# (newdoc|sent_id|text)\b/.test(first) || /^\d+\t/.test(first)) return 'uner';
  throw new ClusterBuildError(
    'UNKNOWN_FORMAT',
    `${path}:1: not a GMB CSV, CoNLL-2003, UNER .iob2 or WikiANN file (first line: ${JSON.stringify(first.slice(0, 80))})`,
  );
}

/**
 * Test splits are what the tagger is scored on; clusters learnt from their text would leak it into
 * every evaluation, so a file named like a test split is refused whatever the output.
 */
export function assertNotTestSplit(path: string): void {
  if (/(^|[-_.])test([-_.]|$)/i.test(basename(path))) {
    throw new ClusterBuildError(
      'TEST_SPLIT',
      `${path}: looks like a test split; cluster text must come from train (or dev) files only`,
    );
  }
}

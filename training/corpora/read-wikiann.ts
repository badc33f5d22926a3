import { basename } from 'node:path';
import { CorpusFormatError } from './corpus-format-error.js';
import type { LabeledSentence } from './labeled-sentence.js';
import { readColumnFile } from './read-column-file.js';

const LANGUAGE_PREFIX = 'en:';

/**
 * Reads a WikiANN English file: `en:token<TAB>TAG` per line, a blank line after each sentence. Its
 * sentences come from unrelated Wikipedia pages, so each is its own document: `wikiann-<file>-<n>`,
 * numbered from 1.
 */
export function readWikiann(path: string): LabeledSentence[] {
  const name = basename(path);
  return readColumnFile(path, {
    firstDocument: `wikiann-${name}`,
    sentenceDocument: (n) => `wikiann-${name}-${n}`,
    readLine(line, lineNumber) {
      const tab = line.lastIndexOf('\t');
      const token = line.slice(0, tab);
      if (tab === -1 || !token.startsWith(LANGUAGE_PREFIX)) {
        throw new CorpusFormatError('CORPUS_COLUMNS', path, lineNumber, 'expected "en:token<TAB>TAG"');
      }
      return { word: token.slice(LANGUAGE_PREFIX.length), tag: line.slice(tab + 1) };
    },
  });
}
